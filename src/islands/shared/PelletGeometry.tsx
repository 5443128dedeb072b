// Pellet geometry shared by the conductivity calculator and the impedance workbench: thickness and
// electrode diameter or area, each with its unit menu, in the link, read into cm and cm² with messages
// beside the fields.
import type { JSX } from 'preact';
import { areaFromDiameter } from '~/lib/conductivity';
import { AREA_UNITS, LENGTH_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { readField } from './readField';
import type { CalculatorState } from './useCalculatorState';

/** The geometry's keys in a calculator's link (a 1 mm pellet with 10 mm electrodes by default). */
export const PELLET_GEOMETRY_SPEC: UrlSpec = {
  L: { kind: 'number', label: 'Pellet thickness', default: '1.0' },
  Lu: { kind: 'enum', label: 'Pellet thickness unit', options: unitValues(LENGTH_UNITS), default: 'mm' },
  geom: { kind: 'enum', label: 'Electrode area given as', options: ['diameter', 'area'], default: 'diameter' },
  d: { kind: 'number', label: 'Electrode diameter', default: '10' },
  du: { kind: 'enum', label: 'Electrode diameter unit', options: unitValues(LENGTH_UNITS), default: 'mm' },
  A: { kind: 'number', label: 'Electrode area', default: '0.785' },
  Au: { kind: 'enum', label: 'Electrode area unit', options: unitValues(AREA_UNITS), default: 'cm2' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));

/** Thickness (cm) and area (cm²) from the fields, or null; `messages` by field key. */
export function readGeometry(v: Record<string, string>): { thicknessCm: number | null; areaCm2: number | null; messages: Record<string, string> } {
  const messages: Record<string, string> = {};
  const l = readField(v.L!, { min: 1e-8, max: 100, rangeText: 'from 0.1 nm to 1 m' }, LENGTH_UNITS, v.Lu);
  if (!l.ok) messages.L = l.message;
  let areaCm2: number | null = null;
  if (v.geom === 'diameter') {
    const d = readField(v.d!, { min: 1e-5, max: 1000, rangeText: 'from 0.1 µm to 10 m' }, LENGTH_UNITS, v.du);
    if (d.ok) areaCm2 = areaFromDiameter({ diameterCm: d.value }).areaCm2;
    else messages.d = d.message;
  } else {
    const a = readField(v.A!, { min: 1e-10, max: 1e6, rangeText: 'from 0.01 µm² to 100 m²' }, AREA_UNITS, v.Au);
    if (a.ok) areaCm2 = a.value;
    else messages.A = a.message;
  }
  return { thicknessCm: l.ok ? l.value : null, areaCm2, messages };
}

/** The thickness, area-kind menu and diameter or area fields; ids start with `idPrefix` (e.g. "cond-L"). */
export function GeometryFields({ state, messages, idPrefix, thicknessLabel }: { state: CalculatorState; messages: Record<string, string>; idPrefix: string; thicknessLabel: string }): JSX.Element {
  const v = state.values;
  const field = (key: string) => ({ value: v[key]!, onInput: (text: string) => state.set(key, text), error: messages[key] ?? state.urlErrors[key] });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key]!, options: opts(choices), onChange: (u: string) => state.set(key, u) });
  return (
    <>
      <NumberField id={`${idPrefix}-L`} label={thicknessLabel} {...field('L')} unit={unit('Lu', LENGTH_UNITS)} />
      <SelectField id={`${idPrefix}-geom`} label="Electrode area given as" value={v.geom!} onChange={(g) => state.set('geom', g)}
        options={[{ value: 'diameter', label: 'diameter of a round electrode' }, { value: 'area', label: 'area' }]} />
      {v.geom === 'diameter'
        ? <NumberField id={`${idPrefix}-d`} label="Electrode diameter d" {...field('d')} unit={unit('du', LENGTH_UNITS)} />
        : <NumberField id={`${idPrefix}-A`} label="Electrode area A" {...field('A')} unit={unit('Au', AREA_UNITS)} />}
    </>
  );
}
