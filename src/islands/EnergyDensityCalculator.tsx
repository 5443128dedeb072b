// Energy-density calculator: Wh/kg and Wh/L of a solid-state cell repeat unit from its layers, the mass
// breakdown, the separator thickness that still meets a target, and energy density against separator
// thickness. Physics in src/lib/energy-density.ts (+ src/lib/energy-sweep.ts for the plot grid).
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { theoreticalCapacity } from '~/lib/capacity';
import { cellEnergyDensity, separatorThicknessForTarget, type CellStack, type LayerName } from '~/lib/energy-density';
import { energySweep } from '~/lib/energy-sweep';
import { formatSig } from '~/lib/format';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { readField, type FieldReading } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { LinePlot } from './shared/LinePlot';
import { ResultsTable, resultRowsCsv, type ResultRow } from './shared/ResultsTable';
import { attempt } from './shared/attempt';
import { ENERGY_DENSITY_SPEC, SEPARATOR_UNITS } from './energy-density/spec';
import { TextField } from './energy-density/TextField';

export { ENERGY_DENSITY_SPEC } from './energy-density/spec';

const LAYER_LABELS: Record<LayerName | 'packaging', string> = {
  cathodeCollector: 'Cathode collector (Al)',
  cathode: 'Cathode composite',
  separator: 'Separator',
  anode: 'Anode',
  anodeCollector: 'Anode collector (Cu)',
  packaging: 'Packaging',
};

/** Library field names → the calculator's keys, so a library message appears beside its field. */
const FIELD_KEYS: Record<string, string> = {
  'cathode.averageVoltageV': 'V',
  'cathode.porosity': 'ph',
  'cathode.arealCapacityMahPerCm2': 'qa',
  'cathode.activeLoadingMgPerCm2': 'ml',
  'cathode.specificCapacityMahPerG': 'q',
  'separator.thicknessUm': 'st',
  'separator.densityGPerCm3': 'sd',
  'anode.npRatio': 'np',
  'anode.excessRatio': 'xr',
  'anode.excessThicknessUm': 'xt',
  targetWhPerKg: 'tgt',
};

const DENSITY = { min: 0.05, max: 25, rangeText: 'from 0.05 to 25 g/cm³' };
const THICKNESS_UM = { min: 0, max: 1e4, rangeText: 'from 0 to 10 000 µm' };
const PERCENT_PACK = { min: 0, max: 95, rangeText: 'from 0 to 95 %' };

export default function EnergyDensityCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(ENERGY_DENSITY_SPEC, initial, syncUrl);
  const v = state.values;
  const gravPlot = useRef<SVGSVGElement>(null);
  const volPlot = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });

  const byLoading = v.cm !== 'cap';
  const ml = byLoading ? readField(v.ml, { min: 0, max: 1000, minExclusive: true, rangeText: 'above 0 and at most 1000 mg/cm²' }) : null;
  const qa = byLoading ? null : readField(v.qa, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 and at most 100 mAh/cm²' });
  const q = readField(v.q, { min: 0, max: 5000, minExclusive: true, rangeText: 'above 0 and at most 5000 mAh/g' });
  const fe = readField(v.fe, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 and at most 100' });
  const volt = readField(v.V, { min: 0, max: 6, minExclusive: true, rangeText: 'above 0 V and at most 6 V' });
  const wa = readField(v.wa, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 % and at most 100 %' });
  const ra = readField(v.ra, DENSITY);
  const ri = readField(v.ri, DENSITY);
  const ph = readField(v.ph, { min: 0, max: 90, rangeText: 'from 0 to 90 %' });
  const st = readField(v.st, { ...THICKNESS_UM, rangeText: 'from 0 to 10 mm' }, SEPARATOR_UNITS, v.stu);
  const sd = readField(v.sd, DENSITY);
  const isLi = v.an !== 'liin';
  const byRatio = v.lx !== 'thick';
  const xr = isLi && byRatio ? readField(v.xr, { min: 0, max: 100, rangeText: 'from 0 (anode-free) to 100' }) : null;
  const xt = isLi && !byRatio ? readField(v.xt, THICKNESS_UM) : null;
  const np = isLi ? null : readField(v.np, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 and at most 100' });
  const al = readField(v.al, THICKNESS_UM);
  const ald = readField(v.ald, DENSITY);
  const cu = readField(v.cu, THICKNESS_UM);
  const cud = readField(v.cud, DENSITY);
  const pm = readField(v.pm, PERCENT_PACK);
  const pvol = readField(v.pvol, PERCENT_PACK);
  const tgt = readField(v.tgt, { min: 0, max: 1e4, minExclusive: true, rangeText: 'above 0 and at most 10 000 Wh/kg' });
  const sx = readField(v.sx, { min: 0, max: 1e4, minExclusive: true, rangeText: 'above 0 and at most 10 000 µm' });

  const capacity = fe.ok && v.ff.trim() !== '' ? attempt(() => theoreticalCapacity({ formula: v.ff, electrons: fe.value })) : null;
  const formulaError = v.ff.trim() === '' ? undefined : capacity && !capacity.ok ? capacity.message : state.urlErrors.ff;

  const readings: (FieldReading | null)[] = [ml, qa, q, volt, wa, ra, ri, ph, st, sd, xr, xt, np, al, ald, cu, cud, pm, pvol];
  const allOk = readings.every((r) => r === null || r.ok);
  const val = (r: FieldReading | null): number => (r && r.ok ? r.value : 0);
  const stack: CellStack | null = allOk ? {
    cathode: {
      ...(byLoading ? { activeLoadingMgPerCm2: val(ml) } : { arealCapacityMahPerCm2: val(qa) }),
      specificCapacityMahPerG: val(q),
      averageVoltageV: val(volt),
      activeMassFraction: val(wa) / 100,
      activeDensityGPerCm3: val(ra),
      inactiveDensityGPerCm3: val(ri),
      porosity: val(ph) / 100,
    },
    separator: { thicknessUm: val(st), densityGPerCm3: val(sd) },
    anode: isLi
      ? { type: 'lithium', ...(byRatio ? { excessRatio: val(xr) } : { excessThicknessUm: val(xt) }), includePlatedLithiumVolume: v.pv !== 'off' }
      : { type: 'li-in', npRatio: val(np) },
    collectors: { cathodeThicknessUm: val(al), cathodeDensityGPerCm3: val(ald), anodeThicknessUm: val(cu), anodeDensityGPerCm3: val(cud), sharing: v.sh === 'single' ? 'single-sided' : 'double-sided' },
    packaging: { massFraction: val(pm) / 100, volumeFraction: val(pvol) / 100 },
  } : null;

  const result = stack ? attempt(() => cellEnergyDensity(stack)) : null;
  const target = stack && result?.ok && tgt.ok ? attempt(() => separatorThicknessForTarget(stack, tgt.value)) : null;
  const sweep = stack && result?.ok && sx.ok ? attempt(() => energySweep(stack, sx.value, 101, st.ok ? [st.value] : [])) : null;

  // a library complaint about one input goes beside that field
  const libErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const a of [result, target, sweep]) {
    if (a && !a.ok) {
      const key = a.field ? FIELD_KEYS[a.field] : undefined;
      if (key) libErrors[key] ??= a.message;
      else if (!general.includes(a.message)) general.push(a.message);
    }
  }
  const err = (r: FieldReading | null, key: string) => (r && !r.ok ? r.message : libErrors[key] ?? state.urlErrors[key]);

  const rows: ResultRow[] = [];
  const r = result?.ok ? result.value : null;
  if (r) {
    rows.push(
      { label: 'Gravimetric energy density', value: r.gravimetricWhPerKg, unit: 'Wh/kg' },
      { label: 'Volumetric energy density', value: r.volumetricWhPerL, unit: 'Wh/L' },
      { label: 'Cell voltage', value: r.cellVoltageV, unit: 'V' },
      { label: 'Areal capacity', value: r.arealCapacityMahPerCm2, unit: 'mAh/cm²' },
      { label: 'Areal energy', value: r.arealEnergyMWhPerCm2, unit: 'mWh/cm²' },
      { label: 'Repeat-unit thickness (without packaging)', value: r.stackThicknessUm, unit: 'µm' },
      { label: 'Areal mass (with packaging)', value: r.totalArealMassMgPerCm2, unit: 'mg/cm²' },
    );
  }
  const targetText = target?.ok
    ? target.value.reachable
      ? target.value.thicknessUm >= 1e4
        ? `Any separator up to 10 mm still gives at least ${formatSig(tgt.ok ? tgt.value : 0)} Wh/kg.`
        : `The target of ${formatSig(tgt.ok ? tgt.value : 0)} Wh/kg is met with a separator of at most ${formatSig(target.value.thicknessUm)} µm${st.ok ? ` (this design: ${formatSig(st.value)} µm, ${st.value <= target.value.thicknessUm ? 'meets it' : 'too thick'})` : ''}.`
      : target.value.reason
    : null;
  if (target?.ok && target.value.reachable) rows.push({ label: `Largest separator for ${formatSig(tgt.ok ? tgt.value : 0)} Wh/kg`, value: target.value.thicknessUm, unit: 'µm' });

  const massRows = r ? [...r.layers.map((l) => ({ name: LAYER_LABELS[l.name], t: l.thicknessUm, m: l.arealMassMgPerCm2, f: r.massFractions[l.name] })),
    ...(r.massFractions.packaging > 0 ? [{ name: LAYER_LABELS.packaging, t: Number.NaN, m: r.totalArealMassMgPerCm2 - r.stackArealMassMgPerCm2, f: r.massFractions.packaging }] : [])] : [];

  const resultsCsv = () => csvText(['quantity', 'value', 'unit'], [
    ...resultRowsCsv(rows),
    ...massRows.flatMap((m) => [
      ...(Number.isFinite(m.t) ? [[`${m.name} thickness`, Number(m.t.toPrecision(8)), 'µm']] : []),
      [`${m.name} areal mass`, Number(m.m.toPrecision(8)), 'mg/cm²'], [`${m.name} share of mass`, Number((m.f * 100).toPrecision(8)), '%'],
    ]),
  ]);
  const sweepCsv = () => csvText(['separator_um', 'gravimetric_Wh_per_kg', 'volumetric_Wh_per_L'],
    sweep?.ok ? sweep.value.points.map((p) => [p.thicknessUm, p.gravimetricWhPerKg, p.volumetricWhPerL].map((x) => Number(x.toPrecision(8)))) : []);
  const svgText = (el: SVGSVGElement | null) => (el ? new XMLSerializer().serializeToString(el) : '');
  const current = r && st.ok && sx.ok && st.value <= sx.value ? st.value : null;

  return (
    <CalculatorFrame title="Cell energy density" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('energy-density.csv', 'text/csv', resultsCsv()) },
        { label: 'Download sweep (CSV)', disabled: !sweep?.ok, onClick: () => downloadText('energy-density-sweep.csv', 'text/csv', sweepCsv()) },
        { label: 'Download Wh/kg plot (SVG)', disabled: !sweep?.ok, onClick: () => downloadText('energy-density-wh-per-kg.svg', 'image/svg+xml', svgText(gravPlot.current)) },
        { label: 'Download Wh/L plot (SVG)', disabled: !sweep?.ok, onClick: () => downloadText('energy-density-wh-per-l.svg', 'image/svg+xml', svgText(volPlot.current)) },
      ]}>
      <fieldset>
        <legend>Cathode composite</legend>
        <SelectField id="ed-cm" label="Cathode given by" value={v.cm} options={[{ value: 'load', label: 'active-material loading' }, { value: 'cap', label: 'areal capacity' }]} onChange={(x) => state.set('cm', x)} />
        {byLoading
          ? <NumberField id="ed-ml" label="Active-material loading" {...field('ml')} error={err(ml, 'ml')} unitText="mg/cm²" />
          : <NumberField id="ed-qa" label="Areal capacity" {...field('qa')} error={err(qa, 'qa')} unitText="mAh/cm²" />}
        <NumberField id="ed-q" label="Specific capacity of the active material" {...field('q')} error={err(q, 'q')} unitText="mAh/g" hint="Practical value (NCM811 ≈ 200, LFP ≈ 160)." />
        <NumberField id="ed-V" label="Average discharge voltage vs Li⁺/Li" {...field('V')} error={err(volt, 'V')} unitText="V" />
        <NumberField id="ed-wa" label="Active material in the composite" {...field('wa')} error={err(wa, 'wa')} unitText="wt%" />
        <NumberField id="ed-ra" label="Density of the active material" {...field('ra')} error={err(ra, 'ra')} unitText="g/cm³" />
        <NumberField id="ed-ri" label="Mean density of the rest (electrolyte, carbon, binder)" {...field('ri')} error={err(ri, 'ri')} unitText="g/cm³" />
        <NumberField id="ed-ph" label="Porosity of the composite" {...field('ph')} error={err(ph, 'ph')} unitText="vol%" />
      </fieldset>
      <fieldset>
        <legend>Capacity from a formula (optional helper)</legend>
        <TextField id="ed-ff" label="Formula of the active material" value={v.ff} maxLength={60} onInput={(x) => state.set('ff', x)} error={formulaError} hint='E.g. LiFePO4, LiNi0.8Co0.1Mn0.1O2, S.' />
        <NumberField id="ed-fe" label="Electrons per formula unit" {...field('fe')} error={err(fe, 'fe')} />
        <div class="calc-field">
          <p class="calc-working" aria-live="polite">{capacity?.ok
            ? `Theoretical capacity Q = n F / (3.6 M) = ${formatSig(fe.ok ? fe.value : 0)} × 96485 C/mol / (3.6 × ${formatSig(capacity.value.molarMassGPerMol, 5)} g/mol) = ${formatSig(capacity.value.capacityMahPerG, 4)} mAh/g. Practical capacities are lower.`
            : 'Enter a formula and the number of electrons to get the theoretical capacity.'}</p>
          <button type="button" disabled={!capacity?.ok} onClick={() => capacity?.ok && state.set('q', String(Number(capacity.value.capacityMahPerG.toPrecision(4))))}>Use as specific capacity</button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Separator and anode</legend>
        <NumberField id="ed-st" label="Separator thickness" {...field('st')} error={err(st, 'st')} unit={{ value: v.stu, options: SEPARATOR_UNITS.map(({ value, label }) => ({ value, label })), onChange: (u) => state.set('stu', u) }} />
        <NumberField id="ed-sd" label="Separator density" {...field('sd')} error={err(sd, 'sd')} unitText="g/cm³" hint="LAGP 3.43, LLZO 5.1, Li₆PS₅Cl 1.64." />
        <SelectField id="ed-an" label="Anode" value={v.an} options={[{ value: 'li', label: 'lithium metal' }, { value: 'liin', label: 'Li–In alloy (−0.62 V)' }]} onChange={(x) => state.set('an', x)} />
        {isLi && <SelectField id="ed-lx" label="Lithium excess given as" value={v.lx} options={[{ value: 'ratio', label: 'ratio to the cathode capacity' }, { value: 'thick', label: 'thickness of extra Li' }]} onChange={(x) => state.set('lx', x)} />}
        {isLi && byRatio && <NumberField id="ed-xr" label="Excess lithium / cathode capacity" {...field('xr')} error={err(xr, 'xr')} hint="0 = anode-free; 1 = N/P of 2." />}
        {isLi && !byRatio && <NumberField id="ed-xt" label="Excess lithium thickness" {...field('xt')} error={err(xt, 'xt')} unitText="µm" hint="0 = anode-free." />}
        {isLi && <SelectField id="ed-pv" label="Count the plated lithium in the thickness" value={v.pv} options={[{ value: 'on', label: 'yes (charged state)' }, { value: 'off', label: 'no' }]} onChange={(x) => state.set('pv', x)} />}
        {!isLi && <NumberField id="ed-np" label="In capacity / cathode capacity (N/P)" {...field('np')} error={err(np, 'np')} hint="1 is the least that takes up all the lithium." />}
      </fieldset>
      <fieldset>
        <legend>Collectors and packaging</legend>
        <NumberField id="ed-al" label="Cathode collector (Al) thickness" {...field('al')} error={err(al, 'al')} unitText="µm" />
        <NumberField id="ed-ald" label="Cathode collector density" {...field('ald')} error={err(ald, 'ald')} unitText="g/cm³" />
        <NumberField id="ed-cu" label="Anode collector (Cu) thickness" {...field('cu')} error={err(cu, 'cu')} unitText="µm" />
        <NumberField id="ed-cud" label="Anode collector density" {...field('cud')} error={err(cud, 'cud')} unitText="g/cm³" />
        <SelectField id="ed-sh" label="Collector foils" value={v.sh} options={[{ value: 'double', label: 'shared by two units (half counted)' }, { value: 'single', label: 'single-sided (all counted)' }]} onChange={(x) => state.set('sh', x)} />
        <NumberField id="ed-pm" label="Packaging share of the cell mass" {...field('pm')} error={err(pm, 'pm')} unitText="%" />
        <NumberField id="ed-pvol" label="Packaging share of the cell volume" {...field('pvol')} error={err(pvol, 'pvol')} unitText="%" />
      </fieldset>
      <fieldset>
        <legend>Target and plot</legend>
        <NumberField id="ed-tgt" label="Target gravimetric energy density" {...field('tgt')} error={err(tgt, 'tgt')} unitText="Wh/kg" />
        <NumberField id="ed-sx" label="Plot separator thicknesses up to" {...field('sx')} error={err(sx, 'sx')} unitText="µm" />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        <ResultsTable rows={rows} emptyText="Correct the marked fields to see results." />
        {general.map((m) => <p class="calc-field__error" role="alert">{m}</p>)}
        {targetText && <p class="calc-target">{targetText}</p>}
        {r && r.warnings.length > 0 && <ul class="calc-warnings">{r.warnings.map((w) => <li><strong>Caution.</strong> {w}</li>)}</ul>}
        {r && (
          <table class="calc-results-table calc-mass-table">
            <caption>Mass and thickness by layer (one repeat unit per cm²)</caption>
            <thead><tr><th scope="col">Layer</th><th scope="col">Areal mass (mg/cm²)</th><th scope="col">Share of mass</th><th scope="col">Thickness (µm)</th></tr></thead>
            <tbody>
              {massRows.map((m) => (
                <tr><th scope="row">{m.name}</th><td>{formatSig(m.m)}</td><td>{formatSig(m.f * 100, 2)} %</td><td>{Number.isFinite(m.t) ? formatSig(m.t) : '—'}</td></tr>
              ))}
            </tbody>
          </table>
        )}
        {r && (
          <p class="calc-working">Working: E = Q<sub>A</sub> × V = {formatSig(r.arealCapacityMahPerCm2, 4)} mAh/cm² × {formatSig(r.cellVoltageV, 4)} V = {formatSig(r.arealEnergyMWhPerCm2, 4)} mWh/cm²;
            {' '}Wh/kg = E / Σm = {formatSig(r.arealEnergyMWhPerCm2, 4)} / {formatSig(r.totalArealMassMgPerCm2, 4)} mg/cm² × 1000 = {formatSig(r.gravimetricWhPerKg)};
            {' '}Wh/L = E / Σt = {formatSig(r.arealEnergyMWhPerCm2, 4)} / ({formatSig(r.stackThicknessUm, 4)} µm{val(pvol) > 0 ? ` / ${formatSig(1 - val(pvol) / 100, 3)}` : ''} × 10⁻⁴ cm/µm) = {formatSig(r.volumetricWhPerL)}.</p>
        )}
      </div>
      {sweep?.ok && (
        <div class="calc-plots">
          <LinePlot svgRef={gravPlot} title="Gravimetric energy density against separator thickness" xLabel="Separator thickness (µm)" yLabel="Energy density (Wh/kg)"
            series={[
              { label: 'Wh/kg', kind: 'line', tone: 1, points: sweep.value.points.map((p) => [p.thicknessUm, p.gravimetricWhPerKg]) },
              ...(current !== null && r ? [{ label: 'this design', kind: 'points' as const, tone: 2 as const, points: [[current, r.gravimetricWhPerKg] as [number, number]] }] : []),
            ]}
            hLine={tgt.ok ? { y: tgt.value, label: `target ${formatSig(tgt.value)} Wh/kg` } : undefined}
            description={`Wh/kg falls from ${formatSig(sweep.value.gravimetricRange[1])} with no separator to ${formatSig(sweep.value.gravimetricRange[0])} at ${formatSig(sx.ok ? sx.value : 0)} µm.${targetText ? ` ${targetText}` : ''}`} />
          <LinePlot svgRef={volPlot} title="Volumetric energy density against separator thickness" xLabel="Separator thickness (µm)" yLabel="Energy density (Wh/L)"
            series={[
              { label: 'Wh/L', kind: 'line', tone: 3, points: sweep.value.points.map((p) => [p.thicknessUm, p.volumetricWhPerL]) },
              ...(current !== null && r ? [{ label: 'this design', kind: 'points' as const, tone: 2 as const, points: [[current, r.volumetricWhPerL] as [number, number]] }] : []),
            ]}
            description={`Wh/L falls from ${formatSig(sweep.value.volumetricRange[1])} with no separator to ${formatSig(sweep.value.volumetricRange[0])} at ${formatSig(sx.ok ? sx.value : 0)} µm.`} />
        </div>
      )}
    </CalculatorFrame>
  );
}
