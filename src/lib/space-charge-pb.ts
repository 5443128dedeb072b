/**
 * Exact Poisson–Boltzmann space-charge layers, numerically integrated from the first integral, for
 * (a) one mobile species over a fixed background of opposite charge (an acceptor- or donor-doped solid),
 * (b) two mobile species of opposite sign (Gouy–Chapman), each with dilute (Boltzmann) or lattice-gas
 * (Bikerman-type, site-saturating) statistics; plus the space-charge capacitance per area and the
 * space-charge resistance per area R_sc = ∫(1/σ(x) − 1/σ∞) dx.
 *
 * Reduced potential u = z e φ / k_B T (cation sense), X = x/λ with λ the Debye length of the model
 * (one-species λ₁ or two-species λ₂). Poisson: d²u/dX² = −ρ/(z e c∞); first integral (du/dX)² = 2F(u).
 *   one species, dilute:       F = y + e^(−y) − 1,                   y = s·u (s the sign of the mobile carrier)
 *   one species, lattice gas:  F = y + ln(1 − θ + θ e^(−y))/θ,       θ = c∞/N
 *   two species, dilute:       F = cosh u − 1                        (Gouy–Chapman)
 *   two species, lattice gas:  F = ln(1 + 2ν sinh²(u/2))/ν,          ν = 2c∞/N   (Kilic, Bazant & Ajdari 2007)
 * Sources: J. Maier, Prog. Solid State Chem. 23 (1995) 171–263 (space-charge profiles, Mott–Schottky and
 * Gouy–Chapman cases, space-charge resistance); J. Maier, Physical Chemistry of Ionic Materials (Wiley, 2004)
 * ch. 5.8; A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed. (2001) §13.3 (differential capacitance);
 * M. S. Kilic, M. Z. Bazant, A. Ajdari, Phys. Rev. E 75 (2007) 021502 (Bikerman lattice-gas model).
 */
import { BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from './constants';
import { PhysicsInputError } from './errors';
import { formatSig } from './format';
import { debyeLength } from './space-charge';
import { RANGES, checkArray, checkNumber, checkObject, checkOption, checkResult } from './validate';

export type SpaceChargeModel = 'one-species' | 'two-species';
export const SPACE_CHARGE_MODELS: readonly SpaceChargeModel[] = ['one-species', 'two-species'];

/** Largest |z e φ₀ / k_B T| accepted: beyond it Boltzmann factors and resistances overflow. */
export const MAX_REDUCED_POTENTIAL = 600;
/** Interface concentration, as a fraction of the site density, above which the dilute treatment is off by > 10 %. */
export const DILUTE_LIMIT_FRACTION = 0.1;

const POTENTIAL_RANGE = { min: -10, max: 10, unit: 'V' } as const;
const PER_CM3_TO_PER_M3 = 1e6;
const NM_PER_CM = 1e7;

export interface SpaceChargeProfileInput {
  relativePermittivity: number;
  /** Bulk concentration c∞ of the mobile species (each species for 'two-species'), cm⁻³. */
  concentrationPerCm3: number;
  temperatureK: number;
  /** Charge number magnitude |z|. */
  chargeNumber: number;
  /** Potential at the interface relative to the bulk, φ₀ in V (−10 to 10). */
  surfacePotentialV: number;
  model: SpaceChargeModel;
  /** 'one-species' only: sign of the mobile carrier (+1 e.g. Li interstitial, −1 e.g. Li vacancy). Default +1. */
  carrierSign?: 1 | -1;
  /** Site density N for lattice-gas (Bikerman) statistics, cm⁻³; omit for dilute (Boltzmann) statistics. */
  siteDensityPerCm3?: number;
  /** Distances from the interface, nm (0 to 1e13); 1–10000 entries. */
  distancesNm: number[];
  /** Bulk conductivity σ∞, S/cm; when given, the space-charge resistance per area is returned. */
  bulkConductivitySPerCm?: number;
  /** 'two-species' only: share of σ∞ carried by the positive species (0–1). Default 0.5. */
  cationConductivityFraction?: number;
}

export interface SpaceChargeProfilePoint {
  distanceNm: number;
  potentialV: number;
  /** Electric field E = −dφ/dx, V/cm. */
  fieldVPerCm: number;
  /** Positive species c₊(x)/c∞ (1 where the positive charge is the fixed background). */
  cationRatio: number;
  /** Negative species c₋(x)/c∞ (1 where the negative charge is the fixed background). */
  anionRatio: number;
  /** Local conductivity over the bulk one, σ(x)/σ∞. */
  conductivityRatio: number;
}

export interface SpaceChargeProfileResult {
  model: SpaceChargeModel;
  /** Debye length of the model (λ₁ one species, λ₂ two species), nm. */
  debyeLengthNm: number;
  /** Reduced interface potential z e φ₀ / k_B T (cation sense). */
  reducedPotential: number;
  points: SpaceChargeProfilePoint[];
  /** Net charge per area in the electrolyte's space-charge zone, C/cm² (−ε E(0)). */
  chargePerAreaCPerCm2: number;
  /** Differential space-charge capacitance per area |dQ/dφ₀|, F/cm². */
  capacitanceFPerCm2: number;
  /** ε/λ of the model, F/cm²: the small-potential limit of the capacitance. */
  debyeCapacitanceFPerCm2: number;
  /** Excess resistance per area of the zone, ∫(1/σ(x) − 1/σ∞) dx, Ω cm² (negative when the zone conducts better); null without σ∞. */
  resistanceOhmCm2: number | null;
  /** Largest mobile-carrier concentration in the profile, cm⁻³ (at the interface or in the bulk). */
  peakConcentrationPerCm3: number;
  /** The same, in the dilute (Boltzmann) treatment, cm⁻³. */
  dilutePeakConcentrationPerCm3: number;
  warnings: string[];
}

/** y + e^(−y) − 1 without cancellation at small |y|. */
function yPlusExpm1(y: number): number {
  if (Math.abs(y) < 1e-3) return y * y * (0.5 - y * (1 / 6 - y * (1 / 24 - y / 120)));
  return y + Math.expm1(-y);
}

interface ModelFunctions {
  /** First-integral function F(y) ≥ 0 with (dy/dX)² = 2F. */
  F: (y: number) => number;
  /** dF/dy (the reduced charge density with sign flipped). */
  dF: (y: number) => number;
  /** Mobile concentrations relative to the bulk at reduced potential y: [positive, negative]. */
  ratios: (y: number) => [number, number];
  /** σ(y)/σ∞. */
  conductivity: (y: number) => number;
  /** F''(0): the square of the inverse screening length in units of 1/λ. */
  curvature0: number;
}

function oneSpecies(theta: number, sign: 1 | -1): ModelFunctions {
  const mobile = (y: number) => Math.exp(-y) / (1 + theta * Math.expm1(-y));
  return {
    F: (y) => {
      if (theta === 0) return yPlusExpm1(y);
      const m = Math.expm1(-y);
      if (Math.abs(y) < 1e-3) return yPlusExpm1(y) - (theta * m * m) / 2 + (theta ** 2 * m ** 3) / 3 - (theta ** 3 * m ** 4) / 4;
      return y + Math.log1p(theta * m) / theta;
    },
    dF: (y) => {
      const m = Math.expm1(-y);
      return (-m * (1 - theta)) / (1 + theta * m);
    },
    ratios: (y) => (sign > 0 ? [mobile(y), 1] : [1, mobile(y)]),
    conductivity: mobile,
    curvature0: 1 - theta,
  };
}

function twoSpecies(nu: number, cationFraction: number): ModelFunctions {
  const denominator = (u: number) => 1 + 2 * nu * Math.sinh(u / 2) ** 2;
  const ratios = (u: number): [number, number] => [Math.exp(-u) / denominator(u), Math.exp(u) / denominator(u)];
  return {
    F: (u) => (nu === 0 ? 2 * Math.sinh(u / 2) ** 2 : Math.log1p(2 * nu * Math.sinh(u / 2) ** 2) / nu),
    dF: (u) => Math.sinh(u) / denominator(u),
    ratios,
    conductivity: (u) => {
      const [p, n] = ratios(u);
      return cationFraction * p + (1 - cationFraction) * n;
    },
    curvature0: 1,
  };
}

interface Table { sign: number; s: number[]; x: number[]; h: number[]; resistance: number; tailRate: number }

/**
 * Tabulate X(y) = ∫_y^{y₀} dy'/√(2F(y')) on a grid in s = ln|y| from |y₀| down to 10⁻¹⁰|y₀| (Simpson per step),
 * and the excess-resistance integral ∫(σ∞/σ − 1) dX, with the exponential tail added analytically.
 */
function tabulate(y0: number, fn: ModelFunctions): Table {
  const sign = Math.sign(y0);
  const a = Math.abs(y0);
  const h = (s: number) => {
    const y = sign * Math.exp(s);
    return Math.exp(s) / Math.sqrt(2 * fn.F(y));
  };
  const r = (s: number) => (1 / fn.conductivity(sign * Math.exp(s)) - 1) * h(s);
  const sEnd = Math.log(a) - 23;
  const S = [Math.log(a)];
  const X = [0];
  const H = [h(S[0]!)];
  let resistance = 0;
  let rPrev = r(S[0]!);
  while (S[S.length - 1]! > sEnd) {
    const s0 = S[S.length - 1]!;
    const y = Math.exp(s0);
    const ds = Math.min(0.01, 0.05 / y, s0 - sEnd);
    const s1 = s0 - ds;
    const mid = s0 - ds / 2;
    const h1 = h(s1);
    X.push(X[X.length - 1]! + (ds / 6) * (H[H.length - 1]! + 4 * h(mid) + h1));
    const r1 = r(s1);
    resistance += (ds / 6) * (rPrev + 4 * r(mid) + r1);
    rPrev = r1;
    S.push(s1);
    H.push(h1);
  }
  // tail: y ≈ y_end·exp(−k (X − X_end)), k = √F''(0); (σ∞/σ − 1) ≈ its value at y_end times the same exponential
  const tailRate = Math.sqrt(fn.curvature0);
  const yEnd = sign * Math.exp(S[S.length - 1]!);
  resistance += (1 / fn.conductivity(yEnd) - 1) / tailRate;
  return { sign, s: S, x: X, h: H, resistance, tailRate };
}

/** Reduced potential y at reduced distance X, by cubic Hermite interpolation of s = ln|y| in X. */
function yAt(table: Table, xr: number): number {
  const { s, x, h, sign } = table;
  const n = x.length - 1;
  if (xr <= 0) return sign * Math.exp(s[0]!);
  if (xr >= x[n]!) return sign * Math.exp(s[n]! - table.tailRate * (xr - x[n]!));
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid]! <= xr) lo = mid; else hi = mid;
  }
  const dx = x[hi]! - x[lo]!;
  if (dx === 0) return sign * Math.exp(s[lo]!);
  const t = (xr - x[lo]!) / dx;
  // ds/dX = −1/h
  const m0 = (-1 / h[lo]!) * dx;
  const m1 = (-1 / h[hi]!) * dx;
  const t2 = t * t;
  const t3 = t2 * t;
  const sv = (2 * t3 - 3 * t2 + 1) * s[lo]! + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * s[hi]! + (t3 - t2) * m1;
  return sign * Math.exp(sv);
}

/**
 * Exact Poisson–Boltzmann profile of a space-charge layer, its charge, differential capacitance and resistance per area.
 * Formula: (du/dX)² = 2F(u) (see the module comment), integrated numerically; Q = −ε (k_B T/z e λ) sgn(u₀) √(2F(u₀));
 * C = (ε/λ)|F′(u₀)|/√(2F(u₀)) (→ ε/λ at small φ₀, ε/w_MS in strong depletion, (ε/λ₂)cosh(u₀/2) for Gouy–Chapman);
 * R_sc = (λ/σ∞)∫(σ∞/σ − 1) dX with σ ∝ the mobile concentrations. Units: V, nm, cm⁻³, K, S/cm → Ω cm², F/cm².
 * Valid: flat interface, semi-infinite solid, constant ε and mobility, |z e φ₀/k_B T| ≤ 600.
 * Sources: Maier, Prog. Solid State Chem. 23 (1995) 171; Bard & Faulkner (2001) §13.3; Kilic, Bazant & Ajdari, PRE 75 (2007) 021502.
 */
export function spaceChargeProfile(input: SpaceChargeProfileInput): SpaceChargeProfileResult {
  const i = checkObject<SpaceChargeProfileInput>('input', input);
  const model = checkOption('model', i.model, SPACE_CHARGE_MODELS);
  const phi0 = checkNumber('surfacePotentialV', i.surfacePotentialV, POTENTIAL_RANGE);
  const dist = checkArray<unknown>('distancesNm', i.distancesNm, 1, 10000).map((d, k) =>
    checkNumber(`distancesNm[${k}]`, d, { min: 0, max: 1e13, unit: 'nm' }),
  );
  const debye = debyeLength({
    relativePermittivity: i.relativePermittivity,
    concentrationPerCm3: i.concentrationPerCm3,
    temperatureK: i.temperatureK,
    chargeNumber: i.chargeNumber,
    convention: model,
  });
  const c = i.concentrationPerCm3;
  const z = i.chargeNumber;
  const t = i.temperatureK;
  let sign: 1 | -1 = 1;
  if (i.carrierSign !== undefined) {
    if (i.carrierSign !== 1 && i.carrierSign !== -1) throw new PhysicsInputError('carrierSign', 'carrierSign must be +1 or −1.');
    sign = i.carrierSign;
  }
  let siteDensity: number | null = null;
  if (i.siteDensityPerCm3 !== undefined) {
    siteDensity = checkNumber('siteDensityPerCm3', i.siteDensityPerCm3, RANGES.concentrationPerCm3);
    const needed = model === 'two-species' ? 2 * c : c;
    if (!(siteDensity > needed)) {
      throw new PhysicsInputError(
        'siteDensityPerCm3',
        `The site density must exceed ${model === 'two-species' ? 'twice ' : ''}the carrier concentration (${formatSig(needed)} cm⁻³): the sites would be full in the bulk.`,
      );
    }
  }
  const sigma = i.bulkConductivitySPerCm === undefined ? null : checkNumber('bulkConductivitySPerCm', i.bulkConductivitySPerCm, { min: 1e-20, max: 1e4, unit: 'S/cm' });
  const tPlus = i.cationConductivityFraction === undefined ? 0.5 : checkNumber('cationConductivityFraction', i.cationConductivityFraction, { min: 0, max: 1 });

  const vt = (BOLTZMANN_J_PER_K * t) / (z * ELEMENTARY_CHARGE_C);
  const u0 = phi0 / vt;
  if (Math.abs(u0) > MAX_REDUCED_POTENTIAL || Math.abs(u0) + Math.log(c) > 650) {
    throw new PhysicsInputError(
      'surfacePotentialV',
      `z e φ₀ / kT = ${formatSig(Math.abs(u0), 4)} is too large: the Boltzmann factors overflow. Use a smaller |φ₀| or a higher temperature.`,
    );
  }
  const fn = model === 'one-species'
    ? oneSpecies(siteDensity === null ? 0 : c / siteDensity, sign)
    : twoSpecies(siteDensity === null ? 0 : (2 * c) / siteDensity, tPlus);
  const toModel = model === 'one-species' ? sign : 1; // y = toModel · u
  const y0 = toModel * u0;
  const lambdaNm = debye.debyeLengthNm;
  const epsFPerCm = (i.relativePermittivity * VACUUM_PERMITTIVITY_F_PER_M) / 100;
  const lambdaCm = lambdaNm / NM_PER_CM;
  const debyeCapacitance = epsFPerCm / lambdaCm;

  const table = y0 === 0 ? null : tabulate(y0, fn);
  const points = dist.map((x): SpaceChargeProfilePoint => {
    const y = table ? yAt(table, x / lambdaNm) : 0;
    const u = toModel * y;
    const [p, n] = fn.ratios(y);
    const field = Math.sign(u) * Math.sqrt(2 * fn.F(y)) * (vt / lambdaCm);
    return {
      distanceNm: x,
      potentialV: checkResult('potential', u * vt === 0 ? 0 : u * vt),
      fieldVPerCm: checkResult('field', field === 0 ? 0 : field),
      cationRatio: checkResult('concentration', model === 'one-species' ? (sign > 0 ? p : 1) : p),
      anionRatio: checkResult('concentration', model === 'one-species' ? (sign > 0 ? 1 : n) : n),
      conductivityRatio: checkResult('conductivity', fn.conductivity(y)),
    };
  });

  const root = Math.sqrt(2 * fn.F(y0));
  const charge = -epsFPerCm * (vt / lambdaCm) * Math.sign(u0) * root;
  const capacitance = Math.abs(y0) < 1e-8 ? debyeCapacitance * Math.sqrt(fn.curvature0) : debyeCapacitance * (Math.abs(fn.dF(y0)) / root);
  const rawResistance = sigma === null ? null : table ? (lambdaCm / sigma) * table.resistance : 0;
  const resistance = rawResistance !== null && Number.isFinite(rawResistance) ? rawResistance : null;

  // Peak mobile concentrations: real and in the dilute treatment.
  const dilute = model === 'one-species' ? oneSpecies(0, sign) : twoSpecies(0, tPlus);
  const peakOf = (f: ModelFunctions) => c * Math.max(1, ...f.ratios(y0).filter((_, k) => model === 'two-species' || k === (sign > 0 ? 0 : 1)));
  const peak = peakOf(fn);
  const dilutePeak = peakOf(dilute);
  const warnings = [...debye.warnings];
  if (sigma !== null && resistance === null) warnings.push('The depleted layer is so complete that its resistance is beyond any number the calculator can show: it blocks the current.');
  const limit = siteDensity ?? 1e22;
  if (dilutePeak > DILUTE_LIMIT_FRACTION * limit) {
    warnings.push(
      siteDensity === null
        ? `The dilute (Boltzmann) treatment puts ${formatSig(dilutePeak)} cm⁻³ carriers at the interface, more than a tenth of a typical site density (~10²² cm⁻³): it overestimates the accumulation. Choose lattice-gas statistics with the site density of your material.`
        : `At the interface the carriers fill ${formatSig((100 * peak) / siteDensity)} % of the sites; the dilute treatment would have put ${formatSig(dilutePeak)} cm⁻³ there, so site saturation matters.`,
    );
  }
  return {
    model,
    debyeLengthNm: lambdaNm,
    reducedPotential: u0,
    points,
    chargePerAreaCPerCm2: checkResult('charge', charge === 0 ? 0 : charge),
    capacitanceFPerCm2: checkResult('capacitance', capacitance),
    debyeCapacitanceFPerCm2: checkResult('capacitance', debyeCapacitance),
    resistanceOhmCm2: resistance === null ? null : checkResult('resistance', resistance),
    peakConcentrationPerCm3: checkResult('concentration', peak),
    dilutePeakConcentrationPerCm3: checkResult('concentration', dilutePeak),
    warnings,
  };
}
