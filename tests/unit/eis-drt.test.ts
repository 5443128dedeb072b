import { describe, expect, it } from 'vitest';
import { distributionOfRelaxationTimes, findPeaks } from '~/lib/eis/drt';
import { PhysicsInputError } from '~/lib/errors';

// ---- Synthetic spectra from closed forms (independent of the circuit module) ----
const sweep = (fHigh: number, fLow: number, n: number): number[] =>
  Array.from({ length: n }, (_, k) => fHigh * (fLow / fHigh) ** (k / (n - 1)));

/** Z = R∞ + Σ R/(1 + (jωτ)^α); α = 1 is an R‖C arc with τ = RC. */
const spectrum = (f: number[], rInf: number, arcs: { r: number; tau: number; alpha?: number }[]) => {
  const zRealOhm: number[] = [];
  const zImagOhm: number[] = [];
  for (const fi of f) {
    const w = 2 * Math.PI * fi;
    let re = rInf;
    let im = 0;
    for (const { r, tau, alpha = 1 } of arcs) {
      const p = (w * tau) ** alpha;
      const dr = 1 + p * Math.cos((alpha * Math.PI) / 2);
      const di = p * Math.sin((alpha * Math.PI) / 2);
      const d = dr * dr + di * di;
      re += (r * dr) / d;
      im -= (r * di) / d;
    }
    zRealOhm.push(re);
    zImagOhm.push(im);
  }
  return { frequenciesHz: f, zRealOhm, zImagOhm };
};

const F = sweep(1e6, 0.1, 100);
/** |log10(a/b)| in decades. */
const decades = (a: number, b: number) => Math.abs(Math.log10(a / b));

describe('distributionOfRelaxationTimes', () => {
  it('single R‖C (R = 1 kΩ, C = 100 nF): one peak at τ = RC, area ≈ R, R∞ recovered, γ ≥ 0', () => {
    const r = distributionOfRelaxationTimes(spectrum(F, 100, [{ r: 1000, tau: 1000 * 1e-7 }]));
    expect(r.peaks).toHaveLength(1);
    expect(decades(r.peaks[0].tauS, 1e-4)).toBeLessThan(0.1);
    expect(r.peaks[0].frequencyHz).toBeCloseTo(1 / (2 * Math.PI * r.peaks[0].tauS), 9);
    expect(Math.abs(r.peaks[0].resistanceOhm - 1000) / 1000).toBeLessThan(0.1);
    expect(Math.abs(r.rInfOhm - 100) / 100).toBeLessThan(0.02);
    expect(r.gammaOhm.every((g) => g >= 0)).toBe(true);
    expect(r.lambda).toBe(1e-3);
    expect(r.warnings).toEqual([]);
  });

  it('grid: 10 per decade, one decade beyond 1/(2π f) at both ends', () => {
    const r = distributionOfRelaxationTimes(spectrum(F, 100, [{ r: 1000, tau: 1e-4 }]));
    expect(decades(r.tauS[0], 1 / (2 * Math.PI * 1e6))).toBeCloseTo(1, 9);
    expect(decades(r.tauS[r.tauS.length - 1], 1 / (2 * Math.PI * 0.1))).toBeCloseTo(1, 9);
    expect(r.tauS).toHaveLength(91); // 9 decades × 10 + 1
    expect(r.tauS[1] / r.tauS[0]).toBeCloseTo(10 ** 0.1, 12);
  });

  it('two R‖C arcs two decades apart: two peaks at the right τ with the right areas', () => {
    const r = distributionOfRelaxationTimes(spectrum(F, 50, [{ r: 1000, tau: 1e-5 }, { r: 3000, tau: 1e-3 }]));
    expect(r.peaks).toHaveLength(2);
    expect(decades(r.peaks[0].tauS, 1e-5)).toBeLessThan(0.1);
    expect(decades(r.peaks[1].tauS, 1e-3)).toBeLessThan(0.1);
    expect(Math.abs(r.peaks[0].resistanceOhm - 1000) / 1000).toBeLessThan(0.1);
    expect(Math.abs(r.peaks[1].resistanceOhm - 3000) / 3000).toBeLessThan(0.1);
    expect(Math.abs(r.rInfOhm - 50) / 50).toBeLessThan(0.05);
    expect(r.gammaOhm.every((g) => g >= 0)).toBe(true);
  });

  it('a small fast arc next to a large slow one is still resolved (relative weighting)', () => {
    const r = distributionOfRelaxationTimes(spectrum(F, 50, [{ r: 200, tau: 1e-6 }, { r: 5000, tau: 1e-3 }]));
    expect(r.peaks).toHaveLength(2);
    expect(Math.abs(r.peaks[0].resistanceOhm - 200) / 200).toBeLessThan(0.1);
  });

  it('R‖CPE (α = 0.8): one broad peak at τ₀ with area ≈ R', () => {
    const r = distributionOfRelaxationTimes(spectrum(F, 100, [{ r: 1000, tau: 1e-4, alpha: 0.8 }]));
    expect(r.peaks).toHaveLength(1);
    expect(decades(r.peaks[0].tauS, 1e-4)).toBeLessThan(0.1);
    expect(Math.abs(r.peaks[0].resistanceOhm - 1000) / 1000).toBeLessThan(0.1);
  });

  it('the fit reproduces the spectrum, and R∞ + Σγ Δln τ equals the DC resistance', () => {
    const s = spectrum(F, 100, [{ r: 1000, tau: 1e-5 }, { r: 3000, tau: 1e-3 }]);
    const r = distributionOfRelaxationTimes(s);
    const worst = Math.max(
      ...s.zRealOhm.map((v, k) => Math.hypot(v - r.zFitRealOhm[k], s.zImagOhm[k] - r.zFitImagOhm[k]) / Math.hypot(v, s.zImagOhm[k])),
    );
    expect(worst).toBeLessThan(0.02);
    const area = r.gammaOhm.reduce((a, g) => a + g, 0) * (Math.LN10 / 10);
    expect(Math.abs(r.rInfOhm + area - 4100) / 4100).toBeLessThan(0.01);
  });

  it("part 'real' and 'imag' give the same peaks; 'imag' still recovers R∞ from Z'", () => {
    const s = spectrum(F, 100, [{ r: 1000, tau: 1e-5 }, { r: 3000, tau: 1e-3 }]);
    for (const part of ['real', 'imag'] as const) {
      const r = distributionOfRelaxationTimes({ ...s, part });
      expect(r.part).toBe(part);
      expect(r.peaks).toHaveLength(2);
      expect(decades(r.peaks[0].tauS, 1e-5)).toBeLessThan(0.15);
      expect(decades(r.peaks[1].tauS, 1e-3)).toBeLessThan(0.15);
      expect(Math.abs(r.rInfOhm - 100) / 100).toBeLessThan(0.1);
    }
  });

  it('larger λ gives a smoother (lower, broader) peak with the same area', () => {
    const s = spectrum(F, 100, [{ r: 1000, tau: 1e-4 }]);
    const sharp = distributionOfRelaxationTimes({ ...s, lambda: 1e-4 });
    const smooth = distributionOfRelaxationTimes({ ...s, lambda: 1e-1 });
    expect(Math.max(...smooth.gammaOhm)).toBeLessThan(Math.max(...sharp.gammaOhm));
    expect(Math.abs(smooth.peaks[0].resistanceOhm - 1000) / 1000).toBeLessThan(0.1);
  });

  it('warns about inductive points and about a process slower than the lowest frequency', () => {
    const s = spectrum(F, 100, [{ r: 1000, tau: 1e-4 }, { r: 1e5, tau: 1e2 }]);
    const inductive = { ...s, zImagOhm: s.zImagOhm.map((v, k) => v + 2 * Math.PI * F[k] * 1e-3) };
    const r = distributionOfRelaxationTimes(inductive);
    expect(r.warnings.some((w) => /inductive/.test(w))).toBe(true);
    expect(r.warnings.some((w) => /slower than the lowest frequency/.test(w))).toBe(true);
    // The unresolved 100 kΩ process must not be added to the 1 kΩ peak.
    const fast = r.peaks.find((p) => decades(p.tauS, 1e-4) < 0.2)!;
    expect(Math.abs(fast.resistanceOhm - 1000) / 1000).toBeLessThan(0.2);
  });

  it('says how many points are inductive in words, with Z″ (not ASCII Z\'\')', () => {
    const s = spectrum(F, 100, [{ r: 1000, tau: 1e-4 }]);
    const lift = (count: number) => ({ ...s, zImagOhm: s.zImagOhm.map((v, k) => (k < count ? Math.abs(v) + 50 : v)) });
    const one = distributionOfRelaxationTimes(lift(1)).warnings.find((w) => /inductive/.test(w))!;
    expect(one).toMatch(/^1 point has Z″ > 0 \(inductive/);
    const two = distributionOfRelaxationTimes(lift(2)).warnings.find((w) => /inductive/.test(w))!;
    expect(two).toMatch(/^2 points have Z″ > 0 \(inductive/);
    for (const w of [one, two]) expect(w).not.toMatch(/\(s\)|Z''/);
  });

  it('rejects bad input with a PhysicsInputError', () => {
    const s = spectrum(F.slice(0, 20), 100, [{ r: 1000, tau: 1e-4 }]);
    expect(() => distributionOfRelaxationTimes({ ...s, lambda: -1 })).toThrow(PhysicsInputError);
    expect(() => distributionOfRelaxationTimes({ ...s, tausPerDecade: 1 })).toThrow(PhysicsInputError);
    expect(() => distributionOfRelaxationTimes({ ...s, part: 'phase' as never })).toThrow(PhysicsInputError);
    expect(() => distributionOfRelaxationTimes({ ...s, zRealOhm: [1, 2] })).toThrow(PhysicsInputError);
  });
});

describe('findPeaks', () => {
  it('splits the area at the minimum between maxima; an edge maximum keeps its own area but is not reported', () => {
    const d = Math.LN10 / 10;
    const tau = Array.from({ length: 9 }, (_, k) => 10 ** (k / 10));
    const gamma = [5, 0, 2, 4, 2, 1, 3, 1, 0]; // edge maximum at k = 0 is not a peak
    const peaks = findPeaks(tau, gamma, d);
    expect(peaks).toHaveLength(2);
    expect(peaks[0].tauS).toBeCloseTo(tau[3], 12); // symmetric neighbours: vertex at the bin itself
    // Peak 1: half of the minimum at k = 1 (0), bins 2…4, half of the minimum at k = 5 → (2+4+2+0.5)·d;
    // peak 2: 0.5 + 3 + 1 + 0. The edge bin k = 0 (γ = 5) belongs to neither.
    expect(peaks[0].resistanceOhm).toBeCloseTo(8.5 * d, 12);
    expect(peaks[1].resistanceOhm).toBeCloseTo(4.5 * d, 12);
  });
});
