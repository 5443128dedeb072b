/**
 * Distribution of relaxation times (DRT) by Tikhonov-regularised, non-negative least squares.
 * Model: Z(ω) = R∞ + ∫ γ(ln τ)/(1 + jωτ) d ln τ, with γ piecewise constant on a log-spaced τ grid
 * (one value per bin of width Δln τ), so Z(ω) ≈ R∞ + Σ γ_k Δln τ /(1 + jωτ_k) and the area Σ γ_k Δln τ
 * under a peak is that process's resistance. Unknowns are found from
 *   min ‖W(Ax − b)‖² + λ‖Lx‖²,  x = (R∞, γ_1 … γ_K)/R_s ≥ 0,
 * where W = 1/|Z| (relative residuals, so small high-frequency arcs count as much as large electrode arcs),
 * R_s = max |Z| makes x dimensionless, and ‖Lx‖² = ∫ (dγ/d ln τ)² d ln τ / R_s² (first derivative, γ = 0
 * outside the grid): λ is then independent of the impedance scale and of the grid density.
 * Sources: T. H. Wan, M. Saccoccio, C. Chen, F. Ciucci, Electrochim. Acta 184 (2015) 483 (regularised DRT);
 * M. Saccoccio, T. H. Wan, C. Chen, F. Ciucci, Electrochim. Acta 147 (2014) 470 (choice of λ);
 * B. A. Boukamp, Electrochim. Acta 154 (2015) 35 (DRT of R‖C and R‖CPE).
 */
import { PhysicsInputError } from '../errors';
import { checkNumber, checkObject, checkOption, orDefault } from '../validate';
import { ANALYSIS_MAX_POINTS, checkSpectrum } from './check-spectrum';
import { nonNegativeLeastSquares } from './linalg';
import type { Spectrum } from './types';

export type DrtPart = 'both' | 'real' | 'imag';

/** Default regularisation parameter λ (dimensionless, see module comment): smooth yet resolves arcs a decade apart. */
export const DRT_DEFAULT_LAMBDA = 1e-3;
/** Default grid density: 10 τ values per decade. */
export const DRT_DEFAULT_TAUS_PER_DECADE = 10;
/** The τ grid extends this many decades beyond 1/(2π f_max) and 1/(2π f_min). */
export const DRT_GRID_EXTENSION_DECADES = 1;
/** Local maxima lower than this fraction of the highest γ are ripples, not peaks. */
const PEAK_THRESHOLD = 0.01;

export interface DrtInput extends Spectrum {
  /** Regularisation parameter λ ≥ 0 (default 1e-3); larger is smoother. */
  lambda?: number;
  /** Grid density, 2–50 per decade (default 10). */
  tausPerDecade?: number;
  /** Which parts of Z are fitted (default 'both'); with 'imag' R∞ is fitted afterwards from Z'. */
  part?: DrtPart;
}

export interface DrtPeak {
  /** τ at the maximum (parabolic interpolation in ln τ), s. */
  tauS: number;
  /** Characteristic frequency 1/(2πτ), Hz. */
  frequencyHz: number;
  /** Area under the peak between the neighbouring minima, Ω. */
  resistanceOhm: number;
}

export interface DrtResult {
  /** τ grid, s, ascending. */
  tauS: number[];
  /** γ(ln τ) in Ω (per unit ln τ), ≥ 0. */
  gammaOhm: number[];
  /** High-frequency resistance R∞, Ω. */
  rInfOhm: number;
  lambda: number;
  part: DrtPart;
  zFitRealOhm: number[];
  zFitImagOhm: number[];
  /** Interior maxima of γ, in order of increasing τ. */
  peaks: DrtPeak[];
  warnings: string[];
}

/**
 * DRT of an impedance spectrum (see module comment for model and units). Z in Ω, f in Hz, τ in s.
 * Valid for spectra made of relaxations (capacitive, Z'' ≤ 0): inductive points and a pure capacitive tail
 * (blocking electrodes) cannot be represented and are reported in `warnings`.
 */
export function distributionOfRelaxationTimes(input: DrtInput): DrtResult {
  const i = checkObject<DrtInput>('input', input);
  const s = checkSpectrum(i, 5, { maxPoints: ANALYSIS_MAX_POINTS });
  const lambda = checkNumber('lambda', orDefault(i.lambda, DRT_DEFAULT_LAMBDA), { min: 0, max: 1e6 });
  const perDecade = checkNumber('tausPerDecade', orDefault(i.tausPerDecade, DRT_DEFAULT_TAUS_PER_DECADE), {
    min: 2,
    max: 50,
    integer: true,
  });
  const part = checkOption('part', orDefault(i.part, 'both'), ['both', 'real', 'imag'] as const);
  const n = s.frequenciesHz.length;
  const fMin = s.frequenciesHz.reduce((a, b) => Math.min(a, b));
  const fMax = s.frequenciesHz.reduce((a, b) => Math.max(a, b));
  const logTauMin = Math.log10(1 / (2 * Math.PI * fMax)) - DRT_GRID_EXTENSION_DECADES;
  const logTauMax = Math.log10(1 / (2 * Math.PI * fMin)) + DRT_GRID_EXTENSION_DECADES;
  const k = Math.round((logTauMax - logTauMin) * perDecade) + 1;
  if (k > 1000) {
    throw new PhysicsInputError('tausPerDecade', `The τ grid would have ${k} points; use fewer τ per decade (at most 1000 points).`);
  }
  const tauS = Array.from({ length: k }, (_, j) => 10 ** (logTauMin + j / perDecade));
  const dLnTau = Math.LN10 / perDecade;

  const magnitudes = s.zRealOhm.map((re, j) => Math.hypot(re, s.zImagOhm[j]));
  const scale = magnitudes.reduce((a, b) => Math.max(a, b));
  const omegas = s.frequenciesHz.map((f) => 2 * Math.PI * f);
  // Basis of unknown j (0 = R∞, 1… = γ_k) at point p, real and imaginary parts, in units of R_s.
  const basisRe = (p: number, j: number): number =>
    j === 0 ? 1 : dLnTau / (1 + (omegas[p] * tauS[j - 1]) ** 2);
  const basisIm = (p: number, j: number): number => {
    if (j === 0) return 0;
    const wt = omegas[p] * tauS[j - 1];
    return (-wt * dLnTau) / (1 + wt * wt);
  };
  const rows: number[][] = [];
  const rhs: number[] = [];
  const cols = k + 1;
  for (let p = 0; p < n; p++) {
    const weight = scale / magnitudes[p]; // relative residual, unknowns in units of R_s
    if (part !== 'imag') {
      rows.push(Array.from({ length: cols }, (_, j) => basisRe(p, j) * weight));
      rhs.push(s.zRealOhm[p] / magnitudes[p]);
    }
    if (part !== 'real') {
      rows.push(Array.from({ length: cols }, (_, j) => basisIm(p, j) * weight));
      rhs.push(s.zImagOhm[p] / magnitudes[p]);
    }
  }
  // λ‖Lx‖²: first differences of γ over ln τ, with γ = 0 beyond both ends of the grid.
  const root = Math.sqrt(lambda / dLnTau);
  for (let j = 0; j <= k; j++) {
    const row = new Array<number>(cols).fill(0);
    if (j < k) row[1 + j] = root;
    if (j > 0) row[j] = -root;
    rows.push(row);
    rhs.push(0);
  }
  // With only Z'' the constant R∞ is invisible: drop its column by zeroing it.
  if (part === 'imag') rows.forEach((row) => (row[0] = 0));
  const x = nonNegativeLeastSquares(rows, rhs);
  const gammaOhm = x.slice(1).map((v) => v * scale);

  const zFitRealOhm: number[] = [];
  const zFitImagOhm: number[] = [];
  for (let p = 0; p < n; p++) {
    let re = 0;
    let im = 0;
    for (let j = 1; j <= k; j++) {
      re += basisRe(p, j) * gammaOhm[j - 1];
      im += basisIm(p, j) * gammaOhm[j - 1];
    }
    zFitRealOhm.push(re);
    zFitImagOhm.push(im);
  }
  let rInfOhm = x[0] * scale;
  if (part === 'imag') {
    // Weighted (1/|Z|²) least-squares offset of Z' − Σ…, kept ≥ 0 like the other unknowns.
    let num = 0;
    let den = 0;
    for (let p = 0; p < n; p++) {
      const w2 = 1 / magnitudes[p] ** 2;
      num += (s.zRealOhm[p] - zFitRealOhm[p]) * w2;
      den += w2;
    }
    rInfOhm = Math.max(0, num / den);
  }
  for (let p = 0; p < n; p++) zFitRealOhm[p] += rInfOhm;

  const warnings: string[] = [];
  const inductive = s.zImagOhm.filter((v, p) => v > 0.01 * magnitudes[p]).length;
  if (inductive > 0) {
    warnings.push(
      `${inductive === 1 ? '1 point has' : `${inductive} points have`} Z″ > 0 (inductive, e.g. cable inductance); the DRT cannot describe ${inductive === 1 ? 'it' : 'them'}. Remove ${inductive === 1 ? 'it' : 'them'} for a cleaner result.`,
    );
  }
  const edgeShare = (j0: number, j1: number): number =>
    gammaOhm.slice(j0, j1).reduce((a, b) => a + b, 0) / Math.max(1e-300, gammaOhm.reduce((a, b) => a + b, 0));
  if (edgeShare(k - perDecade, k) > 0.05) {
    warnings.push(
      'γ is large at the long-τ end of the grid: a process slower than the lowest frequency (e.g. a blocking-electrode tail) is not resolved; its peak and resistance are unreliable.',
    );
  }
  if (edgeShare(0, perDecade) > 0.05) {
    warnings.push('γ is large at the short-τ end of the grid: a process faster than the highest frequency is not resolved.');
  }
  return {
    tauS,
    gammaOhm: gammaOhm.map((v) => (v === 0 ? 0 : v)),
    rInfOhm: rInfOhm === 0 ? 0 : rInfOhm,
    lambda,
    part,
    zFitRealOhm,
    zFitImagOhm,
    peaks: findPeaks(tauS, gammaOhm, dLnTau),
    warnings,
  };
}

/**
 * Interior local maxima of γ above 1 % of the highest, each with the area Σ γ Δln τ between the lowest points
 * separating it from its neighbours (a shared minimum bin is split half and half). A maximum at either end
 * of the grid (an unresolved process) is not reported, but still claims its own area so that it does not
 * inflate the neighbouring peak.
 */
export function findPeaks(tauS: number[], gammaOhm: number[], dLnTau: number): DrtPeak[] {
  const k = gammaOhm.length;
  const top = gammaOhm.reduce((a, b) => Math.max(a, b), 0);
  if (!(top > 0) || k < 3) return [];
  const high = (j: number): boolean => gammaOhm[j] >= PEAK_THRESHOLD * top;
  const maxima: number[] = [];
  if (gammaOhm[0] > gammaOhm[1] && high(0)) maxima.push(0);
  for (let j = 1; j < k - 1; j++) {
    if (gammaOhm[j] > gammaOhm[j - 1] && gammaOhm[j] >= gammaOhm[j + 1] && high(j)) maxima.push(j);
  }
  if (gammaOhm[k - 1] > gammaOhm[k - 2] && high(k - 1)) maxima.push(k - 1);
  // Separators: the lowest bin between consecutive maxima; the grid ends bound the first and last.
  const lowestBetween = (a: number, b: number): number => {
    let best = a + 1;
    for (let j = a + 1; j < b; j++) if (gammaOhm[j] < gammaOhm[best]) best = j;
    return best;
  };
  const peaks: DrtPeak[] = [];
  maxima.forEach((j, q) => {
    if (j === 0 || j === k - 1) return;
    const lo = q > 0 ? lowestBetween(maxima[q - 1], j) : -1;
    const hi = q < maxima.length - 1 ? lowestBetween(j, maxima[q + 1]) : k;
    let area = 0;
    for (let t = Math.max(lo, 0); t <= Math.min(hi, k - 1); t++) {
      area += (t === lo || t === hi ? 0.5 : 1) * gammaOhm[t];
    }
    // Vertex of the parabola through the three points around the maximum, in ln τ.
    const [g0, g1, g2] = [gammaOhm[j - 1], gammaOhm[j], gammaOhm[j + 1]];
    const curvature = g0 - 2 * g1 + g2;
    const shift = curvature < 0 ? (0.5 * (g0 - g2)) / curvature : 0;
    const tau = tauS[j] * Math.exp(shift * dLnTau);
    peaks.push({ tauS: tau, frequencyHz: 1 / (2 * Math.PI * tau), resistanceOhm: area * dLnTau });
  });
  return peaks;
}
