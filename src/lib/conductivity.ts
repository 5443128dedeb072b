/**
 * Conductivity from resistance and geometry, impedance (EIS) decomposition, area-specific resistance
 * and Nernst–Einstein conversions between conductivity, diffusivity and mobility.
 *
 * General sources: J. T. S. Irvine, D. C. Sinclair, A. R. West, "Electroceramics: characterization by
 * impedance spectroscopy", Adv. Mater. 2 (1990) 132–138; J. Maier, Physical Chemistry of Ionic
 * Materials (Wiley, 2004), ch. 6; G. E. Murch, "The Haven ratio in fast ionic conductors",
 * Solid State Ionics 7 (1982) 177–198.
 */
import { AVOGADRO_PER_MOL, BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C } from './constants';
import { sPerCmToMSPerCm, sPerCmToSPerM, umToCm } from './units';
import { RANGES, checkNumber, checkObject, checkResult } from './validate';

export interface ConductivityInput {
  /** Measured (or fitted) resistance R in Ω. */
  resistanceOhm: number;
  /** Sample thickness L (electrode separation) in cm. */
  thicknessCm: number;
  /** Electrode area A in cm². */
  areaCm2: number;
}

export interface ConductivityResult {
  sigmaSPerCm: number;
  sigmaSPerM: number;
  sigmaMSPerCm: number;
  /** ρ = 1/σ in Ω·cm. */
  resistivityOhmCm: number;
}

const resultsFromSigma = (sigmaSPerCm: number): ConductivityResult => ({
  sigmaSPerCm: checkResult('conductivity', sigmaSPerCm),
  sigmaSPerM: checkResult('conductivity', sPerCmToSPerM(sigmaSPerCm)),
  sigmaMSPerCm: checkResult('conductivity', sPerCmToMSPerCm(sigmaSPerCm)),
  resistivityOhmCm: checkResult('resistivity', 1 / sigmaSPerCm),
});

/**
 * Conductivity of a pellet between parallel electrodes.
 * Formula: σ = L / (R·A); σ in S/cm for L in cm, A in cm², R in Ω.
 * Valid: homogeneous sample, uniform field (electrode diameter ≫ thickness; edge effects ignored).
 * Source: Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132.
 */
export function conductivity(input: ConductivityInput): ConductivityResult {
  const i = checkObject<ConductivityInput>('input', input);
  const r = checkNumber('resistanceOhm', i.resistanceOhm, RANGES.resistanceOhm);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  return resultsFromSigma(l / (r * a));
}

/**
 * Electrode (or pellet) area from its diameter.
 * Formula: A = π d² / 4; A in cm² for d in cm. Valid for circular electrodes, d > 0.
 * Source: elementary geometry.
 */
export function areaFromDiameter(input: { diameterCm: number }): { areaCm2: number } {
  const i = checkObject<{ diameterCm: number }>('input', input);
  const d = checkNumber('diameterCm', i.diameterCm, RANGES.diameterCm);
  return { areaCm2: checkResult('area', (Math.PI * d * d) / 4) };
}

export interface EisInput {
  /** Bulk (grain-interior) resistance R_b in Ω, from the high-frequency arc. */
  bulkResistanceOhm: number;
  /** Grain-boundary resistance R_gb in Ω, from the mid-frequency arc. */
  grainBoundaryResistanceOhm: number;
  thicknessCm: number;
  areaCm2: number;
}

export interface EisResult {
  /** σ_b = L/(A R_b), S/cm. */
  bulkSigmaSPerCm: number;
  /** Apparent (macroscopic) grain-boundary conductivity σ_gb,app = L/(A R_gb), S/cm. */
  grainBoundaryApparentSigmaSPerCm: number;
  /** σ_total = L/(A (R_b + R_gb)), S/cm. */
  totalSigmaSPerCm: number;
  /** R_b + R_gb, Ω. */
  totalResistanceOhm: number;
  /** R_gb / (R_b + R_gb): share of the pellet resistance due to grain boundaries (0–1). */
  grainBoundaryResistanceFraction: number;
}

/**
 * Bulk, apparent grain-boundary and total conductivity from the two arcs of an impedance spectrum.
 * Formula: σ_x = L/(A·R_x) with R_total = R_b + R_gb (series brick-layer picture).
 * Units: Ω, cm, cm² → S/cm. Valid when the arcs are resolved and electrode effects are excluded.
 * Source: Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132.
 */
export function conductivityFromEis(input: EisInput): EisResult {
  const i = checkObject<EisInput>('input', input);
  const rb = checkNumber('bulkResistanceOhm', i.bulkResistanceOhm, RANGES.resistanceOhm);
  const rgb = checkNumber('grainBoundaryResistanceOhm', i.grainBoundaryResistanceOhm, RANGES.resistanceOhm);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const rt = rb + rgb;
  return {
    bulkSigmaSPerCm: checkResult('bulk conductivity', l / (a * rb)),
    grainBoundaryApparentSigmaSPerCm: checkResult('grain-boundary conductivity', l / (a * rgb)),
    totalSigmaSPerCm: checkResult('total conductivity', l / (a * rt)),
    totalResistanceOhm: checkResult('total resistance', rt),
    grainBoundaryResistanceFraction: checkResult('resistance fraction', rgb / rt),
  };
}

export interface SpecificGbInput {
  grainBoundaryResistanceOhm: number;
  /** Capacitance of the bulk arc C_b in F (typically ~1e-12 F). */
  bulkCapacitanceF: number;
  /** Capacitance of the grain-boundary arc C_gb in F (typically 1e-11–1e-8 F). */
  grainBoundaryCapacitanceF: number;
  thicknessCm: number;
  areaCm2: number;
  /** Optional mean grain size d in µm, to estimate the electrical grain-boundary thickness δ = d·C_b/C_gb. */
  grainSizeUm?: number;
}

export interface SpecificGbResult {
  /** Specific (local) grain-boundary conductivity σ_gb,sp in S/cm. */
  sigmaGbSpecificSPerCm: number;
  /** Apparent grain-boundary conductivity L/(A R_gb) in S/cm (for comparison). */
  sigmaGbApparentSPerCm: number;
  /** C_b / C_gb, equal to δ/d in the brick-layer model (dimensionless). */
  capacitanceRatio: number;
  /** δ = d·C_b/C_gb in nm, or null when grainSizeUm was not given. */
  grainBoundaryThicknessNm: number | null;
  warnings: string[];
}

/**
 * Specific grain-boundary conductivity in the brick-layer model, from the capacitances of the two arcs.
 * Formula: σ_gb,sp = (L/A)·(C_b/C_gb)/R_gb, because C_b/C_gb = δ/d (same permittivity in grain and boundary).
 * Units: Ω, F, cm, cm² → S/cm. Valid when δ ≪ d (C_b/C_gb ≪ 1) and ε_gb ≈ ε_bulk.
 * Sources: S. M. Haile, D. L. West, J. Campbell, J. Mater. Res. 13 (1998) 1576;
 * Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132.
 */
export function specificGrainBoundaryConductivity(input: SpecificGbInput): SpecificGbResult {
  const i = checkObject<SpecificGbInput>('input', input);
  const rgb = checkNumber('grainBoundaryResistanceOhm', i.grainBoundaryResistanceOhm, RANGES.resistanceOhm);
  const cb = checkNumber('bulkCapacitanceF', i.bulkCapacitanceF, RANGES.capacitanceF);
  const cgb = checkNumber('grainBoundaryCapacitanceF', i.grainBoundaryCapacitanceF, RANGES.capacitanceF);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const grainSizeUm =
    i.grainSizeUm === undefined ? null : checkNumber('grainSizeUm', i.grainSizeUm, { min: 1e-4, max: 1e5, unit: 'µm' });
  const ratio = checkResult('capacitance ratio', cb / cgb);
  const warnings: string[] = [];
  if (ratio >= 0.1) {
    warnings.push(
      `C_b/C_gb = ${ratio.toPrecision(3)} is not ≪ 1: the brick-layer assumption of thin grain boundaries (δ ≪ d) is doubtful.`,
    );
  }
  return {
    sigmaGbSpecificSPerCm: checkResult('specific grain-boundary conductivity', ((l / a) * ratio) / rgb),
    sigmaGbApparentSPerCm: checkResult('apparent grain-boundary conductivity', l / (a * rgb)),
    capacitanceRatio: ratio,
    grainBoundaryThicknessNm: grainSizeUm === null ? null : checkResult('grain-boundary thickness', grainSizeUm * ratio * 1000),
    warnings,
  };
}

/**
 * Area-specific resistance of a cell or pellet.
 * Formula: ASR = R·A; Ω·cm² for R in Ω, A in cm². Valid for uniform current distribution.
 * Source: standard definition, e.g. Irvine, Sinclair & West (1990).
 */
export function areaSpecificResistance(input: { resistanceOhm: number; areaCm2: number }): { asrOhmCm2: number } {
  const i = checkObject<{ resistanceOhm: number; areaCm2: number }>('input', input);
  const r = checkNumber('resistanceOhm', i.resistanceOhm, RANGES.resistanceOhm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  return { asrOhmCm2: checkResult('area-specific resistance', r * a) };
}

export interface LayerInput {
  /** Layer thickness t in µm. */
  thicknessUm: number;
  /** Layer conductivity σ in S/cm. */
  sigmaSPerCm: number;
}

/**
 * Area-specific ohmic resistance of a homogeneous layer.
 * Formula: ASR = t/σ, with t converted µm → cm; result in Ω·cm². Valid for a dense, uniform layer.
 * Source: Ohm's law for a slab; see Maier (2004) ch. 6.
 */
export function layerAsr(input: LayerInput): { asrOhmCm2: number } {
  const i = checkObject<LayerInput>('input', input);
  const t = checkNumber('thicknessUm', i.thicknessUm, RANGES.thicknessUm);
  const s = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  return { asrOhmCm2: checkResult('area-specific resistance', umToCm(t) / s) };
}

/**
 * Ohmic voltage drop across a layer at a given current density.
 * Formula: ΔV = j·t/σ, with j in mA/cm² (÷1000 → A/cm²), t in µm (÷10⁴ → cm), σ in S/cm; ΔV in V.
 * Valid: purely ohmic (no interface or concentration polarisation), uniform current.
 * Source: Ohm's law; see Maier (2004) ch. 6.
 */
export function layerVoltageDrop(input: LayerInput & { currentDensityMaPerCm2: number }): {
  voltageDropV: number;
  asrOhmCm2: number;
} {
  const i = checkObject<LayerInput & { currentDensityMaPerCm2: number }>('input', input);
  const { asrOhmCm2 } = layerAsr({ thicknessUm: i.thicknessUm, sigmaSPerCm: i.sigmaSPerCm });
  const j = checkNumber('currentDensityMaPerCm2', i.currentDensityMaPerCm2, RANGES.currentDensityMaPerCm2);
  return { voltageDropV: checkResult('voltage drop', (j / 1000) * asrOhmCm2), asrOhmCm2 };
}

export interface NernstEinsteinCommon {
  /** Number density of mobile carriers n in cm⁻³ (e.g. Li⁺ per cm³). */
  carrierConcentrationPerCm3: number;
  temperatureK: number;
  /** Charge number z of the carrier (1 for Li⁺), a positive integer. */
  chargeNumber: number;
  /** Haven ratio H_R = D_tracer / D_σ (1 for uncorrelated hops; typically 0.3–1). */
  havenRatio: number;
}

/** n (ze)² / (k_B T) in S·s/cm³ — the factor that turns a diffusivity (cm²/s) into a conductivity (S/cm). */
const nernstEinsteinFactor = (n: number, z: number, t: number): number =>
  (n * (z * ELEMENTARY_CHARGE_C) ** 2) / (BOLTZMANN_J_PER_K * t);

/**
 * Diffusion coefficients from conductivity via the Nernst–Einstein relation.
 * Formula: D_σ = σ k_B T / (n z² e²); D_tracer = H_R·D_σ. Units: S/cm, cm⁻³, K → cm²/s.
 * Valid: one mobile species, dilute or correlated hopping described by H_R.
 * Sources: Maier (2004) ch. 6; Murch, Solid State Ionics 7 (1982) 177.
 */
export function diffusivityFromConductivity(input: NernstEinsteinCommon & { sigmaSPerCm: number }): {
  chargeDiffusivityCm2PerS: number;
  tracerDiffusivityCm2PerS: number;
} {
  const i = checkObject<NernstEinsteinCommon & { sigmaSPerCm: number }>('input', input);
  const s = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  const n = checkNumber('carrierConcentrationPerCm3', i.carrierConcentrationPerCm3, RANGES.concentrationPerCm3);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const z = checkNumber('chargeNumber', i.chargeNumber, RANGES.chargeNumber);
  const h = checkNumber('havenRatio', i.havenRatio, RANGES.havenRatio);
  const dSigma = s / nernstEinsteinFactor(n, z, t);
  return {
    chargeDiffusivityCm2PerS: checkResult('charge diffusivity', dSigma),
    tracerDiffusivityCm2PerS: checkResult('tracer diffusivity', h * dSigma),
  };
}

/**
 * Conductivity from a tracer (or PFG-NMR self-) diffusion coefficient via Nernst–Einstein.
 * Formula: σ = n z² e² D_tracer / (k_B T H_R); D_σ = D_tracer/H_R. Units: cm²/s, cm⁻³, K → S/cm.
 * Valid: as diffusivityFromConductivity (its inverse).
 * Sources: Maier (2004) ch. 6; Murch, Solid State Ionics 7 (1982) 177.
 */
export function conductivityFromDiffusivity(input: NernstEinsteinCommon & { tracerDiffusivityCm2PerS: number }): {
  sigmaSPerCm: number;
  chargeDiffusivityCm2PerS: number;
} {
  const i = checkObject<NernstEinsteinCommon & { tracerDiffusivityCm2PerS: number }>('input', input);
  const d = checkNumber('tracerDiffusivityCm2PerS', i.tracerDiffusivityCm2PerS, RANGES.diffusivityCm2PerS);
  const n = checkNumber('carrierConcentrationPerCm3', i.carrierConcentrationPerCm3, RANGES.concentrationPerCm3);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const z = checkNumber('chargeNumber', i.chargeNumber, RANGES.chargeNumber);
  const h = checkNumber('havenRatio', i.havenRatio, RANGES.havenRatio);
  const dSigma = d / h;
  return {
    sigmaSPerCm: checkResult('conductivity', nernstEinsteinFactor(n, z, t) * dSigma),
    chargeDiffusivityCm2PerS: checkResult('charge diffusivity', dSigma),
  };
}

/**
 * Carrier mobility from conductivity.
 * Formula: μ = σ / (n z e); cm²/(V·s) for σ in S/cm and n in cm⁻³. Valid: one dominant mobile species.
 * Source: Maier (2004) ch. 6.
 */
export function mobilityFromConductivity(input: {
  sigmaSPerCm: number;
  carrierConcentrationPerCm3: number;
  chargeNumber: number;
}): { mobilityCm2PerVS: number } {
  const i = checkObject<{ sigmaSPerCm: number; carrierConcentrationPerCm3: number; chargeNumber: number }>('input', input);
  const s = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  const n = checkNumber('carrierConcentrationPerCm3', i.carrierConcentrationPerCm3, RANGES.concentrationPerCm3);
  const z = checkNumber('chargeNumber', i.chargeNumber, RANGES.chargeNumber);
  return { mobilityCm2PerVS: checkResult('mobility', s / (n * z * ELEMENTARY_CHARGE_C)) };
}

/**
 * Number density of mobile carriers from density and composition.
 * Formula: n = N·ρ·N_A / M; cm⁻³ for ρ in g/cm³, M in g/mol, N carriers per formula unit.
 * Valid: all N carriers counted as mobile (an upper bound when only some sites conduct).
 * Source: elementary; e.g. Li7La3Zr2O12 (M ≈ 840 g/mol, ρ ≈ 5.1 g/cm³) gives ≈ 2.6e22 Li cm⁻³.
 */
export function carrierConcentration(input: {
  densityGPerCm3: number;
  molarMassGPerMol: number;
  carriersPerFormulaUnit: number;
}): { carrierConcentrationPerCm3: number } {
  const i = checkObject<{ densityGPerCm3: number; molarMassGPerMol: number; carriersPerFormulaUnit: number }>(
    'input',
    input,
  );
  const rho = checkNumber('densityGPerCm3', i.densityGPerCm3, { min: 0, max: 100, minExclusive: true, unit: 'g/cm³' });
  const m = checkNumber('molarMassGPerMol', i.molarMassGPerMol, { min: 0.5, max: 1e7, unit: 'g/mol' });
  const nfu = checkNumber('carriersPerFormulaUnit', i.carriersPerFormulaUnit, { min: 0, max: 1e4, minExclusive: true });
  return { carrierConcentrationPerCm3: checkResult('carrier concentration', (nfu * rho * AVOGADRO_PER_MOL) / m) };
}
