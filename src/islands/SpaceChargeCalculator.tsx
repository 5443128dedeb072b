// Space-charge calculator: Debye length in both conventions, Mott–Schottky depletion width, and the exact
// Poisson–Boltzmann profile (two mobile species: Gouy–Chapman; one mobile species over a fixed background),
// dilute or lattice-gas, with the space-charge capacitance and resistance per area.
// Physics in src/lib/space-charge.ts and src/lib/space-charge-pb.ts.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { AVOGADRO_PER_MOL, BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from '~/lib/constants';
import { formatSig } from '~/lib/format';
import { debyeLength, mottSchottkyWidth } from '~/lib/space-charge';
import { spaceChargeProfile } from '~/lib/space-charge-pb';
import { CONDUCTIVITY_UNITS, LENGTH_UNITS, TEMPERATURE_UNITS, unitValues, type UnitChoice } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { readField, type FieldReading } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { LinePlot, type Series } from './shared/LinePlot';
import { attempt } from './shared/attempt';
import { lengthParts, lengthUnit, niceCeil } from './space-charge/display';

/** Concentrations, canonical cm⁻³ (what the library takes). */
const CONCENTRATION_UNITS: UnitChoice[] = [
  { value: 'cm3', label: 'cm⁻³', toCanonical: (x) => x },
  { value: 'm3', label: 'm⁻³', toCanonical: (x) => x * 1e-6 },
  { value: 'molL', label: 'mol/L', toCanonical: (x) => (x * AVOGADRO_PER_MOL) / 1000 },
];

export const SPACE_CHARGE_SPEC: UrlSpec = {
  er: { kind: 'number', label: 'Relative permittivity', default: '30' },
  c: { kind: 'number', label: 'Concentration of mobile charged defects', default: '1e19' },
  cu: { kind: 'enum', label: 'Concentration unit', options: unitValues(CONCENTRATION_UNITS), default: 'cm3' },
  T: { kind: 'number', label: 'Temperature', default: '25' },
  Tu: { kind: 'enum', label: 'Temperature unit', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  z: { kind: 'number', label: 'Charge number', default: '1' },
  conv: { kind: 'enum', label: 'Debye-length convention', options: ['one', 'two'], default: 'one' },
  dphi: { kind: 'number', label: 'Potential step across the layer', default: '0.5' },
  kt: { kind: 'enum', label: 'Thermal correction', options: ['off', 'on'], default: 'off' },
  phi0: { kind: 'number', label: 'Interface potential', default: '0.1' },
  cy: { kind: 'enum', label: 'Concentration plot axis', options: ['log', 'lin'], default: 'log' },
  pm: { kind: 'enum', label: 'Which carriers move', options: ['two', 'one'], default: 'two' },
  sign: { kind: 'enum', label: 'Charge of the mobile carrier', options: ['pos', 'neg'], default: 'pos' },
  stat: { kind: 'enum', label: 'Statistics', options: ['dilute', 'lattice'], default: 'dilute' },
  N: { kind: 'number', label: 'Site density available to the mobile carriers', default: '1e22' },
  tp: { kind: 'number', label: 'Share of the bulk conductivity carried by the positive carrier', default: '0.5' },
  sig: { kind: 'number', label: 'Bulk conductivity', default: '1e-3' },
  sigu: { kind: 'enum', label: 'Bulk conductivity unit', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  L: { kind: 'number', label: 'Layer thickness', default: '100' },
  Lu: { kind: 'enum', label: 'Layer thickness unit', options: unitValues(LENGTH_UNITS), default: 'um' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
const PROFILE_POINTS = 121;
/** On the linear concentration axis, points above this multiple of the bulk value are left out (the log axis shows them). */
const LINEAR_CAP = 3;

/** k_B written with a real subscript, for labels and working. */
const kB = <>k<sub>B</sub></>;

/** A results row: `key` is its plain-text name (the CSV's), `label` what the table shows when it needs markup. */
interface Row { key: string; label?: JSX.Element; value: number; unit: string; chosen?: boolean }

export default function SpaceChargeCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(SPACE_CHARGE_SPEC, initial, syncUrl);
  const v = state.values;
  const potentialPlot = useRef<SVGSVGElement>(null);
  const concentrationPlot = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const unit = (key: string, choices: { value: string; label: string }[]) => ({ value: v[key], options: opts(choices), onChange: (u: string) => state.set(key, u) });
  const err = (r: FieldReading, key: string, extra?: string) => (r.ok ? extra ?? state.urlErrors[key] : r.message);

  const er = readField(v.er, { min: 1, max: 1e5, rangeText: 'from 1 (vacuum) to 10⁵' });
  const c = readField(v.c, { min: 1e10, max: 1e25, rangeText: 'from 10¹⁰ to 10²⁵ cm⁻³ (10¹⁶ to 10³¹ m⁻³, at most 16.6 mol/L). Below 10¹⁰ cm⁻³ the layer would be wider than a millimetre-sized sample' }, CONCENTRATION_UNITS, v.cu);
  const t = readField(v.T, { min: 1, max: 1e4, rangeText: 'from 1 K to 10 000 K (−272.15 °C to 9726.85 °C)' }, TEMPERATURE_UNITS, v.Tu);
  const zRead = readField(v.z, { min: 1, max: 6, rangeText: 'from 1 to 6' });
  const z: FieldReading = zRead.ok && !Number.isInteger(zRead.value) ? { ok: false, message: 'Enter a whole number from 1 to 6 (the size of the charge, e.g. 1 for Li⁺).' } : zRead;
  const dRead = readField(v.dphi, { min: -10, max: 10, rangeText: 'between −10 V and 10 V (not 0)' });
  const dphi: FieldReading = dRead.ok && dRead.value === 0 ? { ok: false, message: 'Enter a non-zero potential step: with ΔΦ = 0 there is no depletion layer.' } : dRead;
  const phi0 = readField(v.phi0, { min: -10, max: 10, rangeText: 'between −10 V and 10 V' });
  const oneModel = v.pm === 'one';
  const lattice = v.stat === 'lattice';
  const siteRead = readField(v.N, { min: 1e10, max: 1e25, rangeText: 'from 10¹⁰ to 10²⁵ cm⁻³ (close-packed solids have about 10²² to 10²³ sites per cm³)' });
  const tpRead = readField(v.tp, { min: 0, max: 1, rangeText: 'from 0 to 1 (1: only the positive carrier conducts)' });
  const sig = readField(v.sig, { min: 1e-20, max: 1e4, rangeText: 'from 10⁻²⁰ to 10⁴ S/cm' }, CONDUCTIVITY_UNITS, v.sigu);
  const thick = readField(v.L, { min: 1e-7, max: 10, rangeText: 'from 1 nm to 10 cm' }, LENGTH_UNITS, v.Lu);

  const material = er.ok && c.ok && t.ok && z.ok
    ? { relativePermittivity: er.value, concentrationPerCm3: c.value, temperatureK: t.value, chargeNumber: z.value }
    : null;
  const debye = material ? attempt(() => ({
    one: debyeLength({ ...material, convention: 'one-species' }),
    two: debyeLength({ ...material, convention: 'two-species' }),
  })) : null;
  const ms = material && dphi.ok ? attempt(() => mottSchottkyWidth({ ...material, potentialStepV: dphi.value, kTCorrection: v.kt === 'on' })) : null;
  const thermalV = material ? (BOLTZMANN_J_PER_K * material.temperatureK) / (material.chargeNumber * ELEMENTARY_CHARGE_C) : null;
  const carrierSign = v.sign === 'neg' ? -1 : 1;
  // In the one-species model the Mott–Schottky limit belongs to φ₀ itself, when φ₀ depletes the mobile carrier.
  const depleting = oneModel && phi0.ok && carrierSign * phi0.value > 0;
  const msLimit = material && depleting && phi0.ok && thermalV !== null && Math.abs(phi0.value) > thermalV
    ? attempt(() => mottSchottkyWidth({ ...material, potentialStepV: phi0.value, kTCorrection: true })) : null;
  const logAxis = v.cy !== 'lin';
  const lambdaModel = debye?.ok ? (oneModel ? debye.value.one.debyeLengthNm : debye.value.two.debyeLengthNm) : 1;
  const stepWidth = oneModel ? (msLimit?.ok ? msLimit.value.widthNm : 0) : (!logAxis && ms?.ok ? ms.value.widthNm : 0);
  const xMax = debye?.ok ? niceCeil(Math.max(6 * lambdaModel, 1.25 * stepWidth)) : 1;
  const distances = Array.from({ length: PROFILE_POINTS }, (_, k) => (xMax * k) / (PROFILE_POINTS - 1));
  const extrasOk = (!lattice || siteRead.ok) && (oneModel || tpRead.ok);
  const profile = material && phi0.ok && debye?.ok && extrasOk
    ? attempt(() => spaceChargeProfile({
      ...material,
      surfacePotentialV: phi0.value,
      model: oneModel ? 'one-species' : 'two-species',
      carrierSign,
      siteDensityPerCm3: lattice && siteRead.ok ? siteRead.value : undefined,
      cationConductivityFraction: !oneModel && tpRead.ok ? tpRead.value : undefined,
      bulkConductivitySPerCm: sig.ok ? sig.value : undefined,
      distancesNm: distances,
    }))
    : null;

  const rows: Row[] = [];
  const lengthRow = (key: string, nm: number, chosen?: boolean) => {
    const p = lengthParts(nm);
    rows.push({ key, value: p.value, unit: p.unit, chosen });
  };
  if (debye?.ok) {
    lengthRow('Debye length λ, one mobile species', debye.value.one.debyeLengthNm, v.conv === 'one');
    lengthRow('Debye length λ, two mobile species (λ₁/√2)', debye.value.two.debyeLengthNm, v.conv === 'two');
  }
  if (ms?.ok) {
    lengthRow('Mott–Schottky width w', ms.value.widthNm);
    if (debye?.ok) {
      const lambda = v.conv === 'two' ? debye.value.two.debyeLengthNm : debye.value.one.debyeLengthNm;
      rows.push({ key: `Ratio w / λ (${v.conv === 'two' ? 'two' : 'one'}-species λ)`, value: ms.value.widthNm / lambda, unit: '' });
    }
  }
  if (thermalV !== null && debye?.ok) rows.push({ key: 'Thermal voltage kT / (z e)', label: <>Thermal voltage {kB}T / (z e)</>, value: thermalV * 1000, unit: 'mV' });
  const pr = profile?.ok ? profile.value : null;
  const bulk = material?.concentrationPerCm3 ?? 1;
  const bulkAsr = sig.ok && thick.ok ? thick.value / sig.value : null;
  if (pr) {
    const p0 = pr.points[0]!;
    if (!oneModel || carrierSign > 0) rows.push({ key: 'Positive carrier at the interface, c₊(0)/c∞', value: p0.cationRatio, unit: '' });
    if (!oneModel || carrierSign < 0) rows.push({ key: 'Negative carrier at the interface, c₋(0)/c∞', value: p0.anionRatio, unit: '' });
    rows.push({ key: 'Space-charge capacitance Csc', label: <>Space-charge capacitance C<sub>sc</sub></>, value: pr.capacitanceFPerCm2 * 1e6, unit: 'µF cm⁻²' });
    rows.push({ key: 'Small-potential limit ε/λ', value: pr.debyeCapacitanceFPerCm2 * 1e6, unit: 'µF cm⁻²' });
    if (pr.resistanceOhmCm2 !== null) {
      rows.push({ key: 'Space-charge resistance Rsc (one interface)', label: <>Space-charge resistance R<sub>sc</sub> (one interface)</>, value: pr.resistanceOhmCm2, unit: 'Ω cm²' });
      if (bulkAsr !== null) {
        rows.push({ key: 'Bulk area-specific resistance L/σ∞', value: bulkAsr, unit: 'Ω cm²' });
        rows.push({ key: 'Ratio Rsc / (L/σ∞)', label: <>Ratio R<sub>sc</sub> / (L/σ∞)</>, value: pr.resistanceOhmCm2 / bulkAsr, unit: '' });
      }
      if (pr.resistanceOhmCm2 > 0) rows.push({ key: 'Apex frequency of the space-charge arc, 1/(2π Rsc Csc)', label: <>Apex frequency of the space-charge arc, 1/(2π R<sub>sc</sub>C<sub>sc</sub>)</>, value: 1 / (2 * Math.PI * pr.resistanceOhmCm2 * pr.capacitanceFPerCm2), unit: 'Hz' });
    }
  }

  const warnings = [
    ...(debye?.ok ? [...debye.value.one.warnings.map((w) => `One-species: ${w}`), ...debye.value.two.warnings.map((w) => `Two-species: ${w}`)] : []),
    ...(ms?.ok ? ms.value.warnings.map((w) => `Mott–Schottky: ${w}`) : []),
    ...(pr ? pr.warnings.filter((w) => !w.startsWith('λ =')).map((w) => `Profile: ${w}`) : []),
  ];

  // Field-level messages from the library (e.g. a φ₀ so large that the Boltzmann factors overflow).
  const msFieldError = ms && !ms.ok && ms.field === 'potentialStepV' ? ms.message : undefined;
  const profileFieldError = (name: string) => (profile && !profile.ok && profile.field === name ? profile.message : undefined);
  const handled = ['potentialStepV', 'surfacePotentialV', 'siteDensityPerCm3'];
  const otherErrors = [debye, ms, profile].filter((a) => a && !a.ok && !handled.includes(a.field ?? ''))
    .map((a) => (a && !a.ok ? a.message : ''));

  const axis = lengthUnit(xMax);
  const ratioPoints = (pick: 'cationRatio' | 'anionRatio'): [number, number][] =>
    pr ? pr.points.map((p) => [p.distanceNm / axis.nm, logAxis ? Math.log10(p[pick]) : p[pick]] as [number, number])
      .filter(([, y]) => Number.isFinite(y) && (logAxis || y <= LINEAR_CAP)) : [];
  const peakRatio = pr ? Math.max(pr.points[0]!.cationRatio, pr.points[0]!.anionRatio) : 0;
  const potentialSeries: Series[] = pr && phi0.ok ? [
    { label: 'Exact (Poisson–Boltzmann)', kind: 'line', tone: 1, points: pr.points.map((p) => [p.distanceNm / axis.nm, p.potentialV]) },
    { label: 'Linearised φ₀ exp(−x/λ)', kind: 'line', tone: 2, dashed: true, points: pr.points.map((p) => [p.distanceNm / axis.nm, phi0.value * Math.exp(-p.distanceNm / lambdaModel)]) },
  ] : [];
  const fixedSign = oneModel ? (carrierSign > 0 ? 'anionRatio' : 'cationRatio') : null;
  const concentrationSeries: Series[] = pr ? [
    ...(fixedSign === 'cationRatio' ? [] : [{ label: oneModel ? 'Mobile c₊/c∞' : 'c₊/c∞ (e.g. Li⁺)', kind: 'line' as const, tone: 1 as const, points: ratioPoints('cationRatio') }]),
    ...(fixedSign === 'anionRatio' ? [] : [{ label: oneModel ? 'Mobile c₋/c∞' : 'c₋/c∞', kind: 'line' as const, tone: 2 as const, points: ratioPoints('anionRatio') }]),
  ] : [];
  const stepLabel = oneModel ? 'Mott–Schottky limit' : `Mott–Schottky, ΔΦ = ${formatSig(Math.abs(dphi.ok ? dphi.value : 0))} V`;
  if (pr && !logAxis && stepWidth > 0 && stepWidth <= xMax) {
    const w = stepWidth / axis.nm;
    concentrationSeries.push({ label: stepLabel, kind: 'line', tone: 3, dashed: true, points: [[0, 0], [w, 0], [w, 1], [xMax / axis.nm, 1]] });
  }

  const resultCsv = (): string => csvText(['quantity', 'value', 'unit'], rows.map((r) => [r.key + (r.chosen ? ' (chosen convention)' : ''), Number(r.value.toPrecision(8)), r.unit]));
  const profileCsv = (): string => csvText(
    ['distance_nm', 'potential_V', 'field_V_per_cm', 'positive_over_bulk', 'negative_over_bulk', 'conductivity_over_bulk'],
    pr ? pr.points.map((p) => [p.distanceNm, p.potentialV, p.fieldVPerCm, p.cationRatio, p.anionRatio, p.conductivityRatio].map((x) => Number(x.toPrecision(8)))) : [],
  );
  const svgText = (el: SVGSVGElement | null): string => (el ? new XMLSerializer().serializeToString(el) : '');

  const cM3 = material ? material.concentrationPerCm3 * 1e6 : 0;
  const kT = material ? BOLTZMANN_J_PER_K * material.temperatureK : 0;
  const lambdaShown = debye?.ok ? (v.conv === 'two' ? debye.value.two.debyeLengthNm : debye.value.one.debyeLengthNm) : 0;
  const len = (nm: number) => { const p = lengthParts(nm); return `${formatSig(p.value)} ${p.unit}`; };
  const u0 = pr ? pr.reducedPotential : 0;

  return (
    <CalculatorFrame title="Space-charge layer" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download results (CSV)', disabled: rows.length === 0, onClick: () => downloadText('space-charge.csv', 'text/csv', resultCsv()) },
        { label: 'Download profile (CSV)', disabled: !pr, onClick: () => downloadText('space-charge-profile.csv', 'text/csv', profileCsv()) },
        { label: 'Download potential plot (SVG)', disabled: !pr, onClick: () => downloadText('space-charge-potential.svg', 'image/svg+xml', svgText(potentialPlot.current)) },
        { label: 'Download concentration plot (SVG)', disabled: !pr, onClick: () => downloadText('space-charge-concentration.svg', 'image/svg+xml', svgText(concentrationPlot.current)) },
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
        <SelectField id="sc-kt" label={<>Thermal correction ΔΦ − {kB}T/(z e)</>} value={v.kt}
          options={[{ value: 'off', label: 'off' }, { value: 'on', label: 'on' }]} onChange={(x) => state.set('kt', x)} />
      </fieldset>
      <fieldset>
        <legend>Profile at the interface (exact Poisson–Boltzmann)</legend>
        <SelectField id="sc-pm" label="Which carriers move" value={v.pm}
          options={[{ value: 'two', label: 'two, opposite signs (Gouy–Chapman)' }, { value: 'one', label: 'one, fixed background (doped)' }]}
          onChange={(x) => state.set('pm', x)} hint="One species: e.g. Li vacancies compensated by immobile aliovalent dopants; its strong-depletion limit is Mott–Schottky." />
        <NumberField id="sc-phi0" label="Interface potential φ₀ (relative to the bulk)" {...field('phi0')} error={err(phi0, 'phi0', profileFieldError('surfacePotentialV'))} unitText="V"
          hint="Positive φ₀ depletes positive carriers (Li⁺, Li interstitials) and enriches negative ones." />
        {oneModel && (
          <SelectField id="sc-sign" label="Charge of the mobile carrier" value={v.sign}
            options={[{ value: 'pos', label: 'positive (e.g. Li interstitial)' }, { value: 'neg', label: 'negative (e.g. Li vacancy)' }]} onChange={(x) => state.set('sign', x)} />
        )}
        {!oneModel && (
          <NumberField id="sc-tp" label="Share of the bulk conductivity carried by the positive carrier t₊" {...field('tp')} error={err(tpRead, 'tp')}
            hint="Used for the space-charge resistance only. 0.5 when both move equally well." />
        )}
        <SelectField id="sc-stat" label="Statistics" value={v.stat}
          options={[{ value: 'dilute', label: 'dilute (Boltzmann)' }, { value: 'lattice', label: 'lattice gas (Bikerman)' }]}
          onChange={(x) => state.set('stat', x)} hint="The lattice gas caps the accumulated carriers at the number of sites." />
        {lattice && (
          <NumberField id="sc-N" label="Site density N available to the mobile carriers" {...field('N')} error={err(siteRead, 'N', profileFieldError('siteDensityPerCm3'))} unitText="cm⁻³" />
        )}
        <SelectField id="sc-cy" label="Concentration plot axis" value={v.cy}
          options={[{ value: 'log', label: 'log₁₀(c/c∞)' }, { value: 'lin', label: 'c/c∞ (linear)' }]} onChange={(x) => state.set('cy', x)} hint="The linear axis also shows the Mott–Schottky step." />
      </fieldset>
      <fieldset>
        <legend>Resistance: space charge against the bulk</legend>
        <NumberField id="sc-sig" label="Bulk conductivity σ∞" {...field('sig')} error={err(sig, 'sig')} unit={unit('sigu', CONDUCTIVITY_UNITS)} />
        <NumberField id="sc-L" label="Layer thickness L (for the bulk resistance)" {...field('L')} error={err(thick, 'L')} unit={unit('Lu', LENGTH_UNITS)} />
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {rows.length === 0
          ? <p>Correct the marked fields to see results.</p>
          : (
            <table class="calc-results-table">
              <tbody>
                {rows.map((r) => (
                  <tr><th scope="row">{r.chosen ? <strong>{r.label ?? r.key} (your choice)</strong> : r.label ?? r.key}</th><td>{r.chosen ? <mark>{formatSig(r.value)}</mark> : formatSig(r.value)}</td><td>{r.unit}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        {otherErrors.map((m) => <p class="calc-field__error" role="alert">{m}</p>)}
        {warnings.length > 0 && (
          <ul class="calc-warnings">{warnings.map((w) => <li><strong>Caution.</strong> {w}</li>)}</ul>
        )}
        {debye?.ok && material && (
          <p class="calc-working">Working: c∞ = {formatSig(cM3, 4)} m⁻³, {kB}T = {formatSig(kT, 4)} J; λ₁ = √(εr ε₀ {kB}T / (z² e² c∞)) = √({formatSig(material.relativePermittivity, 4)} × 8.854 × 10⁻¹² F/m × {formatSig(kT, 4)} J / ({material.chargeNumber}² × (1.602 × 10⁻¹⁹ C)² × {formatSig(cM3, 4)} m⁻³)) = {len(debye.value.one.debyeLengthNm)}; λ₂ = λ₁/√2 = {len(debye.value.two.debyeLengthNm)}.</p>
        )}
        {ms?.ok && material && (
          <p class="calc-working">Working: w = √(2 εr ε₀ ΔΦ / (z e c∞)) = √(2 × {formatSig(material.relativePermittivity, 4)} × 8.854 × 10⁻¹² F/m × {formatSig(ms.value.effectivePotentialV, 4)} V / ({material.chargeNumber} × 1.602 × 10⁻¹⁹ C × {formatSig(cM3, 4)} m⁻³)) = {len(ms.value.widthNm)}{ms.value.kTCorrectionApplied ? <> (ΔΦ reduced by {kB}T/(z e) = {formatSig(thermalV! * 1000)} mV)</> : ''}, {formatSig(ms.value.widthNm / lambdaShown)} times the chosen Debye length.</p>
        )}
        {pr && phi0.ok && thermalV !== null && (
          <p class="calc-working">Working: u₀ = z e φ₀ / {kB}T = {formatSig(phi0.value, 4)} V / {formatSig(thermalV, 4)} V = {formatSig(u0)}. {oneModel
            ? <>One mobile species over a fixed background{lattice ? ' (lattice gas, θ = c∞/N)' : ''}: (du/dX)² = 2F with F = {lattice ? 'y + ln(1 − θ + θ exp(−y))/θ' : 'y + exp(−y) − 1'}, y = ±u for a {carrierSign > 0 ? 'positive' : 'negative'} carrier, X = x/λ₁ (λ₁ = {len(lambdaModel)}), integrated numerically.</>
            : <>Two mobile species{lattice ? ' (lattice gas, ν = 2c∞/N)' : ''}: (du/dX)² = 2F with F = {lattice ? 'ln(1 + 2ν sinh²(u/2))/ν' : 'cosh u − 1 (the Gouy–Chapman solution tanh(u/4) = tanh(u₀/4) exp(−X))'}, X = x/λ₂ (λ₂ = {len(lambdaModel)}).</>}
            {' '}Capacitance C<sub>sc</sub> = (ε/λ)·|F′(u₀)|/√(2F(u₀)) = {formatSig(pr.capacitanceFPerCm2 * 1e6)} µF cm⁻² against ε/λ = {formatSig(pr.debyeCapacitanceFPerCm2 * 1e6)} µF cm⁻².
            {pr.resistanceOhmCm2 !== null && sig.ok && <> R<sub>sc</sub> = ∫(1/σ(x) − 1/σ∞) dx = (λ/σ∞)∫(σ∞/σ − 1) dX = {formatSig(pr.resistanceOhmCm2)} Ω cm²{bulkAsr !== null && thick.ok ? <>; the bulk of a {len(thick.value * 1e7)} layer gives L/σ∞ = {formatSig(bulkAsr)} Ω cm²{pr.resistanceOhmCm2 > bulkAsr ? ', so the interface dominates' : ''}</> : ''}.</>}
            {!oneModel && Math.abs(u0) > 1 ? ' The linearised curve needs |u₀| ≪ 1, which does not hold here: compare the two curves.' : ''}</p>
        )}
      </div>
      {pr && (
        <div class="calc-plots">
          <LinePlot svgRef={potentialPlot} title="Potential profile φ(x)" xLabel={`Distance from the interface x (${axis.unit})`} yLabel="Potential φ (V)" series={potentialSeries}
            description={`Exact and linearised potential from ${formatSig(phi0.ok ? phi0.value : 0)} V at the interface to 0 in the bulk, over 0 to ${formatSig(xMax / axis.nm)} ${axis.unit}; Debye length ${len(lambdaModel)}.`} />
          <LinePlot svgRef={concentrationPlot} title="Carrier concentrations" xLabel={`Distance from the interface x (${axis.unit})`} yLabel={logAxis ? 'log₁₀(c/c∞)' : 'c/c∞'} series={concentrationSeries}
            description={`Mobile carrier concentrations relative to the bulk, from ${formatSig(pr.points[0]!.cationRatio)} (positive) and ${formatSig(pr.points[0]!.anionRatio)} (negative) at the interface to 1 in the bulk.`} />
          {!logAxis && peakRatio > LINEAR_CAP && (
            <p class="calc-working">The enriched carrier reaches {formatSig(peakRatio)} times its bulk value at the interface; on this linear axis the curve is shown only below {LINEAR_CAP} times the bulk value. Choose the log₁₀ axis to see all of it.</p>
          )}
        </div>
      )}
    </CalculatorFrame>
  );
}
