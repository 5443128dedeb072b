/**
 * Space-charge layers in ionic solids: Debye screening length, Mott–Schottky (depletion) width,
 * Gouy–Chapman potential profile and Boltzmann carrier concentrations.
 *
 * Sources: J. Maier, Physical Chemistry of Ionic Materials (Wiley, 2004), ch. 5.8 (space-charge zones);
 * A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed. (Wiley, 2001), §13.3 (Gouy–Chapman);
 * S. M. Sze, K. K. Ng, Physics of Semiconductor Devices, 3rd ed. (Wiley, 2007), §3.2 (Schottky depletion width);
 * J. Haruyama et al., "Space–charge layer effect at interface between oxide cathode and sulfide electrolyte
 * in all-solid-state lithium-ion battery", Chem. Mater. 26 (2014) 4248–4255 (cathode/sulfide context).
 *
 * All concentrations are number densities in cm⁻³ (converted internally to m⁻³, ×10⁶).
 */
import { BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from './constants';
import { PhysicsInputError } from './errors';
import { formatSig } from './format';
import { mToNm } from './units';
import { RANGES, checkArray, checkNumber, checkObject, checkOption, checkResult } from './validate';

/** Below this length (nm) the continuum (Poisson–Boltzmann) picture is not meaningful: it is about one lattice spacing. */
export const LATTICE_SCALE_NM = 0.5;
/** Above this concentration (cm⁻³) a Boltzmann (dilute) distribution exceeds typical site densities (~10²² cm⁻³). */
export const SITE_SATURATION_PER_CM3 = 1e22;

export type DebyeConvention = 'one-species' | 'two-species';
export const DEBYE_CONVENTIONS: readonly DebyeConvention[] = ['one-species', 'two-species'];

const PER_CM3_TO_PER_M3 = 1e6;
const POTENTIAL_RANGE = { min: -10, max: 10, unit: 'V' } as const;
/** Largest |exponent| allowed in a Boltzmann factor; beyond it the number overflows or is meaningless. */
const MAX_EXPONENT = 650;

/** Thermal voltage k_B T / (z e) in V. */
const thermalVoltage = (t: number, z: number): number => (BOLTZMANN_J_PER_K * t) / (Math.abs(z) * ELEMENTARY_CHARGE_C);

export interface DebyeLengthInput {
  /** Relative permittivity ε_r of the solid (dimensionless, ≥ 1). */
  relativePermittivity: number;
  /** Bulk concentration c of the mobile charged species (each species, for 'two-species'), cm⁻³. */
  concentrationPerCm3: number;
  temperatureK: number;
  /** Charge number magnitude |z| (1 for Li⁺ or a Li vacancy). */
  chargeNumber: number;
  /** 'one-species': one mobile carrier in a fixed background; 'two-species': a symmetric pair, both mobile. */
  convention: DebyeConvention;
}

export interface DebyeLengthResult {
  debyeLengthNm: number;
  debyeLengthM: number;
  convention: DebyeConvention;
  warnings: string[];
}

/**
 * Debye screening length.
 * Formula: one-species λ = sqrt(ε_r ε₀ k_B T / (z² e² c)); two-species λ = sqrt(ε_r ε₀ k_B T / (2 z² e² c)).
 * Units: c in cm⁻³ (×10⁶ → m⁻³), T in K → λ in m and nm. Valid: dilute carriers, λ well above the lattice
 * spacing (a warning is returned below 0.5 nm).
 * Source: Maier (2004) ch. 5.8; Bard & Faulkner (2001) §13.3.
 */
export function debyeLength(input: DebyeLengthInput): DebyeLengthResult {
  const i = checkObject<DebyeLengthInput>('input', input);
  const er = checkNumber('relativePermittivity', i.relativePermittivity, RANGES.relativePermittivity);
  const c = checkNumber('concentrationPerCm3', i.concentrationPerCm3, RANGES.concentrationPerCm3);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const z = checkNumber('chargeNumber', i.chargeNumber, RANGES.chargeNumber);
  const convention = checkOption('convention', i.convention, DEBYE_CONVENTIONS);
  const species = convention === 'two-species' ? 2 : 1;
  const lambdaM = checkResult(
    'Debye length',
    Math.sqrt((er * VACUUM_PERMITTIVITY_F_PER_M * BOLTZMANN_J_PER_K * t) / (species * (z * ELEMENTARY_CHARGE_C) ** 2 * c * PER_CM3_TO_PER_M3)),
  );
  const lambdaNm = checkResult('Debye length', mToNm(lambdaM));
  const warnings: string[] = [];
  if (lambdaNm < LATTICE_SCALE_NM) {
    warnings.push(
      `λ = ${formatSig(lambdaNm)} nm is below ~${LATTICE_SCALE_NM} nm (a lattice spacing): the continuum screening picture fails; treat it as "screening within the first atomic layers".`,
    );
  }
  return { debyeLengthNm: lambdaNm, debyeLengthM: lambdaM, convention, warnings };
}

export interface MottSchottkyInput {
  relativePermittivity: number;
  /** Concentration of the immobile (dopant) charge left behind when the mobile carrier is depleted, cm⁻³. */
  concentrationPerCm3: number;
  /** Potential step ΔΦ across the layer in V; only its magnitude is used (0 < |ΔΦ| ≤ 10 V). */
  potentialStepV: number;
  temperatureK: number;
  chargeNumber: number;
  /** Subtract the thermal voltage k_B T/(z e) from |ΔΦ| (Sze's majority-carrier-tail correction). Default false. */
  kTCorrection?: boolean;
}

export interface MottSchottkyResult {
  widthNm: number;
  widthM: number;
  /** The potential actually used: |ΔΦ|, or |ΔΦ| − k_B T/(z e) with the correction. */
  effectivePotentialV: number;
  kTCorrectionApplied: boolean;
  /** One-species Debye length of the same carrier, nm (w/λ = sqrt(2 z e ΔΦ_eff / k_B T)). */
  debyeLengthNm: number;
  warnings: string[];
}

/**
 * Mott–Schottky (depletion-layer) width of a space-charge zone.
 * Formula: w = sqrt(2 ε_r ε₀ ΔΦ_eff / (z e c)), with ΔΦ_eff = |ΔΦ| (default) or |ΔΦ| − k_B T/(z e) (kTCorrection).
 * Equivalent to Maier's λ* = λ·sqrt(4 z e ΔΦ / k_B T) with the two-species λ. Units: c in cm⁻³, V, K → nm.
 * Valid: complete depletion, z e ΔΦ ≫ k_B T (a warning is returned when z e ΔΦ/k_B T < 4).
 * Sources: Maier (2004) ch. 5.8; Sze & Ng (2007) §3.2.
 */
export function mottSchottkyWidth(input: MottSchottkyInput): MottSchottkyResult {
  const i = checkObject<MottSchottkyInput>('input', input);
  const er = checkNumber('relativePermittivity', i.relativePermittivity, RANGES.relativePermittivity);
  const c = checkNumber('concentrationPerCm3', i.concentrationPerCm3, RANGES.concentrationPerCm3);
  const phi = Math.abs(checkNumber('potentialStepV', i.potentialStepV, POTENTIAL_RANGE));
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const z = checkNumber('chargeNumber', i.chargeNumber, RANGES.chargeNumber);
  if (i.kTCorrection !== undefined && typeof i.kTCorrection !== 'boolean') {
    throw new PhysicsInputError('kTCorrection', 'kTCorrection must be true or false.');
  }
  const correction = i.kTCorrection === true;
  if (phi === 0) throw new PhysicsInputError('potentialStepV', 'potentialStepV must be non-zero (0 < |ΔΦ| ≤ 10 V).');
  const vt = thermalVoltage(t, z);
  const effective = correction ? phi - vt : phi;
  if (!(effective > 0)) {
    throw new PhysicsInputError(
      'potentialStepV',
      `With the kT correction |ΔΦ| must exceed kT/(z e) = ${formatSig(vt)} V; there is no depletion layer below it.`,
    );
  }
  const widthM = checkResult(
    'width',
    Math.sqrt((2 * er * VACUUM_PERMITTIVITY_F_PER_M * effective) / (z * ELEMENTARY_CHARGE_C * c * PER_CM3_TO_PER_M3)),
  );
  const debye = debyeLength({ relativePermittivity: er, concentrationPerCm3: c, temperatureK: t, chargeNumber: z, convention: 'one-species' });
  const warnings: string[] = [];
  if (phi / vt < 4) {
    warnings.push(`z e ΔΦ / kT = ${formatSig(phi / vt)} is not ≫ 1: the depletion approximation is poor; compare with the Debye length.`);
  }
  const widthNm = checkResult('width', mToNm(widthM));
  if (widthNm < LATTICE_SCALE_NM) warnings.push(`w = ${formatSig(widthNm)} nm is below a lattice spacing: the continuum picture fails.`);
  return { widthNm, widthM, effectivePotentialV: effective, kTCorrectionApplied: correction, debyeLengthNm: debye.debyeLengthNm, warnings };
}

export interface GouyChapmanInput {
  relativePermittivity: number;
  /** Bulk concentration of each of the two mobile species (symmetric z:z), cm⁻³. */
  concentrationPerCm3: number;
  temperatureK: number;
  chargeNumber: number;
  /** Potential at the interface relative to the bulk, φ₀ in V (−10 to 10). */
  surfacePotentialV: number;
  /** Distances from the interface, nm (0 to 1e9); 1–10000 entries. */
  distancesNm: number[];
}

export interface GouyChapmanPoint {
  distanceNm: number;
  /** Exact Gouy–Chapman potential φ(x), V. */
  potentialV: number;
  /** Linearised (Debye–Hückel) potential φ₀·exp(−x/λ), V. */
  potentialLinearV: number;
  /** Positive species: c·exp(−z e φ / k_B T), cm⁻³. */
  cationConcentrationPerCm3: number;
  /** Negative species: c·exp(+z e φ / k_B T), cm⁻³. */
  anionConcentrationPerCm3: number;
}

export interface GouyChapmanResult {
  /** Two-species Debye length used, nm. */
  debyeLengthNm: number;
  points: GouyChapmanPoint[];
  warnings: string[];
}

/**
 * Potential and concentration profile of a diffuse space-charge layer (exact Gouy–Chapman solution).
 * Formula: tanh(z e φ(x) / 4 k_B T) = tanh(z e φ₀ / 4 k_B T)·exp(−x/λ), λ the two-species Debye length;
 * linearised: φ(x) = φ₀·exp(−x/λ) (valid for |z e φ₀| ≪ k_B T). Units: V, nm, cm⁻³, K.
 * Valid: dilute (Boltzmann) carriers, both species mobile, flat interface, semi-infinite solid; warnings are
 * returned when λ is below a lattice spacing or a concentration exceeds ~10²² cm⁻³ (site saturation).
 * Sources: Bard & Faulkner (2001) §13.3.2; Maier (2004) ch. 5.8.
 */
export function gouyChapmanProfile(input: GouyChapmanInput): GouyChapmanResult {
  const i = checkObject<GouyChapmanInput>('input', input);
  const phi0 = checkNumber('surfacePotentialV', i.surfacePotentialV, POTENTIAL_RANGE);
  const dist = checkArray<unknown>('distancesNm', i.distancesNm, 1, 10000).map((d, k) =>
    checkNumber(`distancesNm[${k}]`, d, { min: 0, max: 1e9, unit: 'nm' }),
  );
  const debye = debyeLength({
    relativePermittivity: i.relativePermittivity,
    concentrationPerCm3: i.concentrationPerCm3,
    temperatureK: i.temperatureK,
    chargeNumber: i.chargeNumber,
    convention: 'two-species',
  });
  const c = i.concentrationPerCm3;
  const z = i.chargeNumber;
  const vt = thermalVoltage(i.temperatureK, z);
  const y0 = phi0 / vt; // reduced surface potential z e φ₀ / k_B T
  const a = Math.abs(y0);
  const sign = Math.sign(y0);
  if (a + Math.log(c) > MAX_EXPONENT) {
    throw new PhysicsInputError(
      'surfacePotentialV',
      `z e φ₀ / kT = ${formatSig(a, 4)} is too large: the Boltzmann concentrations overflow. Use a smaller |φ₀| or a higher temperature.`,
    );
  }
  const g = Math.tanh(a / 4);
  const oneMinusG = (2 * Math.exp(-a / 2)) / (1 + Math.exp(-a / 2)); // 1 − tanh(a/4), without cancellation
  const points = dist.map((x): GouyChapmanPoint => {
    const xr = x / debye.debyeLengthNm;
    const s = Math.exp(-xr);
    let y: number;
    if (x === 0 || a === 0) {
      y = y0;
    } else {
      // y = 4 artanh(g s) = 2 [ln(1 + g s) − ln(1 − g s)], with 1 − g s = (1 − s) + s (1 − g)
      const oneMinusGs = -Math.expm1(-xr) + s * oneMinusG;
      y = sign * Math.min(a, 2 * (Math.log1p(g * s) - Math.log(oneMinusGs)));
    }
    const potentialV = y * vt;
    return {
      distanceNm: x,
      potentialV: checkResult('potential', potentialV === 0 ? 0 : potentialV),
      potentialLinearV: checkResult('potential', phi0 * s === 0 ? 0 : phi0 * s),
      cationConcentrationPerCm3: checkResult('concentration', c * Math.exp(-y)),
      anionConcentrationPerCm3: checkResult('concentration', c * Math.exp(y)),
    };
  });
  const warnings = [...debye.warnings];
  const peak = c * Math.exp(a);
  if (peak > SITE_SATURATION_PER_CM3) {
    warnings.push(
      `The accumulated carrier concentration reaches ${formatSig(peak)} cm⁻³ at the interface, above typical site densities (~10²² cm⁻³): Boltzmann statistics overestimate it (site saturation).`,
    );
  }
  return { debyeLengthNm: debye.debyeLengthNm, points, warnings };
}

/**
 * Equilibrium concentration of a charged species in a potential (Boltzmann distribution).
 * Formula: c(φ) = c∞·exp(−z e φ / k_B T); z is signed (+1 for Li⁺ or a Li interstitial, −1 for a Li vacancy).
 * Units: cm⁻³, V, K → cm⁻³. Valid: dilute, non-interacting carriers (no site saturation).
 * Source: Maier (2004) ch. 5.8; Bard & Faulkner (2001) §13.3.
 */
export function boltzmannConcentration(input: {
  bulkConcentrationPerCm3: number;
  potentialV: number;
  chargeNumber: number;
  temperatureK: number;
}): { concentrationPerCm3: number; ratio: number } {
  const i = checkObject<{ bulkConcentrationPerCm3: number; potentialV: number; chargeNumber: number; temperatureK: number }>(
    'input',
    input,
  );
  const c = checkNumber('bulkConcentrationPerCm3', i.bulkConcentrationPerCm3, RANGES.concentrationPerCm3);
  const phi = checkNumber('potentialV', i.potentialV, POTENTIAL_RANGE);
  const z = checkNumber('chargeNumber', i.chargeNumber, { min: -6, max: 6, integer: true });
  if (z === 0) throw new PhysicsInputError('chargeNumber', 'chargeNumber must be a non-zero integer between −6 and 6 (signed).');
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const exponent = -(z * ELEMENTARY_CHARGE_C * phi) / (BOLTZMANN_J_PER_K * t);
  if (exponent + Math.log(c) > MAX_EXPONENT) {
    throw new PhysicsInputError(
      'potentialV',
      `z e φ / kT = ${formatSig(-exponent, 4)}: the Boltzmann factor overflows. Use a smaller |φ| or a higher temperature.`,
    );
  }
  const ratio = Math.exp(exponent);
  return { concentrationPerCm3: checkResult('concentration', c * ratio), ratio: checkResult('ratio', ratio) };
}
