import { describe, expect, it } from 'vitest';
import { linKK, linKkTimeConstants, MAX_RESIDUAL } from '~/lib/eis/lin-kk';
import { PhysicsInputError } from '~/lib/errors';

// ---- Synthetic spectra from closed forms (independent of the circuit module) ----
/** Frequencies from fHigh down to fLow (the sweep direction of most analysers), log-spaced. */
const sweep = (fHigh: number, fLow: number, n: number): number[] =>
  Array.from({ length: n }, (_, k) => fHigh * (fLow / fHigh) ** (k / (n - 1)));

/** R‖CPE with Z = R/(1 + (jωτ)^α); α = 1 is R‖C with τ = RC. Returns [Z', Z'']. */
const rCpe = (r: number, tau: number, alpha: number, w: number): [number, number] => {
  const p = (w * tau) ** alpha;
  const dr = 1 + p * Math.cos((alpha * Math.PI) / 2);
  const di = p * Math.sin((alpha * Math.PI) / 2);
  const d = dr * dr + di * di;
  return [(r * dr) / d, (-r * di) / d];
};

interface Arc {
  r: number;
  tau: number;
  alpha?: number;
}

/** Z = R0 + Σ arcs; `resistanceAt(k)` lets an arc's R change during the sweep (drift). */
const spectrum = (f: number[], r0: number, arcs: Arc[], drift?: (k: number) => number) => {
  const zRealOhm: number[] = [];
  const zImagOhm: number[] = [];
  f.forEach((fi, k) => {
    const w = 2 * Math.PI * fi;
    let re = r0;
    let im = 0;
    arcs.forEach((a, q) => {
      const r = q === 0 && drift ? a.r * drift(k) : a.r;
      const [zr, zi] = rCpe(r, a.tau, a.alpha ?? 1, w);
      re += zr;
      im += zi;
    });
    zRealOhm.push(re);
    zImagOhm.push(im);
  });
  return { frequenciesHz: f, zRealOhm, zImagOhm };
};

/** Seeded Gaussian noise of relative size `sigma` (× |Z|) on both parts (Box–Muller). */
const withNoise = (s: ReturnType<typeof spectrum>, sigma: number, seed = 11) => {
  let state = seed;
  const uniform = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return (state + 0.5) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const mag = s.zRealOhm.map((re, k) => Math.hypot(re, s.zImagOhm[k]));
  return {
    frequenciesHz: s.frequenciesHz,
    zRealOhm: s.zRealOhm.map((v, k) => v + sigma * mag[k] * gauss()),
    zImagOhm: s.zImagOhm.map((v, k) => v + sigma * mag[k] * gauss()),
  };
};

// Pellet-like spectrum: R0 = 100 Ω, bulk-like arc 1 kΩ (τ = 1 µs), second arc 5 kΩ (τ = 5 ms); 1 MHz → 0.1 Hz.
const F = sweep(1e6, 0.1, 100);
const ARCS: Arc[] = [
  { r: 1000, tau: 1e-6 },
  { r: 5000, tau: 5e-3 },
];

describe('linKkTimeConstants', () => {
  it('spans 1/ω_max … 1/ω_min log-evenly', () => {
    const t = linKkTimeConstants(0.1, 1e6, 8);
    expect(t[0]).toBeCloseTo(1 / (2 * Math.PI * 1e6), 20);
    expect(t[7] / (1 / (2 * Math.PI * 0.1))).toBeCloseTo(1, 12);
    for (let k = 1; k < 8; k++) expect(t[k] / t[k - 1]).toBeCloseTo(10 ** (7 / 7), 10);
  });
});

describe('linKK', () => {
  it('R‖C series: KK-compliant, tiny residuals, reproduces the DC resistance', () => {
    const s = spectrum(F, 100, ARCS);
    const r = linKK(s);
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.maxResidual).toBeLessThan(1e-3);
    expect(r.mu).toBeLessThan(r.c);
    // Z(0.1 Hz) = 100 + 1000 + 5000/(1 + (2π·0.1·5e-3)²) ≈ 6099 Ω; R0 + ΣR_k must match it to 0.1 %.
    const dc = r.seriesResistanceOhm + r.resistancesOhm.reduce((a, b) => a + b, 0);
    expect(Math.abs(dc - s.zRealOhm[99]) / s.zRealOhm[99]).toBeLessThan(1e-3);
    expect(r.resistancesOhm).toHaveLength(r.m);
    expect(r.timeConstantsS).toHaveLength(r.m);
  });

  it("scan 'down' picks the smallest allowed M (μ < c from there up to maxM) whose χ² is within 2× the best allowed", () => {
    const s = withNoise(spectrum(F, 100, ARCS), 0.001, 2);
    const r = linKK(s);
    const maxM = 35; // default: 5 per decade over 7 decades
    // The fit at exactly M = k: a tiny c makes μ ≥ c at maxM = k, so no scan happens.
    const at = (k: number) => linKK({ ...s, maxM: k, c: 1e-9 });
    const chi2 = (q: ReturnType<typeof linKK>) =>
      q.residualsReal.reduce((a, v, k) => a + v * v + q.residualsImag[k] ** 2, 0);
    const allowed: { m: number; chi2: number }[] = [];
    for (let k = maxM; k >= 1; k--) {
      const q = at(k);
      expect(q.m).toBe(k);
      if (q.mu >= 0.85) break;
      allowed.push({ m: k, chi2: chi2(q) });
    }
    const best = Math.min(...allowed.map((a) => a.chi2));
    const expected = Math.min(...allowed.filter((a) => a.chi2 <= 2 * best).map((a) => a.m));
    expect(r.m).toBe(expected);
    expect(allowed.length).toBeGreaterThan(1);
    expect(r.mu).toBeLessThan(0.85);
  });

  it("scan 'up' (original Schönleber rule) stops early on sharp arcs, and the test then reports failure", () => {
    const r = linKK({ ...spectrum(F, 100, ARCS), scan: 'up' });
    expect(r.m).toBeLessThan(10);
    expect(r.mu).toBeLessThan(0.85);
    expect(r.valid).toBe(false); // residuals of tens of per cent: under-fitted, flagged rather than hidden
  });

  it('R‖CPE (α = 0.8) passes with c = 0.85', () => {
    const r = linKK({ ...spectrum(F, 100, [{ r: 1000, tau: 1e-6, alpha: 0.8 }, { r: 5000, tau: 5e-3, alpha: 0.9 }]), c: 0.85 });
    expect(r.valid).toBe(true);
    expect(r.maxResidual).toBeLessThan(1e-3);
  });

  it('0.1 % Gaussian noise passes; residuals stay at the noise level', () => {
    for (const seed of [1, 2, 3]) {
      const r = linKK(withNoise(spectrum(F, 100, ARCS), 0.001, seed));
      expect(r.valid).toBe(true);
      expect(r.maxResidual).toBeLessThan(MAX_RESIDUAL);
      expect(r.maxResidual).toBeGreaterThan(0.0005); // the noise is really there
    }
  });

  it('flags a spectrum whose R1 drifts by +10 % during the sweep; the same spectrum without drift passes', () => {
    const drift = (k: number) => 1 + (0.1 * k) / (F.length - 1); // sweep runs from 1 MHz (k = 0) to 0.1 Hz
    const drifting = linKK(spectrum(F, 100, ARCS, drift));
    expect(drifting.valid).toBe(false);
    expect(drifting.warnings.join(' ')).toMatch(/drift/);
    expect(linKK(spectrum(F, 100, ARCS)).valid).toBe(true);
    // Also with 0.1 % noise on top of the drift.
    expect(linKK(withNoise(spectrum(F, 100, ARCS, drift), 0.001)).valid).toBe(false);
    expect(linKK(withNoise(spectrum(F, 100, ARCS), 0.001)).valid).toBe(true);
  });

  it('a series inductance is fitted when included', () => {
    const s = spectrum(F, 100, ARCS);
    const l = 2e-6; // H: +jωL, 12.6 Ω at 1 MHz
    const r = linKK({ ...s, zImagOhm: s.zImagOhm.map((v, k) => v + 2 * Math.PI * F[k] * l) });
    expect(r.valid).toBe(true);
    expect(Math.abs(r.inductanceH! - l) / l).toBeLessThan(0.1); // ωL is ≤ 1 % of |Z| here: a rough estimate
    expect(linKK({ ...s, includeInductance: false }).inductanceH).toBeNull();
  });

  it('blocking-electrode tail: a series capacitance is recovered with includeCapacitance', () => {
    const s = spectrum(F, 100, ARCS);
    const c = 1e-5; // F: −j/(ωC), 1.6e5 Ω at 0.1 Hz
    const tail = { ...s, zImagOhm: s.zImagOhm.map((v, k) => v - 1 / (2 * Math.PI * F[k] * c)) };
    const r = linKK({ ...tail, includeCapacitance: true });
    expect(r.valid).toBe(true);
    expect(Math.abs(r.capacitanceF! - c) / c).toBeLessThan(0.01);
    expect(linKK(s).capacitanceF).toBeNull();
  });

  it('residuals are (Z − Ẑ)/|Z|', () => {
    const s = withNoise(spectrum(F, 100, ARCS), 0.001);
    const r = linKK(s);
    const k = 37;
    const mag = Math.hypot(s.zRealOhm[k], s.zImagOhm[k]);
    expect(r.residualsReal[k]).toBeCloseTo((s.zRealOhm[k] - r.zFitRealOhm[k]) / mag, 12);
    expect(r.residualsImag[k]).toBeCloseTo((s.zImagOhm[k] - r.zFitImagOhm[k]) / mag, 12);
  });

  it('rejects bad input with a PhysicsInputError', () => {
    const s = spectrum(F.slice(0, 10), 100, ARCS);
    expect(() => linKK({ ...s, zImagOhm: s.zImagOhm.slice(1) })).toThrow(PhysicsInputError);
    expect(() => linKK({ ...s, frequenciesHz: s.frequenciesHz.map((f, k) => (k === 3 ? -f : f)) })).toThrow(PhysicsInputError);
    expect(() => linKK({ ...s, zRealOhm: s.zRealOhm.map((v, k) => (k === 2 ? NaN : v)) })).toThrow(PhysicsInputError);
    expect(() => linKK({ ...s, c: 1.5 })).toThrow(PhysicsInputError);
    expect(() => linKK({ ...s, frequenciesHz: s.frequenciesHz.map(() => 1000) })).toThrow(PhysicsInputError);
    expect(() => linKK({ frequenciesHz: [1, 2, 3], zRealOhm: [1, 1, 1], zImagOhm: [0, 0, 0] })).toThrow(PhysicsInputError);
    expect(() => linKK(null as never)).toThrow(PhysicsInputError);
  });
});
