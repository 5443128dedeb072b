/**
 * Named starting values for the calculators, drawn from the data layer and the reviews. Values are
 * field strings in each calculator's URL vocabulary, so a preset is exactly what a shared link would hold.
 */
import type { Preset } from './types';
import { CONDUCTIVITY_PRESETS } from './conductivity';
import { ARRHENIUS_PRESETS } from './arrhenius';
import { SPACE_CHARGE_PRESETS } from './space-charge';
import { ENERGY_DENSITY_PRESETS } from './energy-density';
import { SYNTHESIS_PRESETS } from './synthesis';
import { IMPEDANCE_PRESETS } from './impedance';
import { LITHIUM_PENETRATION_PRESETS } from './lithium-penetration';
import { POWER_CHAIN_PRESETS } from './rate-and-temperature';

export type { Preset } from './types';
export type CalculatorKind = 'conductivity' | 'arrhenius' | 'space-charge' | 'energy-density' | 'synthesis' | 'impedance' | 'lithium-penetration' | 'rate-and-temperature';

export const PRESETS: Record<CalculatorKind, Record<string, Preset>> = {
  conductivity: CONDUCTIVITY_PRESETS,
  arrhenius: ARRHENIUS_PRESETS,
  'space-charge': SPACE_CHARGE_PRESETS,
  'energy-density': ENERGY_DENSITY_PRESETS,
  synthesis: SYNTHESIS_PRESETS,
  impedance: IMPEDANCE_PRESETS,
  'lithium-penetration': LITHIUM_PENETRATION_PRESETS,
  'rate-and-temperature': POWER_CHAIN_PRESETS,
};

/** The preset's field values; throws (failing the build) for an unknown kind or id. */
export function presetValues(kind: CalculatorKind, id: string): Record<string, string> {
  const preset = PRESETS[kind]?.[id];
  if (!preset) throw new Error(`Unknown ${kind} preset "${id}". Known: ${Object.keys(PRESETS[kind] ?? {}).join(', ') || 'none'}.`);
  return preset.values;
}
