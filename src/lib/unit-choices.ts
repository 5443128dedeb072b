/**
 * The unit menus offered by the calculators, each entry with its conversion to the canonical unit of
 * its quantity (Ω, cm, cm², S/cm, K, eV, V, cm⁻³, mA/cm²). Conversions reuse src/lib/units.ts where one exists.
 */
import { celsiusToKelvin, kjPerMolToEv, mSPerCmToSPerCm, sPerMToSPerCm } from './units';

export interface UnitChoice {
  value: string;
  label: string;
  /** Converts a number in this unit to the canonical unit of the quantity. */
  toCanonical: (x: number) => number;
}

const scale = (factor: number) => (x: number) => x * factor;

export const RESISTANCE_UNITS: UnitChoice[] = [
  { value: 'ohm', label: 'Ω', toCanonical: scale(1) },
  { value: 'kohm', label: 'kΩ', toCanonical: scale(1e3) },
  { value: 'Mohm', label: 'MΩ', toCanonical: scale(1e6) },
];
/** Lengths, canonical cm. */
export const LENGTH_UNITS: UnitChoice[] = [
  { value: 'nm', label: 'nm', toCanonical: scale(1e-7) },
  { value: 'um', label: 'µm', toCanonical: scale(1e-4) },
  { value: 'mm', label: 'mm', toCanonical: scale(0.1) },
  { value: 'cm', label: 'cm', toCanonical: scale(1) },
];
/** Areas, canonical cm². */
export const AREA_UNITS: UnitChoice[] = [
  { value: 'mm2', label: 'mm²', toCanonical: scale(0.01) },
  { value: 'cm2', label: 'cm²', toCanonical: scale(1) },
];
/** Conductivities, canonical S/cm. */
export const CONDUCTIVITY_UNITS: UnitChoice[] = [
  { value: 'S_cm', label: 'S/cm', toCanonical: scale(1) },
  { value: 'mS_cm', label: 'mS/cm', toCanonical: mSPerCmToSPerCm },
  { value: 'S_m', label: 'S/m', toCanonical: sPerMToSPerCm },
];
/** Temperatures, canonical K. */
export const TEMPERATURE_UNITS: UnitChoice[] = [
  { value: 'C', label: '°C', toCanonical: celsiusToKelvin },
  { value: 'K', label: 'K', toCanonical: scale(1) },
];
/** Activation energies, canonical eV. */
export const ENERGY_UNITS: UnitChoice[] = [
  { value: 'eV', label: 'eV', toCanonical: scale(1) },
  { value: 'kJ_mol', label: 'kJ/mol', toCanonical: kjPerMolToEv },
];

/** The choice with the given value; throws for an unknown one (URL values are checked before this). */
export function unitChoice(choices: UnitChoice[], value: string): UnitChoice {
  const found = choices.find((c) => c.value === value);
  if (!found) throw new Error(`unknown unit "${value}"`);
  return found;
}

/** The URL-spec option list of a unit menu. */
export const unitValues = (choices: UnitChoice[]): string[] => choices.map((c) => c.value);
