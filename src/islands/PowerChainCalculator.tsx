// Rate-and-temperature calculator (the conductivity–power chain): σ(T) from Arrhenius parameters → separator,
// interface and optional composite-cathode ASR → ohmic overpotential at a C-rate → usable energy and power.
// Physics in src/lib/power-chain.ts (which reuses sigmaAtTemperature and layerAsr).
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatSig } from '~/lib/format';
import { powerChain, powerChainSweep, type CellMassInput, type PowerChainInput, type PowerChainResult } from '~/lib/power-chain';
import { CONDUCTIVITY_UNITS, ENERGY_UNITS, TEMPERATURE_UNITS } from '~/lib/unit-choices';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { readField, type FieldReading } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { ResultsTable, resultRowsCsv, type ResultRow } from './shared/ResultsTable';
import { attempt } from './shared/attempt';
import { POWER_CHAIN_SPEC } from './power-chain/spec';
import { EnergyPlot, type EnergyCurve } from './power-chain/EnergyPlot';

export { POWER_CHAIN_SPEC };

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
const TEMPERATURE = { min: 1, max: 1000, rangeText: 'from 1 K to 1000 K (−272.15 °C to 726.85 °C)' };
/** Which URL key a library message belongs to. */
const FIELD_OF: Record<string, string> = { temperatureK: 'T', cutoffVoltageV: 'vc', ocvSpanV: 'dv', interfaceActivationEnergyEv: 'ei' };
const SWEEP_POINTS = 61;
const pct = (f: number) => 100 * f;
const celsius = (k: number) => k - 273.15;

export default function PowerChainCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(POWER_CHAIN_SPEC, initial, syncUrl);
  const v = state.values;
  const plotRef = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key], options: opts(choices), onChange: (u: string) => state.set(key, u) });

  const ea = readField(v.ea, { min: 0, max: 3, rangeText: 'from 0 to 3 eV (0 to 289 kJ/mol)' }, ENERGY_UNITS, v.eau);
  const s = readField(v.s, { min: 1e-20, max: 10, rangeText: 'from 10⁻²⁰ to 10 S/cm' }, CONDUCTIVITY_UNITS, v.su);
  const tr = readField(v.Tr, TEMPERATURE, TEMPERATURE_UNITS, v.Tru);
  const t = readField(v.T, TEMPERATURE, TEMPERATURE_UNITS, v.Tu);
  const sep = readField(v.t, { min: 1e-4, max: 1e4, rangeText: 'from 0.0001 µm to 10 000 µm (1 cm)' });
  const ri = readField(v.ri, { min: 0, max: 1e6, rangeText: 'from 0 to 10⁶ Ω cm²' });
  const ei = readField(v.ei, { min: 0, max: 3, rangeText: 'from 0 to 3 eV (0 keeps the interface resistance the same at every temperature)' });
  const lc = readField(v.lc, { min: 0, max: 1e4, rangeText: 'from 0 (no composite cathode) to 10 000 µm' });
  const ev = readField(v.ev, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 and at most 100 %' });
  const tau = readField(v.tau, { min: 1, max: 100, rangeText: 'from 1 (a straight path) to 100' });
  const c = readField(v.c, { min: 0, max: 1000, rangeText: 'from 0 (at rest) to 1000 C' });
  const q = readField(v.q, { min: 0, max: 100, minExclusive: true, rangeText: 'above 0 and at most 100 mAh/cm²' });
  const vNom = readField(v.V, { min: 0.1, max: 10, rangeText: 'from 0.1 V to 10 V' });
  const dv = readField(v.dv, { min: 0, max: 5, rangeText: 'from 0 (a flat plateau) to 5 V' });
  const vc = readField(v.vc, { min: 0, max: 10, rangeText: 'from 0 V to 10 V' });
  const m = readField(v.m, { min: 0, max: 1e5, minExclusive: true, rangeText: 'above 0 and at most 10⁵ mg/cm²' });
  const e = readField(v.e, { min: 0, max: 5000, minExclusive: true, rangeText: 'above 0 and at most 5000 Wh/kg' });

  const cathodeUsed = lc.ok && lc.value > 0;
  const massReading = v.mb === 'mass' ? m : v.mb === 'whkg' ? e : null;
  const needed: FieldReading[] = [ea, s, tr, t, sep, ri, ei, lc, c, q, vNom, dv, vc, ...(cathodeUsed ? [ev, tau] : []), ...(massReading ? [massReading] : [])];
  const allOk = needed.every((r) => r.ok);
  const num = (r: FieldReading) => (r.ok ? r.value : 0);
  const cellMass: CellMassInput = v.mb === 'mass' ? { kind: 'areal', arealMassMgPerCm2: num(m) } : v.mb === 'whkg' ? { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: num(e) } : { kind: 'none' };
  const input: PowerChainInput | null = allOk ? {
    activationEnergyEv: num(ea), sigmaRefSPerCm: num(s), referenceTemperatureK: num(tr), form: v.form === 'sigma' ? 'sigma' : 'sigmaT', temperatureK: num(t),
    separatorThicknessUm: num(sep), interfaceAsrRefOhmCm2: num(ri), interfaceActivationEnergyEv: num(ei),
    cathodeThicknessUm: num(lc), cathodeElectrolyteFraction: num(ev) / 100, cathodeTortuosity: num(tau),
    cRatePerH: num(c), arealCapacityMahPerCm2: num(q), nominalVoltageV: num(vNom), ocvSpanV: num(dv), cutoffVoltageV: num(vc), cellMass,
  } : null;
  const result = input ? attempt(() => powerChain(input)) : null;
  const libField = result && !result.ok && result.field ? FIELD_OF[result.field] : undefined;
  const err = (r: FieldReading, key: string) => (r.ok ? (libField === key && result && !result.ok ? result.message : state.urlErrors[key]) : r.message);

  const r: PowerChainResult | null = result?.ok ? result.value : null;
  const inKelvin = v.Tu === 'K';
  const showT = (k: number) => (inKelvin ? k : celsius(k));
  const tUnit = inKelvin ? 'K' : '°C';

  // The plot: usable energy against temperature (−40 °C to 80 °C, widened to take in T and T_ref) or C-rate.
  let curve: { cell: EnergyCurve[]; ideal: EnergyCurve[]; point: EnergyCurve | null; xLabel: string; description: string } | null = null;
  if (input && r) {
    const byT = v.x !== 'c';
    let values: number[];
    if (byT) {
      const lo = Math.max(1, Math.min(233.15, input.temperatureK, input.referenceTemperatureK));
      const hi = Math.min(1000, Math.max(353.15, input.temperatureK, input.referenceTemperatureK));
      values = Array.from({ length: SWEEP_POINTS }, (_, k) => lo + ((hi - lo) * k) / (SWEEP_POINTS - 1));
    } else {
      const hi = Math.min(1000, Math.max(2 * input.cRatePerH, 1.2 * r.maxCRateAnyPerH, 0.1));
      values = Array.from({ length: SWEEP_POINTS }, (_, k) => (hi * k) / (SWEEP_POINTS - 1));
    }
    const sweep = powerChainSweep(input, byT ? 'temperatureK' : 'cRatePerH', values);
    const xOf = (x: number) => (byT ? showT(x) : x);
    curve = {
      cell: sweep.map((p) => ({ x: xOf(p.x), y: pct(p.energyFraction) })),
      ideal: sweep.map((p) => ({ x: xOf(p.x), y: pct(p.energyFractionIdealSeparator) })),
      point: { x: byT ? showT(input.temperatureK) : input.cRatePerH, y: pct(r.energyFraction) },
      xLabel: byT ? `Temperature (${tUnit})` : 'C-rate (h⁻¹)',
      description: byT
        ? `Usable energy at ${formatSig(input.cRatePerH)}C from ${formatSig(xOf(values[0]!))} to ${formatSig(xOf(values[values.length - 1]!))} ${tUnit}: ${formatSig(pct(r.energyFraction))} % at the chosen ${formatSig(showT(input.temperatureK))} ${tUnit}, ${formatSig(pct(r.energyFractionIdealSeparator))} % with a lossless separator.`
        : `Usable energy at ${formatSig(showT(input.temperatureK))} ${tUnit} from 0 to ${formatSig(values[values.length - 1]!)}C: ${formatSig(pct(r.energyFraction))} % at the chosen ${formatSig(input.cRatePerH)}C; nothing is left above ${formatSig(r.maxCRateAnyPerH)}C.`,
    };
  }

  const rows: ResultRow[] = [];
  if (r) {
    rows.push(
      { label: 'Electrolyte conductivity σ at this temperature', value: r.sigmaSPerCm, unit: 'S/cm' },
      { label: 'Separator ASR t/σ', value: r.separatorAsrOhmCm2, unit: 'Ω cm²' },
      { label: 'Interface ASR', value: r.interfaceAsrOhmCm2, unit: 'Ω cm²' },
      ...(cathodeUsed ? [{ label: 'Composite cathode ionic ASR L/(3σε/τ)', value: r.cathodeAsrOhmCm2, unit: 'Ω cm²' }] : []),
      { label: 'Total ASR', value: r.totalAsrOhmCm2, unit: 'Ω cm²' },
      { label: 'Current density j = C-rate × capacity', value: r.currentDensityMaPerCm2, unit: 'mA/cm²' },
      { label: 'Ohmic overpotential η = j × ASR', value: r.overpotentialV * 1000, unit: 'mV' },
      { label: 'of which the separator', value: r.separatorOverpotentialV * 1000, unit: 'mV' },
      { label: 'Usable capacity', value: pct(r.capacityFraction), unit: '%' },
      { label: 'Usable energy', value: pct(r.energyFraction), unit: '%' },
      { label: 'Usable energy with a lossless separator', value: pct(r.energyFractionIdealSeparator), unit: '%' },
      ...(r.averageVoltageV !== null ? [{ label: 'Mean discharge voltage', value: r.averageVoltageV, unit: 'V' }] : []),
      { label: 'Usable energy per area', value: r.usableEnergyMwhPerCm2, unit: 'mWh/cm²' },
      { label: 'Mean power per area', value: r.averagePowerMwPerCm2, unit: 'mW/cm²' },
      { label: 'Highest C-rate for the full capacity here', value: r.maxCRateFullPerH, unit: 'h⁻¹' },
      { label: 'C-rate beyond which nothing is delivered', value: r.maxCRateAnyPerH, unit: 'h⁻¹' },
    );
    if (r.cellMassMgPerCm2 !== null && r.usableSpecificEnergyWhPerKg !== null && r.averageSpecificPowerWPerKg !== null) {
      rows.push(
        { label: 'Cell mass per area', value: r.cellMassMgPerCm2, unit: 'mg/cm²' },
        { label: 'Usable specific energy', value: r.usableSpecificEnergyWhPerKg, unit: 'Wh/kg' },
        { label: 'Mean specific power', value: r.averageSpecificPowerWPerKg, unit: 'W/kg' },
      );
    }
  }

  const at = input && r ? `At ${formatSig(showT(input.temperatureK))} ${tUnit} and ${formatSig(input.cRatePerH)}C` : '';
  const verdict = !input || !r ? null
    : r.state === 'none'
      ? `${at} the cut-off voltage is reached at once: the ohmic drop of ${formatSig(r.overpotentialV * 1000)} mV leaves no usable capacity. Nothing is delivered.`
      : `${at} the separator costs ${formatSig(r.separatorOverpotentialV * 1000)} mV of the ${formatSig(r.overpotentialV * 1000)} mV ohmic drop. The cell delivers ${formatSig(pct(r.capacityFraction))} % of its capacity and ${formatSig(pct(r.energyFraction))} % of its energy (${formatSig(pct(r.energyFractionIdealSeparator))} % with a lossless separator)${r.state === 'partial' ? '; the cut-off voltage ends the discharge early' : ''}.`;

  const curveCsv = (): string => csvText(
    [v.x === 'c' ? 'c_rate_per_h' : (inKelvin ? 'temperature_K' : 'temperature_C'), 'usable_energy_pct', 'usable_energy_lossless_separator_pct'],
    curve ? curve.cell.map((p, k) => [Number(p.x.toPrecision(8)), Number(p.y.toPrecision(8)), Number(curve!.ideal[k]!.y.toPrecision(8))]) : [],
  );
  const svgText = (): string => (plotRef.current ? new XMLSerializer().serializeToString(plotRef.current) : '');

  return (
    <CalculatorFrame title="Rate and temperature: what the electrolyte costs" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('rate-and-temperature.csv', 'text/csv', csvText(['quantity', 'value', 'unit'], resultRowsCsv(rows))) },
        { label: 'Download curve (CSV)', disabled: !curve, onClick: () => downloadText('rate-and-temperature-curve.csv', 'text/csv', curveCsv()) },
        { label: 'Download plot (SVG)', disabled: !curve, onClick: () => downloadText('rate-and-temperature.svg', 'image/svg+xml', svgText()) },
      ]}>
      <fieldset>
        <legend>Electrolyte: σ(T) from Arrhenius</legend>
        <NumberField id="pc-ea" label="Activation energy Eₐ" {...field('ea')} error={err(ea, 'ea')} unit={unit('eau', ENERGY_UNITS)} />
        <NumberField id="pc-s" label="Conductivity at the reference temperature" {...field('s')} error={err(s, 's')} unit={unit('su', CONDUCTIVITY_UNITS)} />
        <NumberField id="pc-Tr" label="Reference temperature" {...field('Tr')} error={err(tr, 'Tr')} unit={unit('Tru', TEMPERATURE_UNITS)} />
        <SelectField id="pc-form" label="Arrhenius form of Eₐ" value={v.form} onChange={(x) => state.set('form', x)}
          options={[{ value: 'sigmaT', label: 'σT = A exp(−Eₐ/kT)' }, { value: 'sigma', label: 'σ = A exp(−Eₐ/kT)' }]} hint="Use the form the Eₐ was fitted in." />
      </fieldset>
      <fieldset>
        <legend>Operating point: j = C-rate × areal capacity</legend>
        <NumberField id="pc-T" label="Cell temperature" {...field('T')} error={err(t, 'T')} unit={unit('Tu', TEMPERATURE_UNITS)} />
        <NumberField id="pc-c" label="C-rate" {...field('c')} error={err(c, 'c')} unitText="C (h⁻¹)" hint="1C empties the cell in one hour." />
        <NumberField id="pc-q" label="Areal capacity" {...field('q')} error={err(q, 'q')} unitText="mAh/cm²" />
      </fieldset>
      <fieldset>
        <legend>Resistances in series (ASR)</legend>
        <NumberField id="pc-t" label="Separator thickness t" {...field('t')} error={err(sep, 't')} unitText="µm" />
        <NumberField id="pc-ri" label="Interface ASR at the reference temperature (both electrodes)" {...field('ri')} error={err(ri, 'ri')} unitText="Ω cm²" />
        <NumberField id="pc-ei" label="Activation energy of the interface ASR" {...field('ei')} error={err(ei, 'ei')} unitText="eV" hint="0 keeps the interface ASR the same at every temperature." />
        <NumberField id="pc-lc" label="Composite cathode thickness L" {...field('lc')} error={err(lc, 'lc')} unitText="µm" hint="0 leaves the cathode's ionic path out. Its pores hold the same electrolyte." />
        {cathodeUsed && <NumberField id="pc-ev" label="Electrolyte in the cathode ε" {...field('ev')} error={err(ev, 'ev')} unitText="vol%" />}
        {cathodeUsed && <NumberField id="pc-tau" label="Tortuosity factor τ of the cathode" {...field('tau')} error={err(tau, 'tau')} hint="Bruggeman: τ = ε^−½ (1.8 at 30 %); measured values are often higher." />}
      </fieldset>
      <fieldset>
        <legend>Cell voltage and mass</legend>
        <NumberField id="pc-V" label="Average open-circuit voltage" {...field('V')} error={err(vNom, 'V')} unitText="V" />
        <NumberField id="pc-dv" label="Fall of the open-circuit voltage from full to empty" {...field('dv')} error={err(dv, 'dv')} unitText="V" hint="0 for a flat plateau (LFP-like)." />
        <NumberField id="pc-vc" label="Cut-off voltage" {...field('vc')} error={err(vc, 'vc')} unitText="V" />
        <SelectField id="pc-mb" label="Cell mass, for Wh/kg and W/kg" value={v.mb} onChange={(x) => state.set('mb', x)}
          options={[{ value: 'none', label: 'not given' }, { value: 'mass', label: 'as mass per area' }, { value: 'whkg', label: 'from the cell’s Wh/kg at a low rate' }]} />
        {v.mb === 'mass' && <NumberField id="pc-m" label="Cell mass per electrode area" {...field('m')} error={err(m, 'm')} unitText="mg/cm²" />}
        {v.mb === 'whkg' && <NumberField id="pc-e" label="Cell specific energy at a low rate" {...field('e')} error={err(e, 'e')} unitText="Wh/kg" />}
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {verdict && <p><strong>{verdict}</strong></p>}
        <ResultsTable rows={rows} emptyText="Correct the marked fields to see results." />
        {result && !result.ok && !libField && <p class="calc-field__error" role="alert">{result.message}</p>}
        {r && r.warnings.length > 0 && <ul class="calc-warnings">{r.warnings.map((w) => <li><strong>Caution.</strong> {w}</li>)}</ul>}
        {r && input && (
          <p class="calc-working">Working: σ = {formatSig(input.sigmaRefSPerCm, 4)} S/cm × {input.form === 'sigmaT' ? `(${formatSig(input.referenceTemperatureK, 5)} K / ${formatSig(input.temperatureK, 5)} K) × ` : ''}exp[−({formatSig(input.activationEnergyEv, 4)} eV / k<sub>B</sub>)(1/{formatSig(input.temperatureK, 5)} K − 1/{formatSig(input.referenceTemperatureK, 5)} K)] = {formatSig(r.sigmaSPerCm)} S/cm; ASR = {formatSig(input.separatorThicknessUm / 1e4, 4)} cm / σ + {formatSig(r.interfaceAsrOhmCm2)}{cathodeUsed ? ` + ${formatSig(r.cathodeAsrOhmCm2)}` : ''} Ω cm² = {formatSig(r.totalAsrOhmCm2)} Ω cm²; η = {formatSig(r.currentDensityMaPerCm2 / 1000, 4)} A/cm² × ASR = {formatSig(r.overpotentialV)} V; the terminal voltage starts at {formatSig(input.nominalVoltageV + input.ocvSpanV / 2, 4)} V − η = {formatSig(input.nominalVoltageV + input.ocvSpanV / 2 - r.overpotentialV, 4)} V against a cut-off of {formatSig(input.cutoffVoltageV, 4)} V.</p>
        )}
      </div>
      {curve && (
        <div>
          <SelectField id="pc-x" label="Plot usable energy against" value={v.x} onChange={(x) => state.set('x', x)}
            options={[{ value: 'T', label: 'temperature (at this C-rate)' }, { value: 'c', label: 'C-rate (at this temperature)' }]} />
          <EnergyPlot svgRef={plotRef} xLabel={curve.xLabel} cell={curve.cell} idealSeparator={curve.ideal} point={curve.point} description={curve.description} />
        </div>
      )}
    </CalculatorFrame>
  );
}
