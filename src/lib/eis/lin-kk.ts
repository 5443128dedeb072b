/**
 * Lin-KK test of Kramers–Kronig compliance: fit a chain of M Voigt elements (R_k‖C_k with fixed,
 * log-spaced τ_k) plus a series resistance (and optionally a series inductance and capacitance) to the
 * spectrum by linear least squares; a spectrum the chain cannot reproduce violates causality,
 * linearity or stationarity (e.g. it drifted during the sweep).
 * Why M is scanned downwards by default: with sharp arcs (ideal R‖C) μ fluctuates around 0.85 at small M,
 * because the fixed τ_k miss the true time constants, so counting up from M = 1 can stop at M ≈ 5 with
 * residuals of tens of per cent on perfectly valid data. Yrjänä & Bobacka (2024) scan from the top instead;
 * here μ < c bounds M against fitting the noise, and χ² picks the smallest M that is no longer under-fitted.
 * Sources: M. Schönleber, D. Klotz, E. Ivers-Tiffée, Electrochim. Acta 131 (2014) 20 (Lin-KK, μ criterion);
 * B. A. Boukamp, J. Electrochem. Soc. 142 (1995) 1885 (KK test with a Voigt chain);
 * V. Yrjänä, J. Bobacka, Electrochim. Acta 504 (2024) 144951 (premature stop of the μ criterion).
 */
import { PhysicsInputError } from '../errors';
import { formatSig } from '../format';
import { checkNumber, checkObject, checkOption, orDefault } from '../validate';
import { ANALYSIS_MAX_POINTS, checkSpectrum } from './check-spectrum';
import { leastSquares } from './linalg';
import type { Spectrum } from './types';

export type LinKkScan = 'down' | 'up';

export interface LinKkInput extends Spectrum {
  /** μ cutoff (default 0.85, as Schönleber et al. 2014). */
  c?: number;
  /** Largest number of Voigt elements tried; default min(50, N, 5 per decade of frequency). */
  maxM?: number;
  /**
   * How M is chosen. 'down' (default): the M allowed are those from maxM downwards with μ < c (scanning
   * from the top, as Yrjänä & Bobacka 2024); of these, the smallest whose pseudo χ² is within a factor
   * UNDERFIT_FACTOR of the best. 'up': the first M counting from 1 with μ < c (Schönleber et al. 2014).
   */
  scan?: LinKkScan;
  /** Fit a series inductance L (lead inductance at high frequency); default true, as impedance.py. */
  includeInductance?: boolean;
  /** Fit a series capacitance (blocking electrodes: capacitive tail at low frequency); default false. */
  includeCapacitance?: boolean;
}

export interface LinKkResult {
  /** Number of Voigt elements chosen by the μ criterion. */
  m: number;
  /** μ = 1 − Σ|R_k<0| / Σ R_k≥0 of the chosen fit (1: no negative resistances; low: over-fitting). */
  mu: number;
  c: number;
  scan: LinKkScan;
  zFitRealOhm: number[];
  zFitImagOhm: number[];
  /** Δ' = (Z' − Ẑ')/|Z| and Δ'' = (Z'' − Ẑ'')/|Z|, dimensionless, one per frequency (input order). */
  residualsReal: number[];
  residualsImag: number[];
  /** Largest |Δ'| or |Δ''|. */
  maxResidual: number;
  /** False when the residuals exceed MAX_RESIDUAL or are systematic (see SYSTEMATIC_*); `warnings` says which. */
  valid: boolean;
  warnings: string[];
  /** R_k of the Voigt elements in Ω (may be negative: the test is a mathematical fit, not a circuit). */
  resistancesOhm: number[];
  /** Fixed τ_k in s, ascending. */
  timeConstantsS: number[];
  /** Fitted series resistance in Ω. */
  seriesResistanceOhm: number;
  /** Fitted series inductance in H, or null when not included. */
  inductanceH: number | null;
  /** Fitted series capacitance in F, or null when not included or not positive (no capacitive tail found). */
  capacitanceF: number | null;
}

/**
 * Largest accepted relative residual, 1 %. Good spectra leave residuals well below 1 % (Schönleber et al.
 * 2014, Boukamp 1995); larger ones mean the data are not KK-compliant or too noisy to judge.
 */
export const MAX_RESIDUAL = 0.01;
/**
 * Systematic residuals: lag-1 autocorrelation (along frequency) of Δ' or Δ'' of at least 0.5 together with
 * an RMS of at least 0.1 %. Random noise gives an autocorrelation near 0, and a KK-compliant spectrum fitted
 * at the chosen M leaves smooth residuals below ~0.02 %; smooth residuals of 0.1 % and more are a KK
 * violation. Calibration (100 points, 1 MHz–0.1 Hz, R‖C arcs of 1 and 5 kΩ): R1 drifting by 10 % during the
 * sweep leaves RMS 0.2–0.4 % with autocorrelation 0.9 (0.75–0.8 with 0.1 % noise added); 0.1 % noise alone
 * leaves RMS 0.1 % with autocorrelation −0.3…0.3. With fewer points (≈ 40) noisy drift may go unnoticed.
 */
export const SYSTEMATIC_AUTOCORRELATION = 0.5;
export const SYSTEMATIC_RMS = 0.001;
/** 'down' scan: a fit whose pseudo χ² exceeds the best allowed one by more than this factor counts as under-fitted. */
export const UNDERFIT_FACTOR = 2;

/** Time constants τ_k in s: log-spaced from 1/ω_max to 1/ω_min (Schönleber et al. 2014); M = 1 sits at the geometric mean. */
export function linKkTimeConstants(fMinHz: number, fMaxHz: number, m: number): number[] {
  const tMin = 1 / (2 * Math.PI * fMaxHz);
  const tMax = 1 / (2 * Math.PI * fMinHz);
  if (m === 1) return [Math.sqrt(tMin * tMax)];
  const step = Math.log(tMax / tMin) / (m - 1);
  return Array.from({ length: m }, (_, k) => tMin * Math.exp(k * step));
}

interface LinearFit {
  /** Unknowns: R0, R_1…R_M, then L and 1/C when included. */
  x: number[];
  m: number;
  mu: number;
  /** Pseudo χ² = Σ (Δ'² + Δ''²) (Boukamp 1995, eq. 14). */
  chiSquare: number;
}

/** μ = 1 − Σ|R_k<0| / Σ R_k≥0 (Schönleber et al. 2014, eq. 21); 0 when no R_k is positive. */
const muOf = (rk: number[]): number => {
  let pos = 0;
  let neg = 0;
  for (const r of rk) {
    if (r >= 0) pos += r;
    else neg -= r;
  }
  return pos > 0 ? 1 - neg / pos : 0;
};

/** Lag-1 autocorrelation of a sequence (0 for a constant sequence). */
const autocorrelation = (r: number[]): number => {
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  let num = 0;
  let den = 0;
  for (let k = 0; k < r.length; k++) {
    den += (r[k] - mean) ** 2;
    if (k > 0) num += (r[k] - mean) * (r[k - 1] - mean);
  }
  return den > 0 ? num / den : 0;
};

const rms = (r: number[]): number => Math.sqrt(r.reduce((a, b) => a + b * b, 0) / r.length);
const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;

/**
 * A relative residual as a percentage for readers, e.g. "1.01 %": three significant figures, and more when a
 * residual above `limit` would otherwise round to the limit or below it (1.004 % → "1.004 %", never "1.00 %"),
 * so a failing residual always reads as larger than the limit. The KK panel and linKK's warning both use it.
 */
export function residualPercentText(x: number, limit = MAX_RESIDUAL): string {
  const percent = 100 * x;
  if (!Number.isFinite(percent)) return '—';
  if (Math.abs(percent) < 1e-3) return `${formatSig(percent, 2)} %`;
  let digits = 3;
  let text = percent.toPrecision(digits);
  while (x > limit && Number(text) <= 100 * limit && digits < 12) text = percent.toPrecision(++digits);
  return `${text} %`;
}

/**
 * Lin-KK test (Schönleber et al. 2014): linear fit of Ẑ = R0 + Σ R_k/(1 + jωτ_k) [+ jωL] [+ 1/(jωC)] to Z,
 * rows weighted by 1/|Z|, with M chosen by the μ criterion (see `scan`); residuals Δ = (Z − Ẑ)/|Z|.
 * `valid` is false if max |Δ| > 1 % or the residuals are systematic (smooth and ≥ 0.1 % RMS).
 * Units: Hz, Ω. Valid for any spectrum with ≥ 5 points spanning a frequency range; thresholds assume noise ≲ 0.3 %.
 */
export function linKK(input: LinKkInput): LinKkResult {
  const i = checkObject<LinKkInput>('input', input);
  const s = checkSpectrum(i, 5, { maxPoints: ANALYSIS_MAX_POINTS });
  const c = checkNumber('c', orDefault(i.c, 0.85), { min: 0, max: 1, minExclusive: true });
  const scan = checkOption('scan', orDefault(i.scan, 'down'), ['down', 'up'] as const);
  const withL = orDefault(i.includeInductance, true);
  const withC = orDefault(i.includeCapacitance, false);
  if (typeof withL !== 'boolean') throw new PhysicsInputError('includeInductance', 'includeInductance must be true or false.');
  if (typeof withC !== 'boolean') throw new PhysicsInputError('includeCapacitance', 'includeCapacitance must be true or false.');
  const n = s.frequenciesHz.length;
  const fMin = s.frequenciesHz.reduce((a, b) => Math.min(a, b));
  const fMax = s.frequenciesHz.reduce((a, b) => Math.max(a, b));
  // More than ~5 τ per decade adds only over-fitting (neighbouring elements become indistinguishable);
  // one element per point leaves 2N − M − 3 ≥ N − 3 degrees of freedom.
  const defaultMaxM = Math.min(50, Math.max(5, Math.ceil(5 * Math.log10(fMax / fMin))));
  const maxM = Math.min(checkNumber('maxM', orDefault(i.maxM, defaultMaxM), { min: 1, max: 500, integer: true }), n);

  const omegas = s.frequenciesHz.map((f) => 2 * Math.PI * f);
  const weights = s.zRealOhm.map((re, k) => 1 / Math.hypot(re, s.zImagOhm[k]));
  const rhs: number[] = [];
  for (let k = 0; k < n; k++) rhs.push(s.zRealOhm[k] * weights[k], s.zImagOhm[k] * weights[k]);
  // Rows: Re and Im of each basis function times 1/|Z|; the unknowns are linear, so one QR solve per M.
  const fitAt = (m: number): LinearFit => {
    const taus = linKkTimeConstants(fMin, fMax, m);
    const rows: number[][] = [];
    for (let k = 0; k < n; k++) {
      const w = omegas[k];
      const g = weights[k];
      const re = [g];
      const im = [0];
      for (const t of taus) {
        const wt = w * t;
        const d = g / (1 + wt * wt);
        re.push(d);
        im.push(-wt * d);
      }
      if (withL) {
        re.push(0);
        im.push(w * g);
      }
      if (withC) {
        re.push(0);
        im.push(-g / w);
      }
      rows.push(re, im);
    }
    const x = leastSquares(rows, rhs);
    let chiSquare = 0;
    rows.forEach((row, r) => (chiSquare += (row.reduce((acc, v, j) => acc + v * x[j], 0) - rhs[r]) ** 2));
    return { x, m, mu: muOf(x.slice(1, 1 + m)), chiSquare };
  };

  let fit: LinearFit;
  if (scan === 'up') {
    fit = fitAt(1);
    while (fit.mu >= c && fit.m < maxM) fit = fitAt(fit.m + 1);
  } else {
    // Allowed range: M from maxM downwards while μ < c. Within it, take the smallest M whose pseudo χ²
    // is within UNDERFIT_FACTOR of the range's best (a larger χ² means the τ grid is still too coarse).
    const allowed = [fitAt(maxM)];
    while (allowed[0].mu < c && allowed[0].m > 1) {
      const lower = fitAt(allowed[0].m - 1);
      if (lower.mu >= c) break;
      allowed.unshift(lower);
    }
    const best = allowed.reduce((a, b) => Math.min(a, b.chiSquare), Infinity);
    fit = allowed.find((f) => f.chiSquare <= UNDERFIT_FACTOR * best) ?? allowed[allowed.length - 1];
  }
  const { x, m, mu } = fit;
  const taus = linKkTimeConstants(fMin, fMax, m);
  const lH = withL ? x[1 + m] : null;
  const inverseC = withC ? x[x.length - 1] : null;
  const zFitRealOhm: number[] = [];
  const zFitImagOhm: number[] = [];
  for (let k = 0; k < n; k++) {
    const w = omegas[k];
    let re = x[0];
    let im = (lH ?? 0) * w - (inverseC ?? 0) / w;
    taus.forEach((t, j) => {
      const d = x[1 + j] / (1 + w * w * t * t);
      re += d;
      im -= w * t * d;
    });
    zFitRealOhm.push(re);
    zFitImagOhm.push(im);
  }
  const residualsReal = s.zRealOhm.map((z, k) => (z - zFitRealOhm[k]) * weights[k]);
  const residualsImag = s.zImagOhm.map((z, k) => (z - zFitImagOhm[k]) * weights[k]);
  const maxResidual = Math.max(...residualsReal.map(Math.abs), ...residualsImag.map(Math.abs));

  const warnings: string[] = [];
  let valid = true;
  if (maxResidual > MAX_RESIDUAL) {
    valid = false;
    warnings.push(
      `The largest Lin-KK residual is ${residualPercentText(maxResidual)} (limit ${residualPercentText(MAX_RESIDUAL)}): the spectrum is not Kramers–Kronig compliant (drift, non-linearity or too much noise); do not fit it as it is.`,
    );
  }
  // Systematic deviation: smooth residuals along frequency, too large to be the fit's own error.
  const byFrequency = s.frequenciesHz.map((f, k) => [f, k]).sort((a, b) => a[0] - b[0]).map(([, k]) => k);
  for (const [label, res] of [['real', residualsReal], ['imaginary', residualsImag]] as const) {
    const sorted = byFrequency.map((k) => res[k]);
    const r1 = autocorrelation(sorted);
    const size = rms(sorted);
    if (r1 >= SYSTEMATIC_AUTOCORRELATION && size >= SYSTEMATIC_RMS) {
      valid = false;
      warnings.push(
        `The ${label}-part residuals vary smoothly with frequency (RMS ${pct(size)}, autocorrelation ${r1.toFixed(2)}) instead of scattering like noise: a systematic deviation, typical of a sample that changed (drifted) during the sweep.`,
      );
    }
  }
  if (!valid && fit.mu >= c) {
    warnings.push(
      `μ did not fall below c = ${c} up to M = ${m} Voigt elements, so part of the misfit may be under-fitting: try a larger maxM.`,
    );
  }
  const clean = (v: number): number => (v === 0 ? 0 : v);
  return {
    m,
    mu,
    c,
    scan,
    zFitRealOhm: zFitRealOhm.map(clean),
    zFitImagOhm: zFitImagOhm.map(clean),
    residualsReal: residualsReal.map(clean),
    residualsImag: residualsImag.map(clean),
    maxResidual,
    valid,
    warnings,
    resistancesOhm: x.slice(1, 1 + m).map(clean),
    timeConstantsS: taus,
    seriesResistanceOhm: clean(x[0]),
    inductanceH: lH === null ? null : clean(lH),
    capacitanceF: inverseC !== null && inverseC > 0 && Number.isFinite(1 / inverseC) ? 1 / inverseC : null,
  };
}
