/**
 * The conductivity–power chain: from an Arrhenius description of an electrolyte to the energy and power a
 * cell can deliver at a temperature and a C-rate, in a purely ohmic model.
 *
 *   σ(T)  = Arrhenius extrapolation from σ(T_ref) and E_a (sigmaAtTemperature, src/lib/arrhenius.ts)
 *   ASR   = t_sep/σ(T) + ASR_int(T) + L_cat/(3·σ(T)·ε/τ)            (Ω cm²; the cathode term is optional)
 *   j     = C-rate × Q_areal                                          (mA/cm²)
 *   η     = j·ASR                                                     (V)
 *   OCV falls linearly from V_nom + ΔV/2 to V_nom − ΔV/2 over the discharge (ΔV = 0: a flat plateau);
 *   the terminal voltage OCV − η must stay above the cut-off, which sets the usable share of the capacity.
 *
 * Left out on purpose: charge-transfer kinetics beyond what the reader puts into the interface ASR,
 * concentration polarisation, solid-state diffusion in the active particles, heating of the cell by its
 * own losses, and any change of mechanism (a knee in the Arrhenius plot) between T_ref and T.
 *
 * Sources: Ohm's law for a slab (Maier 2004, ch. 6); the Arrhenius forms of src/lib/arrhenius.ts; the
 * porous-electrode ionic resistance L/(3σ_eff) for a uniform reaction distribution (J. Newman and
 * K. E. Thomas-Alyea, Electrochemical Systems, 3rd ed., Wiley 2004, ch. 22; the same R_ion/3 appears in the
 * transmission-line analysis of N. Ogihara et al., J. Electrochem. Soc. 159 (2012) A1034).
 */
import { sigmaAtTemperature, type ArrheniusForm } from './arrhenius';
import { layerAsr } from './conductivity';
import { BOLTZMANN_EV_PER_K } from './constants';
import { PhysicsInputError } from './errors';
import { umToCm } from './units';
import { checkNumber, checkObject, checkOption, checkResult, orDefault, RANGES } from './validate';

/** How the reader gives the cell's mass: not at all, as mass per electrode area, or through the cell's nominal specific energy. */
export type CellMassInput =
  | { kind: 'none' }
  | { kind: 'areal'; arealMassMgPerCm2: number }
  | { kind: 'specific-energy'; nominalSpecificEnergyWhPerKg: number };

export interface PowerChainInput {
  /** E_a of the electrolyte, eV. */
  activationEnergyEv: number;
  /** σ of the electrolyte at the reference temperature, S/cm. */
  sigmaRefSPerCm: number;
  referenceTemperatureK: number;
  /** Arrhenius form the E_a belongs to (default 'sigmaT'). */
  form?: ArrheniusForm;
  /** Operating temperature, K. */
  temperatureK: number;
  separatorThicknessUm: number;
  /** Interface ASR (both electrodes together) at the reference temperature, Ω cm². */
  interfaceAsrRefOhmCm2: number;
  /** Activation energy of the interface ASR, eV; 0 keeps it the same at every temperature. */
  interfaceActivationEnergyEv?: number;
  /** Thickness of a composite cathode whose ionic path runs through the same electrolyte, µm; 0 leaves the term out. */
  cathodeThicknessUm?: number;
  /** Volume fraction of electrolyte in the composite cathode, 0–1. */
  cathodeElectrolyteFraction?: number;
  /** Tortuosity factor τ of the cathode's ionic path (≥ 1). */
  cathodeTortuosity?: number;
  /** C-rate, h⁻¹ (1 = full capacity in one hour); 0 is the rest limit. */
  cRatePerH: number;
  arealCapacityMahPerCm2: number;
  /** Average open-circuit voltage over the discharge, V. */
  nominalVoltageV: number;
  /** Fall of the open-circuit voltage from full to empty, V (0 = flat plateau). */
  ocvSpanV: number;
  cutoffVoltageV: number;
  cellMass?: CellMassInput;
}

/** Whether the cell delivers all of its capacity, part of it, or none at this temperature and rate. */
export type DischargeState = 'full' | 'partial' | 'none';

export interface DischargeResult {
  /** Share of the capacity delivered before the cut-off, 0–1. */
  capacityFraction: number;
  /** Delivered energy over the nominal energy Q·V_nom, 0–1. */
  energyFraction: number;
  /** Mean terminal voltage over what is delivered, V; null when nothing is delivered. */
  averageVoltageV: number | null;
  state: DischargeState;
}

export interface PowerChainResult extends DischargeResult {
  sigmaSPerCm: number;
  separatorAsrOhmCm2: number;
  interfaceAsrOhmCm2: number;
  /** 0 when the cathode term is left out. */
  cathodeAsrOhmCm2: number;
  totalAsrOhmCm2: number;
  currentDensityMaPerCm2: number;
  /** Ohmic overpotential j·ASR, V. */
  overpotentialV: number;
  /** The separator's part of it, V. */
  separatorOverpotentialV: number;
  nominalEnergyMwhPerCm2: number;
  usableEnergyMwhPerCm2: number;
  /** Energy turned into heat in the resistances while the usable capacity is delivered, mWh/cm². */
  ohmicLossMwhPerCm2: number;
  /** Mean electrical output while discharging, mW/cm² (0 when nothing is delivered). */
  averagePowerMwPerCm2: number;
  /** Discharge time to the cut-off, h; null at C-rate 0. */
  dischargeTimeH: number | null;
  /** Energy fraction with the same cell but a separator of no resistance. */
  energyFractionIdealSeparator: number;
  /** Highest C-rate at which all of the capacity is still delivered, h⁻¹. */
  maxCRateFullPerH: number;
  /** C-rate beyond which nothing is delivered, h⁻¹. */
  maxCRateAnyPerH: number;
  /** Cell mass per electrode area, mg/cm², or null when not given. */
  cellMassMgPerCm2: number | null;
  usableSpecificEnergyWhPerKg: number | null;
  averageSpecificPowerWPerKg: number | null;
  warnings: string[];
}

/** Below this σ (S/cm) the electrolyte is treated as an insulator and the chain refuses to go on. */
const SIGMA_FLOOR_S_PER_CM = 1e-30;
/** Largest ASR (Ω cm²) the chain carries through; far beyond any cell that works. */
const ASR_CEILING_OHM_CM2 = 1e30;
/** Extrapolations further than this from T_ref (K) get a caution. */
const EXTRAPOLATION_WARNING_K = 40;

/**
 * Discharge against a linear open-circuit voltage with a constant ohmic drop.
 * Formula: OCV(s) = V_nom + ΔV/2 − ΔV·s; stop where OCV(s) − η = V_cut, so s_max = (V_nom + ΔV/2 − η − V_cut)/ΔV
 * clipped to [0, 1]; E/E_nom = [(V_nom + ΔV/2 − η)·s_max − ΔV·s_max²/2]/V_nom. Units: V. ΔV = 0: all or nothing.
 * Source: elementary integration of V·dQ over the discharge.
 */
export function ohmicDischarge(input: { nominalVoltageV: number; ocvSpanV: number; cutoffVoltageV: number; overpotentialV: number }): DischargeResult {
  const i = checkObject<{ nominalVoltageV: number; ocvSpanV: number; cutoffVoltageV: number; overpotentialV: number }>('input', input);
  const vNom = checkNumber('nominalVoltageV', i.nominalVoltageV, { min: 0.1, max: 10, unit: 'V' });
  const span = checkNumber('ocvSpanV', i.ocvSpanV, { min: 0, max: 5, unit: 'V' });
  const vCut = checkNumber('cutoffVoltageV', i.cutoffVoltageV, { min: 0, max: 10, unit: 'V' });
  const eta = checkNumber('overpotentialV', i.overpotentialV, { min: 0, max: 1e40, unit: 'V' });
  const vEnd = vNom - span / 2;
  if (!(vEnd > 0)) throw new PhysicsInputError('ocvSpanV', 'The open-circuit voltage would fall to zero or below before the cell is empty: make the voltage span smaller than twice the average voltage.');
  if (vCut > vEnd + 1e-12) {
    throw new PhysicsInputError('cutoffVoltageV', `The cut-off voltage lies above the open-circuit voltage of the empty cell (${Number(vEnd.toPrecision(4))} V), so even a very slow discharge would stop early: choose a cut-off at or below it.`);
  }
  const vStart = vNom + span / 2 - eta;
  let s: number;
  if (span === 0) s = vStart >= vCut ? 1 : 0;
  else s = Math.min(1, Math.max(0, (vStart - vCut) / span));
  const energyFraction = s === 0 ? 0 : Math.max(0, (vStart * s - (span * s * s) / 2) / vNom);
  const state: DischargeState = s >= 1 ? 'full' : s > 0 ? 'partial' : 'none';
  return {
    capacityFraction: s,
    energyFraction: checkResult('energy fraction', energyFraction),
    averageVoltageV: s > 0 ? checkResult('average voltage', vStart - (span * s) / 2) : null,
    state,
  };
}

/**
 * Interface ASR at a temperature from its value at T_ref and its own activation energy.
 * Formula: ASR(T) = ASR_ref·exp[(E_int/k_B)(1/T − 1/T_ref)]; E_int = 0 keeps it constant. Units: Ω cm², eV, K.
 * Source: Arrhenius behaviour of a thermally activated resistance (Maier 2004, ch. 6).
 */
export function interfaceAsrAtTemperature(input: { asrRefOhmCm2: number; activationEnergyEv: number; referenceTemperatureK: number; temperatureK: number }): { asrOhmCm2: number } {
  const i = checkObject<{ asrRefOhmCm2: number; activationEnergyEv: number; referenceTemperatureK: number; temperatureK: number }>('input', input);
  const r0 = checkNumber('asrRefOhmCm2', i.asrRefOhmCm2, { min: 0, max: 1e9, unit: 'Ω cm²' });
  const ea = checkNumber('activationEnergyEv', i.activationEnergyEv, { min: 0, max: 3, unit: 'eV' });
  const t0 = checkNumber('referenceTemperatureK', i.referenceTemperatureK, RANGES.temperatureK);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  if (r0 === 0 || ea === 0) return { asrOhmCm2: r0 };
  const lnFactor = (ea / BOLTZMANN_EV_PER_K) * (1 / t - 1 / t0);
  if (Math.log(r0) + lnFactor > Math.log(ASR_CEILING_OHM_CM2)) {
    throw new PhysicsInputError('interfaceActivationEnergyEv', 'With this activation energy the interface resistance grows beyond any meaningful value at this temperature; use a smaller activation energy or a temperature closer to the reference.');
  }
  return { asrOhmCm2: checkResult('interface resistance', r0 * Math.exp(lnFactor)) };
}

/**
 * Ionic ASR of a composite cathode whose pores are filled with the electrolyte, reaction spread evenly.
 * Formula: σ_eff = σ·ε/τ; ASR = L/(3σ_eff) (Ohmic heat I²R of a current falling linearly to zero across L).
 * Units: µm, S/cm → Ω cm². Valid when electrons move far more easily than ions and the reaction is uniform.
 * Source: Newman & Thomas-Alyea (2004) ch. 22; Ogihara et al., J. Electrochem. Soc. 159 (2012) A1034.
 */
export function compositeCathodeAsr(input: { thicknessUm: number; sigmaSPerCm: number; electrolyteFraction: number; tortuosity: number }): { asrOhmCm2: number; effectiveSigmaSPerCm: number } {
  const i = checkObject<{ thicknessUm: number; sigmaSPerCm: number; electrolyteFraction: number; tortuosity: number }>('input', input);
  const l = checkNumber('thicknessUm', i.thicknessUm, { min: 0, max: 1e5, unit: 'µm' });
  const s = checkNumber('sigmaSPerCm', i.sigmaSPerCm, RANGES.sigmaSPerCm);
  const eps = checkNumber('electrolyteFraction', i.electrolyteFraction, { min: 0, max: 1, minExclusive: true });
  const tau = checkNumber('tortuosity', i.tortuosity, { min: 1, max: 1000 });
  const sEff = (s * eps) / tau;
  return { asrOhmCm2: l === 0 ? 0 : checkResult('cathode resistance', umToCm(l) / (3 * sEff)), effectiveSigmaSPerCm: checkResult('effective conductivity', sEff) };
}

/** The electrolyte's σ at temperatureK, refusing values an insulator would have (reader-language message). */
function electrolyteSigma(i: PowerChainInput, form: ArrheniusForm): number {
  const { sigmaSPerCm } = sigmaAtTemperature({
    activationEnergyEv: i.activationEnergyEv, sigmaRefSPerCm: i.sigmaRefSPerCm, referenceTemperatureK: i.referenceTemperatureK, temperatureK: i.temperatureK, form,
  });
  if (!(sigmaSPerCm >= SIGMA_FLOOR_S_PER_CM)) {
    throw new PhysicsInputError('temperatureK', 'At this temperature the extrapolated conductivity is below 10⁻³⁰ S/cm: the electrolyte no longer conducts in any useful sense.');
  }
  return sigmaSPerCm;
}

/**
 * The whole chain at one temperature and C-rate: σ(T) → ASR → η = j·ASR → usable energy and power.
 * Formula: see the module comment; j (mA/cm²) = C (h⁻¹)·Q (mAh/cm²); P = V_avg·j; heat = η·j.
 * Units: inputs as named; energies mWh/cm², powers mW/cm², per mass Wh/kg and W/kg. Valid: ohmic losses only.
 * Source: as the module comment.
 */
export function powerChain(input: PowerChainInput): PowerChainResult {
  const i = checkObject<PowerChainInput>('input', input);
  const form = checkOption('form', orDefault(i.form, 'sigmaT'), ['sigmaT', 'sigma'] as const);
  const t = checkNumber('temperatureK', i.temperatureK, RANGES.temperatureK);
  const t0 = checkNumber('referenceTemperatureK', i.referenceTemperatureK, RANGES.temperatureK);
  const sep = checkNumber('separatorThicknessUm', i.separatorThicknessUm, RANGES.thicknessUm);
  const c = checkNumber('cRatePerH', i.cRatePerH, { min: 0, max: 1000, unit: 'h⁻¹' });
  const q = checkNumber('arealCapacityMahPerCm2', i.arealCapacityMahPerCm2, { min: 0, max: 1000, minExclusive: true, unit: 'mAh/cm²' });
  const sigma = electrolyteSigma(i, form);
  const separatorAsr = layerAsr({ thicknessUm: sep, sigmaSPerCm: sigma }).asrOhmCm2;
  const interfaceAsr = interfaceAsrAtTemperature({
    asrRefOhmCm2: i.interfaceAsrRefOhmCm2, activationEnergyEv: orDefault(i.interfaceActivationEnergyEv, 0), referenceTemperatureK: t0, temperatureK: t,
  }).asrOhmCm2;
  const cathodeUm = orDefault(i.cathodeThicknessUm, 0);
  const cathodeAsr = cathodeUm === 0 ? 0 : compositeCathodeAsr({
    thicknessUm: cathodeUm, sigmaSPerCm: sigma, electrolyteFraction: orDefault(i.cathodeElectrolyteFraction, 0.3), tortuosity: orDefault(i.cathodeTortuosity, 2),
  }).asrOhmCm2;
  const totalAsr = separatorAsr + interfaceAsr + cathodeAsr;
  if (totalAsr > ASR_CEILING_OHM_CM2) {
    throw new PhysicsInputError('result', 'The cell resistance comes out beyond any meaningful value (more than 10³⁰ Ω cm²); at these settings the cell cannot pass current.');
  }
  const jMaPerCm2 = c * q;
  const jAPerCm2 = jMaPerCm2 / 1000;
  const eta = checkResult('overpotential', jAPerCm2 * totalAsr);
  const cell = { nominalVoltageV: i.nominalVoltageV, ocvSpanV: i.ocvSpanV, cutoffVoltageV: i.cutoffVoltageV };
  const discharge = ohmicDischarge({ ...cell, overpotentialV: eta });
  const ideal = ohmicDischarge({ ...cell, overpotentialV: jAPerCm2 * (interfaceAsr + cathodeAsr) });
  const vNom = i.nominalVoltageV;
  const span = i.ocvSpanV;
  const nominalEnergy = q * vNom;
  const usableEnergy = discharge.energyFraction * nominalEnergy;
  const averagePower = discharge.averageVoltageV === null ? 0 : discharge.averageVoltageV * jMaPerCm2;
  // The rate limits follow from η = (C·Q/1000)·ASR: full capacity while V_nom − ΔV/2 − η ≥ V_cut, anything while V_nom + ΔV/2 − η > V_cut.
  const rateFor = (headroomV: number) => (totalAsr > 0 ? Math.min(1e6, (headroomV / totalAsr) * 1000 / q) : 1e6);
  const maxFull = rateFor(vNom - span / 2 - i.cutoffVoltageV);
  const maxAny = rateFor(vNom + span / 2 - i.cutoffVoltageV);

  const mass = i.cellMass ?? { kind: 'none' };
  let massMg: number | null = null;
  if (mass.kind === 'areal') massMg = checkNumber('arealMassMgPerCm2', mass.arealMassMgPerCm2, { min: 0, max: 1e6, minExclusive: true, unit: 'mg/cm²' });
  else if (mass.kind === 'specific-energy') {
    const e = checkNumber('nominalSpecificEnergyWhPerKg', mass.nominalSpecificEnergyWhPerKg, { min: 0, max: 1e5, minExclusive: true, unit: 'Wh/kg' });
    massMg = (nominalEnergy / e) * 1000; // (mWh/cm²)/(Wh/kg) = 10⁻³ kg/cm² = 1000 mg/cm² per unit ratio
  } else if (mass.kind !== 'none') throw new PhysicsInputError('cellMass', 'The cell mass must be given per area, through the specific energy, or not at all.');

  const warnings: string[] = [];
  if (Math.abs(t - t0) > EXTRAPOLATION_WARNING_K) {
    warnings.push(`The conductivity is extrapolated ${Number(Math.abs(t - t0).toPrecision(3))} K away from the reference temperature; a change of slope (grain boundaries, a phase change) in between would change the answer.`);
  }
  if (eta > 1 && discharge.state !== 'none') warnings.push('The ohmic drop exceeds 1 V; a real cell would also warm up from its own losses, which this model ignores.');

  return {
    ...discharge,
    sigmaSPerCm: sigma,
    separatorAsrOhmCm2: separatorAsr,
    interfaceAsrOhmCm2: interfaceAsr,
    cathodeAsrOhmCm2: cathodeAsr,
    totalAsrOhmCm2: checkResult('resistance', totalAsr),
    currentDensityMaPerCm2: checkResult('current density', jMaPerCm2),
    overpotentialV: eta,
    separatorOverpotentialV: checkResult('overpotential', jAPerCm2 * separatorAsr),
    nominalEnergyMwhPerCm2: checkResult('energy', nominalEnergy),
    usableEnergyMwhPerCm2: checkResult('energy', usableEnergy),
    ohmicLossMwhPerCm2: checkResult('energy', discharge.capacityFraction * q * eta),
    averagePowerMwPerCm2: checkResult('power', averagePower),
    dischargeTimeH: c > 0 ? discharge.capacityFraction / c : null,
    energyFractionIdealSeparator: ideal.energyFraction,
    maxCRateFullPerH: checkResult('C-rate', Math.max(0, maxFull)),
    maxCRateAnyPerH: checkResult('C-rate', Math.max(0, maxAny)),
    cellMassMgPerCm2: massMg,
    usableSpecificEnergyWhPerKg: massMg === null ? null : checkResult('specific energy', (usableEnergy / massMg) * 1000),
    averageSpecificPowerWPerKg: massMg === null ? null : checkResult('specific power', (averagePower / massMg) * 1000),
    warnings,
  };
}

/** One point of a sweep: the swept value and what the chain gives there. */
export interface PowerChainSweepPoint { x: number; energyFraction: number; energyFractionIdealSeparator: number; overpotentialV: number }

/**
 * The chain over a list of temperatures (K) or C-rates (h⁻¹), for plotting; values the chain refuses are left out.
 * Formula: powerChain at each value. Units: as powerChain. Valid: as powerChain.
 * Source: as the module comment.
 */
export function powerChainSweep(input: PowerChainInput, variable: 'temperatureK' | 'cRatePerH', values: number[]): PowerChainSweepPoint[] {
  checkObject<PowerChainInput>('input', input);
  if (!Array.isArray(values) || values.length > 2000) throw new PhysicsInputError('values', 'A sweep takes a list of at most 2000 values.');
  const out: PowerChainSweepPoint[] = [];
  for (const x of values) {
    try {
      const r = powerChain({ ...input, [variable]: x });
      out.push({ x, energyFraction: r.energyFraction, energyFractionIdealSeparator: r.energyFractionIdealSeparator, overpotentialV: r.overpotentialV });
    } catch (error) {
      if (!(error instanceof PhysicsInputError)) throw error;
    }
  }
  return out;
}
