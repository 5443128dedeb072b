/**
 * Named starting values for the calculators, drawn from the data layer and the reviews. Values are
 * field strings in the calculator's URL vocabulary, so a preset is exactly what a shared link would hold.
 */
export type CalculatorKind = 'conductivity' | 'arrhenius' | 'space-charge' | 'energy-density';

export interface Preset {
  label: string;
  /** Where the numbers come from (bibliography ids). */
  sources: string[];
  values: Record<string, string>;
}

export const PRESETS: Record<CalculatorKind, Record<string, Preset>> = {
  conductivity: {},
  arrhenius: {},
  'space-charge': {},
  'energy-density': {},
};

/** The preset's field values; throws (failing the build) for an unknown kind or id. */
export function presetValues(kind: CalculatorKind, id: string): Record<string, string> {
  const preset = PRESETS[kind]?.[id];
  if (!preset) throw new Error(`Unknown ${kind} preset "${id}". Known: ${Object.keys(PRESETS[kind] ?? {}).join(', ') || 'none'}.`);
  return preset.values;
}
