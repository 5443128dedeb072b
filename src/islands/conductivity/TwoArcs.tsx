// The conductivity calculator's two-arc section: bulk and grain-boundary arcs typed from a fit, giving bulk,
// apparent and specific (brick-layer) grain-boundary and total σ, with each arc's effective capacitance and
// the working. Physics in src/lib/conductivity-arcs.ts.
import type { JSX } from 'preact';
import { THIN_BOUNDARY_RATIO_BELOW, twoArcPellet, type ArcResult, type TwoArcResult } from '~/lib/conductivity-arcs';
import type { ArcAssignment } from '~/lib/eis/material';
import { formatSig } from '~/lib/format';
import { RESISTANCE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from '../fields/NumberField';
import { attempt, type Attempt } from '../shared/attempt';
import { readField, type FieldReading } from '../shared/readField';
import { ResultsTable, type ResultRow } from '../shared/ResultsTable';
import type { CalculatorState } from '../shared/useCalculatorState';

/** Link keys: R, C (or CPE Q) and α of each arc, and the optional grain size. */
export const TWO_ARC_SPEC: UrlSpec = {
  Rb: { kind: 'number', label: 'Bulk resistance', default: '200' },
  Rbu: { kind: 'enum', label: 'Bulk resistance unit', options: unitValues(RESISTANCE_UNITS), default: 'ohm' },
  Cb: { kind: 'number', label: 'Bulk capacitance or CPE Q', default: '1.5e-11' },
  ab: { kind: 'number', label: 'Bulk CPE exponent', default: '1' },
  Rg: { kind: 'number', label: 'Grain-boundary resistance', default: '800' },
  Rgu: { kind: 'enum', label: 'Grain-boundary resistance unit', options: unitValues(RESISTANCE_UNITS), default: 'ohm' },
  Cg: { kind: 'number', label: 'Grain-boundary capacitance or CPE Q', default: '5e-9' },
  ag: { kind: 'number', label: 'Grain-boundary CPE exponent', default: '0.9' },
  gs: { kind: 'number', label: 'Mean grain size', default: '' },
};

const RESISTANCE = { min: 1e-9, max: 1e18, minExclusive: true, rangeText: 'above 0 Ω (at most 10¹⁸ Ω)' };
const CAPACITOR = { min: 1e-18, max: 1e3, rangeText: 'from 10⁻¹⁸ to 1000' };
const ALPHA = { min: 0.5, max: 1, rangeText: 'from 0.5 to 1 (1 for an ideal capacitor)' };
const GRAIN = { min: 1e-4, max: 1e5, rangeText: 'from 0.1 nm to 10 cm, in µm' };
const PLACE: Record<ArcAssignment, string> = {
  bulk: 'grain interiors',
  grainBoundary: 'grain boundaries',
  electrode: 'an electrode interface',
  unassigned: 'a surface layer or a poorly sintered boundary',
};

export interface TwoArcReading {
  fields: Record<string, FieldReading>;
  grainSizeUm: FieldReading | null;
  result: Attempt<TwoArcResult> | null;
  rows: ResultRow[];
}

/** Read the section's fields and compute, given the pellet geometry (cm, cm²) or null where it is invalid. */
export function readTwoArcs(v: Record<string, string>, thicknessCm: number | null, areaCm2: number | null): TwoArcReading {
  const fields = {
    Rb: readField(v.Rb!, RESISTANCE, RESISTANCE_UNITS, v.Rbu), Cb: readField(v.Cb!, CAPACITOR), ab: readField(v.ab!, ALPHA),
    Rg: readField(v.Rg!, RESISTANCE, RESISTANCE_UNITS, v.Rgu), Cg: readField(v.Cg!, CAPACITOR), ag: readField(v.ag!, ALPHA),
  };
  const grainSizeUm = v.gs!.trim() === '' ? null : readField(v.gs!, GRAIN);
  const value = (k: keyof typeof fields) => (fields[k].ok ? fields[k].value : NaN);
  const ready = Object.values(fields).every((f) => f.ok) && (grainSizeUm === null || grainSizeUm.ok) && thicknessCm !== null && areaCm2 !== null;
  const result = ready
    ? attempt(() => twoArcPellet({
      bulk: { resistanceOhm: value('Rb'), capacitorValue: value('Cb'), cpeAlpha: value('ab') },
      grainBoundary: { resistanceOhm: value('Rg'), capacitorValue: value('Cg'), cpeAlpha: value('ag') },
      thicknessCm: thicknessCm!, areaCm2: areaCm2!, grainSizeUm: grainSizeUm?.ok ? grainSizeUm.value : undefined,
    }))
    : null;
  const rows: ResultRow[] = [];
  if (result?.ok) {
    const r = result.value;
    rows.push(
      { label: 'Bulk conductivity', value: r.bulkSigmaSPerCm, unit: 'S/cm' },
      { label: 'Apparent grain-boundary conductivity', value: r.grainBoundaryApparentSigmaSPerCm, unit: 'S/cm' },
      { label: 'Total conductivity', value: r.totalSigmaSPerCm, unit: 'S/cm' },
      { label: 'Grain-boundary share of the resistance', value: r.grainBoundaryResistanceFraction * 100, unit: '%' },
      { label: 'Specific grain-boundary conductivity (brick layer)', value: r.grainBoundarySpecificSigmaSPerCm, unit: 'S/cm' },
      { label: 'Bulk capacitance', value: r.bulk.capacitanceF, unit: 'F' },
      { label: 'Grain-boundary capacitance', value: r.grainBoundary.capacitanceF, unit: 'F' },
      { label: 'Bulk relative permittivity', value: r.bulkRelativePermittivity, unit: '' },
    );
    if (r.grainBoundaryThicknessNm !== null) rows.push({ label: 'Electrical grain-boundary thickness', value: r.grainBoundaryThicknessNm, unit: 'nm' });
  }
  return { fields, grainSizeUm, result, rows };
}

/** The message for a field: the reading's, a refusal from the physics naming it, or the link's. */
const messageFor = (reading: TwoArcReading, key: string, physicsField: string, urlErrors: Record<string, string>): string | undefined => {
  const f = key === 'gs' ? reading.grainSizeUm : reading.fields[key];
  if (f && !f.ok) return f.message;
  if (reading.result && !reading.result.ok && reading.result.field === physicsField) return reading.result.message;
  return urlErrors[key];
};

const PHYSICS_FIELD: Record<string, string> = {
  Rb: 'bulk.resistanceOhm', Cb: 'bulk.capacitorValue', ab: 'bulk.cpeAlpha',
  Rg: 'grainBoundary.resistanceOhm', Cg: 'grainBoundary.capacitorValue', ag: 'grainBoundary.cpeAlpha', gs: 'grainSizeUm',
};

/** The fields and results of the two-arc section. */
export function TwoArcs({ state, reading }: { state: CalculatorState; reading: TwoArcReading }): JSX.Element {
  const v = state.values;
  const field = (key: string) => ({ value: v[key]!, onInput: (text: string) => state.set(key, text), error: messageFor(reading, key, PHYSICS_FIELD[key]!, state.urlErrors) });
  const unit = (key: string) => ({ value: v[key]!, options: RESISTANCE_UNITS.map(({ value, label }) => ({ value, label })), onChange: (u: string) => state.set(key, u) });
  const capacitorHint = 'An ideal capacitor C in F; with α below 1, the CPE’s Q in S sᵅ as the fit reports it.';
  const { result } = reading;
  const unexplained = result && !result.ok && !Object.values(PHYSICS_FIELD).includes(result.field ?? '');
  return (
    <>
      <fieldset>
        <legend>Bulk arc (high frequency)</legend>
        <NumberField id="cond-Rb" label="Bulk resistance" {...field('Rb')} unit={unit('Rbu')} />
        <NumberField id="cond-Cb" label="Bulk capacitance C or CPE Q" {...field('Cb')} unitText="F" hint={capacitorHint} />
        <NumberField id="cond-ab" label="Bulk CPE exponent α" {...field('ab')} />
      </fieldset>
      <fieldset>
        <legend>Grain-boundary arc (middle frequency)</legend>
        <NumberField id="cond-Rg" label="Grain-boundary resistance" {...field('Rg')} unit={unit('Rgu')} />
        <NumberField id="cond-Cg" label="Grain-boundary capacitance C or CPE Q" {...field('Cg')} unitText="F" hint={capacitorHint} />
        <NumberField id="cond-ag" label="Grain-boundary CPE exponent α" {...field('ag')} />
        <NumberField id="cond-gs" label="Mean grain size (optional)" {...field('gs')} unitText="µm" hint="From micrographs; gives the electrical thickness of the boundaries." />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Bulk and grain boundaries</p>
        <ResultsTable rows={reading.rows} emptyText="Correct the marked fields (and the pellet geometry above) to see these results." />
        {unexplained && <p class="calc-field__error" role="alert">{result.message}</p>}
        {result?.ok && <TwoArcWorking r={result.value} grainSizeUm={reading.grainSizeUm?.ok ? reading.grainSizeUm.value : null} />}
      </div>
    </>
  );
}

const pF = (c: number) => `${formatSig(c * 1e12, 3)} pF`;

/** Where an arc's C·L/A places it, and a warning when that is not where the section puts it. */
function ArcCheck({ name, arc, expected }: { name: string; arc: ArcResult; expected: ArcAssignment }): JSX.Element {
  const text = `${name}: C·L/A = ${pF(arc.normalisedCapacitanceF)}, typical of ${PLACE[arc.capacitanceSuggests]}`;
  return arc.capacitanceSuggests === expected
    ? <li>{text}.</li>
    : <li class="calc-field__error">{text}, not of {PLACE[expected]}: check which arc is which before trusting these numbers.</li>;
}

function TwoArcWorking({ r, grainSizeUm }: { r: TwoArcResult; grainSizeUm: number | null }): JSX.Element {
  return (
    <div class="calc-working">
      <p>
        Working: σ<sub>b</sub> = L/(A R<sub>b</sub>), σ<sub>gb,app</sub> = L/(A R<sub>gb</sub>) and σ<sub>total</sub> = L/(A (R<sub>b</sub> + R<sub>gb</sub>)) = {formatSig(r.totalSigmaSPerCm)} S/cm.
        A CPE arc's capacitance is C = (Q R<sup>1−α</sup>)<sup>1/α</sup>. In the brick-layer model C<sub>b</sub>/C<sub>gb</sub> = δ/d = {formatSig(r.capacitanceRatio, 3)},
        so σ<sub>gb,sp</sub> = (L/A)(C<sub>b</sub>/C<sub>gb</sub>)/R<sub>gb</sub> = {formatSig(r.grainBoundarySpecificSigmaSPerCm)} S/cm
        {grainSizeUm !== null && r.grainBoundaryThicknessNm !== null ? <>, and δ = {formatSig(grainSizeUm, 3)} µm × {formatSig(r.capacitanceRatio, 3)} = {formatSig(r.grainBoundaryThicknessNm, 3)} nm</> : ''}.
      </p>
      <ul>
        <ArcCheck name="Bulk arc" arc={r.bulk} expected="bulk" />
        <ArcCheck name="Grain-boundary arc" arc={r.grainBoundary} expected="grainBoundary" />
      </ul>
      {r.thickBoundaries && (
        <p class="calc-field__error">C<sub>b</sub>/C<sub>gb</sub> is {formatSig(r.capacitanceRatio, 2)}, not well below {THIN_BOUNDARY_RATIO_BELOW}: the boundaries are not thin beside the grains, so the specific grain-boundary conductivity is doubtful.</p>
      )}
    </div>
  );
}
