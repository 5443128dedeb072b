// Arrhenius calculator: activation energy and prefactor from measured (T, σ) pairs, fitted in the σT and
// the σ form side by side with 95 % intervals, optionally weighted by per-point uncertainties; the Arrhenius
// plot with the line's confidence band, the residuals, σ extrapolated to a chosen temperature, and on request
// a two-regime fit or a VTF fit. Physics in src/lib/arrhenius.ts, arrhenius-segmented.ts and vtf.ts; parsing
// of the pasted or uploaded points in src/lib/arrhenius-points.ts.
import { useMemo, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { arrheniusFit, arrheniusLine, fitBandHalfWidth, sigmaAtTemperature, type ArrheniusFitResult, type ArrheniusForm } from '~/lib/arrhenius';
import { parsePointsText, POINTS_MAX_CHARS, type ParsedPoint, type PointsConductivityUnit, type PointsTemperatureUnit, type PointsUncertainty } from '~/lib/arrhenius-points';
import { arrheniusSegmentedFit, SEGMENT_MIN_POINTS, type SegmentedFitResult } from '~/lib/arrhenius-segmented';
import { vtfFit, vtfSigmaSPerCm, VTF_MIN_POINTS, type VtfFitResult } from '~/lib/vtf';
import { BOLTZMANN_EV_PER_K } from '~/lib/constants';
import { formatSig, formatSigFromLog10 } from '~/lib/format';
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
import { FIT_KIND_TEXT, FitTable, FORM_LABEL, sig3 } from './arrhenius/FitTable';
import { SegmentedPanel } from './arrhenius/SegmentedPanel';
import { VtfPanel } from './arrhenius/VtfPanel';
import { FAMILY_IDS } from '~/lib/explorer/pool';
import type { OverlayFamily } from '~/lib/arrhenius-overlay';

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
  pts: { kind: 'text', label: 'Measured points', default: DEFAULT_POINTS, maxLength: POINTS_MAX_CHARS },
  Tu: { kind: 'enum', label: 'Temperature unit of the data', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  su: { kind: 'enum', label: 'Conductivity unit of the data', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  form: { kind: 'enum', label: 'Arrhenius form', options: ['sigmaT', 'sigma'], default: 'sigmaT' },
  Tx: { kind: 'number', label: 'Extrapolation temperature', default: '-20' },
  Txu: { kind: 'enum', label: 'Extrapolation temperature unit', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  unc: { kind: 'enum', label: 'What a third column holds', options: ['none', 'abs', 'rel'], default: 'none' },
  more: { kind: 'enum', label: 'Also fit and draw', options: ['none', 'two', 'vtf'], default: 'none' },
  cmp: { kind: 'enum', label: 'Draw beside my points', options: ['none', ...FAMILY_IDS], default: 'none' },
};

const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));
// Option text cannot hold a subscript: Boltzmann's constant is written kB there.
const FORMS: { value: ArrheniusForm; label: string }[] = [
  { value: 'sigmaT', label: 'σT form: σT = A exp(−Eₐ / kB T)' },
  { value: 'sigma', label: 'σ form: σ = A exp(−Eₐ / kB T)' },
];
const UNCERTAINTIES: { value: PointsUncertainty; label: string }[] = [
  { value: 'none', label: 'nothing (two columns)' },
  { value: 'abs', label: 'δσ, in the unit of σ' },
  { value: 'rel', label: 'δσ, in % of σ' },
];
const MORE: { value: string; label: string }[] = [
  { value: 'none', label: 'nothing more' },
  { value: 'two', label: 'two regimes (a kink)' },
  { value: 'vtf', label: 'VTF curve (polymers)' },
];
const K_B = <>k<sub>B</sub></>;
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
/** What a reduced χ² says about the stated uncertainties. */
function chiText(chi2: number, dof: number): string {
  if (dof < 1) return 'too few points to judge the uncertainties.';
  if (chi2 > 2) return 'the points scatter more than their uncertainties allow (underestimated, or the line does not fit); the errors shown are scaled up by the scatter.';
  if (chi2 < 0.5) return 'the points scatter less than their uncertainties suggest (overestimated?); the errors shown follow the scatter.';
  return 'about 1, as expected when the uncertainties match the scatter.';
}
/** What the page says about overlay points drawn at 25 °C for want of a stated temperature ('' when none are). */
function assumedText({ assumedTemperatureCount: n, points }: OverlayFamily): string {
  if (n === 0) return '';
  if (n === points.length) return ' Their sources give no measuring temperature, so all are drawn at 25 °C.';
  return n === 1 ? ' One of them comes with no measuring temperature and is drawn at 25 °C.' : ` ${n} of them come with no measuring temperature and are drawn at 25 °C.`;
}
/** log₁₀ of the plotted quantity: σT (S K/cm) or σ (S/cm). */
const plotY = (form: ArrheniusForm, tK: number, sigma: number) => Math.log10(form === 'sigmaT' ? sigma * tK : sigma);

interface Extrapolation { tK: number; refK: number; sigmaRef: number; sigma: number; /** log₁₀ of σ in S/cm: σ itself underflows to 0 far below the data (at 1 K, say). */ log10Sigma: number; outside: boolean; /** 95 % half-width of the line at T, ln units. */ band: number }

/** The handbook's own data the plot can show beside the reader's (Tools page only), and where to read more of it. */
interface Overlay { families: OverlayFamily[]; explorerPath: string }

export default function ArrheniusCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope, overlay }: CalculatorProps & { overlay?: Overlay }): JSX.Element {
  const state = useCalculatorState(ARRHENIUS_SPEC, initial, syncUrl);
  const v = state.values;
  const svgRef = useRef<SVGSVGElement>(null);
  const form = v.form as ArrheniusForm;
  const sUnit = unitChoice(CONDUCTIVITY_UNITS, v.su);

  const parsed = useMemo(() => parsePointsText(v.pts, { temperatureUnit: v.Tu as PointsTemperatureUnit, conductivityUnit: v.su as PointsConductivityUnit, uncertainty: v.unc as PointsUncertainty }), [v.pts, v.Tu, v.su, v.unc]);
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

  // Extrapolation from the fitted line: σ_ref is the fitted value at T_ref = 1/mean(1/T) of the data. A line with a
  // negative (or zero) Eₐ is not thermally activated conduction, so it is not extended.
  const rising = best ? best.activationEnergyEv > 0 : false;
  const extra: Attempt<Extrapolation> | null = best && rising && tx.ok ? attempt(() => {
    const refK = points.length / points.reduce((a, p) => a + 1 / p.temperatureK, 0);
    const lnY = best.lnPrefactor - best.activationEnergyEv / (BOLTZMANN_EV_PER_K * refK);
    const sigmaRef = Math.exp(form === 'sigmaT' ? lnY - Math.log(refK) : lnY);
    const r = sigmaAtTemperature({ activationEnergyEv: best.activationEnergyEv, sigmaRefSPerCm: sigmaRef, referenceTemperatureK: refK, temperatureK: tx.value, form });
    const band = fitBandHalfWidth(best, tx.value);
    return { tK: tx.value, refK, sigmaRef, sigma: r.sigmaSPerCm, log10Sigma: r.log10SigmaSPerCm, outside: tx.value < tMinK - 1e-9 || tx.value > tMaxK + 1e-9, band };
  }) : null;

  const more = v.more;
  const segmented = useMemo<Attempt<SegmentedFitResult> | null>(() => (usable && more === 'two' && points.length >= 2 * SEGMENT_MIN_POINTS ? attempt(() => arrheniusSegmentedFit(points, form)) : null), [parsed, usable, more, form]);
  const vtf = useMemo<Attempt<VtfFitResult> | null>(() => (usable && more === 'vtf' && points.length >= VTF_MIN_POINTS ? attempt(() => vtfFit(points)) : null), [parsed, usable, more]);

  // A family from the handbook's tables drawn beside the reader's points; a family not offered here (a link made
  // for another build) is said so next to the menu.
  const compared = overlay?.families.find((f) => f.id === v.cmp);
  const cmpError = state.urlErrors.cmp ?? (overlay && v.cmp !== 'none' && !compared ? 'The handbook has too few values of that family to draw; choose another.' : undefined);

  // Plot: the fitted line with its 95 % band over the data, and a dashed extension to the chosen temperature when it is near enough to show.
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
    if (best!.tFactor95 !== null) {
      // The band's outline: upper edge hot to cold, then the lower edge back.
      const edge = (sign: 1 | -1) => lines.value.fit.map((p): [number, number] => [p.thousandOverTPerK, yOfLine(p) + (sign * fitBandHalfWidth(best!, p.temperatureK)) / Math.LN10]);
      series.push({ label: '95 % confidence band', kind: 'line', tone: 4, dashed: true, points: [...edge(1), ...edge(-1).reverse(), edge(1)[0]!] });
    }
    if (segmented?.ok) {
      for (const [part, tone] of [[segmented.value.hot, 3], [segmented.value.cold, 4]] as const) {
        const temps = points.map((p) => p.temperatureK).filter((t) => (part === segmented.value.hot ? t >= segmented.value.breakAfterK : t <= segmented.value.breakBeforeK));
        const seg = attempt(() => arrheniusLine({ activationEnergyEv: part.activationEnergyEv, lnPrefactor: part.lnPrefactor, form, temperatureMinK: Math.min(...temps), temperatureMaxK: Math.max(...temps), count: 12 }));
        if (seg.ok) series.push({ label: `${part === segmented.value.hot ? 'hot' : 'cold'} side, Eₐ = ${sig3(part.activationEnergyEv)} eV`, kind: 'line', tone, points: seg.value.map((p) => [p.thousandOverTPerK, yOfLine(p)]) });
      }
    }
    if (vtf?.ok && vtf.value.determined) {
      const fitV = vtf.value;
      const curve: [number, number][] = Array.from({ length: 40 }, (_, k) => tMaxK - ((tMaxK - tMinK) * k) / 39).map((t) => [1000 / t, plotY(form, t, vtfSigmaSPerCm(fitV, t))]);
      series.push({ label: `VTF, T₀ = ${formatSig(fitV.t0K, 3)} K`, kind: 'line', tone: 3, points: curve });
    }
    if (compared) series.push({ label: `handbook data: ${compared.label} (${compared.points.length})`, kind: 'points', tone: 4, points: compared.points.map((p) => [1000 / p.temperatureK, plotY(form, p.temperatureK, p.sigmaSPerCm)]) });
    series.push({ label: 'measured points', kind: 'points', tone: 2, points: points.map((p) => [1000 / p.temperatureK, plotY(form, p.temperatureK, p.sigmaSPerCm)]) });
    if (showExtra && extra?.ok) series.push({ label: `σ at ${formatSig(kelvinToCelsius(extra.value.tK), 3)} °C`, kind: 'points', tone: 3, points: [[1000 / extra.value.tK, plotY(form, extra.value.tK, extra.value.sigma)]] });
  }
  const residualSeries: Series[] = best && best.n >= 3 ? [{ label: 'residuals', kind: 'points', tone: 2, points: points.map((p, k) => [1000 / p.temperatureK, best.residuals[k]!]) }] : [];

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
      if (x.activationEnergyCi95Ev && x.lnPrefactorStdErr !== null && x.covarianceEaLnAEv !== null && x.tFactor95 !== null) {
        rows.push([f, '95 % interval of activation energy, low', n8(x.activationEnergyCi95Ev.low), 'eV'], [f, '95 % interval of activation energy, high', n8(x.activationEnergyCi95Ev.high), 'eV'],
          [f, 'standard error of ln prefactor', n8(x.lnPrefactorStdErr), ''], [f, 'covariance of activation energy and ln prefactor', n8(x.covarianceEaLnAEv), 'eV'],
          [f, 'Student t factor (95 %, n - 2 degrees of freedom)', n8(x.tFactor95), '']);
      }
      rows.push([f, 'fit', x.fitKind, '']);
      rows.push([f, 'ln prefactor', n8(x.lnPrefactor), `ln(${x.prefactorUnit})`], [f, 'points', x.n, '']);
    }
    if (extra?.ok) {
      rows.push([form, `extrapolated sigma at ${Number(extra.value.tK.toPrecision(8))} K`, Number(extra.value.sigma.toPrecision(8)), 'S/cm']);
      // Far below the data σ is smaller than a double can hold (written 0 above); its logarithm still is exact.
      rows.push([form, `log10 of extrapolated sigma at ${Number(extra.value.tK.toPrecision(8))} K`, Number(extra.value.log10Sigma.toPrecision(8)), 'log10(S/cm)']);
    }
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
        <PointsField id="arr-pts" value={v.pts} onInput={(t) => state.set('pts', t)} errors={pointErrors} summary={summary}
          uncertaintyHint={v.unc === 'none' ? undefined : `Each line: T, σ, the uncertainty of σ (${v.unc === 'rel' ? 'in % of σ' : 'in the unit of σ'}) and, if you wish, that of T in K.`} />
        <SelectField id="arr-Tu" label="Temperatures in the data are in" value={v.Tu} options={opts(TEMPERATURE_UNITS)} onChange={(u) => state.set('Tu', u)} />
        <SelectField id="arr-su" label="Conductivities in the data are in" value={v.su} options={opts(CONDUCTIVITY_UNITS)} onChange={(u) => state.set('su', u)} />
        <SelectField id="arr-unc" label="A third column holds" value={v.unc} options={UNCERTAINTIES} onChange={(u) => state.set('unc', u)}
          hint="δσ is the standard uncertainty of σ. With it the fit is weighted, each point by 1/(δσ/σ)²; a fourth column, the uncertainty of T in K, adds errors in temperature (effective variance)." />
        {(['Tu', 'su', 'unc'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <fieldset>
        <legend>Fit and extrapolation</legend>
        <SelectField id="arr-form" label="Arrhenius form for the plot and extrapolation" value={v.form} options={FORMS} onChange={(f) => state.set('form', f)}
          hint="Both forms are fitted and shown below. The σT form follows from the Nernst–Einstein relation for hopping ions and is the usual one for solid electrolytes." />
        <NumberField id="arr-Tx" label="Extrapolate σ to the temperature" value={v.Tx} onInput={(t) => state.set('Tx', t)} error={tx.ok ? state.urlErrors.Tx : tx.message}
          unit={{ value: v.Txu, options: opts(TEMPERATURE_UNITS), onChange: (u) => state.set('Txu', u) }} />
        <SelectField id="arr-more" label="Also fit and draw" value={v.more} options={MORE} onChange={(m) => state.set('more', m)}
          hint="Two regimes: a line each side of a break found by search. VTF: the curved law of polymer and composite electrolytes." />
        {overlay && (
          <SelectField id="arr-cmp" label="Draw beside my points" value={v.cmp} onChange={(c) => state.set('cmp', c)}
            options={[{ value: 'none', label: 'nothing' }, ...overlay.families.map((f) => ({ value: f.id, label: `${f.label}: handbook data (${f.points.length})` }))]}
            hint="Conductivities from the handbook's data tables, each at the temperature its source gives (25 °C if it gives none); bounds (< or >) are left out." />
        )}
        {cmpError && <p class="calc-field__error" role="alert">{cmpError}</p>}
        {(['form', 'Txu', 'more'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {!fits && <p>Correct the data above to see the fit.</p>}
        {fits && fit && !fit.ok && <p class="calc-field__error" role="alert">{fit.message}</p>}
        {fits && best && <FitTable fits={fits} chosen={form} />}
        {best && <p class="calc-working">{FIT_KIND_TEXT[best.fitKind]}{best.fitKind !== 'ordinary' && best.reducedChiSquared !== null && ` Reduced χ² = ${formatSig(best.reducedChiSquared, 3)}: ${chiText(best.reducedChiSquared, best.n - 2)}`}</p>}
        {best && best.warnings.map((w) => <p class="calc-field__error">{w}</p>)}
        {best?.curved && (
          <p class="calc-field__hint">
            {other?.ok && !other.value.curved
              ? `In the ${otherForm === 'sigma' ? 'σ' : 'σT'} form the same points are straight: they follow that form, and the factor T between the two forms bends this one slightly (by about kB ΔT in Eₐ).`
              : 'If a kink is expected (a phase transition, grain boundaries taking over from the bulk), choose the two-regime fit below; for a polymer or polymer-rich composite, the VTF fit.'}
          </p>
        )}
        {best && (
          <p class="calc-working">
            Working ({FORM_LABEL[form]}, {best.n} points): slope = −Eₐ/{K_B} = {formatSig(-best.activationEnergyEv / BOLTZMANN_EV_PER_K, 4)} K and
            ln A = {formatSig(best.lnPrefactor, 4)}; Eₐ = −slope × {K_B} = {formatSig(best.activationEnergyEv / BOLTZMANN_EV_PER_K, 4)} K × {formatSig(BOLTZMANN_EV_PER_K, 4)} eV/K
            = {sig3(best.activationEnergyEv)} eV = {sig3(best.activationEnergyKjPerMol)} kJ/mol.
            {best.tFactor95 !== null && best.activationEnergyStdErrEv !== null && ` 95 % interval: ${sig3(best.activationEnergyEv)} ± ${best.tFactor95.toFixed(2)} × ${formatSig(best.activationEnergyStdErrEv, 2)} eV.`}
            {other?.ok && <> The {otherForm === 'sigma' ? 'σ' : 'σT'} form gives {sig3(other.value.activationEnergyEv)} eV: the two differ by about {K_B}T ({formatSig(BOLTZMANN_EV_PER_K * (tMinK + tMaxK) / 2, 2)} eV at the middle of the range), so always say which form a value comes from.</>}
          </p>
        )}
        {best && !rising && (
          <p class="calc-field__error" role="alert">
            No extrapolation is shown: conductivity falls as temperature rises in these data, so the line does not describe thermally activated
            conduction and extending it would mislead. Check that each line gives the temperature first and the conductivity second, and the units.
          </p>
        )}
        {extra && !extra.ok && <p class="calc-field__error" role="alert">{extra.message}</p>}
        {extra?.ok && (
          <>
            <table class="calc-results-table">
              <tbody>
                <tr><th scope="row">σ at {tText(extra.value.tK)}</th><td>{formatSigFromLog10(extra.value.log10Sigma)}</td><td>S/cm</td></tr>
                {v.su !== 'S_cm' && <tr><th scope="row">σ at {tText(extra.value.tK)}</th><td>{formatSigFromLog10(extra.value.log10Sigma - Math.log10(sUnit.toCanonical(1)))}</td><td>{sUnit.label}</td></tr>}
                {extra.value.band > 0 && <tr><th scope="row">95 % interval of the line there</th><td>{formatSigFromLog10(extra.value.log10Sigma - extra.value.band / Math.LN10)} to {formatSigFromLog10(extra.value.log10Sigma + extra.value.band / Math.LN10)}</td><td>S/cm</td></tr>}
              </tbody>
            </table>
            <p class="calc-working">
              Working: σ(T) = σ<sub>ref</sub>{form === 'sigmaT' ? <> (T<sub>ref</sub>/T)</> : ''} exp[−(Eₐ/{K_B})(1/T − 1/T<sub>ref</sub>)], with σ<sub>ref</sub> = {formatSig(extra.value.sigmaRef)} S/cm read off the
              fitted line at T<sub>ref</sub> = {formatSig(extra.value.refK, 4)} K (the middle of the data in 1/T).
              {extra.value.band > 0 && ' The interval is that of the fitted line (from the errors of Eₐ and ln A and their covariance), not of a new measurement.'}
            </p>
            {extra.value.outside && (
              <p class="calc-field__hint">
                This is outside the measured range ({tText(tMinK)} to {tText(tMaxK)}): it assumes the same mechanism holds there, with no phase change, knee or
                change in grain-boundary behaviour.{!showExtra && ' It is too far from the data to draw on the plot.'}
              </p>
            )}
          </>
        )}
        {more === 'two' && points.length < 2 * SEGMENT_MIN_POINTS && usable && <p class="calc-field__error">A two-regime fit needs at least {2 * SEGMENT_MIN_POINTS} points, {SEGMENT_MIN_POINTS} on each side of the break; there are {points.length}.</p>}
        {segmented && !segmented.ok && <p class="calc-field__error" role="alert">{segmented.message}</p>}
        {segmented?.ok && <SegmentedPanel result={segmented.value} />}
        {more === 'vtf' && points.length < VTF_MIN_POINTS && usable && <p class="calc-field__error">A VTF fit has three parameters and needs at least {VTF_MIN_POINTS} points; there are {points.length}.</p>}
        {vtf && !vtf.ok && <p class="calc-field__error" role="alert">{vtf.message}</p>}
        {vtf?.ok && <VtfPanel result={vtf.value} />}
        {lines && !lines.ok && <p class="calc-field__error" role="alert">{lines.message}</p>}
        {series.length > 0 && best && (
          <LinePlot svgRef={svgRef} title="Arrhenius plot" xLabel="1000/T (K⁻¹)" topAxis={CELSIUS_AXIS} yLabel={form === 'sigmaT' ? 'log₁₀(σT / S K cm⁻¹)' : 'log₁₀(σ / S cm⁻¹)'} series={series}
            description={`${points.length} measured points between ${tText(tMinK)} and ${tText(tMaxK)}, with the least-squares line of the ${form === 'sigmaT' ? 'σT' : 'σ'} form, Eₐ = ${sig3(best.activationEnergyEv)} eV${best.tFactor95 !== null ? ', and its 95 % confidence band' : ''}${compared ? `; also ${compared.points.length} values of ${compared.label} from the handbook's tables` : ''}.`} />
        )}
        {series.length > 0 && compared && (
          <p class="calc-field__hint">
            The {compared.points.length} {compared.label} values are single measurements from different works, most at or near room temperature; their
            scatter is the spread between preparations, not an Arrhenius line.
            {assumedText(compared)}
            {' '}Each one, with its source, is in <a href={overlay!.explorerPath}>the data explorer</a>.
          </p>
        )}
        {series.length > 0 && form === 'sigmaT' && (
          <p class="calc-field__hint">The σT form is plotted as log₁₀(σT), so that its fit is a straight line; choose the σ form to plot log₁₀σ. Temperature falls to the right.</p>
        )}
        {residualSeries.length > 0 && best && (
          <LinePlot title="Residuals" xLabel="1000/T (K⁻¹)" yLabel={form === 'sigmaT' ? 'ln(σT) − fit' : 'ln σ − fit'} series={residualSeries} hLine={{ y: 0, label: '' }}
            description={`Residuals of the ${form === 'sigmaT' ? 'σT' : 'σ'}-form line at the ${points.length} points, from ${formatSig(Math.min(...best.residuals), 2)} to ${formatSig(Math.max(...best.residuals), 2)}. A bow (same sign at both ends, opposite in the middle) means the points bend.`} />
        )}
      </div>
    </CalculatorFrame>
  );
}
