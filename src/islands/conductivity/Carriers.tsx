// The conductivity calculator's carrier section: the mobile-ion density from a formula and a density, then
// Nernst–Einstein with the Haven ratio either way (σ → D_σ, D* or D* → σ) and the mobility, with the working.
// Physics in src/lib/conductivity-carriers.ts and src/lib/conductivity.ts.
import type { JSX } from 'preact';
import { conductivityFromDiffusivity, diffusivityFromConductivity, mobilityFromConductivity } from '~/lib/conductivity';
import { carriersFromFormula, MOBILE_ION_SYMBOLS, type FormulaCarriersResult, type MobileIon } from '~/lib/conductivity-carriers';
import { formatSig } from '~/lib/format';
import { CONDUCTIVITY_UNITS, TEMPERATURE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { attempt, type Attempt } from '../shared/attempt';
import { readField, type FieldReading } from '../shared/readField';
import { ResultsTable, type ResultRow } from '../shared/ResultsTable';
import type { CalculatorState } from '../shared/useCalculatorState';

const FORMULA_MAX_LENGTH = 80;
export const CARRIER_SOURCES = ['pellet', 'sigma', 'tracer'] as const;
type CarrierSource = (typeof CARRIER_SOURCES)[number];

/** Link keys: formula, ion, density, mobile ions per formula unit, T, Haven ratio, what to start from. */
export const CARRIERS_SPEC: UrlSpec = {
  nf: { kind: 'text', label: 'Formula of the electrolyte', default: 'Li1.3Al0.3Ti1.7(PO4)3', maxLength: FORMULA_MAX_LENGTH },
  ni: { kind: 'enum', label: 'Mobile ion', options: MOBILE_ION_SYMBOLS, default: 'Li' },
  nd: { kind: 'number', label: 'Density', default: '2.94' },
  nc: { kind: 'number', label: 'Mobile ions per formula unit', default: '' },
  nT: { kind: 'number', label: 'Temperature', default: '25' },
  nTu: { kind: 'enum', label: 'Temperature unit', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  nh: { kind: 'number', label: 'Haven ratio', default: '1' },
  nx: { kind: 'enum', label: 'Start from', options: CARRIER_SOURCES, default: 'pellet' },
  ns: { kind: 'number', label: 'Conductivity typed for Nernst–Einstein', default: '1e-3' },
  nsu: { kind: 'enum', label: 'Unit of the conductivity typed for Nernst–Einstein', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  nD: { kind: 'number', label: 'Tracer diffusion coefficient', default: '1e-8' },
};

const SOURCE_OPTIONS: { value: CarrierSource; label: string }[] = [
  { value: 'pellet', label: 'the pellet’s σ above' },
  { value: 'sigma', label: 'a σ typed here' },
  { value: 'tracer', label: 'a tracer or NMR D*' },
];

export interface CarrierResults {
  carriers: FormulaCarriersResult;
  sigmaSPerCm: number;
  chargeDiffusivityCm2PerS: number;
  tracerDiffusivityCm2PerS: number;
  mobilityCm2PerVS: number;
  temperatureK: number;
  havenRatio: number;
}

export interface CarrierReading {
  fields: Record<string, FieldReading | null>;
  result: Attempt<CarrierResults> | null;
  rows: ResultRow[];
}

/** Which field shows a refusal the physics names. */
const FIELD_OF: Record<string, string> = { formula: 'nf', densityGPerCm3: 'nd', carriersPerFormulaUnit: 'nc' };

/** Read the section's fields and compute; `pelletSigmaSPerCm` is the pellet section's σ, or null where it has none. */
export function readCarriers(v: Record<string, string>, pelletSigmaSPerCm: number | null): CarrierReading {
  const source = v.nx as CarrierSource;
  const fields: Record<string, FieldReading | null> = {
    nd: readField(v.nd!, { min: 0, max: 30, minExclusive: true, rangeText: 'above 0 and at most 30 g/cm³' }),
    nc: v.nc!.trim() === '' ? null : readField(v.nc!, { min: 0, max: 1e4, minExclusive: true, rangeText: 'above 0' }),
    nT: readField(v.nT!, { min: 1, max: 1e4, rangeText: 'from 1 K to 10 000 K' }, TEMPERATURE_UNITS, v.nTu),
    nh: readField(v.nh!, { min: 0.01, max: 10, rangeText: 'from 0.01 to 10' }),
    ns: source === 'sigma' ? readField(v.ns!, { min: 1e-40, max: 1e6, minExclusive: true, rangeText: 'above 0 (at most 10⁶ S/cm)' }, CONDUCTIVITY_UNITS, v.nsu) : null,
    nD: source === 'tracer' ? readField(v.nD!, { min: 1e-50, max: 1e3, rangeText: 'above 0 (at most 1000 cm²/s)' }) : null,
  };
  const ok = (k: string) => fields[k] === null || fields[k]!.ok;
  const num = (k: string) => { const f = fields[k]; return f?.ok ? f.value : NaN; };
  // The carrier count needs only the formula and density, so a bad formula is named even while σ is missing.
  const carriers = v.nf!.trim() !== '' && ok('nd') && ok('nc')
    ? attempt(() => carriersFromFormula({ formula: v.nf!, densityGPerCm3: num('nd'), ion: v.ni as MobileIon, carriersPerFormulaUnit: fields.nc ? num('nc') : undefined }))
    : null;
  const sigmaIn = source === 'pellet' ? pelletSigmaSPerCm : source === 'sigma' ? num('ns') : null;
  const counted = carriers?.ok ? carriers.value : null;
  const ready = counted !== null && Object.keys(fields).every(ok) && (source !== 'pellet' || pelletSigmaSPerCm !== null);
  const result: Attempt<CarrierResults> | null = carriers && !carriers.ok ? carriers : ready
    ? attempt((): CarrierResults => {
      const common = { carrierConcentrationPerCm3: counted!.carrierConcentrationPerCm3, temperatureK: num('nT'), chargeNumber: counted!.chargeNumber, havenRatio: num('nh') };
      const fromSigma = sigmaIn !== null;
      const sigmaSPerCm = fromSigma ? sigmaIn : conductivityFromDiffusivity({ ...common, tracerDiffusivityCm2PerS: num('nD') }).sigmaSPerCm;
      const d = diffusivityFromConductivity({ ...common, sigmaSPerCm });
      const { mobilityCm2PerVS } = mobilityFromConductivity({ sigmaSPerCm, carrierConcentrationPerCm3: common.carrierConcentrationPerCm3, chargeNumber: common.chargeNumber });
      return {
        carriers: counted!, sigmaSPerCm, mobilityCm2PerVS, temperatureK: common.temperatureK, havenRatio: common.havenRatio,
        chargeDiffusivityCm2PerS: d.chargeDiffusivityCm2PerS,
        tracerDiffusivityCm2PerS: fromSigma ? d.tracerDiffusivityCm2PerS : num('nD'),
      };
    })
    : null;
  const rows: ResultRow[] = [];
  if (counted) {
    const ion = `${v.ni}${counted.chargeNumber === 2 ? '²⁺' : '⁺'}`; // the offered ions are mono- or divalent
    rows.push(
      { label: 'Molar mass of the formula', value: counted.molarMassGPerMol, unit: 'g/mol', sig: 5 },
      { label: `Mobile ${ion} per cm³`, value: counted.carrierConcentrationPerCm3, unit: 'cm⁻³' },
      { label: `Mobile ${ion} concentration`, value: counted.carrierMolPerL, unit: 'mol/L' },
    );
  }
  if (result?.ok) {
    const r = result.value;
    if (source === 'tracer') rows.push({ label: 'Conductivity from the diffusion coefficient', value: r.sigmaSPerCm, unit: 'S/cm' });
    rows.push(
      { label: 'Charge diffusion coefficient', value: r.chargeDiffusivityCm2PerS, unit: 'cm²/s' },
      { label: 'Tracer diffusion coefficient', value: r.tracerDiffusivityCm2PerS, unit: 'cm²/s' },
      { label: 'Ion mobility', value: r.mobilityCm2PerVS, unit: 'cm²/(V s)' },
    );
  }
  return { fields, result, rows };
}

/** The fields and results of the carrier section. */
export function Carriers({ state, reading }: { state: CalculatorState; reading: CarrierReading }): JSX.Element {
  const v = state.values;
  const { result } = reading;
  const physicsMessage = (key: string) => (result && !result.ok && FIELD_OF[result.field ?? ''] === key ? result.message : undefined);
  const message = (key: string) => {
    const f = reading.fields[key];
    return (f && !f.ok ? f.message : undefined) ?? physicsMessage(key) ?? state.urlErrors[key];
  };
  const field = (key: string) => ({ value: v[key]!, onInput: (text: string) => state.set(key, text), error: message(key) });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key]!, options: choices.map(({ value, label }) => ({ value, label })), onChange: (u: string) => state.set(key, u) });
  const formulaError = v.nf!.trim() === '' ? 'Enter the formula of the electrolyte.' : physicsMessage('nf') ?? state.urlErrors.nf;
  const unexplained = result && !result.ok && !FIELD_OF[result.field ?? ''];
  return (
    <>
      <fieldset>
        <legend>Mobile ions: n = N ρ N<sub>A</sub> / M</legend>
        <TextField id="cond-nf" label="Formula of the electrolyte" value={v.nf!} maxLength={FORMULA_MAX_LENGTH} onInput={(t) => state.set('nf', t)} error={formulaError} hint="E.g. Li7La3Zr2O12, Li1.5Al0.5Ge1.5(PO4)3, Li10GeP2S12." />
        <SelectField id="cond-ni" label="Mobile ion" value={v.ni!} options={MOBILE_ION_SYMBOLS.map((s) => ({ value: s, label: s }))} onChange={(x) => state.set('ni', x)} />
        <NumberField id="cond-nd" label="Density" {...field('nd')} unitText="g/cm³" hint="The X-ray density for the dense material; a porous pellet’s measured density undercounts it." />
        <NumberField id="cond-nc" label="Mobile ions per formula unit (optional)" {...field('nc')}
          hint="Leave empty to count every ion of the element. If only some sites conduct, that overstates n, so D and μ come out too low." />
      </fieldset>
      <fieldset>
        <legend>Nernst–Einstein: D<sub>σ</sub> = σ k<sub>B</sub>T / (n z² e²), D* = H<sub>R</sub> D<sub>σ</sub></legend>
        <SelectField id="cond-nx" label="Start from" value={v.nx!} options={SOURCE_OPTIONS} onChange={(x) => state.set('nx', x)} />
        {v.nx === 'sigma' && <NumberField id="cond-ns" label="Conductivity σ" {...field('ns')} unit={unit('nsu', CONDUCTIVITY_UNITS)} />}
        {v.nx === 'tracer' && <NumberField id="cond-nD" label="Tracer diffusion coefficient D*" {...field('nD')} unitText="cm²/s" hint="From tracer profiles or pulsed-field-gradient NMR." />}
        <NumberField id="cond-nT" label="Temperature" {...field('nT')} unit={unit('nTu', TEMPERATURE_UNITS)} />
        <NumberField id="cond-nh" label="Haven ratio" {...field('nh')} hint="Tracer over charge diffusion coefficient: 1 for uncorrelated hops; correlated hopping in fast ion conductors typically gives 0.3 to 1." />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Carriers, diffusion and mobility</p>
        <ResultsTable rows={reading.rows} emptyText="Correct the marked fields to see these results." />
        {reading.rows.length > 0 && !result && v.nx === 'pellet' && <p class="calc-working">The diffusion coefficients and the mobility need the pellet’s σ: correct the pellet fields above, or start from a σ typed here.</p>}
        {unexplained && <p class="calc-field__error" role="alert">{result.message}</p>}
        {result?.ok && <CarrierWorking r={result.value} ion={v.ni!} fromTracer={v.nx === 'tracer'} />}
      </div>
    </>
  );
}

function CarrierWorking({ r, ion, fromTracer }: { r: CarrierResults; ion: string; fromTracer: boolean }): JSX.Element {
  const c = r.carriers;
  return (
    <p class="calc-working">
      Working: M = {formatSig(c.molarMassGPerMol, 5)} g/mol with {formatSig(c.carriersPerFormulaUnit, 4)} of its {formatSig(c.ionsInFormula, 4)} {ion} counted, so
      n = {formatSig(c.carriersPerFormulaUnit, 4)} × ρ × N<sub>A</sub> / M = {formatSig(c.carrierConcentrationPerCm3)} cm⁻³.
      {fromTracer
        ? <> From D* = {formatSig(r.tracerDiffusivityCm2PerS)} cm²/s: D<sub>σ</sub> = D*/H<sub>R</sub> = {formatSig(r.chargeDiffusivityCm2PerS)} cm²/s and σ = n z² e² D<sub>σ</sub> / (k<sub>B</sub>T) = {formatSig(r.sigmaSPerCm)} S/cm at {formatSig(r.temperatureK, 5)} K.</>
        : <> From σ = {formatSig(r.sigmaSPerCm)} S/cm at {formatSig(r.temperatureK, 5)} K: D<sub>σ</sub> = σ k<sub>B</sub>T / (n z² e²) = {formatSig(r.chargeDiffusivityCm2PerS)} cm²/s and D* = H<sub>R</sub> D<sub>σ</sub> = {formatSig(r.havenRatio, 3)} × D<sub>σ</sub> = {formatSig(r.tracerDiffusivityCm2PerS)} cm²/s.</>}
      {' '}Mobility μ = σ / (n z e) = {formatSig(r.mobilityCm2PerVS)} cm²/(V s), with z = {c.chargeNumber} and e in coulombs.
    </p>
  );
}
