// Lithium-penetration calculator: Monroe–Newman shear-modulus ratio, the Ahmad–Viswanathan molar-volume
// regime, and the Porz crack criterion for a lithium-filled flaw. Physics in src/lib/penetration.ts.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatSig } from '~/lib/format';
import { LITHIUM_MOLAR_VOLUME_CM3_PER_MOL, MONROE_NEWMAN_RATIO } from '~/lib/mechanics';
import { crackCriterion, molarVolumeRatio, monroeNewman } from '~/lib/penetration';
import { unitValues, type UnitChoice } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { readField, type FieldReading } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { LinePlot, type Series } from './shared/LinePlot';
import { attempt } from './shared/attempt';

/** Flaw lengths, canonical µm. */
const FLAW_UNITS: UnitChoice[] = [
  { value: 'nm', label: 'nm', toCanonical: (x) => x / 1000 },
  { value: 'um', label: 'µm', toCanonical: (x) => x },
  { value: 'mm', label: 'mm', toCanonical: (x) => x * 1000 },
];

/** Crack geometries and their factor Y in K_I = Y P √(π c). */
const GEOMETRIES: Record<string, { label: string; y?: number }> = {
  edge: { label: 'shallow surface flaw, Y = 1.12', y: 1.12 },
  penny: { label: 'buried penny-shaped crack, Y = 2/π ≈ 0.637', y: 2 / Math.PI },
  custom: { label: 'my own Y (field below)' },
};

export const LITHIUM_PENETRATION_SPEC: UrlSpec = {
  g: { kind: 'number', label: 'Shear modulus of the electrolyte', default: '59.6' },
  gli: { kind: 'number', label: 'Shear modulus of lithium', default: '4.2' },
  vp: { kind: 'number', label: 'Partial molar volume of Li⁺ in the electrolyte', default: '1.3' },
  k: { kind: 'number', label: 'Fracture toughness', default: '1' },
  c: { kind: 'number', label: 'Flaw length', default: '10' },
  cu: { kind: 'enum', label: 'Flaw length unit', options: unitValues(FLAW_UNITS), default: 'um' },
  eta: { kind: 'number', label: 'Plating overpotential', default: '30' },
  geom: { kind: 'enum', label: 'Crack geometry', options: Object.keys(GEOMETRIES), default: 'edge' },
  y: { kind: 'number', label: 'Geometry factor', default: '1.12' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
/** Flaw lengths of the plot: log₁₀(c/µm) from −1 (100 nm) to 2 (100 µm). */
const PLOT_LOG_C = Array.from({ length: 61 }, (_, k) => -1 + (3 * k) / 60);

interface Row { label: string; value: string; unit: string }

export default function LithiumPenetrationCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(LITHIUM_PENETRATION_SPEC, initial, syncUrl);
  const v = state.values;
  const plot = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const err = (r: FieldReading, key: string) => (r.ok ? state.urlErrors[key] : r.message);

  const g = readField(v.g, { min: 0.001, max: 1000, rangeText: 'from 0.001 GPa to 1000 GPa' });
  const gli = readField(v.gli, { min: 0.1, max: 100, rangeText: 'from 0.1 GPa to 100 GPa (the literature uses about 3 to 5 GPa)' });
  const vp = readField(v.vp, { min: 0.001, max: 1000, rangeText: 'from 0.001 to 1000 cm³/mol' });
  const k = readField(v.k, { min: 0.001, max: 100, rangeText: 'from 0.001 to 100 MPa m¹ᐟ²' });
  const c = readField(v.c, { min: 1e-4, max: 1e5, rangeText: 'from 0.1 nm to 100 mm' }, FLAW_UNITS, v.cu);
  const etaRead = readField(v.eta, { min: -10000, max: 10000, rangeText: 'between −10 000 mV and 10 000 mV' });
  const customY = v.geom === 'custom';
  const yRead = readField(v.y, { min: 0.1, max: 10, rangeText: 'from 0.1 to 10' });
  const yValue = customY ? (yRead.ok ? yRead.value : null) : GEOMETRIES[v.geom]?.y ?? 1.12;

  const mn = g.ok && gli.ok ? attempt(() => monroeNewman({ electrolyteShearModulusGPa: g.value, lithiumShearModulusGPa: gli.value })) : null;
  const av = vp.ok ? attempt(() => molarVolumeRatio({ lithiumIonPartialMolarVolumeCm3PerMol: vp.value })) : null;
  const crack = k.ok && c.ok && etaRead.ok && yValue !== null
    ? attempt(() => crackCriterion({ fractureToughnessMPaSqrtM: k.value, flawSizeUm: c.value, overpotentialV: etaRead.value / 1000, geometryFactor: yValue }))
    : null;

  const rows: Row[] = [];
  if (mn?.ok) {
    rows.push(
      { label: 'Monroe–Newman ratio G(electrolyte) / G(lithium)', value: formatSig(mn.value.ratio), unit: '' },
      { label: `Monroe–Newman threshold, ${MONROE_NEWMAN_RATIO} × G(lithium)`, value: formatSig(mn.value.thresholdGPa), unit: 'GPa' },
    );
  }
  if (av?.ok) rows.push({ label: 'Molar-volume ratio ν = V(Li⁺) / V(Li)', value: formatSig(av.value.ratio), unit: '' });
  if (crack?.ok) {
    const r = crack.value;
    rows.push(
      { label: 'Critical pressure in the flaw Pc', value: formatSig(r.criticalPressureMPa), unit: 'MPa' },
      { label: 'Critical overpotential |ηc|', value: formatSig(r.criticalOverpotentialMV), unit: 'mV' },
      { label: 'Plating pressure at your η, P = F|η|/Vm', value: formatSig(r.platingPressureMPa!), unit: 'MPa' },
      { label: 'Stress intensity KI = Y P √(π c)', value: formatSig(r.stressIntensityMPaSqrtM!), unit: 'MPa m¹ᐟ²' },
      { label: 'KI / KIc', value: formatSig(r.toughnessFraction!), unit: '' },
    );
  }

  const verdicts: string[] = [];
  if (mn?.ok) {
    verdicts.push(mn.value.passes
      ? `Monroe–Newman: the electrolyte's shear modulus is ${formatSig(mn.value.ratio)} times that of lithium, above ${MONROE_NEWMAN_RATIO}: a flat, flaw-free interface would be stable.`
      : `Monroe–Newman: the electrolyte's shear modulus is ${formatSig(mn.value.ratio)} times that of lithium, below ${MONROE_NEWMAN_RATIO}: the criterion does not promise stability.`);
  }
  if (av?.ok) {
    verdicts.push(av.value.regime === 'pressure-driven'
      ? `Ahmad–Viswanathan: ν = ${formatSig(av.value.ratio)} > 1, the pressure-driven regime, where a stiff electrolyte is stabilising (the Monroe–Newman case).`
      : `Ahmad–Viswanathan: ν = ${formatSig(av.value.ratio)} < 1, the density-driven regime: here a stiff electrolyte destabilises the interface and only a soft one can be stable, so the Monroe–Newman verdict does not apply.`);
  }
  if (crack?.ok) {
    const f = crack.value.toughnessFraction!;
    verdicts.push(f >= 1
      ? `Porz crack criterion: at ${formatSig(Math.abs(etaRead.ok ? etaRead.value : 0))} mV the flaw can grow (KI is ${formatSig(f)} times KIc). Lithium can enter and extend it.`
      : `Porz crack criterion: at ${formatSig(Math.abs(etaRead.ok ? etaRead.value : 0))} mV the flaw does not grow (KI is ${formatSig(f)} of KIc); it would at ${formatSig(crack.value.criticalOverpotentialMV)} mV.`);
  }
  const lesson = mn?.ok && mn.value.passes && crack?.ok && crack.value.toughnessFraction! >= 1;

  const otherErrors = [mn, av, crack].filter((a) => a && !a.ok).map((a) => (a && !a.ok ? a.message : ''));

  const curve = k.ok && yValue !== null
    ? attempt(() => PLOT_LOG_C.map((lc) => [lc, crackCriterion({ fractureToughnessMPaSqrtM: k.value, flawSizeUm: 10 ** lc, geometryFactor: yValue }).criticalOverpotentialMV] as [number, number]))
    : null;
  const series: Series[] = curve?.ok ? [{ label: `|ηc| for KIc = ${formatSig(k.ok ? k.value : 0)} MPa m¹ᐟ²`, kind: 'line', tone: 1, points: curve.value }] : [];
  if (curve?.ok && crack?.ok && c.ok && c.value >= 0.1 && c.value <= 100) {
    series.push({ label: 'your flaw', kind: 'points', tone: 3, points: [[Math.log10(c.value), crack.value.criticalOverpotentialMV]] });
  }
  const etaAbs = etaRead.ok ? Math.abs(etaRead.value) : null;

  const resultCsv = (): string => csvText(['quantity', 'value', 'unit'], rows.map((r) => [r.label, r.value, r.unit]));
  const svgText = (el: SVGSVGElement | null): string => (el ? new XMLSerializer().serializeToString(el) : '');

  return (
    <CalculatorFrame title="Lithium penetration" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('lithium-penetration.csv', 'text/csv', resultCsv()) },
        { label: 'Download plot (SVG)', disabled: !curve?.ok, onClick: () => downloadText('lithium-penetration.svg', 'image/svg+xml', svgText(plot.current)) },
      ]}>
      <fieldset>
        <legend>Stiffness: Monroe–Newman</legend>
        <NumberField id="lp-g" label="Shear modulus of the electrolyte G" {...field('g')} error={err(g, 'g')} unitText="GPa" />
        <NumberField id="lp-gli" label="Shear modulus of lithium G(Li)" {...field('gli')} error={err(gli, 'gli')} unitText="GPa"
          hint="4.2 GPa in review 003, 3.4 GPa in Monroe and Newman's paper, 2.8 GPa from a tensile test of polycrystalline lithium." />
      </fieldset>
      <fieldset>
        <legend>Molar volumes: Ahmad–Viswanathan</legend>
        <NumberField id="lp-vp" label="Partial molar volume of Li⁺ in the electrolyte V(Li⁺)" {...field('vp')} error={err(vp, 'vp')} unitText="cm³/mol"
          hint={`Compared with ${formatSig(LITHIUM_MOLAR_VOLUME_CM3_PER_MOL)} cm³/mol for lithium metal. The default is illustrative: for inorganic solids V(Li⁺) is much smaller than that of the metal.`} />
      </fieldset>
      <fieldset>
        <legend>Cracks: Porz et al.</legend>
        <NumberField id="lp-k" label="Fracture toughness KIc" {...field('k')} error={err(k, 'k')} unitText="MPa m¹ᐟ²" />
        <NumberField id="lp-c" label="Flaw length c" {...field('c')} error={err(c, 'c')} unit={{ value: v.cu, options: opts(FLAW_UNITS), onChange: (u) => state.set('cu', u) }} />
        <NumberField id="lp-eta" label="Plating overpotential η" {...field('eta')} error={err(etaRead, 'eta')} unitText="mV" hint="Only its size is used." />
        <SelectField id="lp-geom" label="Crack geometry" value={v.geom}
          options={Object.entries(GEOMETRIES).map(([value, gm]) => ({ value, label: gm.label }))} onChange={(x) => state.set('geom', x)} />
        {customY && <NumberField id="lp-y" label="Geometry factor Y" {...field('y')} error={err(yRead, 'y')} />}
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {rows.length === 0
          ? <p>Correct the marked fields to see results.</p>
          : (
            <table class="calc-results-table">
              <tbody>
                {rows.map((r) => <tr><th scope="row">{r.label}</th><td>{r.value}</td><td>{r.unit}</td></tr>)}
              </tbody>
            </table>
          )}
        {otherErrors.map((m) => <p class="calc-field__error" role="alert">{m}</p>)}
        {verdicts.length > 0 && <ul>{verdicts.map((t) => <li>{t}</li>)}</ul>}
        {lesson && (
          <p class="calc-working"><strong>Stiff is not enough.</strong> This electrolyte passes Monroe–Newman and still cracks: penetration through a brittle solid is decided by toughness and flaw size, not by the shear modulus.</p>
        )}
        {crack?.ok && c.ok && yValue !== null && (
          <p class="calc-working">Working: Pc = KIc / (Y √(π c)) = {formatSig(k.ok ? k.value : 0, 4)} MPa m¹ᐟ² / ({formatSig(yValue, 4)} × √(π × {formatSig(c.value * 1e-6, 4)} m)) = {formatSig(crack.value.criticalPressureMPa)} MPa; |ηc| = Pc Vm / F = {formatSig(crack.value.criticalPressureMPa * 1e6, 4)} Pa × {formatSig(LITHIUM_MOLAR_VOLUME_CM3_PER_MOL * 1e-6, 4)} m³/mol / 96 485 C/mol = {formatSig(crack.value.criticalOverpotentialMV)} mV.</p>
        )}
      </div>
      {curve?.ok && (
        <div class="calc-plots">
          <LinePlot svgRef={plot} title="Overpotential that opens a lithium-filled flaw" xLabel="log₁₀(flaw length c / µm)" yLabel="Critical overpotential |ηc| (mV)" series={series}
            hLine={etaAbs !== null && etaAbs > 0 ? { y: etaAbs, label: `your η = ${formatSig(etaAbs)} mV` } : undefined}
            description={`Critical overpotential from ${formatSig(curve.value[0]![1])} mV for a 0.1 µm flaw to ${formatSig(curve.value[curve.value.length - 1]![1])} mV for a 100 µm flaw, falling as one over the square root of the flaw length.`} />
        </div>
      )}
    </CalculatorFrame>
  );
}
