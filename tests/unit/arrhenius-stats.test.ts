// Confidence intervals, covariance, weighting and the curvature check of the Arrhenius fit, against
// values computed by hand (each computation is written out in the comment above its test).
import { describe, expect, it } from 'vitest';
import { arrheniusFit, fitBandHalfWidth } from '~/lib/arrhenius';
import { BOLTZMANN_EV_PER_K as K } from '~/lib/constants';
import { PhysicsInputError } from '~/lib/errors';
import { curvatureTest, fitLine } from '~/lib/line-fit';

/** Points whose ln(σT) is y at 1/T = x: T = 1/x, σ = e^y / T = e^y·x. */
const fromXY = (xs: number[], ys: number[]) => xs.map((x, k) => ({ temperatureK: 1 / x, sigmaSPerCm: Math.exp(ys[k]!) * x }));

/** A small deterministic pseudo-random sequence (Park–Miller) mapped to roughly N(0, 1) by summing 12 uniforms. */
function noise(seed: number, count: number): number[] {
  let s = seed;
  const u = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, () => Array.from({ length: 12 }, u).reduce((a, b) => a + b, 0) - 6);
}

describe('fitLine (weighted least squares)', () => {
  it('matches a hand computation', () => {
    // x = 0, 1, 2; y = 1, 3, 4; w = 1, 2, 1. Σw = 4, x̄ = (0 + 2 + 2)/4 = 1, ȳ = (1 + 6 + 4)/4 = 2.75.
    // Sxx = 1 + 0 + 1 = 2; Sxy = (−1)(−1.75) + 0 + (1)(1.25) = 3; b = 1.5; a = 2.75 − 1.5 = 1.25.
    // r = −0.25, 0.25, −0.25; Σwr² = 0.0625 + 0.125 + 0.0625 = 0.25; dof 1, s² = 0.25.
    // var b = s²/Sxx = 0.125; var a = s²(1/Σw + x̄²/Sxx) = 0.25(0.25 + 0.5) = 0.1875; cov = −s² x̄/Sxx = −0.125.
    const f = fitLine([0, 1, 2], [1, 3, 4], [1, 2, 1])!;
    expect(f.slope).toBeCloseTo(1.5, 14);
    expect(f.intercept).toBeCloseTo(1.25, 14);
    expect(f.ssr).toBeCloseTo(0.25, 14);
    expect(f.varSlope).toBeCloseTo(0.125, 14);
    expect(f.varIntercept).toBeCloseTo(0.1875, 14);
    expect(f.covSlopeIntercept).toBeCloseTo(-0.125, 14);
    expect(f.residuals.map((r) => Number(r.toFixed(12)))).toEqual([-0.25, 0.25, -0.25]);
  });
  it('a weight of 2 is a point counted twice (same line)', () => {
    const a = fitLine([1, 2, 3, 4], [2.1, 3.9, 6.2, 7.8], [1, 2, 1, 1])!;
    const b = fitLine([1, 2, 2, 3, 4], [2.1, 3.9, 3.9, 6.2, 7.8])!;
    expect(a.slope).toBeCloseTo(b.slope, 13);
    expect(a.intercept).toBeCloseTo(b.intercept, 13);
  });
  it('returns null when all x are equal', () => {
    expect(fitLine([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});

describe('arrheniusFit: standard errors, 95 % intervals and covariance', () => {
  // x = 1/T = 2.5, 3.0, 3.5, 4.0 (× 10⁻³ K⁻¹); y = ln(σT) = −1.0, −3.1, −4.9, −7.0.
  // x̄ = 3.25e-3, Sxx = (0.5625 + 0.0625 + 0.0625 + 0.5625)e-6 = 1.25e-6; ȳ = −4.0;
  // Sxy = (−0.75·3 − 0.25·0.9 − 0.25·0.9 − 0.75·3)e-3 = −4.95e-3; b = −3960 K; a = −4 + 3960·3.25e-3 = 8.87.
  // Fitted y = −1.03, −3.01, −4.99, −6.97; r = 0.03, −0.09, 0.09, −0.03; SSR = 0.018; s² = 0.009.
  // var b = 0.009/1.25e-6 = 7200 K², SE b = 84.853 K; Eₐ = 3960 k_B = 0.341246 eV, SE = 84.853 k_B = 0.0073121 eV.
  // t(0.975, 2) = 4.3027 (table); CI = 0.341246 ± 0.031461 eV.
  // var a = 0.009(1/4 + (3.25e-3)²/1.25e-6) = 0.009 · 8.7 = 0.0783, SE ln A = 0.27982.
  // cov(a, b) = −0.009 · 3.25e-3/1.25e-6 = −23.4 K; cov(Eₐ, ln A) = −k_B · cov(b, a) = 23.4 k_B = 2.01646e-3 eV.
  // R² = 1 − 0.018/19.62 = 0.999083. Residuals alternate in sign symmetrically: the quadratic term is 0 (no curvature).
  const xs = [2.5e-3, 3.0e-3, 3.5e-3, 4.0e-3];
  const fit = arrheniusFit(fromXY(xs, [-1.0, -3.1, -4.9, -7.0]), 'sigmaT');
  it('matches the hand computation', () => {
    expect(fit.activationEnergyEv).toBeCloseTo(3960 * K, 10);
    expect(fit.lnPrefactor).toBeCloseTo(8.87, 10);
    expect(fit.activationEnergyStdErrEv!).toBeCloseTo(Math.sqrt(7200) * K, 10);
    expect(fit.lnPrefactorStdErr!).toBeCloseTo(Math.sqrt(0.0783), 10);
    expect(fit.covarianceEaLnAEv!).toBeCloseTo(23.4 * K, 10);
    expect(fit.correlationEaLnA!).toBeCloseTo((23.4 * K) / (Math.sqrt(7200) * K * Math.sqrt(0.0783)), 10);
    expect(fit.tFactor95!).toBeCloseTo(4.3027, 4);
    expect(fit.activationEnergyCi95Ev!.low).toBeCloseTo(0.341246 - 0.031461, 5);
    expect(fit.activationEnergyCi95Ev!.high).toBeCloseTo(0.341246 + 0.031461, 5);
    expect(fit.lnPrefactorCi95!.high - fit.lnPrefactor).toBeCloseTo(4.302653 * 0.279821, 4);
    expect(fit.rSquared).toBeCloseTo(1 - 0.018 / 19.62, 10);
    expect(fit.reducedChiSquared!).toBeCloseTo(0.009, 12);
    expect(fit.fitKind).toBe('ordinary');
    expect(Math.abs(fit.curvature!.t)).toBeLessThan(1e-6);
    expect(fit.curved).toBe(false);
  });
  it('the confidence band is narrowest at the weighted mean of 1/T and equals t·SE(a) at 1/T = 0', () => {
    // at x̄: var = var a + x̄² var b + 2 x̄ cov = s²/n = 0.00225, half-width 4.3027·0.047434 = 0.20409
    expect(fitBandHalfWidth(fit, 1 / 3.25e-3)).toBeCloseTo(4.302653 * Math.sqrt(0.00225), 5);
    expect(fitBandHalfWidth(fit, 1 / 2.5e-3)).toBeGreaterThan(fitBandHalfWidth(fit, 1 / 3.25e-3));
  });
  it('with 3 points the 95 % factor is 12.71, and with 2 there are no intervals', () => {
    const three = arrheniusFit(fromXY(xs.slice(0, 3), [-1.0, -3.1, -4.9]), 'sigmaT');
    expect(three.tFactor95!).toBeCloseTo(12.706, 3);
    expect(three.curvature).toBeNull();
    const two = arrheniusFit(fromXY(xs.slice(0, 2), [-1.0, -3.1]), 'sigmaT');
    expect(two.tFactor95).toBeNull();
    expect(two.activationEnergyCi95Ev).toBeNull();
    expect(two.lnPrefactorStdErr).toBeNull();
  });
});

describe('arrheniusFit: weighted and effective-variance fits', () => {
  const base = fromXY([2.5e-3, 3.0e-3, 3.5e-3, 4.0e-3, 4.5e-3], [-1.0, -3.1, -4.9, -7.0, -8.8]);
  it('equal relative uncertainties give the ordinary fit', () => {
    const plain = arrheniusFit(base, 'sigmaT');
    const w = arrheniusFit(base.map((p) => ({ ...p, sigmaRelErr: 0.05 })), 'sigmaT');
    expect(w.fitKind).toBe('weighted');
    expect(w.activationEnergyEv).toBeCloseTo(plain.activationEnergyEv, 12);
    expect(w.activationEnergyStdErrEv!).toBeCloseTo(plain.activationEnergyStdErrEv!, 12);
    // reduced χ² = s²_ordinary / 0.05²
    expect(w.reducedChiSquared!).toBeCloseTo(plain.reducedChiSquared! / 0.0025, 9);
  });
  it('weights 1/(δσ/σ)² reproduce fitLine with those weights', () => {
    const rel = [0.02, 0.05, 0.1, 0.05, 0.02];
    const w = arrheniusFit(base.map((p, k) => ({ ...p, sigmaRelErr: rel[k]! })), 'sigmaT');
    const ref = fitLine(base.map((p) => 1 / p.temperatureK), base.map((p) => Math.log(p.sigmaSPerCm * p.temperatureK)), rel.map((r) => 1 / (r * r)))!;
    expect(w.activationEnergyEv).toBeCloseTo(-ref.slope * K, 12);
    expect(w.activationEnergyStdErrEv!).toBeCloseTo(Math.sqrt(ref.varSlope) * K, 12);
  });
  it('T uncertainties alone (σ form): weights ∝ T⁴, whatever the slope', () => {
    // σ form: ∂r/∂T = b/T², so the effective variance is b² δT²/T⁴ and w ∝ T⁴/δT² (b cancels in the line).
    const dT = [0.5, 1, 2, 1, 0.5];
    const ev = arrheniusFit(base.map((p, k) => ({ ...p, temperatureErrK: dT[k]! })), 'sigma');
    expect(ev.fitKind).toBe('effective-variance');
    const ref = fitLine(base.map((p) => 1 / p.temperatureK), base.map((p) => Math.log(p.sigmaSPerCm)), base.map((p, k) => p.temperatureK ** 4 / dT[k]! ** 2))!;
    expect(ev.activationEnergyEv).toBeCloseTo(-ref.slope * K, 10);
  });
  it('refuses uncertainties given for some points only, or all zero', () => {
    expect(() => arrheniusFit([{ ...base[0]!, sigmaRelErr: 0.1 }, ...base.slice(1)], 'sigmaT')).toThrow(/every point or for none/);
    expect(() => arrheniusFit(base.map((p) => ({ ...p, temperatureErrK: 0 })), 'sigma')).toThrow(PhysicsInputError);
  });
});

describe('curvature check (replaces R² < 0.98)', () => {
  const xs = Array.from({ length: 10 }, (_, k) => 1 / (250 + 15 * k));
  it('straight data with 3 % scatter pass, whatever the seed (95 % of seeds by design; these 5 pass)', () => {
    for (const seed of [1, 7, 42, 99, 2026]) {
      const e = noise(seed, xs.length);
      const fit = arrheniusFit(fromXY(xs, xs.map((x, k) => 10 - 4000 * x + 0.03 * e[k]!)), 'sigmaT');
      expect(fit.curved).toBe(false);
    }
  });
  it('VTF-curved data are flagged even with R² > 0.99 (which the old R² < 0.98 flag let through)', () => {
    // ln(σ√T) = ln A − B/(T − T0), B = 1000 K, T0 = 120 K, 1 % scatter
    const e = noise(5, xs.length);
    const pts = xs.map((x, k) => {
      const t = 1 / x;
      return { temperatureK: t, sigmaSPerCm: Math.exp(2 - 1000 / (t - 120) + 0.01 * e[k]!) / Math.sqrt(t) };
    });
    const fit = arrheniusFit(pts, 'sigmaT');
    expect(fit.rSquared).toBeGreaterThan(0.99);
    expect(fit.curved).toBe(true);
    expect(fit.warnings.join(' ')).toMatch(/bend away from a straight line.*hot end.*cold end/);
    // VTF: the local activation energy grows towards the cold end
    expect(-fit.curvature!.slopeAtMaxX).toBeGreaterThan(-fit.curvature!.slopeAtMinX);
  });
  it('a quadratic term of known size: t statistic and p by hand', () => {
    // Exact data leave no scatter to compare a bend with: no test.
    expect(curvatureTest([1, 2, 3, 4], [1, 4, 9, 16])).toBeNull();
    // y = x² + r at x = 1…4, r = (0, 0.1, −0.1, 0). With the orthogonal polynomials of 4 equally spaced points,
    // p2 = (x − 2.5)² − 1.25 = (1, −1, −1, 1) and p3 ∝ (−1, 3, −3, 1): c = y·p2/|p2|² = (1 − 4.1 − 8.9 + 16)/4 = 1;
    // the residual is r's projection on p3, SSR = (r·p3)²/|p3|² = 0.6²/20 = 0.018, dof 1, s² = 0.018;
    // var c = s²/|p2|² = 0.0045, t = 1/√0.0045 = 14.907; with 1 dof (Cauchy) p = 1 − (2/π)·atan(t) = 0.04268.
    const c = curvatureTest([1, 2, 3, 4], [1, 4.1, 8.9, 16])!;
    expect(c.dof).toBe(1);
    expect(c.quadratic).toBeCloseTo(1, 12);
    expect(c.t).toBeCloseTo(1 / Math.sqrt(0.0045), 9);
    expect(c.p).toBeCloseTo(1 - (2 / Math.PI) * Math.atan(1 / Math.sqrt(0.0045)), 9);
    // dy/dx = b + 2c·x, so the slopes at x = 4 and x = 1 differ by 2c·(4 − 1) = 6
    expect(c.slopeAtMaxX - c.slopeAtMinX).toBeCloseTo(2 * 1 * (4 - 1), 9);
  });
});
