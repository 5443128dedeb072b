// Space-charge calculator: Debye length in both conventions, Mott–Schottky depletion width, and the
// Gouy–Chapman potential and Boltzmann concentration profiles. Physics in src/lib/space-charge.ts.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { AVOGADRO_PER_MOL, BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from '~/lib/constants';
import { formatSig } from '~/lib/format';
import { debyeLength, gouyChapmanProfile, mottSchottkyWidth } from '~/lib/space-charge';
import { TEMPERATURE_UNITS, unitValues, type UnitChoice } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { readField, type FieldReading } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { LinePlot, type Series } from './shared/LinePlot';
import { attempt } from './shared/attempt';

/** Concentrations, canonical cm⁻³ (what the library takes). */
const CONCENTRATION_UNITS: UnitChoice[] = [
  { value: 'cm3', label: 'cm⁻³', toCanonical: (x) => x },
  { value: 'm3', label: 'm⁻³', toCanonical: (x) => x * 1e-6 },
  { value: 'molL', label: 'mol/L', toCanonical: (x) => (x * AVOGADRO_PER_MOL) / 1000 },
];

export const SPACE_CHARGE_SPEC: UrlSpec = {
  er: { kind: 'number', default: '30' },
  c: { kind: 'number', default: '1e19' },
  cu: { kind: 'enum', options: unitValues(CONCENTRATION_UNITS), default: 'cm3' },
  T: { kind: 'number', default: '25' },
  Tu: { kind: 'enum', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  z: { kind: 'number', default: '1' },
  conv: { kind: 'enum', options: ['one', 'two'], default: 'one' },
  dphi: { kind: 'number', default: '0.5' },
  kt: { kind: 'enum', options: ['off', 'on'], default: 'off' },
  phi0: { kind: 'number', default: '0.1' },
  cy: { kind: 'enum', options: ['log', 'lin'], default: 'log' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
const PROFILE_POINTS = 121;
/** On the linear concentration axis, points above this multiple of the bulk value are left out (the log axis shows them). */
const LINEAR_CAP = 3;

/** A round upper end for the distance axis (1, 2, 2.5 or 5 × 10ⁿ nm) at or above `x`. */
function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return ([1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= x * (1 - 1e-12)) ?? 10 * p);
}

interface Row { label: string; value: number; unit: string; chosen?: boolean }

export default function SpaceChargeCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(SPACE_CHARGE_SPEC, initial, syncUrl);
  const v = state.values;
  const potentialPlot = useRef<SVGSVGElement>(null);
  const concentrationPlot = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key], options: opts(choices), onChange: (u: string) => state.set(key, u) });
  const err = (r: FieldReading, key: string, extra?: string) => (r.ok ? extra ?? state.urlErrors[key] : r.message);

  const er = readField(v.er, { min: 1, max: 1e5, rangeText: 'from 1 (vacuum) to 10⁵' });
  const c = readField(v.c, { min: 1, max: 1e25, rangeText: 'from 1 to 10²⁵ cm⁻³ (10⁶ to 10³¹ m⁻³, at most 16.6 mol/L)' }, CONCENTRATION_UNITS, v.cu);
  const t = readField(v.T, { min: 1, max: 1e4, rangeText: 'from 1 K to 10 000 K (−272.15 °C to 9726.85 °C)' }, TEMPERATURE_UNITS, v.Tu);
  const zRead = readField(v.z, { min: 1, max: 6, rangeText: 'a whole number from 1 to 6' });
  const z: FieldReading = zRead.ok && !Number.isInteger(zRead.value) ? { ok: false, message: 'Enter a whole number from 1 to 6 (the size of the charge, e.g. 1 for Li⁺).' } : zRead;
  const dRead = readField(v.dphi, { min: -10, max: 10, rangeText: 'between −10 V and 10 V (not 0)' });
  const dphi: FieldReading = dRead.ok && dRead.value === 0 ? { ok: false, message: 'Enter a non-zero potential step: with ΔΦ = 0 there is no depletion layer.' } : dRead;
  const phi0 = readField(v.phi0, { min: -10, max: 10, rangeText: 'between −10 V and 10 V' });

  const material = er.ok && c.ok && t.ok && z.ok
    ? { relativePermittivity: er.value, concentrationPerCm3: c.value, temperatureK: t.value, chargeNumber: z.value }
    : null;
  const debye = material ? attempt(() => ({
    one: debyeLength({ ...material, convention: 'one-species' }),
    two: debyeLength({ ...material, convention: 'two-species' }),
  })) : null;
  const ms = material && dphi.ok ? attempt(() => mottSchottkyWidth({ ...material, potentialStepV: dphi.value, kTCorrection: v.kt === 'on' })) : null;
  const logAxis = v.cy !== 'lin';
  const xMax = debye?.ok
    ? niceCeil(Math.max(6 * debye.value.two.debyeLengthNm, !logAxis && ms?.ok ? 1.25 * ms.value.widthNm : 0))
    : 1;
  const distances = Array.from({ length: PROFILE_POINTS }, (_, k) => (xMax * k) / (PROFILE_POINTS - 1));
  const gc = material && phi0.ok && debye?.ok
    ? attempt(() => gouyChapmanProfile({ ...material, surfacePotentialV: phi0.value, distancesNm: distances }))
    : null;

  const rows: Row[] = [];
  if (debye?.ok) {
    rows.push(
      { label: 'Debye length λ, one mobile species', value: debye.value.one.debyeLengthNm, unit: 'nm', chosen: v.conv === 'one' },
      { label: 'Debye length λ, two mobile species (λ₁/√2)', value: debye.value.two.debyeLengthNm, unit: 'nm', chosen: v.conv === 'two' },
    );
  }
  if (ms?.ok) {
    rows.push({ label: 'Mott–Schottky width w', value: ms.value.widthNm, unit: 'nm' });
    if (debye?.ok) {
      const lambda = v.conv === 'two' ? debye.value.two.debyeLengthNm : debye.value.one.debyeLengthNm;
      rows.push({ label: `Ratio w / λ (${v.conv === 'two' ? 'two' : 'one'}-species λ)`, value: ms.value.widthNm / lambda, unit: '' });
    }
  }
  const thermalV = material ? (BOLTZMANN_J_PER_K * material.temperatureK) / (material.chargeNumber * ELEMENTARY_CHARGE_C) : null;
  if (thermalV !== null && debye?.ok) rows.push({ label: 'Thermal voltage k_B T / (z e)', value: thermalV * 1000, unit: 'mV' });
  if (gc?.ok && phi0.ok) {
    const p0 = gc.value.points[0]!;
    rows.push(
      { label: 'Cation at the interface, c₊(0)/c∞', value: p0.cationConcentrationPerCm3 / material!.concentrationPerCm3, unit: '' },
      { label: 'Anion at the interface, c₋(0)/c∞', value: p0.anionConcentrationPerCm3 / material!.concentrationPerCm3, unit: '' },
    );
  }

  const warnings = [
    ...(debye?.ok ? [...debye.value.one.warnings.map((w) => `One-species: ${w}`), ...debye.value.two.warnings.map((w) => `Two-species: ${w}`)] : []),
    ...(ms?.ok ? ms.value.warnings.map((w) => `Mott–Schottky: ${w}`) : []),
    ...(gc?.ok ? gc.value.warnings.filter((w) => !w.startsWith('λ =')).map((w) => `Gouy–Chapman: ${w}`) : []),
  ];

  // Field-level messages from the library (e.g. a φ₀ so large that the Boltzmann factors overflow).
  const msFieldError = ms && !ms.ok && ms.field === 'potentialStepV' ? ms.message : undefined;
  const gcFieldError = gc && !gc.ok && gc.field === 'surfacePotentialV' ? gc.message : undefined;
  const otherErrors = [debye, ms, gc].filter((a) => a && !a.ok && a.field !== 'potentialStepV' && a.field !== 'surfacePotentialV')
    .map((a) => (a && !a.ok ? a.message : ''));

  const bulk = material?.concentrationPerCm3 ?? 1;
  const ratioPoints = (pick: 'cationConcentrationPerCm3' | 'anionConcentrationPerCm3'): [number, number][] =>
    gc?.ok ? gc.value.points.map((p) => [p.distanceNm, logAxis ? Math.log10(p[pick] / bulk) : p[pick] / bulk] as [number, number])
      .filter(([, y]) => Number.isFinite(y) && (logAxis || y <= LINEAR_CAP)) : [];
  const peakRatio = gc?.ok ? Math.max(gc.value.points[0]!.cationConcentrationPerCm3, gc.value.points[0]!.anionConcentrationPerCm3) / bulk : 0;
  const potentialSeries: Series[] = gc?.ok ? [
    { label: 'Exact Gouy–Chapman', kind: 'line', tone: 1, points: gc.value.points.map((p) => [p.distanceNm, p.potentialV]) },
    { label: 'Linearised φ₀ exp(−x/λ)', kind: 'line', tone: 2, dashed: true, points: gc.value.points.map((p) => [p.distanceNm, p.potentialLinearV]) },
  ] : [];
  const concentrationSeries: Series[] = gc?.ok ? [
    { label: 'Cation (e.g. Li⁺), c₊/c∞', kind: 'line', tone: 1, points: ratioPoints('cationConcentrationPerCm3') },
    { label: 'Anion (negative defect), c₋/c∞', kind: 'line', tone: 2, points: ratioPoints('anionConcentrationPerCm3') },
  ] : [];
  if (gc?.ok && !logAxis && ms?.ok && ms.value.widthNm <= xMax) {
    const w = ms.value.widthNm;
    concentrationSeries.push({ label: `Mott–Schottky step (ΔΦ = ${formatSig(Math.abs(dphi.ok ? dphi.value : 0))} V)`, kind: 'line', tone: 3, dashed: true, points: [[0, 0], [w, 0], [w, 1], [xMax, 1]] });
  }

  const resultCsv = (): string => csvText(['quantity', 'value', 'unit'], rows.map((r) => [r.label + (r.chosen ? ' (chosen convention)' : ''), Number(r.value.toPrecision(8)), r.unit]));
  const profileCsv = (): string => csvText(
    ['distance_nm', 'potential_exact_V', 'potential_linearised_V', 'cation_per_cm3', 'anion_per_cm3', 'cation_over_bulk', 'anion_over_bulk'],
    gc?.ok ? gc.value.points.map((p) => [p.distanceNm, p.potentialV, p.potentialLinearV, p.cationConcentrationPerCm3, p.anionConcentrationPerCm3, p.cationConcentrationPerCm3 / bulk, p.anionConcentrationPerCm3 / bulk].map((x) => Number(x.toPrecision(8)))) : [],
  );
  const svgText = (el: SVGSVGElement | null): string => (el ? new XMLSerializer().serializeToString(el) : '');

  const cM3 = material ? material.concentrationPerCm3 * 1e6 : 0;
  const kT = material ? BOLTZMANN_J_PER_K * material.temperatureK : 0;
  const lambdaShown = debye?.ok ? (v.conv === 'two' ? debye.value.two.debyeLengthNm : debye.value.one.debyeLengthNm) : 0;

  return (
    <CalculatorFrame title="Space-charge layer" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('space-charge.csv', 'text/csv', resultCsv()) },
        { label: 'Download profile (CSV)', disabled: !gc?.ok, onClick: () => downloadText('space-charge-profile.csv', 'text/csv', profileCsv()) },
        { label: 'Download potential plot (SVG)', disabled: !gc?.ok, onClick: () => downloadText('space-charge-potential.svg', 'image/svg+xml', svgText(potentialPlot.current)) },
        { label: 'Download concentration plot (SVG)', disabled: !gc?.ok, onClick: () => downloadText('space-charge-concentration.svg', 'image/svg+xml', svgText(concentrationPlot.current)) },
      ]}>
      <fieldset>
        <legend>Material</legend>
        <NumberField id="sc-er" label="Relative permittivity εr" {...field('er')} error={err(er, 'er')} />
        <NumberField id="sc-c" label="Concentration of mobile charged defects c∞ (each species)" {...field('c')} error={err(c, 'c')} unit={unit('cu', CONCENTRATION_UNITS)}
          hint="The defects that move, not the total Li content." />
        <NumberField id="sc-T" label="Temperature T" {...field('T')} error={err(t, 'T')} unit={unit('Tu', TEMPERATURE_UNITS)} />
        <NumberField id="sc-z" label="Charge number |z|" {...field('z')} error={err(z, 'z')} hint="1 for Li⁺ or a Li vacancy." />
        <SelectField id="sc-conv" label="Debye-length convention" value={v.conv}
          options={[{ value: 'one', label: 'one mobile species' }, { value: 'two', label: 'two mobile species' }]}
          onChange={(x) => state.set('conv', x)} hint="One: carriers against a fixed background. Two: a mobile pair of opposite sign. Both are shown; your choice is highlighted." />
      </fieldset>
      <fieldset>
        <legend>Mott–Schottky: w = √(2 εr ε₀ ΔΦ / (z e c∞))</legend>
        <NumberField id="sc-dphi" label="Potential step ΔΦ across the layer" {...field('dphi')} error={err(dphi, 'dphi', msFieldError)} unitText="V" hint="Only its size is used." />
        <SelectField id="sc-kt" label="Thermal correction ΔΦ − k_B T/(z e)" value={v.kt}
          options={[{ value: 'off', label: 'off' }, { value: 'on', label: 'on' }]} onChange={(x) => state.set('kt', x)} />
      </fieldset>
      <fieldset>
        <legend>Gouy–Chapman: both carriers mobile</legend>
        <NumberField id="sc-phi0" label="Interface potential φ₀ (relative to the bulk)" {...field('phi0')} error={err(phi0, 'phi0', gcFieldError)} unitText="V"
          hint="Positive φ₀ depletes the cations (Li⁺)." />
        <SelectField id="sc-cy" label="Concentration plot axis" value={v.cy}
          options={[{ value: 'log', label: 'log₁₀(c/c∞)' }, { value: 'lin', label: 'c/c∞ (linear)' }]} onChange={(x) => state.set('cy', x)} hint="The linear axis also shows the Mott–Schottky step." />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {rows.length === 0
          ? <p>Correct the marked fields to see results.</p>
          : (
            <table class="calc-results-table">
              <tbody>
                {rows.map((r) => (
                  <tr><th scope="row">{r.chosen ? <strong>{r.label} (your choice)</strong> : r.label}</th><td>{r.chosen ? <mark>{formatSig(r.value)}</mark> : formatSig(r.value)}</td><td>{r.unit}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        {otherErrors.map((m) => <p class="calc-field__error" role="alert">{m}</p>)}
        {warnings.length > 0 && (
          <ul class="calc-warnings">{warnings.map((w) => <li><strong>Caution.</strong> {w}</li>)}</ul>
        )}
        {debye?.ok && material && (
          <p class="calc-working">Working: c∞ = {formatSig(cM3, 4)} m⁻³, k_B T = {formatSig(kT, 4)} J; λ₁ = √(εr ε₀ k_B T / (z² e² c∞)) = √({formatSig(material.relativePermittivity, 4)} × 8.854 × 10⁻¹² F/m × {formatSig(kT, 4)} J / ({material.chargeNumber}² × (1.602 × 10⁻¹⁹ C)² × {formatSig(cM3, 4)} m⁻³)) = {formatSig(debye.value.one.debyeLengthNm)} nm; λ₂ = λ₁/√2 = {formatSig(debye.value.two.debyeLengthNm)} nm.</p>
        )}
        {ms?.ok && material && (
          <p class="calc-working">Working: w = √(2 εr ε₀ ΔΦ / (z e c∞)) = √(2 × {formatSig(material.relativePermittivity, 4)} × 8.854 × 10⁻¹² F/m × {formatSig(ms.value.effectivePotentialV, 4)} V / ({material.chargeNumber} × 1.602 × 10⁻¹⁹ C × {formatSig(cM3, 4)} m⁻³)) = {formatSig(ms.value.widthNm)} nm{ms.value.kTCorrectionApplied ? ` (ΔΦ reduced by k_B T/(z e) = ${formatSig(thermalV! * 1000)} mV)` : ''}, {formatSig(ms.value.widthNm / lambdaShown)} times the chosen Debye length.</p>
        )}
        {gc?.ok && phi0.ok && thermalV !== null && (
          <p class="calc-working">Working: z e φ₀ / k_B T = {formatSig(phi0.value, 4)} V / {formatSig(thermalV, 4)} V = {formatSig(phi0.value / thermalV)}; tanh(z e φ / 4 k_B T) = tanh(z e φ₀ / 4 k_B T)·exp(−x/λ₂) with λ₂ = {formatSig(gc.value.debyeLengthNm)} nm.{Math.abs(phi0.value / thermalV) > 1 ? ' The linearised curve needs |z e φ₀| ≪ k_B T, which does not hold here: compare the two curves.' : ''}</p>
        )}
      </div>
      {gc?.ok && (
        <div class="calc-plots">
          <LinePlot svgRef={potentialPlot} title="Potential profile φ(x)" xLabel="Distance from the interface x (nm)" yLabel="Potential φ (V)" series={potentialSeries}
            description={`Exact and linearised potential from ${formatSig(phi0.ok ? phi0.value : 0)} V at the interface to 0 in the bulk, over 0 to ${formatSig(xMax)} nm; two-species Debye length ${formatSig(gc.value.debyeLengthNm)} nm.`} />
          <LinePlot svgRef={concentrationPlot} title="Carrier concentrations (Boltzmann)" xLabel="Distance from the interface x (nm)" yLabel={logAxis ? 'log₁₀(c/c∞)' : 'c/c∞'} series={concentrationSeries}
            description={`Cation and anion concentration relative to the bulk, from ${formatSig(gc.value.points[0]!.cationConcentrationPerCm3 / bulk)} and ${formatSig(gc.value.points[0]!.anionConcentrationPerCm3 / bulk)} at the interface to 1 in the bulk.`} />
          {!logAxis && peakRatio > LINEAR_CAP && (
            <p class="calc-working">The enriched carrier reaches {formatSig(peakRatio)} times its bulk value at the interface; on this linear axis the curve is shown only below {LINEAR_CAP} times the bulk value. Choose the log₁₀ axis to see all of it.</p>
          )}
        </div>
      )}
    </CalculatorFrame>
  );
}
