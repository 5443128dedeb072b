/**
 * Mechanics of a lithium/solid-electrolyte contact: the Monroe–Newman shear-modulus threshold and the
 * Griffith estimate of the plating overpotential that can open a surface flaw filled with lithium.
 * One set of constants for every page that quotes these estimates.
 */
import { FARADAY_C_PER_MOL } from './constants';
import { atomicWeight } from './elements';
import { MATERIAL_DEFAULTS } from './energy-density';
import { checkNumber, checkObject, checkResult, orDefault } from './validate';

/**
 * Shear modulus of lithium metal, GPa: 4.2 GPa, the value review 003 quotes (its ref. 167).
 * Monroe and Newman's criterion asks for an electrolyte shear modulus of about twice this.
 */
export const LITHIUM_SHEAR_MODULUS_GPA = 4.2;

/**
 * Shear modulus of lithium used by Monroe and Newman themselves, GPa (J. Electrochem. Soc. 152 (2005) A396).
 * Values in use span about 3 to 5 GPa; a tensile test of polycrystalline lithium gave 2.8 GPa
 * (Masias et al., J. Mater. Sci. 54 (2019) 2585). The calculators take G_Li as an input for that reason.
 */
export const LITHIUM_SHEAR_MODULUS_MONROE_NEWMAN_GPA = 3.4;

/** Ratio G_SE/G_Li above which Monroe and Newman found interface roughness suppressed (about 2). */
export const MONROE_NEWMAN_RATIO = 2;

/** Monroe–Newman threshold G_SE ≈ 2 G_Li, GPa (8.4 GPa with G_Li = 4.2 GPa). */
export const MONROE_NEWMAN_THRESHOLD_GPA = MONROE_NEWMAN_RATIO * LITHIUM_SHEAR_MODULUS_GPA;

/** Molar volume of lithium metal, cm³/mol: M/ρ with M = 6.94 g/mol and ρ = 0.534 g/cm³ (≈ 13.0). */
export const LITHIUM_MOLAR_VOLUME_CM3_PER_MOL = atomicWeight('Li')! / MATERIAL_DEFAULTS.lithiumDensityGPerCm3;

/** Geometry factor of a shallow edge (surface) crack in Griffith's criterion, Y ≈ 1.12. */
export const SURFACE_FLAW_GEOMETRY_FACTOR = 1.12;

export interface PlatingOverpotentialInput {
  /** Fracture toughness K_Ic of the electrolyte, MPa m^1/2. */
  fractureToughnessMPaSqrtM: number;
  /** Flaw (crack) length a, µm. */
  flawSizeUm: number;
  /** Geometry factor Y (default 1.12, a surface flaw). */
  geometryFactor?: number;
  /** Molar volume of the plated lithium, cm³/mol (default M/ρ of lithium, ≈ 13.0). */
  molarVolumeCm3PerMol?: number;
}

/**
 * Critical stress of a flaw and the plating overpotential that can reach it.
 * Formula: σ_c = K_Ic / (Y √(π a)) (Griffith); lithium plated at overpotential η into a sealed flaw can exert
 * at most p = F|η| / V_m, so |η_c| = σ_c V_m / F. σ_c in Pa, η_c in V.
 * Valid: linear-elastic fracture of a brittle solid, a sealed flaw fully filled with lithium; an upper bound
 * on the danger, since real flaws leak and part of the overpotential is spent elsewhere.
 * Source: L. Porz et al., Adv. Energy Mater. 7 (2017) 1701003 (the electro-chemo-mechanical picture);
 * Griffith/Irwin fracture mechanics for σ_c.
 */
export function criticalPlatingOverpotential(input: PlatingOverpotentialInput): {
  criticalStressPa: number;
  criticalOverpotentialV: number;
} {
  const i = checkObject<PlatingOverpotentialInput>('input', input);
  const k = checkNumber('fractureToughnessMPaSqrtM', i.fractureToughnessMPaSqrtM, { min: 1e-4, max: 100, unit: 'MPa m^1/2' });
  const a = checkNumber('flawSizeUm', i.flawSizeUm, { min: 1e-4, max: 1e5, unit: 'µm' });
  const y = checkNumber('geometryFactor', orDefault(i.geometryFactor, SURFACE_FLAW_GEOMETRY_FACTOR), { min: 0.1, max: 10 });
  const vm = checkNumber('molarVolumeCm3PerMol', orDefault(i.molarVolumeCm3PerMol, LITHIUM_MOLAR_VOLUME_CM3_PER_MOL), { min: 1, max: 100, unit: 'cm³/mol' });
  const stress = checkResult('critical stress', (k * 1e6) / (y * Math.sqrt(Math.PI * a * 1e-6)));
  return { criticalStressPa: stress, criticalOverpotentialV: checkResult('critical overpotential', (stress * vm * 1e-6) / FARADAY_C_PER_MOL) };
}
