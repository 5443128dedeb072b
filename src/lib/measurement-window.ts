/**
 * What an impedance analyser and a DC polariser can see: the apex frequency of a material's bulk arc, the
 * temperature to which a sample must be cooled to bring that arc into an analyser's range, and the electronic
 * conductivity from a DC polarisation with ion-blocking electrodes (with the Hebb–Wagner current-voltage law).
 *
 * Sources: J. T. S. Irvine, D. C. Sinclair, A. R. West, Adv. Mater. 2 (1990) 132 (arc time constants);
 * J. Maier, Physical Chemistry of Ionic Materials (Wiley, 2004), ch. 7.3 (DC polarisation, Hebb–Wagner);
 * M. H. Hebb, J. Chem. Phys. 20 (1952) 185 (the steady-state law of an ion-blocking cell).
 */
import { BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from './constants';
import { sigmaAtTemperature, type ArrheniusForm } from './arrhenius';
import { PhysicsInputError } from './errors';
import { RANGES, checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

const S_PER_CM_TO_S_PER_M = 100;
const FREQUENCY_RANGE = { min: 1e-6, max: 1e15, unit: 'Hz' } as const;
const VOLTAGE_RANGE = { min: 1e-6, max: 10, unit: 'V' } as const;
const SIGNED_VOLTAGE_RANGE = { min: -10, max: 10, unit: 'V' } as const;
const CURRENT_RANGE = { min: 1e-18, max: 1e3, unit: 'A' } as const;
const ELECTRONIC_SIGMA_RANGE = { min: 0, max: 1e6, unit: 'S/cm' } as const;
/** Lowest temperature searched when cooling a sample (K); below this the Arrhenius law is not a sensible guide. */
export const COLDEST_SEARCH_K = 20;

export interface ApexFrequencyInput {
  /** Conductivity of the region (bulk) in S/cm. */
  sigmaSPerCm: number;
  /** Relative permittivity ε_r of the same region (dimensionless, ≥ 1). */
  relativePermittivity: number;
}

/**
 * Apex frequency of a region's RC arc from its material alone: f = σ/(2π ε₀ ε_r), since R = L/(σA) and C = ε₀ε_r A/L.
 * Units: σ in S/cm (×100 → S/m), ε₀ in F/m; f in Hz, τ = RC = ε₀ε_r/σ in s. Valid: ideal parallel RC region.
 */
export function arcApexFrequency(input: ApexFrequencyInput): { frequencyHz: number; timeConstantS: number } {
  const i = checkObject<ApexFrequencyInput>('input', input);
  const sigma = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  const er = checkNumber('relativePermittivity', i.relativePermittivity, RANGES.relativePermittivity);
  const tau = checkResult('time constant', (VACUUM_PERMITTIVITY_F_PER_M * er) / (sigma * S_PER_CM_TO_S_PER_M));
  return { frequencyHz: checkResult('apex frequency', 1 / (2 * Math.PI * tau)), timeConstantS: tau };
}

export interface CoolingInput {
  sigmaRefSPerCm: number;
  referenceTemperatureK: number;
  activationEnergyEv: number;
  relativePermittivity: number;
  /** The frequency the apex must come down to (Hz), e.g. the analyser's upper limit. */
  targetFrequencyHz: number;
  form?: ArrheniusForm;
}

/**
 * Temperature at which a bulk arc's apex falls to a target frequency, with σ(T) from the Arrhenius law and ε_r
 * held constant. Solved by bisection between 20 K and the reference temperature (f falls monotonically on cooling).
 * Returns the reference temperature and alreadyInWindow = true when the apex is already at or below the target.
 */
export function temperatureForApexFrequency(input: CoolingInput): { temperatureK: number; alreadyInWindow: boolean } {
  const i = checkObject<CoolingInput>('input', input);
  const t0 = checkNumber('referenceTemperatureK', i.referenceTemperatureK, RANGES.temperatureK);
  const target = checkNumber('targetFrequencyHz', i.targetFrequencyHz, FREQUENCY_RANGE);
  const form = checkOption('form', orDefault(i.form, 'sigmaT'), ['sigma', 'sigmaT'] as const);
  const apexAt = (temperatureK: number): number =>
    arcApexFrequency({
      sigmaSPerCm: sigmaAtTemperature({ activationEnergyEv: i.activationEnergyEv, sigmaRefSPerCm: i.sigmaRefSPerCm, referenceTemperatureK: t0, temperatureK, form }).sigmaSPerCm,
      relativePermittivity: i.relativePermittivity,
    }).frequencyHz;
  if (apexAt(t0) <= target) return { temperatureK: t0, alreadyInWindow: true };
  let cold = Math.min(COLDEST_SEARCH_K, t0);
  let warm = t0;
  let coldApex: number;
  try {
    coldApex = apexAt(cold);
  } catch {
    coldApex = 0; // conductivity underflows: far below any target
  }
  if (coldApex > target) {
    throw new PhysicsInputError('targetFrequencyHz', `Even at ${COLDEST_SEARCH_K} K the arc stays above this frequency: the activation energy is too small for cooling to help.`);
  }
  for (let k = 0; k < 200 && warm - cold > 1e-6; k++) {
    const mid = (cold + warm) / 2;
    let f: number;
    try {
      f = apexAt(mid);
    } catch {
      f = 0;
    }
    if (f > target) warm = mid;
    else cold = mid;
  }
  return { temperatureK: (cold + warm) / 2, alreadyInWindow: false };
}

export interface DcPolarisationInput {
  /** Steady-state current after the ionic current has decayed (A). */
  steadyCurrentA: number;
  /** Applied voltage (V), small enough not to decompose the sample. */
  voltageV: number;
  thicknessCm: number;
  areaCm2: number;
}

/**
 * Electronic conductivity from a DC polarisation with ion-blocking electrodes: σ_e = I_ss L/(U A).
 * Units: I in A, U in V, L in cm, A in cm² → σ_e in S/cm. Valid: the ionic current has fully decayed (steady state)
 * and U is small (≲ k_BT/e·few), so σ_e is the value at the starting composition.
 */
export function electronicConductivityFromDc(input: DcPolarisationInput): { sigmaSPerCm: number } {
  const i = checkObject<DcPolarisationInput>('input', input);
  const current = checkNumber('steadyCurrentA', i.steadyCurrentA, CURRENT_RANGE);
  const u = checkNumber('voltageV', i.voltageV, VOLTAGE_RANGE);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  return { sigmaSPerCm: checkResult('electronic conductivity', (current * l) / (u * a)) };
}

/** Steady-state current a DC polarisation gives for a known electronic conductivity: I = σ_e U A / L (A). */
export function dcPolarisationCurrent(input: { sigmaSPerCm: number; voltageV: number; thicknessCm: number; areaCm2: number }): { currentA: number } {
  const i = checkObject<{ sigmaSPerCm: number; voltageV: number; thicknessCm: number; areaCm2: number }>('input', input);
  const s = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  const u = checkNumber('voltageV', i.voltageV, VOLTAGE_RANGE);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  return { currentA: checkResult('current', (s * u * a) / l) };
}

export interface HebbWagnerInput {
  /** Electron conductivity at the reversible (lithium) electrode's composition, S/cm. */
  sigmaElectronSPerCm: number;
  /** Hole conductivity at the same composition, S/cm. */
  sigmaHoleSPerCm: number;
  /** Voltage of the blocking electrode against the reversible one (V); positive lowers the lithium activity there. */
  voltageV: number;
  temperatureK: number;
  thicknessCm: number;
  areaCm2: number;
}

/**
 * Hebb–Wagner steady-state current of a reversible | MIEC | ion-blocking cell:
 * I = (k_BT A/(e L)) [σ_n (1 − exp(−eU/k_BT)) + σ_p (exp(eU/k_BT) − 1)], σ_n and σ_p at the reversible electrode.
 * Units: σ in S/cm, L in cm, A in cm², T in K, U in V → I in A. Valid: dilute electronic carriers (σ_n ∝ a_Li, σ_p ∝ 1/a_Li).
 * Source: Hebb (1952); Maier (2004) ch. 7.3.
 */
export function hebbWagnerCurrent(input: HebbWagnerInput): { currentA: number } {
  const i = checkObject<HebbWagnerInput>('input', input);
  const sn = checkNumber('sigmaElectronSPerCm', i.sigmaElectronSPerCm, ELECTRONIC_SIGMA_RANGE);
  const sp = checkNumber('sigmaHoleSPerCm', i.sigmaHoleSPerCm, ELECTRONIC_SIGMA_RANGE);
  const u = checkNumber('voltageV', i.voltageV, SIGNED_VOLTAGE_RANGE);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const thermalV = (BOLTZMANN_J_PER_K * t) / ELEMENTARY_CHARGE_C;
  const x = u / thermalV;
  if (Math.abs(x) > 650) throw new PhysicsInputError('voltageV', 'The voltage is too large for this temperature: the exponential factors overflow.');
  const current = ((thermalV * a) / l) * (sn * -Math.expm1(-x) + sp * Math.expm1(x));
  return { currentA: checkResult('current', current) };
}
