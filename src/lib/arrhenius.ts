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
import { evToKjPerMol, kelvinToCelsius } from './units';
import { RANGES, checkArray, checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

export type ArrheniusForm = 'sigmaT' | 'sigma';
export const ARRHENIUS_FORMS: readonly ArrheniusForm[] = ['sigmaT', 'sigma'];

export interface ArrheniusPoint {
  temperatureK: number;
  sigmaSPerCm: number;
}

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
}

const yOf = (form: ArrheniusForm, t: number, s: number): number => (form === 'sigmaT' ? Math.log(s * t) : Math.log(s));

const checkPoint = (p: unknown, k: number): ArrheniusPoint => {
  const o = checkObject<ArrheniusPoint>(`points[${k}]`, p);
  return {
    temperatureK: checkNumber(`points[${k}].temperatureK`, o.temperatureK, RANGES.temperatureK),
    sigmaSPerCm: checkNumber(`points[${k}].sigmaSPerCm`, o.sigmaSPerCm, RANGES.sigmaSPerCm),
  };
};

/**
 * Ordinary least-squares Arrhenius fit.
 * Formula: y = ln σ (or ln σT) = ln A − (E_a/k_B)·(1/T); E_a = −slope·k_B (eV); SE(E_a) = k_B·sqrt(SSR/(n−2)/Sxx).
 * Units: T in K, σ in S/cm. Valid: ≥ 2 points with distinct T (std. error needs ≥ 3), one mechanism over the range.
 * Source: Maier (2004) ch. 6; any regression text for the OLS standard error.
 */
export function arrheniusFit(points: ArrheniusPoint[], form: ArrheniusForm = 'sigmaT'): ArrheniusFitResult {
  const f = checkOption('form', form, ARRHENIUS_FORMS);
  const pts = checkArray<unknown>('points', points, 2, 10000).map(checkPoint);
  const n = pts.length;
  const xs = pts.map((p) => 1 / p.temperatureK);
  const ys = pts.map((p) => yOf(f, p.temperatureK, p.sigmaSPerCm));
  const xMean = xs.reduce((a, b) => a + b, 0) / n;
  const yMean = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = xs[k]! - xMean;
    const dy = ys[k]! - yMean;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (!(sxx > 0)) {
    throw new PhysicsInputError('points', 'All points have the same temperature; an Arrhenius fit needs at least 2 distinct temperatures.');
  }
  const slope = checkResult('slope', sxy / sxx);
  const intercept = checkResult('intercept', yMean - slope * xMean);
  const residuals = ys.map((y, k) => y - (intercept + slope * xs[k]!));
  const ssr = residuals.reduce((a, r) => a + r * r, 0);
  const rSquared = syy > 0 ? Math.max(0, Math.min(1, 1 - ssr / syy)) : 1;
  const activationEnergyEv = checkResult('activation energy', -slope * BOLTZMANN_EV_PER_K);
  const stdErr = n >= 3 ? checkResult('standard error', BOLTZMANN_EV_PER_K * Math.sqrt(ssr / (n - 2) / sxx)) : null;
  const prefactor = Math.exp(intercept);
  const warnings: string[] = [];
  if (activationEnergyEv < 0) warnings.push('The fitted activation energy is negative: conductivity falls with temperature in these data.');
  if (!Number.isFinite(prefactor) || prefactor === 0) warnings.push('The prefactor over- or underflows; use lnPrefactor.');
  if (n >= 3 && rSquared < 0.98) {
    warnings.push(`R² = ${rSquared.toFixed(3)}: the data are not well described by a single Arrhenius line (a change of mechanism?).`);
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
    residuals: residuals.map((r) => (r === 0 ? 0 : r)),
    warnings,
  };
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
      throw new PhysicsInputError('lnPrefactor', `The line reaches σ above ${RANGES.sigmaSPerCm.max} S/cm at ${t.toPrecision(4)} K; the parameters are not physical.`);
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
