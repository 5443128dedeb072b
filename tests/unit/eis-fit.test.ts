import { describe, expect, it } from 'vitest';
import { circuitParameterNames } from '~/lib/eis/circuit';
import { fitCircuit } from '~/lib/eis/fit';
import { circuitImpedance } from '~/lib/eis/impedance';
import { guessParameters } from '~/lib/eis/initial-guess';
import type { FitResult, Parameters, Spectrum } from '~/lib/eis/types';
import { PhysicsInputError } from '~/lib/errors';

/** 100 frequencies log-spaced from 1 MHz down to 0.1 Hz (10 … 15 per decade, as instruments sweep). */
const F = Array.from({ length: 100 }, (_, i) => 10 ** (6 - (7 * i) / 99));

/** Seeded PRNG (mulberry32) and Box–Muller normal deviates, so the noisy spectra are the same every run. */
const normal = (seed: number): (() => number) => {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
};

/** Spectrum of a circuit with complex Gaussian noise of relative size `noise` (σ = noise·|Z| on Z' and on Z''). */
const synthetic = (circuit: string, p: Parameters, noise = 0, seed = 1, f = F): Spectrum => {
  const z = circuitImpedance(circuit, p, f);
  const g = normal(seed);
  const m = z.zRealOhm.map((re, k) => Math.hypot(re, z.zImagOhm[k]));
  return {
    frequenciesHz: f,
    zRealOhm: z.zRealOhm.map((v, k) => v + noise * m[k] * g()),
    zImagOhm: z.zImagOhm.map((v, k) => v + noise * m[k] * g()),
  };
};

/**
 * LATP-like pellet with blocking electrodes. Bulk arc at ~26 kHz and grain-boundary arc at ~340 Hz (the pellet
 * measured cold enough that both apexes lie inside 1 MHz … 0.1 Hz; at room temperature the bulk arc of LATP is
 * above 1 MHz and R0, R1 could not be told apart), electrode CPE dominating below ~100 Hz.
 */
const LATP = 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3';
const LATP_P = { R0: 5, R1: 1000, CPE1_0: 2e-8, CPE1_1: 0.9, R2: 3000, CPE2_0: 5e-7, CPE2_1: 0.85, CPE3_0: 1e-6, CPE3_1: 0.85 };
const RC = 'R0-p(R1,C1)';
const RC_P = { R0: 20, R1: 500, C1: 1e-7 };
const WO = 'R0-p(R1,CPE1)-Wo1';
const WO_P = { R0: 10, R1: 200, CPE1_0: 1e-6, CPE1_1: 0.85, Wo1_0: 500, Wo1_1: 1 };

const rel = (a: number, b: number): number => Math.abs(a / b - 1);
const allFinite = (r: FitResult): boolean =>
  [
    r.chiSquare,
    r.reducedChiSquare,
    ...Object.values(r.parameters),
    ...r.covariance.flat(),
    ...r.zFitRealOhm,
    ...r.zFitImagOhm,
    ...r.residualsReal,
    ...r.residualsImag,
  ].every(Number.isFinite) && Object.values(r.standardErrors).every((v) => v === null || Number.isFinite(v));

/** Expect each fitted parameter within its relative tolerance of the truth and within 3.5 standard errors. */
const expectRecovered = (r: FitResult, truth: Parameters, tolerance: Record<string, number>): void => {
  for (const [name, value] of Object.entries(truth)) {
    const fitted = r.parameters[name];
    const tol = tolerance[name];
    const err = name.endsWith('_1') && name.startsWith('CPE') ? Math.abs(fitted - value) : rel(fitted, value);
    expect(err, `${name}: fitted ${fitted}, true ${value}`).toBeLessThanOrEqual(tol);
    const se = r.standardErrors[name];
    expect(se, `${name} standard error`).not.toBeNull();
    expect(Math.abs(fitted - value), `${name} within 3.5 SE (${se})`).toBeLessThanOrEqual(3.5 * (se as number));
  }
};

describe('fitCircuit recovers known parameters from noisy synthetic spectra (1 % complex noise, no initial guess)', () => {
  // Tolerances: R0 is the extrapolated HF intercept (5 Ω under a 4 kΩ spectrum, SE ≈ 0.7 Ω) → 30 %;
  // R1 3 %, R2 5 % (SE ≈ 1.4 %: the gb arc overlaps the electrode tail); Q 15 % (bulk, gb) and 3 % (electrode); α ± 0.02.
  const tolerance = { R0: 0.3, R1: 0.03, CPE1_0: 0.15, CPE1_1: 0.02, R2: 0.05, CPE2_0: 0.15, CPE2_1: 0.02, CPE3_0: 0.03, CPE3_1: 0.02 };
  for (const seed of [1, 2, 3]) {
    it(`LATP pellet ${LATP}, seed ${seed}`, () => {
      const r = fitCircuit({ circuit: LATP, ...synthetic(LATP, LATP_P, 0.01, seed) });
      expect(r.converged).toBe(true);
      expect(r.warnings).toEqual([]);
      expectRecovered(r, LATP_P, tolerance);
      // With modulus weighting and σ = 1 % of |Z| on each component, χ²/ν estimates σ² = 1e-4.
      expect(r.reducedChiSquare).toBeGreaterThan(0.7e-4);
      expect(r.reducedChiSquare).toBeLessThan(1.3e-4);
      expect(allFinite(r)).toBe(true);
    });
  }

  it(`${RC}: R0 within 2 %, R1 and C1 within 1 %`, () => {
    const r = fitCircuit({ circuit: RC, ...synthetic(RC, RC_P, 0.01, 7) });
    expectRecovered(r, RC_P, { R0: 0.02, R1: 0.01, C1: 0.01 });
    expect(r.converged).toBe(true);
  });

  it(`${WO}: R within 3 %, Q within 5 %, α ± 0.02, Z₀ and τ of Wo within 5 %`, () => {
    const r = fitCircuit({ circuit: WO, ...synthetic(WO, WO_P, 0.01, 11) });
    expectRecovered(r, WO_P, { R0: 0.03, R1: 0.03, CPE1_0: 0.05, CPE1_1: 0.02, Wo1_0: 0.05, Wo1_1: 0.05 });
    expect(r.converged).toBe(true);
  });

  it('modulus and proportional weighting recover the LATP parameters; unit weighting loses the HF arc', () => {
    const data = synthetic(LATP, LATP_P, 0.01, 5);
    const fits = Object.fromEntries((['unit', 'modulus', 'proportional'] as const).map((w) => [w, fitCircuit({ circuit: LATP, ...data, weighting: w })]));
    for (const w of ['modulus', 'proportional']) {
      expect(fits[w].weighting).toBe(w);
      expect(rel(fits[w].parameters.R1, 1000), w).toBeLessThan(0.03);
      expect(Math.abs(fits[w].parameters.CPE1_1 - 0.9), w).toBeLessThan(0.02);
    }
    // With σ ∝ |Z| and |Z| spanning 5 decades, unit weights let the 1 MΩ tail drown the 1 kΩ bulk arc:
    // the electrode CPE is still found, but R1's standard error grows by more than 10× (why 'modulus' is the default).
    const unit = fits.unit;
    expect(allFinite(unit)).toBe(true);
    expect(rel(unit.parameters.CPE3_0, 1e-6)).toBeLessThan(0.03);
    expect(unit.standardErrors.R1 === null || (unit.standardErrors.R1 as number) > 10 * (fits.modulus.standardErrors.R1 as number)).toBe(true);
  });
});

describe('noise-free spectra', () => {
  for (const [circuit, truth] of [[LATP, LATP_P], [RC, RC_P], [WO, WO_P]] as const) {
    for (const weighting of ['modulus', 'proportional', 'unit'] as const) {
      it(`${circuit}, ${weighting} weighting: χ² ≈ 0 and every parameter exact to 1e-6 relative`, () => {
        const r = fitCircuit({ circuit, ...synthetic(circuit, truth), weighting });
        // χ² is dimensionless for modulus/proportional weights, in Ω² for unit weights (|Z| up to 1.4 MΩ).
        expect(r.chiSquare).toBeLessThan(weighting === 'unit' ? 1e-12 : 1e-20);
        for (const [name, value] of Object.entries(truth)) expect(rel(r.parameters[name], value), name).toBeLessThan(1e-6);
        expect(r.converged).toBe(true);
      });
    }
  }

  it('bad starting values are overcome (alternative starts): R0 = 500 Ω, R1 = R2 = 10 Ω', () => {
    const r = fitCircuit({ circuit: LATP, ...synthetic(LATP, LATP_P), initialGuess: { R0: 500, R1: 10, R2: 10 } });
    for (const [name, value] of Object.entries(LATP_P)) expect(rel(r.parameters[name], value), name).toBeLessThan(1e-6);
  });

  it('a good partial guess is used as given and completed automatically', () => {
    const r = fitCircuit({ circuit: RC, ...synthetic(RC, RC_P), initialGuess: { R1: 480 } });
    expect(r.initialGuess.R1).toBe(480);
    expect(Object.keys(r.initialGuess)).toEqual(['R0', 'R1', 'C1']);
    expect(rel(r.parameters.C1, 1e-7)).toBeLessThan(1e-6);
  });
});

describe('covariance and standard errors', () => {
  it('match s²(JᵀWJ)⁻¹ built independently with a central-difference Jacobian, to 1 %', () => {
    const data = synthetic(LATP, LATP_P, 0.01, 2);
    const r = fitCircuit({ circuit: LATP, ...data });
    const names = circuitParameterNames(LATP);
    const x = names.map((n) => r.parameters[n]);
    const n = data.frequenciesHz.length;
    const mod = data.zRealOhm.map((re, k) => Math.hypot(re, data.zImagOhm[k]));
    // Weighted residuals (Z_model − Z_data)/|Z_data| (modulus weighting), Z' and Z'' stacked.
    const residuals = (values: number[]): number[] => {
      const z = circuitImpedance(LATP, Object.fromEntries(names.map((name, j) => [name, values[j]])), data.frequenciesHz);
      return [
        ...z.zRealOhm.map((v, k) => (v - data.zRealOhm[k]) / mod[k]),
        ...z.zImagOhm.map((v, k) => (v - data.zImagOhm[k]) / mod[k]),
      ];
    };
    const r0 = residuals(x);
    const chi2 = r0.reduce((s, v) => s + v * v, 0);
    expect(rel(r.chiSquare, chi2)).toBeLessThan(1e-9);
    const s2 = chi2 / (2 * n - names.length);
    const jac = x.map((xj, j) => {
      const h = 1e-4 * xj; // a different step from the library's
      const plus = residuals(x.map((v, i) => (i === j ? v + h : v)));
      const minus = residuals(x.map((v, i) => (i === j ? v - h : v)));
      return plus.map((v, i) => (v - minus[i]) / (2 * h));
    });
    const p = names.length;
    const norms = jac.map((c) => Math.hypot(...c));
    // Scaled normal matrix, inverted by Gauss–Jordan elimination with partial pivoting.
    const a = jac.map((ci, i) => [
      ...jac.map((cj, j) => ci.reduce((s, v, k) => s + v * cj[k], 0) / (norms[i] * norms[j])),
      ...names.map((_, j) => (i === j ? 1 : 0)),
    ]);
    for (let c = 0; c < p; c++) {
      const piv = a.slice(c).reduce((best, row, k) => (Math.abs(row[c]) > Math.abs(a[best][c]) ? c + k : best), c);
      [a[c], a[piv]] = [a[piv], a[c]];
      const d = a[c][c];
      a[c] = a[c].map((v) => v / d);
      for (let i = 0; i < p; i++) if (i !== c) a[i] = a[i].map((v, k) => v - a[i][c] * a[c][k]);
    }
    const cov = names.map((_, i) => names.map((__, j) => (s2 * a[i][p + j]) / (norms[i] * norms[j])));
    names.forEach((name, i) => {
      expect(rel(r.standardErrors[name] as number, Math.sqrt(cov[i][i])), name).toBeLessThan(0.01);
      names.forEach((_, j) => {
        const scale = Math.sqrt(cov[i][i] * cov[j][j]);
        expect(Math.abs(r.covariance[i][j] - cov[i][j]) / scale).toBeLessThan(0.01);
      });
    });
    // The covariance is symmetric and its diagonal gives the standard errors.
    names.forEach((name, i) => {
      expect(r.standardErrors[name]).toBeCloseTo(Math.sqrt(r.covariance[i][i]), 12);
      names.forEach((_, j) => expect(r.covariance[i][j]).toBe(r.covariance[j][i]));
    });
  });

  it('an element the data cannot see gets a null standard error, a warning, and finite output', () => {
    // R0-R1 in series: only the sum is determined.
    const r = fitCircuit({ circuit: 'R0-R1-p(R2,C2)', ...synthetic(RC, RC_P, 0.01, 3) });
    expect(r.standardErrors.R0).toBeNull();
    expect(r.standardErrors.R1).toBeNull();
    expect(r.standardErrors.R2).not.toBeNull();
    expect(rel(r.parameters.R0 + r.parameters.R1, 20)).toBeLessThan(0.02);
    expect(r.warnings.some((w) => /R0 cannot be determined/.test(w))).toBe(true);
    expect(allFinite(r)).toBe(true);
  });
});

describe('result shape', () => {
  it('fit curve, relative residuals (Z_data − Z_fit)/|Z_fit| and reduced χ² are consistent', () => {
    const data = synthetic(RC, RC_P, 0.01, 4);
    const r = fitCircuit({ circuit: RC, ...data });
    expect(r.parameterNames).toEqual(['R0', 'R1', 'C1']);
    expect(r.circuit).toBe(RC);
    expect(r.weighting).toBe('modulus');
    const z = circuitImpedance(RC, r.parameters, data.frequenciesHz);
    expect(r.zFitRealOhm.length).toBe(100);
    r.zFitRealOhm.forEach((v, k) => {
      expect(v).toBeCloseTo(z.zRealOhm[k], 9);
      const m = Math.hypot(z.zRealOhm[k], z.zImagOhm[k]);
      expect(r.residualsReal[k]).toBeCloseTo((data.zRealOhm[k] - z.zRealOhm[k]) / m, 12);
      expect(r.residualsImag[k]).toBeCloseTo((data.zImagOhm[k] - z.zImagOhm[k]) / m, 12);
    });
    expect(r.reducedChiSquare).toBeCloseTo(r.chiSquare / (200 - 3), 15);
    expect(r.iterations).toBeGreaterThan(0);
  });
});

describe('guessParameters: starting values read off the spectrum', () => {
  it('LATP: intercepts, arcs and tail found (R within 30 %, τ within ×3, electrode CPE within 10 %)', () => {
    const g = guessParameters(LATP, synthetic(LATP, LATP_P, 0.01, 1));
    expect(Object.keys(g)).toEqual(circuitParameterNames(LATP));
    expect(rel(g.R1, 1000)).toBeLessThan(0.3);
    expect(rel(g.R2, 3000)).toBeLessThan(0.3);
    const tau = (r: number, q: number, a: number): number => (r * q) ** (1 / a);
    expect(Math.abs(Math.log10(tau(g.R1, g.CPE1_0, g.CPE1_1) / tau(1000, 2e-8, 0.9)))).toBeLessThan(Math.log10(3));
    expect(Math.abs(Math.log10(tau(g.R2, g.CPE2_0, g.CPE2_1) / tau(3000, 5e-7, 0.85)))).toBeLessThan(Math.log10(3));
    expect(rel(g.CPE3_0, 1e-6)).toBeLessThan(0.1);
    expect(Math.abs(g.CPE3_1 - 0.85)).toBeLessThan(0.05);
    expect(g.R0).toBeGreaterThan(0);
    expect(g.R0).toBeLessThan(40);
  });

  it('series L from positive high-frequency Z″, series C from −1/(ωZ″) at the lowest frequency', () => {
    const p = { L0: 2e-6, R0: 10, R1: 100, C1: 1e-6, C2: 1e-4 };
    const g = guessParameters('L0-R0-p(R1,C1)-C2', synthetic('L0-R0-p(R1,C1)-C2', p));
    expect(rel(g.L0, 2e-6)).toBeLessThan(0.05);
    expect(rel(g.C2, 1e-4)).toBeLessThan(0.05);
    expect(rel(g.R1, 100)).toBeLessThan(0.3);
  });

  it('more arc blocks than arcs in the data: the arc is split, the fit still settles', () => {
    const data = synthetic(RC, RC_P, 0.01, 9);
    const g = guessParameters('R0-p(R1,C1)-p(R2,C2)', data);
    expect(Object.values(g).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    const r = fitCircuit({ circuit: 'R0-p(R1,C1)-p(R2,C2)', ...data });
    expect(allFinite(r)).toBe(true);
    expect(r.chiSquare / 200).toBeLessThan(2e-4); // as good as the noise allows
  });

  it('rejects data it cannot read', () => {
    expect(() => guessParameters(RC, { frequenciesHz: [1, 2], zRealOhm: [1, 1], zImagOhm: [0, 0] })).toThrow(PhysicsInputError);
    expect(() => guessParameters('R0-', synthetic(RC, RC_P))).toThrow(/At character 4:/);
  });
});

describe('fitCircuit: hostile inputs never give NaN, Infinity or a crash', () => {
  const good = synthetic(RC, RC_P, 0.01, 1);
  const errorOf = (input: unknown): PhysicsInputError => {
    try {
      fitCircuit(input as never);
    } catch (e) {
      expect(e).toBeInstanceOf(PhysicsInputError);
      return e as PhysicsInputError;
    }
    throw new Error('no error thrown');
  };

  it('empty arrays, one point, too few points for the parameters', () => {
    expect(errorOf({ circuit: RC, frequenciesHz: [], zRealOhm: [], zImagOhm: [] }).field).toBe('frequenciesHz');
    const one = errorOf({ circuit: RC, frequenciesHz: [1], zRealOhm: [1], zImagOhm: [-1] });
    expect(one.message).toMatch(/1 point; at least 2 are needed to fit 3 parameters/);
    const four = errorOf({ circuit: LATP, frequenciesHz: [1, 2, 3, 4], zRealOhm: [1, 1, 1, 1], zImagOhm: [-1, -1, -1, -1] });
    expect(four.message).toMatch(/at least 5/);
  });

  it('mismatched lengths, NaN and infinite values, Z = 0', () => {
    expect(errorOf({ ...good, circuit: RC, zRealOhm: good.zRealOhm.slice(1) }).field).toBe('zRealOhm');
    expect(errorOf({ ...good, circuit: RC, zImagOhm: [...good.zImagOhm, 1] }).field).toBe('zImagOhm');
    expect(errorOf({ ...good, circuit: RC, zImagOhm: good.zImagOhm.map((v, k) => (k === 5 ? NaN : v)) }).field).toBe('zImagOhm[5]');
    expect(errorOf({ ...good, circuit: RC, zRealOhm: good.zRealOhm.map((v, k) => (k === 9 ? Infinity : v)) }).field).toBe('zRealOhm[9]');
    const zero = errorOf({ ...good, circuit: RC, zRealOhm: good.zRealOhm.map((v, k) => (k === 2 ? 0 : v)), zImagOhm: good.zImagOhm.map((v, k) => (k === 2 ? 0 : v)) });
    expect(zero.message).toMatch(/Point 3 has \|Z\| below 1 nΩ/);
  });

  it('negative, zero and non-finite frequencies', () => {
    for (const bad of [-1, 0, NaN, Infinity]) {
      const f = good.frequenciesHz.map((v, k) => (k === 3 ? bad : v));
      expect(errorOf({ ...good, circuit: RC, frequenciesHz: f }).field).toBe('frequenciesHz[3]');
    }
  });

  it('duplicated frequencies are allowed (repeated sweeps) but warned about', () => {
    const second = synthetic(RC, RC_P, 0.01, 2);
    const r = fitCircuit({
      circuit: RC,
      frequenciesHz: [...good.frequenciesHz, ...second.frequenciesHz],
      zRealOhm: [...good.zRealOhm, ...second.zRealOhm],
      zImagOhm: [...good.zImagOhm, ...second.zImagOhm],
    });
    expect(r.warnings.some((w) => /100 frequencies appear more than once/.test(w))).toBe(true);
    expect(rel(r.parameters.R1, 500)).toBeLessThan(0.01);
  });

  it('more than 10⁶ points are rejected with a message; 20 000 points fit', () => {
    const big = new Array<number>(1_000_001).fill(1);
    expect(errorOf({ circuit: RC, frequenciesHz: big, zRealOhm: big, zImagOhm: big }).message).toMatch(/1000001 points; at most 1000000/);
    const f = Array.from({ length: 20_000 }, (_, i) => 10 ** (6 - (7 * i) / 19_999));
    const r = fitCircuit({ circuit: RC, ...synthetic(RC, RC_P, 0.01, 1, f) });
    expect(rel(r.parameters.R1, 500)).toBeLessThan(0.002);
  });

  it('bad circuit, weighting and initial guess are named', () => {
    expect(errorOf({ ...good, circuit: 'R0-p(R1)' }).field).toBe('circuit');
    expect(errorOf({ ...good, circuit: RC, weighting: 'log' }).field).toBe('weighting');
    expect(errorOf({ ...good, circuit: RC, initialGuess: { R7: 1 } }).field).toBe('R7');
    expect(errorOf({ ...good, circuit: RC, initialGuess: { C1: -1 } }).field).toBe('C1');
    expect(errorOf(null).field).toBe('input');
  });

  it('a circuit that cannot describe the data: a poor fit is reported, the output is finite', () => {
    // One RC arc fitted to two arcs and an electrode tail.
    const r = fitCircuit({ circuit: RC, ...synthetic(LATP, LATP_P, 0.01, 1) });
    expect(allFinite(r)).toBe(true);
    expect(r.warnings.some((w) => /misses the data by \d+(\.\d+)? %.*may not describe/.test(w))).toBe(true);
    if (!r.converged) expect(r.warnings.some((w) => /without settling/.test(w))).toBe(true);
    // Random numbers are no spectrum at all; every weighting still returns finite numbers.
    const g = normal(99);
    const noise = { frequenciesHz: F, zRealOhm: F.map(() => 1e3 * g()), zImagOhm: F.map(() => 1e3 * g()) };
    for (const weighting of ['unit', 'modulus', 'proportional'] as const) {
      const q = fitCircuit({ circuit: 'R0-p(R1,CPE1)-Wo1', ...noise, weighting });
      expect(allFinite(q)).toBe(true);
      expect(q.warnings.length).toBeGreaterThan(0);
    }
  });

  it('proportional weighting survives a component that is exactly zero', () => {
    const data = synthetic(RC, RC_P);
    data.zImagOhm[0] = 0;
    const r = fitCircuit({ circuit: RC, ...data, weighting: 'proportional' });
    expect(allFinite(r)).toBe(true);
    // The weight of that point is capped at 1/(1 % of |Z|)², so it pulls the fit but cannot take it over.
    expect(rel(r.parameters.R1, 500)).toBeLessThan(0.5);
  });
});
