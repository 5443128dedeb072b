/**
 * Diffusion into a spherical particle: how long lithium needs to fill (or empty) an electrode particle.
 * Source: J. Crank, The Mathematics of Diffusion, 2nd ed. (Oxford, 1975), eqs 6.20 and 6.21 (sphere of
 * radius a with a constant surface concentration from t = 0).
 */
import { checkNumber, checkObject, checkResult, RANGES } from './validate';

/**
 * Fraction of the final uptake reached by a sphere after dimensionless time τ = D t / r².
 * Formula: M_t/M_∞ = 1 − (6/π²) Σ exp(−n² π² τ)/n² (Crank 6.20); for τ < 10⁻³ the short-time form
 * 6 √(τ/π) − 3τ (Crank 6.21 without the erfc terms, which are negligible there).
 */
export function sphereUptakeFraction(tau: number): number {
  const t = checkNumber('tau', tau, { min: 0, max: 1e6 });
  if (t === 0) return 0;
  if (t < 1e-3) return 6 * Math.sqrt(t / Math.PI) - 3 * t;
  let sum = 0;
  for (let n = 1; n <= 200; n++) {
    const term = Math.exp(-n * n * Math.PI * Math.PI * t) / (n * n);
    sum += term;
    if (term < 1e-16) break;
  }
  return 1 - (6 / (Math.PI * Math.PI)) * sum;
}

/**
 * Time for a sphere of radius r to reach a given fraction of its final uptake.
 * Formula: solves M_t/M_∞(τ) = f for τ = D t / r² by bisection, then t = τ r² / D.
 * Valid: constant D, a surface held at the final concentration (a potentiostatic step); for 90 % uptake
 * τ ≈ 0.18, so r²/D overstates the time by a factor of about five.
 * Source: Crank (1975), eq. 6.20.
 */
export function sphereUptakeTime(input: { radiusUm: number; diffusivityCm2PerS: number; fraction: number }): {
  dimensionlessTime: number;
  timeS: number;
} {
  const i = checkObject<{ radiusUm: number; diffusivityCm2PerS: number; fraction: number }>('input', input);
  const r = checkNumber('radiusUm', i.radiusUm, { min: 1e-4, max: 1e5, unit: 'µm' });
  const d = checkNumber('diffusivityCm2PerS', i.diffusivityCm2PerS, RANGES.diffusivityCm2PerS);
  const f = checkNumber('fraction', i.fraction, { min: 1e-6, max: 0.9999 });
  let lo = 0;
  let hi = 10;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (sphereUptakeFraction(mid) < f) lo = mid;
    else hi = mid;
  }
  const tau = (lo + hi) / 2;
  const rCm = r * 1e-4;
  return { dimensionlessTime: tau, timeS: checkResult('diffusion time', (tau * rCm * rCm) / d) };
}
