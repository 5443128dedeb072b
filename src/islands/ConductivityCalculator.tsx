// Conductivity calculator: σ of a pellet from R and geometry, its ASR, that σ corrected for the pellet's porosity,
// and the resistance and voltage drop of a thin layer (t/σ) at a current density; in two sections that open on
// demand, bulk and grain-boundary σ from two arcs, and carriers, diffusion and mobility. Physics in src/lib.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { ARCHIE_EXPONENT_RANGE, DEFAULT_ARCHIE_EXPONENT, denseConductivityFromPorous } from '~/lib/conductivity-porosity';
import { DenseConductivity, MODEL_NAME } from './conductivity/DenseConductivity';
import { areaSpecificResistance, conductivity, layerVoltageDrop } from '~/lib/conductivity';
import { formatSig } from '~/lib/format';
import { CONDUCTIVITY_UNITS, LENGTH_UNITS, RESISTANCE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from './fields/NumberField';
import { readField } from './shared/readField';
import { GeometryFields, PELLET_GEOMETRY_SPEC, readGeometry } from './shared/PelletGeometry';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { ResultsTable, resultRowsCsv, type ResultRow } from './shared/ResultsTable';
import { attempt } from './shared/attempt';
import { readTwoArcs, TWO_ARC_SPEC, TwoArcs } from './conductivity/TwoArcs';
import { Carriers, CARRIERS_SPEC, readCarriers } from './conductivity/Carriers';

export const CONDUCTIVITY_SPEC: UrlSpec = {
  R: { kind: 'number', label: 'Resistance', default: '250' },
  Ru: { kind: 'enum', label: 'Resistance unit', options: unitValues(RESISTANCE_UNITS), default: 'ohm' },
  ...PELLET_GEOMETRY_SPEC,
  t: { kind: 'number', label: 'Layer thickness', default: '70' },
  tu: { kind: 'enum', label: 'Layer thickness unit', options: unitValues(LENGTH_UNITS), default: 'nm' },
  s: { kind: 'number', label: 'Layer conductivity', default: '1e-7' },
  su: { kind: 'enum', label: 'Layer conductivity unit', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  j: { kind: 'number', label: 'Current density', default: '0.1' },
  rd: { kind: 'number', label: 'Relative density of the pellet', default: '100' },
  m: { kind: 'number', label: 'Archie exponent', default: String(DEFAULT_ARCHIE_EXPONENT) },
  ...TWO_ARC_SPEC,
  ...CARRIERS_SPEC,
};

/** True when a link or preset sets one of `spec`'s keys, so its section opens with the page. */
const setsAny = (spec: UrlSpec, values: Record<string, string>): boolean => Object.entries(spec).some(([k, f]) => values[k] !== f.default);

/** False until `condition` is first true, then true for good. */
function useLatch(condition: boolean): boolean {
  const latched = useRef(false);
  if (condition) latched.current = true;
  return latched.current;
}

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
const LENGTH = { min: 1e-8, max: 100, minExclusive: true, rangeText: 'above 0 and at most 1 m' };

export default function ConductivityCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(CONDUCTIVITY_SPEC, initial, syncUrl);
  const v = state.values;
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key], options: opts(choices), onChange: (u: string) => state.set(key, u) });

  const r = readField(v.R, { min: 1e-9, max: 1e18, minExclusive: true, rangeText: 'above 0 Ω (at most 10¹⁸ Ω)' }, RESISTANCE_UNITS, v.Ru);
  const geometry = readGeometry(v);
  const { thicknessCm, areaCm2 } = geometry;
  const t = readField(v.t, LENGTH, LENGTH_UNITS, v.tu);
  const s = readField(v.s, { min: 1e-40, max: 1e6, minExclusive: true, rangeText: 'above 0 (at most 10⁶ S/cm)' }, CONDUCTIVITY_UNITS, v.su);
  const j = readField(v.j, { min: 0, max: 1e5, rangeText: 'from 0 to 10⁵ mA/cm²' });

  const pellet = r.ok && thicknessCm !== null && areaCm2 !== null
    ? attempt(() => ({ ...conductivity({ resistanceOhm: r.value, thicknessCm, areaCm2 }), asr: areaSpecificResistance({ resistanceOhm: r.value, areaCm2 }).asrOhmCm2 }))
    : null;
  const rd = readField(v.rd, { min: 1, max: 100, rangeText: 'from 1 % to 100 % of the theoretical density' });
  const archie = readField(v.m, { min: ARCHIE_EXPONENT_RANGE.min, max: ARCHIE_EXPONENT_RANGE.max, rangeText: `from ${ARCHIE_EXPONENT_RANGE.min} to ${ARCHIE_EXPONENT_RANGE.max}` });
  const dense = pellet?.ok && rd.ok && archie.ok
    ? attempt(() => denseConductivityFromPorous({ sigmaApparentSPerCm: pellet.value.sigmaSPerCm, relativeDensity: rd.value / 100, archieExponent: archie.value }))
    : null;
  const layer = t.ok && s.ok && j.ok ? attempt(() => layerVoltageDrop({ thicknessUm: t.value * 1e4, sigmaSPerCm: s.value, currentDensityMaPerCm2: j.value })) : null;

  const arcs = readTwoArcs(v, thicknessCm, areaCm2);
  const carriers = readCarriers(v, pellet?.ok ? pellet.value.sigmaSPerCm : null);
  // An optional section opens once the link or a preset uses it (later the reader opens and closes it);
  // its results join the download while it is open.
  const arcsSection = useRef<HTMLDetailsElement>(null);
  const carriersSection = useRef<HTMLDetailsElement>(null);
  const arcsUsed = useLatch(setsAny(TWO_ARC_SPEC, v));
  const carriersUsed = useLatch(setsAny(CARRIERS_SPEC, v));
  const openRows = () => [...(arcsSection.current?.open ? arcs.rows : []), ...(carriersSection.current?.open ? carriers.rows : [])];

  const rows: ResultRow[] = [];
  if (pellet?.ok) {
    const p = pellet.value;
    rows.push({ label: 'Pellet conductivity σ', value: p.sigmaSPerCm, unit: 'S/cm' }, { label: 'Pellet conductivity σ', value: p.sigmaMSPerCm, unit: 'mS/cm' },
      { label: 'Pellet conductivity σ', value: p.sigmaSPerM, unit: 'S/m' }, { label: 'Resistivity ρ = 1/σ', value: p.resistivityOhmCm, unit: 'Ω cm' },
      { label: 'Pellet area-specific resistance R·A', value: p.asr, unit: 'Ω cm²' });
  }
  if (layer?.ok) {
    rows.push({ label: 'Layer area-specific resistance t/σ', value: layer.value.asrOhmCm2, unit: 'Ω cm²' }, { label: 'Voltage drop across the layer', value: layer.value.voltageDropV * 1000, unit: 'mV' });
  }

  // The porosity correction goes into the download too (the page shows it in a table of its own).
  const denseRows: ResultRow[] = dense?.ok && rd.ok && rd.value < 100
    ? dense.value.models.map((m) => ({ label: `Dense-material conductivity, ${MODEL_NAME[m.model]}`, value: m.sigmaDenseSPerCm, unit: 'S/cm' }))
    : [];

  return (
    <CalculatorFrame title="Conductivity and layer resistance" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[{ label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('conductivity.csv', 'text/csv', csvText(['quantity', 'value', 'unit'], resultRowsCsv([...rows, ...denseRows, ...openRows()]))) }]}>
      <fieldset>
        <legend>Pellet: σ = L / (R A)</legend>
        <NumberField id="cond-R" label="Resistance R (bulk, or total from the impedance fit)" {...field('R')} error={r.ok ? state.urlErrors.R : r.message} unit={unit('Ru', RESISTANCE_UNITS)} />
        <GeometryFields state={state} messages={geometry.messages} idPrefix="cond" thicknessLabel="Thickness L" />
      </fieldset>
      <fieldset>
        <legend>Porous pellet: σ of the dense material</legend>
        <NumberField id="cond-rd" label="Relative density of the pellet" {...field('rd')} error={rd.ok ? state.urlErrors.rd : rd.message} unitText="%"
          hint="Measured density over the theoretical (X-ray) density. At 100 % no correction is made." />
        <NumberField id="cond-m" label="Archie exponent m" {...field('m')} error={archie.ok ? state.urlErrors.m : archie.message}
          hint="Fitted to a series of pellets of one material; 2 is common for sintered ceramics, 1.5 reproduces Bruggeman." />
      </fieldset>
      <fieldset>
        <legend>Thin layer: ASR = t / σ, ΔV = j · ASR</legend>
        <NumberField id="cond-t" label="Layer thickness t" {...field('t')} error={t.ok ? state.urlErrors.t : t.message} unit={unit('tu', LENGTH_UNITS)} />
        <NumberField id="cond-s" label="Layer conductivity σ" {...field('s')} error={s.ok ? state.urlErrors.s : s.message} unit={unit('su', CONDUCTIVITY_UNITS)} />
        <NumberField id="cond-j" label="Current density j" {...field('j')} error={j.ok ? state.urlErrors.j : j.message} unitText="mA/cm²" />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        <ResultsTable rows={rows} emptyText="Correct the marked fields to see results." />
        {pellet && !pellet.ok && <p class="calc-field__error" role="alert">{pellet.message}</p>}
        {layer && !layer.ok && <p class="calc-field__error" role="alert">{layer.message}</p>}
        {pellet?.ok && areaCm2 !== null && r.ok && thicknessCm !== null && (
          <p class="calc-working">Working: A = {formatSig(areaCm2, 4)} cm²; σ = {formatSig(thicknessCm, 4)} cm / ({formatSig(r.value, 4)} Ω × {formatSig(areaCm2, 4)} cm²) = {formatSig(pellet.value.sigmaSPerCm)} S/cm.</p>
        )}
        {dense && !dense.ok && <p class="calc-field__error" role="alert">{dense.message}</p>}
        {dense?.ok && pellet?.ok && rd.ok && archie.ok && rd.value < 100 && (
          <DenseConductivity result={dense.value} sigmaSPerCm={pellet.value.sigmaSPerCm} relativeDensity={rd.value / 100} archieExponent={archie.value} />
        )}
        {layer?.ok && t.ok && s.ok && j.ok && (
          <p class="calc-working">Working: ASR = {formatSig(t.value, 4)} cm / {formatSig(s.value, 4)} S/cm = {formatSig(layer.value.asrOhmCm2)} Ω cm²; ΔV = {formatSig(j.value / 1000, 4)} A/cm² × ASR = {formatSig(layer.value.voltageDropV * 1000)} mV.</p>
        )}
      </div>
      <details class="calc-section" ref={arcsSection} open={arcsUsed}>
        <summary>Bulk and grain boundaries from two arcs (brick layer)</summary>
        <TwoArcs state={state} reading={arcs} />
      </details>
      <details class="calc-section" ref={carriersSection} open={carriersUsed}>
        <summary>Carriers, diffusion coefficients and mobility (Nernst–Einstein)</summary>
        <Carriers state={state} reading={carriers} />
      </details>
    </CalculatorFrame>
  );
}
