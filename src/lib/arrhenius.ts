/**
 * Arrhenius analysis of ionic conductivity: least-squares fit, two-point estimate, extrapolation and
 * plot lines.
 *
 * Two forms are supported:
 * - 'sigmaT': σT = A·exp(−E_a / k_B T), fitted as ln(σT) vs 1/T; A in S·K/cm.
 * - 'sigma':  σ  = A·exp(−E_a / k_B T), fitted as ln σ vs 1/T; A in S/cm.
 * Why σT: for thermally activated hopping the Nernst–Einstein relation σ = n(ze)²D/(k_B T) puts a
 * factor 1/T in front of the exponential (D = D₀·exp(−E_a/k_B T)), so ln(σT) — not ln σ — is linear
 * in 1/T. Fitting ln σ instead returns an energy smaller by roughly k_B·T (≈ 0.026 eV at room
 * temperature). Papers use both forms, so always state which one a value comes from.
 *
 * Source: J. Maier, Physical Chemistry of Ionic Materials (Wiley, 2004), ch. 6;
 * A. R. West, Solid State Chemistry and its Applications, 2nd ed. (Wiley, 2014), ch. 8.
 */
import { BOLTZMANN_EV_PER_K } from './constants';
import { PhysicsInputError } from './errors';
import { formatSig } from './format';
import { evToKjPerMol, kelvinToCelsius } from './units';
import { studentTQuantile } from './distributions';
import { curvatureTest, fitLine, type CurvatureTest } from './line-fit';
import { RANGES, checkArray, checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

export type ArrheniusForm = 'sigmaT' | 'sigma';
export const ARRHENIUS_FORMS: readonly ArrheniusForm[] = ['sigmaT', 'sigma'];

export interface ArrheniusPoint {
  temperatureK: number;
  sigmaSPerCm: number;
  /** Optional relative standard uncertainty of σ (δσ/σ, e.g. 0.05 for 5 %); given for all points or none. */
  sigmaRelErr?: number;
  /** Optional standard uncertainty of T in K; given for all points or none. */
  temperatureErrK?: number;
}

/** Which least-squares fit was made. */
export type ArrheniusFitKind = 'ordinary' | 'weighted' | 'effective-variance';

/** Lower and upper end of a confidence interval. */
export interface ArrheniusInterval { low: number; high: number }

export interface ArrheniusFitResult {
  form: ArrheniusForm;
  /** E_a in eV (= −slope·k_B). */
  activationEnergyEv: number;
  /** E_a in kJ/mol (1 eV = 96.485 kJ/mol). */
  activationEnergyKjPerMol: number;
  /** Standard error of E_a in eV from the OLS slope; null for fewer than 3 points. */
  activationEnergyStdErrEv: number | null;
  /** Prefactor A in S/cm when form = 'sigma' (null otherwise, or if exp(lnPrefactor) overflows). */
  prefactorSPerCm: number | null;
  /** Prefactor A in S·K/cm when form = 'sigmaT' (null otherwise, or if exp(lnPrefactor) overflows). */
  prefactorSKPerCm: number | null;
  prefactorUnit: 'S/cm' | 'S K/cm';
  /** ln A, with A in prefactorUnit (always finite). */
  lnPrefactor: number;
  /** Coefficient of determination of the linear fit (1 for a perfect fit). */
  rSquared: number;
  /** Number of points used. */
  n: number;
  /** Observed minus fitted ln σ (or ln σT), in input order. */
  residuals: number[];
  warnings: string[];
  /** Ordinary, weighted by the σ uncertainties, or weighted by the effective variance of σ and T errors. */
  fitKind: ArrheniusFitKind;
  /** Standard error of ln A; null for fewer than 3 points. */
  lnPrefactorStdErr: number | null;
  /** Covariance of E_a (eV) and ln A, = −k_B·cov(slope, intercept); null for fewer than 3 points. */
  covarianceEaLnAEv: number | null;
  /** Correlation coefficient of E_a and ln A (−1 to 1); null for fewer than 3 points. */
  correlationEaLnA: number | null;
  /** Two-sided 95 % Student t factor with n − 2 degrees of freedom (12.71 for 3 points); null for 2 points. */
  tFactor95: number | null;
  /** 95 % confidence intervals of E_a (eV) and ln A: value ± tFactor95·SE; null for 2 points. */
  activationEnergyCi95Ev: ArrheniusInterval | null;
  lnPrefactorCi95: ArrheniusInterval | null;
  /** Residual variance Σwr²/(n − 2): the reduced χ² of a weighted fit (≈ 1 if the uncertainties match the scatter). */
  reducedChiSquared: number | null;
  /** Quadratic-term test for curvature (≥ 4 points); null if it cannot be made. */
  curvature: CurvatureTest | null;
  /** True when the quadratic term is significant at the 5 % level (the points bend). */
  curved: boolean;
  /** Slope and intercept of the fitted line y = intercept + slope/T and their covariance (slope in K), for confidence bands. */
  line: { slopeK: number; intercept: number; varSlopeK2: number; varIntercept: number; covSlopeInterceptK: number };
}

/** Significance level of the curvature flag. */
export const CURVATURE_ALPHA = 0.05;

const yOf = (form: ArrheniusForm, t: number, s: number): number => (form === 'sigmaT' ? Math.log(s * t) : Math.log(s));

const checkPoint = (p: unknown, k: number): ArrheniusPoint => {
  const o = checkObject<ArrheniusPoint>(`points[${k}]`, p);
  const point: ArrheniusPoint = {
    temperatureK: checkNumber(`points[${k}].temperatureK`, o.temperatureK, RANGES.temperatureK),
    sigmaSPerCm: checkNumber(`points[${k}].sigmaSPerCm`, o.sigmaSPerCm, RANGES.sigmaSPerCm),
  };
  if (o.sigmaRelErr !== undefined) point.sigmaRelErr = checkNumber(`points[${k}].sigmaRelErr`, o.sigmaRelErr, { min: 0, max: 10, minExclusive: true });
  if (o.temperatureErrK !== undefined) point.temperatureErrK = checkNumber(`points[${k}].temperatureErrK`, o.temperatureErrK, { min: 0, max: 1000, unit: 'K' });
  return point;
};

/**
 * Weights of the fit: none; 1/(δσ/σ)² from the σ uncertainties (δ ln σ = δσ/σ); or the effective variance
 * δy² + (∂r/∂T)² δT², with r = y − a − b/T, so ∂r/∂T = b/T² (+ 1/T in the σT form, where y = ln σ + ln T).
 * Source: J. Orear, Am. J. Phys. 50, 912 (1982) (effective variance); Bevington & Robinson (2003) ch. 6.
 */
function weightsFor(pts: ArrheniusPoint[], form: ArrheniusForm, slopeK: number): number[] | null {
  const hasS = pts[0]!.sigmaRelErr !== undefined;
  const hasT = pts[0]!.temperatureErrK !== undefined;
  if (!hasS && !hasT) return null;
  return pts.map((p, k) => {
    const dy = p.sigmaRelErr ?? 0;
    const drdT = (form === 'sigmaT' ? 1 / p.temperatureK : 0) + slopeK / (p.temperatureK * p.temperatureK);
    const variance = dy * dy + (drdT * (p.temperatureErrK ?? 0)) ** 2;
    if (!(variance > 0)) throw new PhysicsInputError(`points[${k}]`, `Point ${k + 1} has no uncertainty (both are 0), so it cannot be weighted; give every point an uncertainty above 0.`);
    return 1 / variance;
  });
}

/**
 * Least-squares Arrhenius fit: ordinary, weighted (σ uncertainties), or effective-variance (σ and T uncertainties).
 * Formula: y = ln σ (or ln σT) = ln A − (E_a/k_B)·(1/T); E_a = −slope·k_B (eV); SE(E_a) = k_B·sqrt(s²/Sxx),
 * s² = Σwr²/(n−2); 95 % CI = value ± t₀.₉₇₅,ₙ₋₂·SE; cov(E_a, ln A) = −k_B·cov(slope, intercept).
 * Units: T in K, σ in S/cm. Valid: ≥ 2 points with distinct T (errors need ≥ 3), one mechanism over the range.
 * Source: Maier (2004) ch. 6; Draper & Smith, Applied Regression Analysis (1998) ch. 1 and 9; Orear (1982).
 */
export function arrheniusFit(points: ArrheniusPoint[], form: ArrheniusForm = 'sigmaT'): ArrheniusFitResult {
  const f = checkOption('form', form, ARRHENIUS_FORMS);
  const pts = checkArray<unknown>('points', points, 2, 10000).map(checkPoint);
  const n = pts.length;
  for (const key of ['sigmaRelErr', 'temperatureErrK'] as const) {
    const given = pts.filter((p) => p[key] !== undefined).length;
    if (given > 0 && given < n) throw new PhysicsInputError('points', `Give an uncertainty for every point or for none (${given} of ${n} have one).`);
  }
  const xs = pts.map((p) => 1 / p.temperatureK);
  const ys = pts.map((p) => yOf(f, p.temperatureK, p.sigmaSPerCm));
  const sameT = () => new PhysicsInputError('points', 'All points have the same temperature; an Arrhenius fit needs at least 2 distinct temperatures.');
  const fitKind: ArrheniusFitKind = pts[0]!.temperatureErrK !== undefined ? 'effective-variance' : pts[0]!.sigmaRelErr !== undefined ? 'weighted' : 'ordinary';
  let weights = fitKind === 'ordinary' ? null : weightsFor(pts, f, fitLine(xs, ys)?.slope ?? 0);
  let lf = fitLine(xs, ys, weights);
  if (!lf) throw sameT();
  if (fitKind === 'effective-variance') {
    // The weights depend on the slope: iterate to a fixed point (a few rounds; Orear 1982).
    for (let k = 0; k < 50; k++) {
      const before = lf.slope;
      weights = weightsFor(pts, f, before);
      lf = fitLine(xs, ys, weights);
      if (!lf) throw sameT();
      if (Math.abs(lf.slope - before) <= 1e-12 * Math.abs(before)) break;
    }
  }
  const slope = checkResult('slope', lf.slope);
  const intercept = checkResult('intercept', lf.intercept);
  const residuals = lf.residuals;
  const rSquared = lf.syy > 0 ? Math.max(0, Math.min(1, 1 - lf.ssr / lf.syy)) : 1;
  const activationEnergyEv = checkResult('activation energy', -slope * BOLTZMANN_EV_PER_K);
  const enough = n >= 3;
  const stdErr = enough ? checkResult('standard error', BOLTZMANN_EV_PER_K * Math.sqrt(lf.varSlope)) : null;
  const lnAStdErr = enough ? checkResult('standard error', Math.sqrt(lf.varIntercept)) : null;
  const tFactor = enough ? studentTQuantile(0.95, n - 2) : null;
  const covariance = enough ? checkResult('covariance', -BOLTZMANN_EV_PER_K * lf.covSlopeIntercept) : null;
  const correlation = enough && stdErr! > 0 && lnAStdErr! > 0 ? Math.max(-1, Math.min(1, covariance! / (stdErr! * lnAStdErr!))) : null;
  const curvature = curvatureTest(xs, ys, weights);
  const curved = curvature !== null && curvature.p < CURVATURE_ALPHA;
  const prefactor = Math.exp(intercept);
  const warnings: string[] = [];
  if (activationEnergyEv < 0) warnings.push('The fitted activation energy is negative: conductivity falls with temperature in these data.');
  if (!Number.isFinite(prefactor) || prefactor === 0) warnings.push('The prefactor is too large or too small to print; its natural logarithm ln A is given instead.');
  if (curved) {
    // Local E_a at the two ends from the quadratic's slope: smallest 1/T is the hot end.
    const hot = -curvature.slopeAtMinX * BOLTZMANN_EV_PER_K;
    const cold = -curvature.slopeAtMaxX * BOLTZMANN_EV_PER_K;
    warnings.push(`The points bend away from a straight line (a quadratic term is significant at the 5 % level, p = ${curvature.p < 0.001 ? '< 0.001' : curvature.p.toFixed(3)}): `
      + `the local activation energy goes from ${formatSig(hot, 3)} eV at the hot end to ${formatSig(cold, 3)} eV at the cold end, so one Eₐ does not describe them exactly.`);
  }
  const prefactorOk = Number.isFinite(prefactor) ? prefactor : null;
  return {
    form: f,
    activationEnergyEv,
    activationEnergyKjPerMol: checkResult('activation energy', evToKjPerMol(activationEnergyEv)),
    activationEnergyStdErrEv: stdErr,
    prefactorSPerCm: f === 'sigma' ? prefactorOk : null,
    prefactorSKPerCm: f === 'sigmaT' ? prefactorOk : null,
    prefactorUnit: f === 'sigma' ? 'S/cm' : 'S K/cm',
    lnPrefactor: intercept,
    rSquared,
    n,
    residuals,
    warnings,
    fitKind,
    lnPrefactorStdErr: lnAStdErr,
    covarianceEaLnAEv: covariance,
    correlationEaLnA: correlation,
    tFactor95: tFactor,
    activationEnergyCi95Ev: enough ? { low: activationEnergyEv - tFactor! * stdErr!, high: activationEnergyEv + tFactor! * stdErr! } : null,
    lnPrefactorCi95: enough ? { low: intercept - tFactor! * lnAStdErr!, high: intercept + tFactor! * lnAStdErr! } : null,
    reducedChiSquared: enough ? lf.residualVariance : null,
    curvature,
    curved,
    line: { slopeK: slope, intercept, varSlopeK2: lf.varSlope, varIntercept: lf.varIntercept, covSlopeInterceptK: lf.covSlopeIntercept },
  };
}

/**
 * Half-width of the 95 % confidence band of the fitted line at temperature T, in ln units.
 * Formula: t₀.₉₇₅,ₙ₋₂ · sqrt(var a + x² var b + 2x cov(a, b)), x = 1/T. Valid: a fit of ≥ 3 points (else 0).
 * Source: Draper & Smith (1998) §1.4 (confidence interval of the mean response).
 */
export function fitBandHalfWidth(fit: ArrheniusFitResult, temperatureK: number): number {
  const f = checkObject<ArrheniusFitResult>('fit', fit);
  if (f.tFactor95 === null) return 0;
  const x = 1 / checkNumber('temperatureK', temperatureK, RANGES.temperatureK);
  const line = checkObject<ArrheniusFitResult['line']>('fit.line', f.line);
  const v = line.varIntercept + x * x * line.varSlopeK2 + 2 * x * line.covSlopeInterceptK;
  return checkResult('confidence band', f.tFactor95 * Math.sqrt(v > 0 ? v : 0));
}

/**
 * Activation energy and prefactor from two (T, σ) points.
 * Formula: E_a = k_B·ln(y₂/y₁)/(1/T₁ − 1/T₂) with y = σ or σT. Units: K, S/cm → eV.
 * Valid: T₁ ≠ T₂ and a single mechanism between them. Same result object as arrheniusFit (no std. error).
 * Source: Maier (2004) ch. 6.
 */
export function arrheniusTwoPoint(input: {
  point1: ArrheniusPoint;
  point2: ArrheniusPoint;
  form?: ArrheniusForm;
}): ArrheniusFitResult {
  const i = checkObject<{ point1: ArrheniusPoint; point2: ArrheniusPoint; form?: ArrheniusForm }>('input', input);
  return arrheniusFit([i.point1, i.point2], orDefault(i.form, 'sigmaT'));
}

export interface SigmaAtTemperatureInput {
  activationEnergyEv: number;
  /** Known conductivity σ_ref at the reference temperature, S/cm. */
  sigmaRefSPerCm: number;
  referenceTemperatureK: number;
  /** Temperature at which σ is wanted, K. */
  temperatureK: number;
  form?: ArrheniusForm;
}

/**
 * Conductivity at another temperature from E_a and one known value.
 * Formula ('sigma'):  σ(T) = σ_ref·exp[−(E_a/k_B)(1/T − 1/T_ref)];
 *         ('sigmaT'): σ(T) = σ_ref·(T_ref/T)·exp[−(E_a/k_B)(1/T − 1/T_ref)].
 * Units: eV, S/cm, K → S/cm. Valid inside one Arrhenius regime (no phase change or knee in between).
 * Source: Maier (2004) ch. 6.
 */
export function sigmaAtTemperature(input: SigmaAtTemperatureInput): { sigmaSPerCm: number; log10SigmaSPerCm: number } {
  const i = checkObject<SigmaAtTemperatureInput>('input', input);
  const ea = checkNumber('activationEnergyEv', i.activationEnergyEv, RANGES.activationEnergyEv);
  const s0 = checkNumber('sigmaRefSPerCm', i.sigmaRefSPerCm, RANGES.sigmaSPerCm);
  const t0 = checkNumber('referenceTemperatureK', i.referenceTemperatureK, RANGES.temperatureK);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const f = checkOption('form', orDefault(i.form, 'sigmaT'), ARRHENIUS_FORMS);
  const lnSigma = Math.log(s0) - (ea / BOLTZMANN_EV_PER_K) * (1 / t - 1 / t0) + (f === 'sigmaT' ? Math.log(t0 / t) : 0);
  if (lnSigma > Math.log(RANGES.sigmaSPerCm.max)) {
    throw new PhysicsInputError(
      'temperatureK',
      `Extrapolating to ${t} K gives σ above ${RANGES.sigmaSPerCm.max} S/cm, which is not physical; choose a temperature closer to the reference.`,
    );
  }
  return { sigmaSPerCm: checkResult('conductivity', Math.exp(lnSigma)), log10SigmaSPerCm: checkResult('log σ', lnSigma / Math.LN10) };
}

export interface ArrheniusLineInput {
  /** E_a in eV; negative values are accepted so that any fitted line can be drawn. */
  activationEnergyEv: number;
  /** ln A with A in S/cm ('sigma') or S·K/cm ('sigmaT'), e.g. arrheniusFit(...).lnPrefactor. */
  lnPrefactor: number;
  form?: ArrheniusForm;
  temperatureMinK: number;
  temperatureMaxK: number;
  /** Number of points, 2–1000 (default 50), evenly spaced in 1/T. */
  count?: number;
}

export interface ArrheniusLinePoint {
  temperatureK: number;
  temperatureC: number;
  /** 1000/T in K⁻¹ — the usual x axis of an Arrhenius plot. */
  thousandOverTPerK: number;
  sigmaSPerCm: number;
  log10SigmaSPerCm: number;
  /** log₁₀(σT / (S·K/cm)). */
  log10SigmaTSKPerCm: number;
}

/**
 * Points of an Arrhenius line for plotting, evenly spaced in 1/T from temperatureMaxK down to temperatureMinK.
 * Formula: ln σ = ln A − E_a/(k_B T) [− ln T for 'sigmaT']. Units: eV, K → S/cm.
 * Valid: the temperature window of the data (extrapolation is the caller's responsibility).
 * Source: Maier (2004) ch. 6.
 */
export function arrheniusLine(input: ArrheniusLineInput): ArrheniusLinePoint[] {
  const i = checkObject<ArrheniusLineInput>('input', input);
  const ea = checkNumber('activationEnergyEv', i.activationEnergyEv, { min: -10, max: 10, unit: 'eV' });
  const lnA = checkNumber('lnPrefactor', i.lnPrefactor, { min: -1000, max: 1000 });
  const f = checkOption('form', orDefault(i.form, 'sigmaT'), ARRHENIUS_FORMS);
  const tMin = checkNumber('temperatureMinK', i.temperatureMinK, RANGES.temperatureK);
  const tMax = checkNumber('temperatureMaxK', i.temperatureMaxK, RANGES.temperatureK);
  if (!(tMax > tMin)) {
    throw new PhysicsInputError('temperatureMaxK', 'temperatureMaxK must be greater than temperatureMinK.');
  }
  const count = checkNumber('count', orDefault(i.count, 50), { min: 2, max: 1000, integer: true });
  const xMin = 1 / tMax;
  const xMax = 1 / tMin;
  const points: ArrheniusLinePoint[] = [];
  for (let k = 0; k < count; k++) {
    const x = k === count - 1 ? xMax : xMin + ((xMax - xMin) * k) / (count - 1);
    const t = k === 0 ? tMax : k === count - 1 ? tMin : 1 / x;
    const lnSigmaT = f === 'sigmaT' ? lnA - (ea / BOLTZMANN_EV_PER_K) * x : lnA - (ea / BOLTZMANN_EV_PER_K) * x + Math.log(t);
    const lnSigma = lnSigmaT - Math.log(t);
    if (lnSigma > Math.log(RANGES.sigmaSPerCm.max)) {
      throw new PhysicsInputError('lnPrefactor', `The line reaches σ above ${RANGES.sigmaSPerCm.max} S/cm at ${formatSig(t, 4)} K; the parameters are not physical.`);
    }
    points.push({
      temperatureK: t,
      temperatureC: kelvinToCelsius(t),
      thousandOverTPerK: 1000 * x,
      sigmaSPerCm: checkResult('conductivity', Math.exp(lnSigma)),
      log10SigmaSPerCm: checkResult('log σ', lnSigma / Math.LN10),
      log10SigmaTSKPerCm: checkResult('log σT', lnSigmaT / Math.LN10),
    });
  }
  return points;
}
