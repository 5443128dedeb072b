/**
 * Lithium penetration of a solid electrolyte: three criteria side by side.
 * 1. Monroe–Newman: the shear-modulus ratio G_SE/G_Li against its threshold of about 2.
 * 2. Ahmad–Viswanathan: the molar-volume ratio ν = V_Li⁺/V_Li that decides which kind of stability is possible.
 * 3. Porz et al.: a surface flaw filled with plated lithium, pressurised up to P = F|η|/V_m, cracks when
 *    K_I = Y P √(π c) reaches the fracture toughness K_Ic.
 * The constants (G_Li, the factor 2, V_m of lithium, Y) come from ./mechanics, shared with the chapters.
 */
import { FARADAY_C_PER_MOL } from './constants';
import {
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  LITHIUM_SHEAR_MODULUS_GPA,
  MONROE_NEWMAN_RATIO,
  SURFACE_FLAW_GEOMETRY_FACTOR,
  criticalPlatingOverpotential,
} from './mechanics';
import { checkNumber, checkObject, checkResult, orDefault } from './validate';

export interface MonroeNewmanInput {
  /** Shear modulus of the electrolyte G_SE, GPa. */
  electrolyteShearModulusGPa: number;
  /** Shear modulus of lithium G_Li, GPa (default 4.2 GPa, the value of review 003). */
  lithiumShearModulusGPa?: number;
}

export interface MonroeNewmanResult {
  /** G_SE / G_Li (dimensionless). */
  ratio: number;
  /** Threshold 2 G_Li, GPa. */
  thresholdGPa: number;
  /** True when G_SE ≥ 2 G_Li. */
  passes: boolean;
}

/**
 * Monroe–Newman stability ratio G_SE/G_Li and whether it reaches the threshold of about 2.
 * Source: C. Monroe and J. Newman, J. Electrochem. Soc. 152 (2005) A396 (linear elasticity, a flat, bonded,
 * flaw-free interface; the factor 2 holds for Poisson's ratios near 0.33).
 */
export function monroeNewman(input: MonroeNewmanInput): MonroeNewmanResult {
  const i = checkObject<MonroeNewmanInput>('input', input);
  const gse = checkNumber('electrolyteShearModulusGPa', i.electrolyteShearModulusGPa, { min: 1e-3, max: 1000, unit: 'GPa' });
  const gli = checkNumber('lithiumShearModulusGPa', orDefault(i.lithiumShearModulusGPa, LITHIUM_SHEAR_MODULUS_GPA), { min: 0.1, max: 100, unit: 'GPa' });
  const ratio = gse / gli;
  return { ratio, thresholdGPa: MONROE_NEWMAN_RATIO * gli, passes: ratio >= MONROE_NEWMAN_RATIO };
}

export type StabilityRegime = 'pressure-driven' | 'density-driven';

export interface MolarVolumeRatioInput {
  /** Partial molar volume of Li⁺ in the electrolyte V_Li⁺, cm³/mol. */
  lithiumIonPartialMolarVolumeCm3PerMol: number;
  /** Molar volume of lithium metal V_Li, cm³/mol (default M/ρ ≈ 13.0). */
  lithiumMolarVolumeCm3PerMol?: number;
}

export interface MolarVolumeRatioResult {
  /** ν = V_Li⁺ / V_Li (dimensionless). */
  ratio: number;
  /**
   * 'pressure-driven' (ν > 1): a stiff electrolyte can stabilise the interface, the Monroe–Newman regime.
   * 'density-driven' (ν < 1): a stiff electrolyte destabilises it; only a soft one can be stable.
   */
  regime: StabilityRegime;
}

/**
 * The Ahmad–Viswanathan molar-volume ratio ν = V_Li⁺/V_Li and its stability regime.
 * Source: Z. Ahmad and V. Viswanathan, Phys. Rev. Lett. 119 (2017) 056003. Their linear stability analysis of an
 * isotropic interface finds two stable regions: pressure-driven (large G_SE/G_Li, ν above about 1, which contains
 * Monroe–Newman) and density-driven (small G_SE/G_Li, ν below 1), where a soft electrolyte is stable and a stiff
 * one is not. The exact boundaries depend on both ratios and on Poisson's ratios and are read from their
 * stability diagram; this function reports only the side of ν = 1, not a pass or fail.
 */
export function molarVolumeRatio(input: MolarVolumeRatioInput): MolarVolumeRatioResult {
  const i = checkObject<MolarVolumeRatioInput>('input', input);
  const vp = checkNumber('lithiumIonPartialMolarVolumeCm3PerMol', i.lithiumIonPartialMolarVolumeCm3PerMol, { min: 1e-3, max: 1000, unit: 'cm³/mol' });
  const vm = checkNumber('lithiumMolarVolumeCm3PerMol', orDefault(i.lithiumMolarVolumeCm3PerMol, LITHIUM_MOLAR_VOLUME_CM3_PER_MOL), { min: 1, max: 100, unit: 'cm³/mol' });
  const ratio = vp / vm;
  return { ratio, regime: ratio > 1 ? 'pressure-driven' : 'density-driven' };
}

/**
 * Largest pressure lithium plated at overpotential η can build in a sealed cavity, Pa: P = F|η| / V_m.
 * The electrical work F|η| per mole becomes pressure–volume work P V_m. Source: Porz et al., Adv. Energy Mater.
 * 7 (2017) 1701003.
 */
export function platingPressurePa(overpotentialV: number, molarVolumeCm3PerMol: number = LITHIUM_MOLAR_VOLUME_CM3_PER_MOL): number {
  const eta = checkNumber('overpotentialV', overpotentialV, { min: -10, max: 10, unit: 'V' });
  const vm = checkNumber('molarVolumeCm3PerMol', molarVolumeCm3PerMol, { min: 1, max: 100, unit: 'cm³/mol' });
  return checkResult('plating pressure', (FARADAY_C_PER_MOL * Math.abs(eta)) / (vm * 1e-6));
}

export interface CrackCriterionInput {
  /** Fracture toughness K_Ic, MPa m^1/2. */
  fractureToughnessMPaSqrtM: number;
  /** Flaw length c, µm. */
  flawSizeUm: number;
  /** Plating overpotential η, V (its size is used); optional. */
  overpotentialV?: number;
  /** Geometry factor Y (default 1.12, a shallow surface flaw). */
  geometryFactor?: number;
  /** Molar volume of lithium, cm³/mol (default ≈ 13.0). */
  molarVolumeCm3PerMol?: number;
}

export interface CrackCriterionResult {
  /** Pressure in the flaw at which it extends, P_c = K_Ic / (Y √(π c)), MPa. */
  criticalPressureMPa: number;
  /** Overpotential that can build P_c, |η_c| = P_c V_m / F, mV. */
  criticalOverpotentialMV: number;
  /** For a given η: the plating pressure F|η|/V_m, MPa. */
  platingPressureMPa?: number;
  /** For a given η: the stress intensity K_I = Y P √(π c), MPa m^1/2. */
  stressIntensityMPaSqrtM?: number;
  /** For a given η: K_I / K_Ic (≥ 1 means the flaw can grow). */
  toughnessFraction?: number;
}

/**
 * Porz crack criterion for a lithium-filled surface flaw: critical pressure and overpotential for a flaw of
 * length c, and, for a given η, the stress intensity K_I = Y (F|η|/V_m) √(π c) compared with K_Ic.
 * Valid: linear-elastic fracture, a sealed flaw filled with lithium; an upper bound on the danger.
 * Source: L. Porz et al., Adv. Energy Mater. 7 (2017) 1701003.
 */
export function crackCriterion(input: CrackCriterionInput): CrackCriterionResult {
  const i = checkObject<CrackCriterionInput>('input', input);
  const y = orDefault(i.geometryFactor, SURFACE_FLAW_GEOMETRY_FACTOR);
  const vm = orDefault(i.molarVolumeCm3PerMol, LITHIUM_MOLAR_VOLUME_CM3_PER_MOL);
  const critical = criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: i.fractureToughnessMPaSqrtM, flawSizeUm: i.flawSizeUm, geometryFactor: y, molarVolumeCm3PerMol: vm });
  const result: CrackCriterionResult = {
    criticalPressureMPa: critical.criticalStressPa / 1e6,
    criticalOverpotentialMV: critical.criticalOverpotentialV * 1000,
  };
  if (i.overpotentialV === undefined) return result;
  const p = platingPressurePa(i.overpotentialV, vm);
  const kI = checkResult('stress intensity', y * p * Math.sqrt(Math.PI * i.flawSizeUm * 1e-6)) / 1e6;
  return { ...result, platingPressureMPa: p / 1e6, stressIntensityMPaSqrtM: kI, toughnessFraction: kI / i.fractureToughnessMPaSqrtM };
}

/** Mechanical data of one electrolyte for the penetration criteria, each number with its source. */
export interface PenetrationMaterial {
  /** Display name with real subscripts. */
  name: string;
  /** Shear modulus G, GPa. */
  shearModulusGPa: number;
  /** Fracture toughness K_Ic, MPa m^1/2. */
  fractureToughnessMPaSqrtM: number;
  /** Bibliography ids behind the numbers. */
  sources: string[];
  /** How the numbers were obtained and where the sources disagree. */
  note: string;
}

/**
 * Electrolytes of the penetration calculator. The presets (src/lib/presets/lithium-penetration.ts), the Tools
 * page and the chapters read these values, so they are typed once.
 */
export const PENETRATION_MATERIALS = {
  llzo: {
    name: 'Li₇La₃Zr₂O₁₂ (LLZO, cubic garnet)',
    shearModulusGPa: 59.6,
    fractureToughnessMPaSqrtM: 1.0,
    sources: ['ni2012', 'wolfenstine2013'],
    note: 'G = 59.6 GPa (E = 149.8 GPa) by resonant ultrasound on hot-pressed cubic LLZO (Ni et al. 2012). Indentation gives K_Ic = 1.25 ± 0.32 MPa m^1/2 (Wolfenstine et al. 2013); 1.0 MPa m^1/2, inside that spread, is the round value used here.',
  },
  glass: {
    name: '70Li₂S–30P₂S₅ glass',
    shearModulusGPa: 8.3,
    fractureToughnessMPaSqrtM: 0.23,
    sources: ['003-165', '003-166', 'review-003'],
    note: 'G = 8.3 GPa as review 003 quotes it from Porz et al.; K_Ic = 0.23 ± 0.04 MPa m^1/2 by nanoindentation (McGrogan et al. 2017). The E = 18.5 GPa of the same glass implies a Poisson ratio of 0.11 with this G, low for a glass: the two come from different studies.',
  },
  argyrodite: {
    name: 'Li₆PS₅Cl (argyrodite)',
    shearModulusGPa: 8.1,
    fractureToughnessMPaSqrtM: 0.23,
    sources: ['deng2016', '003-166'],
    note: 'G ≈ 8 GPa is a first-principles value (Deng et al. 2016), not a measurement. No fracture toughness of Li₆PS₅Cl is given in the sources used here; the 0.23 MPa m^1/2 of the Li₂S–P₂S₅ glass stands in for it.',
  },
  latp: {
    name: 'Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ (LATP)',
    shearModulusGPa: 46,
    fractureToughnessMPaSqrtM: 1.1,
    sources: ['jackman2012'],
    note: 'Jackman and Cutler (2012) measured E = 81–115 GPa (rising as the grains get finer and microcrack less) and K_Ic = 1.1 MPa m^1/2. G = 46 GPa is E = 115 GPa converted with an assumed Poisson ratio of 0.25, G = E/[2(1 + ν)].',
  },
  lagp: {
    name: 'Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃ (LAGP)',
    shearModulusGPa: 46,
    fractureToughnessMPaSqrtM: 1.1,
    sources: ['jackman2012'],
    note: 'No measured shear modulus and toughness of LAGP are in the sources used here. The values of LATP, the same NASICON framework, stand in; replace them with your own measurement.',
  },
} as const satisfies Record<string, PenetrationMaterial>;

export type PenetrationMaterialId = keyof typeof PENETRATION_MATERIALS;
