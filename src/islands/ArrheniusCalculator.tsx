// Arrhenius calculator: activation energy and prefactor from measured (T, σ) pairs, fitted in the σT and
// the σ form side by side, the Arrhenius plot, and σ extrapolated to a chosen temperature.
// Physics in src/lib/arrhenius.ts; parsing of the pasted or uploaded points in src/lib/arrhenius-points.ts.
import { useMemo, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { arrheniusFit, arrheniusLine, sigmaAtTemperature, type ArrheniusFitResult, type ArrheniusForm } from '~/lib/arrhenius';
import { parsePointsText, POINTS_MAX_CHARS, type ParsedPoint, type PointsConductivityUnit, type PointsTemperatureUnit } from '~/lib/arrhenius-points';
import { BOLTZMANN_EV_PER_K } from '~/lib/constants';
import { formatSig } from '~/lib/format';
import { niceTicks } from '~/lib/plot-scale';
import { celsiusToKelvin, kelvinToCelsius } from '~/lib/units';
import { CONDUCTIVITY_UNITS, TEMPERATURE_UNITS, unitChoice, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { SelectField } from './fields/SelectField';
import { NumberField } from './fields/NumberField';
import { readField } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { LinePlot, type Series, type TopAxis } from './shared/LinePlot';
import { attempt, type Attempt } from './shared/attempt';
import { PointsField } from './arrhenius/PointsField';
import { FitTable, FORM_LABEL, sig3 } from './arrhenius/FitTable';

const DEFAULT_POINTS = [
  '# Illustrative data: replace with your own',
  'T (°C), σ (S/cm)',
  '25, 1.02e-4',
  '40, 1.79e-4',
  '60, 3.81e-4',
  '80, 6.95e-4',
  '100, 1.24e-3',
].join('\n');

export const ARRHENIUS_SPEC: UrlSpec = {
  pts: { kind: 'text', default: DEFAULT_POINTS, maxLength: POINTS_MAX_CHARS },
  Tu: { kind: 'enum', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  su: { kind: 'enum', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  form: { kind: 'enum', options: ['sigmaT', 'sigma'], default: 'sigmaT' },
  Tx: { kind: 'number', default: '-20' },
  Txu: { kind: 'enum', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
const FORMS: { value: ArrheniusForm; label: string }[] = [
  { value: 'sigmaT', label: 'σT form: σT = A exp(−Eₐ/k_BT)' },
  { value: 'sigma', label: 'σ form: σ = A exp(−Eₐ/k_BT)' },
];
const tText = (k: number) => `${formatSig(kelvinToCelsius(k), 4)} °C (${formatSig(k, 4)} K)`;
/** The Arrhenius plot's top axis: round Celsius temperatures placed at their 1000/T (K⁻¹). */
const CELSIUS_AXIS: TopAxis = {
  label: 'T (°C)',
  ticks: ([lowPerK, highPerK]) => {
    const hotK = lowPerK > 0 ? 1000 / lowPerK : 1e4;
    const coldK = highPerK > 0 ? 1000 / highPerK : 1;
    return niceTicks(kelvinToCelsius(coldK), kelvinToCelsius(hotK), 7)
      .filter((c) => celsiusToKelvin(c) > 0)
      .map((c) => ({ x: 1000 / celsiusToKelvin(c), label: formatSig(c, 3) }));
  },
};
/** log₁₀ of the plotted quantity: σT (S K/cm) or σ (S/cm). */
const plotY = (form: ArrheniusForm, tK: number, sigma: number) => Math.log10(form === 'sigmaT' ? sigma * tK : sigma);

interface Extrapolation { tK: number; refK: number; sigmaRef: number; sigma: number; outside: boolean }

export default function ArrheniusCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(ARRHENIUS_SPEC, initial, syncUrl);
  const v = state.values;
  const svgRef = useRef<SVGSVGElement>(null);
  const form = v.form as ArrheniusForm;
  const sUnit = unitChoice(CONDUCTIVITY_UNITS, v.su);

  const parsed = useMemo(() => parsePointsText(v.pts, { temperatureUnit: v.Tu as PointsTemperatureUnit, conductivityUnit: v.su as PointsConductivityUnit }), [v.pts, v.Tu, v.su]);
  const points: ParsedPoint[] = parsed.points;
  const pointErrors = parsed.errors.map((e) => e.message);
  if (pointErrors.length === 0 && points.length < 2) pointErrors.push(points.length === 0 ? 'Enter at least two points: one temperature and one conductivity per line.' : 'Enter at least two points; one point gives no slope.');
  if (state.urlErrors.pts) pointErrors.unshift(state.urlErrors.pts);
  const usable = parsed.errors.length === 0 && points.length >= 2;

  const fits = useMemo<Record<ArrheniusForm, Attempt<ArrheniusFitResult>> | null>(() => (usable
    ? { sigmaT: attempt(() => arrheniusFit(points, 'sigmaT')), sigma: attempt(() => arrheniusFit(points, 'sigma')) }
    : null), [parsed, usable]);
  const fit = fits?.[form];
  const best = fit?.ok ? fit.value : null;

  const tMinK = Math.min(...points.map((p) => p.temperatureK));
  const tMaxK = Math.max(...points.map((p) => p.temperatureK));
  const tx = readField(v.Tx, { min: 1, max: 1e4, rangeText: 'between 1 K and 10 000 K (above absolute zero)' }, TEMPERATURE_UNITS, v.Txu);

  // Extrapolation from the fitted line: σ_ref is the fitted value at T_ref = 1/mean(1/T) of the data.
  const extra: Attempt<Extrapolation> | null = best && tx.ok ? attempt(() => {
    const refK = points.length / points.reduce((a, p) => a + 1 / p.temperatureK, 0);
    const lnY = best.lnPrefactor - best.activationEnergyEv / (BOLTZMANN_EV_PER_K * refK);
    const sigmaRef = Math.exp(form === 'sigmaT' ? lnY - Math.log(refK) : lnY);
    const r = sigmaAtTemperature({ activationEnergyEv: best.activationEnergyEv, sigmaRefSPerCm: sigmaRef, referenceTemperatureK: refK, temperatureK: tx.value, form });
    return { tK: tx.value, refK, sigmaRef, sigma: r.sigmaSPerCm, outside: tx.value < tMinK - 1e-9 || tx.value > tMaxK + 1e-9 };
  }) : null;

  // Plot: the fitted line over the data, and a dashed extension to the chosen temperature when it is near enough to show.
  const span = best ? 1000 / tMinK - 1000 / tMaxK : 0;
  const showExtra = extra?.ok && extra.value.outside && Math.abs(1000 / extra.value.tK - (extra.value.tK < tMinK ? 1000 / tMinK : 1000 / tMaxK)) <= Math.max(1.5 * span, 1);
  const lines = best ? attempt(() => ({
    fit: arrheniusLine({ activationEnergyEv: best.activationEnergyEv, lnPrefactor: best.lnPrefactor, form, temperatureMinK: tMinK, temperatureMaxK: tMaxK, count: 30 }),
    ext: showExtra && extra?.ok
      ? arrheniusLine({ activationEnergyEv: best.activationEnergyEv, lnPrefactor: best.lnPrefactor, form, temperatureMinK: Math.min(extra.value.tK, tMinK), temperatureMaxK: Math.max(extra.value.tK, tMaxK), count: 30 })
      : null,
  })) : null;
  const yOfLine = (p: { log10SigmaSPerCm: number; log10SigmaTSKPerCm: number }) => (form === 'sigmaT' ? p.log10SigmaTSKPerCm : p.log10SigmaSPerCm);
  const series: Series[] = [];
  if (lines?.ok) {
    if (lines.value.ext) series.push({ label: 'line extended', kind: 'line', tone: 1, dashed: true, points: lines.value.ext.map((p) => [p.thousandOverTPerK, yOfLine(p)]) });
    series.push({ label: `fit, Eₐ = ${sig3(best!.activationEnergyEv)} eV`, kind: 'line', tone: 1, points: lines.value.fit.map((p) => [p.thousandOverTPerK, yOfLine(p)]) });
    series.push({ label: 'measured points', kind: 'points', tone: 2, points: points.map((p) => [1000 / p.temperatureK, plotY(form, p.temperatureK, p.sigmaSPerCm)]) });
    if (showExtra && extra?.ok) series.push({ label: `σ at ${formatSig(kelvinToCelsius(extra.value.tK), 3)} °C`, kind: 'points', tone: 3, points: [[1000 / extra.value.tK, plotY(form, extra.value.tK, extra.value.sigma)]] });
  }

  const csvPoints = () => {
    const rows = points.map((p, k) => {
      const fitted = best ? Math.exp(best.lnPrefactor - best.activationEnergyEv / (BOLTZMANN_EV_PER_K * p.temperatureK)) / (form === 'sigmaT' ? p.temperatureK : 1) : NaN;
      const num = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(8)) : '');
      return [p.line, num(p.temperatureK), num(kelvinToCelsius(p.temperatureK)), num(1000 / p.temperatureK), num(p.sigmaSPerCm), num(Math.log10(p.sigmaSPerCm)), num(Math.log10(p.sigmaSPerCm * p.temperatureK)),
        num(fitted), best ? num(best.residuals[k]!) : ''];
    });
    const header = ['line', 'T_K', 'T_C', '1000_over_T_per_K', 'sigma_S_per_cm', 'log10_sigma_S_per_cm', 'log10_sigmaT_S_K_per_cm', `fit_sigma_S_per_cm_${form}_form`, `residual_ln_${form === 'sigmaT' ? 'sigmaT' : 'sigma'}`];
    downloadText('arrhenius-points.csv', 'text/csv', csvText(header, rows));
  };
  const csvFit = () => {
    const rows: (string | number)[][] = [];
    for (const f of ['sigmaT', 'sigma'] as const) {
      const r = fits?.[f];
      if (!r?.ok) continue;
      const x = r.value;
      const n8 = (y: number) => Number(y.toPrecision(8));
      rows.push([f, 'activation energy', n8(x.activationEnergyEv), 'eV'], [f, 'activation energy', n8(x.activationEnergyKjPerMol), 'kJ/mol']);
      if (x.activationEnergyStdErrEv !== null) rows.push([f, 'standard error of activation energy', n8(x.activationEnergyStdErrEv), 'eV'], [f, 'R squared', n8(x.rSquared), '']);
      rows.push([f, 'ln prefactor', n8(x.lnPrefactor), `ln(${x.prefactorUnit})`], [f, 'points', x.n, '']);
    }
    if (extra?.ok) rows.push([form, `extrapolated sigma at ${Number(extra.value.tK.toPrecision(8))} K`, Number(extra.value.sigma.toPrecision(8)), 'S/cm']);
    downloadText('arrhenius-fit.csv', 'text/csv', csvText(['form', 'quantity', 'value', 'unit'], rows));
  };
  const svgDownload = () => {
    if (!svgRef.current) return;
    downloadText('arrhenius-plot.svg', 'image/svg+xml', `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svgRef.current)}`);
  };

  const summary = points.length === 0 ? 'No points read yet.'
    : `${points.length} point${points.length === 1 ? '' : 's'} read, ${tMinK === tMaxK ? `at ${tText(tMinK)}` : `from ${tText(tMinK)} to ${tText(tMaxK)}`}${parsed.headerLine ? `; line ${parsed.headerLine} taken as column names` : ''}.`;
  const otherForm: ArrheniusForm = form === 'sigmaT' ? 'sigma' : 'sigmaT';
  const other = fits?.[otherForm];

  return (
    <CalculatorFrame title="Activation energy from an Arrhenius plot" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download points and fit (CSV)', disabled: !best, onClick: csvPoints },
        { label: 'Download fit results (CSV)', disabled: !best, onClick: csvFit },
        { label: 'Download plot (SVG)', disabled: series.length === 0, onClick: svgDownload },
      ]}>
      <fieldset>
        <legend>Data</legend>
        <PointsField id="arr-pts" value={v.pts} onInput={(t) => state.set('pts', t)} errors={pointErrors} summary={summary} />
        <SelectField id="arr-Tu" label="Temperatures in the data are in" value={v.Tu} options={opts(TEMPERATURE_UNITS)} onChange={(u) => state.set('Tu', u)} />
        <SelectField id="arr-su" label="Conductivities in the data are in" value={v.su} options={opts(CONDUCTIVITY_UNITS)} onChange={(u) => state.set('su', u)} />
        {(['Tu', 'su'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <fieldset>
        <legend>Fit and extrapolation</legend>
        <SelectField id="arr-form" label="Arrhenius form for the plot and extrapolation" value={v.form} options={FORMS} onChange={(f) => state.set('form', f)}
          hint="Both forms are fitted and shown below. The σT form follows from the Nernst–Einstein relation for hopping ions and is the usual one for solid electrolytes." />
        <NumberField id="arr-Tx" label="Extrapolate σ to the temperature" value={v.Tx} onInput={(t) => state.set('Tx', t)} error={tx.ok ? state.urlErrors.Tx : tx.message}
          unit={{ value: v.Txu, options: opts(TEMPERATURE_UNITS), onChange: (u) => state.set('Txu', u) }} />
        {(['form', 'Txu'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {!fits && <p>Correct the data above to see the fit.</p>}
        {fits && fit && !fit.ok && <p class="calc-field__error" role="alert">{fit.message}</p>}
        {fits && best && <FitTable fits={fits} chosen={form} />}
        {best && best.warnings.map((w) => <p class="calc-field__error">{w}</p>)}
        {best && (
          <p class="calc-working">
            Working ({FORM_LABEL[form]}, {best.n} points): slope = −Eₐ/k_B = {formatSig(-best.activationEnergyEv / BOLTZMANN_EV_PER_K, 4)} K and
            ln A = {formatSig(best.lnPrefactor, 4)}; Eₐ = −slope × k_B = {formatSig(best.activationEnergyEv / BOLTZMANN_EV_PER_K, 4)} K × {formatSig(BOLTZMANN_EV_PER_K, 4)} eV/K
            = {sig3(best.activationEnergyEv)} eV = {sig3(best.activationEnergyKjPerMol)} kJ/mol.
            {other?.ok && ` The ${otherForm === 'sigma' ? 'σ' : 'σT'} form gives ${sig3(other.value.activationEnergyEv)} eV: the two differ by about k_B T (${formatSig(BOLTZMANN_EV_PER_K * (tMinK + tMaxK) / 2, 2)} eV at the middle of the range), so always say which form a value comes from.`}
          </p>
        )}
        {extra && !extra.ok && <p class="calc-field__error" role="alert">{extra.message}</p>}
        {extra?.ok && (
          <>
            <table class="calc-results-table">
              <tbody>
                <tr><th scope="row">σ at {tText(extra.value.tK)}</th><td>{formatSig(extra.value.sigma)}</td><td>S/cm</td></tr>
                {v.su !== 'S_cm' && <tr><th scope="row">σ at {tText(extra.value.tK)}</th><td>{formatSig(extra.value.sigma / sUnit.toCanonical(1))}</td><td>{sUnit.label}</td></tr>}
              </tbody>
            </table>
            <p class="calc-working">
              Working: σ(T) = σ_ref{form === 'sigmaT' ? ' (T_ref/T)' : ''} exp[−(Eₐ/k_B)(1/T − 1/T_ref)], with σ_ref = {formatSig(extra.value.sigmaRef)} S/cm read off the
              fitted line at T_ref = {formatSig(extra.value.refK, 4)} K (the middle of the data in 1/T).
            </p>
            {extra.value.outside && (
              <p class="calc-field__hint">
                This is outside the measured range ({tText(tMinK)} to {tText(tMaxK)}): it assumes the same mechanism holds there, with no phase change, knee or
                change in grain-boundary behaviour.{!showExtra && ' It is too far from the data to draw on the plot.'}
              </p>
            )}
          </>
        )}
        {lines && !lines.ok && <p class="calc-field__error" role="alert">{lines.message}</p>}
        {series.length > 0 && best && (
          <LinePlot svgRef={svgRef} title="Arrhenius plot" xLabel="1000/T (K⁻¹)" topAxis={CELSIUS_AXIS} yLabel={form === 'sigmaT' ? 'log₁₀(σT / S K cm⁻¹)' : 'log₁₀(σ / S cm⁻¹)'} series={series}
            description={`${points.length} measured points between ${tText(tMinK)} and ${tText(tMaxK)}, with the least-squares line of the ${form === 'sigmaT' ? 'σT' : 'σ'} form, Eₐ = ${sig3(best.activationEnergyEv)} eV.`} />
        )}
        {series.length > 0 && form === 'sigmaT' && (
          <p class="calc-field__hint">The σT form is plotted as log₁₀(σT), so that its fit is a straight line; choose the σ form to plot log₁₀σ. Temperature falls to the right.</p>
        )}
      </div>
    </CalculatorFrame>
  );
}
