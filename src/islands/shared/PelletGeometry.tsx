// Pellet geometry: thickness and electrode diameter or area, each with its unit menu (as in the
// conductivity calculator), read into cm and cm² with messages beside the fields.
import type { JSX } from 'preact';
import { areaFromDiameter } from '~/lib/conductivity';
import { AREA_UNITS, LENGTH_UNITS } from '~/lib/unit-choices';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { readField } from '../shared/readField';
import type { CalculatorState } from '../shared/useCalculatorState';

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));

/** Thickness (cm) and area (cm²) from the fields, or null; `messages` by field key. */
export function readGeometry(v: Record<string, string>): { thicknessCm: number | null; areaCm2: number | null; messages: Record<string, string> } {
  const messages: Record<string, string> = {};
  const l = readField(v.L!, { min: 1e-8, max: 100, minExclusive: true, rangeText: 'above 0 and at most 1 m' }, LENGTH_UNITS, v.Lu);
  if (!l.ok) messages.L = l.message;
  let areaCm2: number | null = null;
  if (v.geom === 'diameter') {
    const d = readField(v.d!, { min: 1e-5, max: 1000, minExclusive: true, rangeText: 'above 0 and at most 10 m' }, LENGTH_UNITS, v.du);
    if (d.ok) areaCm2 = areaFromDiameter({ diameterCm: d.value }).areaCm2;
    else messages.d = d.message;
  } else {
    const a = readField(v.A!, { min: 1e-10, max: 1e6, minExclusive: true, rangeText: 'above 0 and at most 100 m²' }, AREA_UNITS, v.Au);
    if (a.ok) areaCm2 = a.value;
    else messages.A = a.message;
  }
  return { thicknessCm: l.ok ? l.value : null, areaCm2, messages };
}

export function GeometryFields({ state, messages }: { state: CalculatorState; messages: Record<string, string> }): JSX.Element {
  const v = state.values;
  const field = (key: string) => ({ value: v[key]!, onInput: (text: string) => state.set(key, text), error: messages[key] ?? state.urlErrors[key] });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key]!, options: opts(choices), onChange: (u: string) => state.set(key, u) });
  return (
    <>
      <NumberField id="eis-L" label="Pellet thickness L" {...field('L')} unit={unit('Lu', LENGTH_UNITS)} />
      <SelectField id="eis-geom" label="Electrode area given as" value={v.geom!} onChange={(g) => state.set('geom', g)}
        options={[{ value: 'diameter', label: 'diameter of a round electrode' }, { value: 'area', label: 'area' }]} />
      {v.geom === 'diameter'
        ? <NumberField id="eis-d" label="Electrode diameter d" {...field('d')} unit={unit('du', LENGTH_UNITS)} />
        : <NumberField id="eis-A" label="Electrode area A" {...field('A')} unit={unit('Au', AREA_UNITS)} />}
    </>
  );
}
