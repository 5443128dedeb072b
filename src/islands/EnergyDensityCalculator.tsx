// Energy-density calculator: Wh/kg and Wh/L of a solid-state cell repeat unit from its layers, the mass
// breakdown, the separator thickness that still meets a target, and energy density against separator
// thickness, the cost of the electrolyte layer. Physics in src/lib/energy-density.ts (+ energy-sweep.ts for the
// plot grid, energy-density-cost.ts for the cost, energy-density-materials.ts for the anode hosts).
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { theoreticalCapacity } from '~/lib/capacity';
import { cellEnergyDensity, separatorThicknessForTarget, type AnodeSpec, type CellStack, type LayerName } from '~/lib/energy-density';
import { electrolyteCost } from '~/lib/energy-density-cost';
import { HOST_ANODES, type HostAnodeType } from '~/lib/energy-density-materials';
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
import { TextField } from './fields/TextField';

export { ENERGY_DENSITY_SPEC } from './energy-density/spec';

const LAYER_LABELS: Record<LayerName | 'packaging' | 'fixture', string> = {
  cathodeCollector: 'Cathode collector (Al)',
  cathode: 'Cathode composite',
  separator: 'Separator',
  anode: 'Anode',
  anodeCollector: 'Anode collector (Cu)',
  packaging: 'Packaging',
  fixture: 'Pressure fixture (share)',
};

const HOSTS: Record<string, HostAnodeType> = { liin: 'li-in', gr: 'graphite', si: 'silicon' };
const STATE_TEXT = { charged: 'charged state', discharged: 'discharged state' } as const;

/** Library field names → the calculator's keys, so a library message appears beside its field. */
const FIELD_KEYS: Record<string, string> = {
  'cathode.averageVoltageV': 'V',
  'cathode.porosity': 'ph',
  'cathode.arealCapacityMahPerCm2': 'qa',
  'cathode.activeLoadingMgPerCm2': 'ml',
  'cathode.specificCapacityMahPerG': 'q',
  'separator.thicknessUm': 'st',
  'separator.densityGPerCm3': 'sd',
  'cathode.activeVolumeRatio': 'dv',
  'packaging.fixtureMassGPerCm2': 'fx',
  'packaging.fixtureRepeatUnits': 'fn',
  priceUsdPerKg: 'ep',
  budgetUsdPerM2: 'eb',
  elementMassFraction: 'ew',
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
  const host = HOSTS[v.an];
  const isLi = host === undefined;
  const byRatio = v.lx !== 'thick';
  const lithiated = v.ck !== 'nonlith';
  const dv = readField(v.dv, { min: -80, max: 400, rangeText: 'from −80 to 400 %' });
  const xr = isLi && byRatio ? readField(v.xr, { min: 0, max: 100, rangeText: 'from 0 (anode-free) to 100' }) : null;
  const fx = readField(v.fx, { min: 0, max: 1000, rangeText: 'from 0 to 1000 g/cm²' });
  const fnRead = readField(v.fn, { min: 1, max: 1e4, rangeText: 'a whole number from 1 to 10 000' });
  const fn: FieldReading = fnRead.ok && !Number.isInteger(fnRead.value) ? { ok: false, message: 'Enter a whole number of repeat units.' } : fnRead;
  const ep = readField(v.ep, { min: 0, max: 1e6, rangeText: 'from 0 to 1 000 000 US$/kg' });
  const eb = readField(v.eb, { min: 0, max: 1e6, minExclusive: true, rangeText: 'above 0 and at most 1 000 000 US$/m²' });
  const ew = readField(v.ew, { min: 0, max: 100, rangeText: 'from 0 to 100 %' });
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

  const readings: (FieldReading | null)[] = [ml, qa, q, volt, wa, ra, ri, ph, dv, st, sd, xr, xt, np, al, ald, cu, cud, pm, pvol, fx, fn];
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
      kind: lithiated ? 'lithiated' : 'non-lithiated',
      activeVolumeRatio: 1 + val(dv) / 100,
    },
    separator: { thicknessUm: val(st), densityGPerCm3: val(sd) },
    anode: (isLi
      ? { type: 'lithium', ...(byRatio ? { npRatio: val(xr) } : { foilThicknessUm: val(xt) }) }
      : { type: host, npRatio: val(np) }) as AnodeSpec,
    volumeState: v.pv === 'off' ? 'discharged' : v.pv === 'max' ? 'larger' : 'charged',
    collectors: { cathodeThicknessUm: val(al), cathodeDensityGPerCm3: val(ald), anodeThicknessUm: val(cu), anodeDensityGPerCm3: val(cud), sharing: v.sh === 'single' ? 'single-sided' : 'double-sided' },
    packaging: { massFraction: val(pm) / 100, volumeFraction: val(pvol) / 100, fixtureMassGPerCm2: val(fx), fixtureRepeatUnits: val(fn) },
  } : null;

  const result = stack ? attempt(() => cellEnergyDensity(stack)) : null;
  const target = stack && result?.ok && tgt.ok ? attempt(() => separatorThicknessForTarget(stack, tgt.value)) : null;
  const sweep = stack && result?.ok && sx.ok ? attempt(() => energySweep(stack, sx.value, 101, st.ok ? [st.value] : [])) : null;
  const cost = stack && result?.ok && ep.ok && eb.ok && ew.ok && stack.separator.thicknessUm > 0
    ? attempt(() => electrolyteCost({ thicknessUm: val(st), densityGPerCm3: val(sd), priceUsdPerKg: ep.value, budgetUsdPerM2: eb.value, elementMassFraction: ew.value / 100, arealEnergyMWhPerCm2: result.value.arealEnergyMWhPerCm2 }))
    : null;

  // a library complaint about one input goes beside that field
  const libErrors: Record<string, string> = {};
  const general: string[] = [];
  const fieldKey = (f: string): string | undefined =>
    f === 'anode.npRatio' ? (isLi ? 'xr' : 'np') : f === 'anode.foilThicknessUm' ? (isLi ? 'xt' : 'np') : FIELD_KEYS[f];
  for (const a of [result, target, sweep, cost]) {
    if (a && !a.ok) {
      const key = a.field ? fieldKey(a.field) : undefined;
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
      ...(r.fixtureArealMassMgPerCm2 > 0 ? [{ label: 'Gravimetric, without the pressure fixture', value: r.gravimetricWithoutFixtureWhPerKg, unit: 'Wh/kg' }] : []),
      { label: 'Cell voltage', value: r.cellVoltageV, unit: 'V' },
      { label: 'N/P ratio (anode-free = 0)', value: r.npRatio, unit: '' },
      { label: 'Areal capacity', value: r.arealCapacityMahPerCm2, unit: 'mAh/cm²' },
      { label: 'Areal energy', value: r.arealEnergyMWhPerCm2, unit: 'mWh/cm²' },
      { label: `Repeat-unit thickness behind the Wh/L (${STATE_TEXT[r.volumeState]}, without packaging)`, value: r.stackThicknessUm, unit: 'µm' },
      { label: 'Repeat-unit thickness, charged', value: r.chargedStackThicknessUm, unit: 'µm' },
      { label: 'Repeat-unit thickness, discharged', value: r.dischargedStackThicknessUm, unit: 'µm' },
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
  if (cost?.ok) {
    rows.push(
      { label: 'Electrolyte material cost per area', value: cost.value.costUsdPerM2, unit: 'US$/m²' },
      { label: 'Electrolyte material cost per energy', value: cost.value.costUsdPerKWh, unit: 'US$/kWh' },
      { label: `Electrolyte price at which it costs US$${formatSig(eb.ok ? eb.value : 0)}/m²`, value: cost.value.breakEvenPriceUsdPerKg, unit: 'US$/kg' },
      ...(cost.value.elementBreakEvenPriceUsdPerKg !== null ? [{ label: 'Price of the costly element at which it alone costs that', value: cost.value.elementBreakEvenPriceUsdPerKg, unit: 'US$/kg' }] : []),
    );
  }
  if (target?.ok && target.value.reachable) rows.push({ label: `Largest separator for ${formatSig(tgt.ok ? tgt.value : 0)} Wh/kg`, value: target.value.thicknessUm, unit: 'µm' });

  const massRows = r ? [...r.layers.map((l) => ({ name: LAYER_LABELS[l.name], t: l.thicknessUm, m: l.arealMassMgPerCm2, f: r.massFractions[l.name] })),
    ...(r.massFractions.packaging > 0 ? [{ name: LAYER_LABELS.packaging, t: Number.NaN, m: r.totalArealMassMgPerCm2 - r.fixtureArealMassMgPerCm2 - r.stackArealMassMgPerCm2, f: r.massFractions.packaging }] : []),
    ...(r.fixtureArealMassMgPerCm2 > 0 ? [{ name: LAYER_LABELS.fixture, t: Number.NaN, m: r.fixtureArealMassMgPerCm2, f: r.massFractions.fixture }] : [])] : [];

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
        <SelectField id="ed-ck" label="Cathode kind" value={v.ck} options={[{ value: 'lith', label: 'made with its lithium (NCM, LFP, LCO, Li₂S)' }, { value: 'nonlith', label: 'without lithium (S, FeS₂, Fe₃S₄, I₂)' }]} onChange={(x) => state.set('ck', x)} />
        <p class="calc-field__hint">{lithiated
          ? 'The cycled lithium is weighed in the cathode; the anode adds only the lithium or host it has at assembly.'
          : 'The cathode brings no lithium: the anode must hold the cycled lithium at assembly, and it is weighed there.'}</p>
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
        <NumberField id="ed-dv" label="Volume change of the active material, charged to discharged" {...field('dv')} error={err(dv, 'dv')} unitText="%" hint="S → Li₂S: +79. Layered oxides and LFP change by a few per cent (0 ignores it)." />
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
        <SelectField id="ed-an" label="Anode" value={v.an} options={[{ value: 'li', label: 'lithium metal or anode-free' }, { value: 'liin', label: 'Li–In alloy (−0.62 V)' }, { value: 'gr', label: 'graphite (−0.1 V)' }, { value: 'si', label: 'silicon (−0.4 V)' }]} onChange={(x) => state.set('an', x)} />
        {!isLi && <NumberField id="ed-np" label="N/P ratio: anode capacity ÷ cathode capacity" {...field('np')} error={err(np, 'np')} hint={`${HOST_ANODES[host].source}. 1 is the least that takes up all the lithium.`} />}
        {isLi && <SelectField id="ed-lx" label="Lithium at assembly given as" value={v.lx} options={[{ value: 'ratio', label: 'N/P ratio' }, { value: 'thick', label: 'foil thickness' }]} onChange={(x) => state.set('lx', x)} />}
        {isLi && byRatio && <NumberField id="ed-xr" label="N/P ratio: lithium in the foil ÷ cathode capacity" {...field('xr')} error={err(xr, 'xr')} hint={lithiated ? '0 = anode-free; 1 = a foil holding as much as the cathode cycles.' : 'At least 1: the foil supplies the lithium the cathode cycles.'} />}
        {isLi && !byRatio && <NumberField id="ed-xt" label="Lithium foil thickness at assembly" {...field('xt')} error={err(xt, 'xt')} unitText="µm" hint="0 = anode-free; 4.85 µm holds 1 mAh/cm²." />}
        <SelectField id="ed-pv" label="Count the thickness in the" value={v.pv} options={[{ value: 'on', label: 'charged state' }, { value: 'off', label: 'discharged state' }, { value: 'max', label: 'larger of the two' }]} onChange={(x) => state.set('pv', x)} />
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
        <NumberField id="ed-fx" label="Stack-pressure fixture mass per cell footprint" {...field('fx')} error={err(fx, 'fx')} unitText="g/cm²" hint="0 = none. Two 5 mm steel end plates weigh 7.9 g/cm²; their volume is not counted." />
        <NumberField id="ed-fn" label="Repeat units inside the fixture" {...field('fn')} error={err(fn, 'fn')} />
      </fieldset>
      <fieldset>
        <legend>Electrolyte cost (material only)</legend>
        <NumberField id="ed-ep" label="Electrolyte price" {...field('ep')} error={err(ep, 'ep')} unitText="US$/kg" hint="An illustrative default: enter a quote." />
        <NumberField id="ed-eb" label="Budget for the electrolyte layer" {...field('eb')} error={err(eb, 'eb')} unitText="US$/m²" hint="4 in the cost analysis quoted by review 004." />
        <NumberField id="ed-ew" label="Mass fraction of one costly element in it" {...field('ew')} error={err(ew, 'ew')} unitText="wt%" hint="Ge in LAGP: 26.1. 0 skips this." />
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
        {r && <p class="calc-working">{r.cathodeKind === 'lithiated'
          ? 'Cathode made with its lithium: the cycled lithium is counted once, in the cathode.'
          : 'Cathode without lithium: the cycled lithium is counted once, in the anode.'}{' '}Masses as assembled (the same in both states); thicknesses in the {STATE_TEXT[r.volumeState]}{v.pv === 'max' ? ', the larger of the two' : ''}.</p>}
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
