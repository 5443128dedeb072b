// Impedance workbench: from a measured spectrum (or several, at different temperatures) to the fitted
// circuit, the Kramers–Kronig check, the DRT, bulk and grain-boundary conductivities and their activation
// energies. Physics in src/lib/eis/; the heavy parts run in a Web Worker (impedance/jobs.ts). The circuit,
// geometry and settings live in the link; measured data stays in the browser.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CircuitSyntaxError, parseCircuit } from '~/lib/eis/circuit';
import { analysePellet, arcsEndOhm, arcsOfCircuit, type ArcAssignment } from '~/lib/eis/material';
import type { SeriesResult, SeriesSpectrum } from '~/lib/eis/series';
import type { Weighting } from '~/lib/eis/types';
import { formatSig, withPrefix } from '~/lib/format';
import { TEMPERATURE_UNITS } from '~/lib/unit-choices';
import { SelectField } from './fields/SelectField';
import { attempt, type Attempt } from './shared/attempt';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { downloadText } from './shared/download';
import { readField } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { BodePlot } from './impedance/BodePlot';
import { CircuitField } from './impedance/CircuitField';
import type { JobResults, Progress } from './impedance/compute';
import { activationEnergiesCsv, materialCsv, parametersCsv, seriesCsv, spectrumCsv } from './impedance/csv';
import { DrtPanel } from './impedance/DrtPanel';
import { GeometryFields, readGeometry } from './shared/PelletGeometry';
import { run } from './impedance/jobs';
import { KkPanel } from './impedance/KkPanel';
import { afterColon, readable } from './impedance/messages';
import { NyquistPlot } from './impedance/NyquistPlot';
import { ResidualPlot } from './impedance/ResidualPlot';
import { ResultsPanel } from './impedance/ResultsPanel';
import { SeriesPanel, TEMPERATURE_LIMITS } from './impedance/SeriesPanel';
import { IMPEDANCE_SPEC, hasSeriesCapacitor, readAssignments, writeAssignments } from './impedance/spec';
import { SpectrumInput } from './impedance/SpectrumInput';
import { useJob } from './impedance/useJob';
import { useSpectra } from './impedance/useSpectra';
import './impedance/workbench.css';

export { IMPEDANCE_SPEC };

/** The sample spectrum and its analysis at the default settings, computed at build time (see sample-analysis.ts). */
export interface SampleSeed { spectrum: SeriesSpectrum; fit: JobResults['fit']; kk: JobResults['kk']; drt: JobResults['drt'] }

const WEIGHTINGS: { value: Weighting; label: string }[] = [
  { value: 'modulus', label: 'modulus, 1/|Z|² (every decade counts)' },
  { value: 'proportional', label: 'proportional, 1/Z′² and 1/Z″²' },
  { value: 'unit', label: 'unit (the largest impedances dominate)' },
];

const keyOf = (...parts: (string | number)[]) => parts.join('|');

/** Besides the usual props: the build-time sample analysis (JSON) and the presets' notes on which element is which. */
export default function ImpedanceWorkbench({ initial = {}, syncUrl = false, toolPath, presets = [], idScope, sample, notes = {} }: CalculatorProps & { sample?: string; notes?: Record<string, string> }): JSX.Element {
  const state = useCalculatorState(IMPEDANCE_SPEC, initial, syncUrl);
  const v = state.values;
  const seed = useMemo(() => (sample ? (JSON.parse(sample) as SampleSeed) : null), []);
  const spectra = useSpectra(state, seed?.spectrum ?? null);
  const { data } = spectra;
  const spectrum = data.spectra[spectra.shown] ?? null;

  // The circuit as typed; the fit follows it once it parses and the typing has paused (or "Fit" is pressed).
  const circuit = useMemo(() => {
    try {
      return { ok: true as const, node: parseCircuit(v.c!) };
    } catch (error) {
      return { ok: false as const, message: readable(error instanceof Error ? error.message : 'The circuit cannot be read.'), position: error instanceof CircuitSyntaxError ? error.position : undefined };
    }
  }, [v.c]);
  const [fitText, setFitText] = useState(v.c!);
  useEffect(() => {
    if (!circuit.ok) return;
    const timer = setTimeout(() => setFitText(v.c!), 450);
    return () => clearTimeout(timer);
  }, [v.c]);
  const weighting = v.w as Weighting;
  const fitTextNode = useMemo(() => attempt(() => parseCircuit(fitText)), [fitText]);
  const kkCap = v.kkC === 'yes' || (v.kkC === 'auto' && fitTextNode.ok && hasSeriesCapacitor(fitTextNode.value));

  const kkC = readField(v.kk!, { min: 0, max: 1, minExclusive: true, rangeText: 'above 0 and at most 1' });
  const lambda = readField(v.lam!, { min: 0, max: 1e6, rangeText: 'from 0 to 10⁶' });
  const geometry = readGeometry(v);

  const seeded = <K extends 'fit' | 'kk' | 'drt'>(key: string, value: JobResults[K] | undefined) => (seed && value ? { key, value } : undefined);
  const fitJob = useJob<'fit'>(spectrum ? keyOf(spectrum.id, fitText, weighting) : null, () => ({ kind: 'fit', spectrum: spectrum!, circuit: fitText, weighting }),
    seeded<'fit'>(keyOf('pellet', IMPEDANCE_SPEC.c!.default, IMPEDANCE_SPEC.w!.default), seed?.fit));
  const kkJob = useJob<'kk'>(spectrum && kkC.ok ? keyOf(spectrum.id, kkC.value, kkCap ? 'C' : '') : null, () => ({ kind: 'kk', spectrum: spectrum!, c: kkC.ok ? kkC.value : 0.85, includeCapacitance: kkCap }),
    seeded<'kk'>(keyOf('pellet', Number(IMPEDANCE_SPEC.kk!.default), 'C'), seed?.kk));
  const drtJob = useJob<'drt'>(spectrum && lambda.ok ? keyOf(spectrum.id, lambda.value) : null, () => ({ kind: 'drt', spectrum: spectrum!, lambda: lambda.ok ? lambda.value : 1e-3 }),
    seeded<'drt'>(keyOf('pellet', Number(IMPEDANCE_SPEC.lam!.default)), seed?.drt));
  const fit = fitJob.value?.ok ? fitJob.value.value : null;

  // Arcs, assignments and conductivities of the fitted circuit (cheap: on the main thread).
  const fitNode = useMemo(() => (fit ? attempt(() => parseCircuit(fit.circuit)) : null), [fit]);
  const arcNames = fitNode?.ok ? arcsOfCircuit(fitNode.value).map((a) => a.resistanceName) : [];
  const { assignments, problems } = readAssignments(v.as!, arcNames);
  const pellet = useMemo(() => (fit && fitNode?.ok && geometry.thicknessCm !== null && geometry.areaCm2 !== null
    ? attempt(() => {
      const p = analysePellet({ node: fitNode.value, parameters: fit.parameters, thicknessCm: geometry.thicknessCm!, areaCm2: geometry.areaCm2!, assignments, seriesResistanceAsBulk: v.sb === 'yes' });
      return { ...p, warnings: p.warnings.map(readable) };
    })
    : null), [fit, geometry.thicknessCm, geometry.areaCm2, v.as, v.sb]);
  // An undetermined arc has no meaningful capacitance: say which one, rather than the check that trips over it.
  const pelletShown: typeof pellet = pellet && !pellet.ok
    ? { ok: false, message: fit?.undetermined.length
      ? `The conductivities cannot be worked out from this fit: ${fit.undetermined.map((a) => `${a.resistanceName}‖${a.capacitorName}`).join(' and ')} ${fit.undetermined.length > 1 ? 'are' : 'is'} not determined by the data (see above).`
      : `The conductivities cannot be worked out from this fit: ${afterColon(pellet.message)} Try another circuit.` } : pellet;
  const assign = (name: string, a: ArcAssignment | 'auto') => {
    const next = { ...assignments };
    if (a === 'auto') delete next[name];
    else next[name] = a;
    state.set('as', writeAssignments(next));
  };
  /** Take the simpler circuit the results offer; its fit came with this one, so it shows at once, not fitted again. */
  const takeSimplerCircuit = (c: string) => {
    if (spectrum && fit?.simpler?.circuit === c) fitJob.remember(keyOf(spectrum.id, c, weighting), { ok: true, value: fit.simpler.outcome });
    state.set('c', c);
    setFitText(c);
  };

  // Temperature series.
  const [progress, setProgress] = useState<Progress | null>(null);
  const [series, setSeries] = useState<{ key: string; value: Attempt<SeriesResult> } | null>(null);
  const [tempErrors, setTempErrors] = useState<Record<string, string>>({});
  const temperaturesK = data.spectra.map((s) => readField(spectra.temps[s.id] ?? '', TEMPERATURE_LIMITS, TEMPERATURE_UNITS, v.Tu));
  const seriesKey = JSON.stringify([data.spectra.map((s, k) => [s.id, temperaturesK[k]!.ok ? temperaturesK[k]!.value : null]), v.c, v.w, geometry.thicknessCm, geometry.areaCm2, assignments, v.sb]);
  const fitAll = () => {
    const errors: Record<string, string> = {};
    data.spectra.forEach((s, k) => { const t = temperaturesK[k]!; if (!t.ok) errors[s.id] = t.message; });
    setTempErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (!circuit.ok || geometry.thicknessCm === null || geometry.areaCm2 === null) {
      setSeries({ key: seriesKey, value: { ok: false, message: 'Correct the circuit and the pellet geometry above first.' } });
      return;
    }
    setProgress({ done: 0, total: data.spectra.length });
    // Assignments by hand that belong to arcs of the circuit being fitted (the typed one, which may differ from the last fit).
    const own = readAssignments(v.as!, arcsOfCircuit(circuit.node).map((a) => a.resistanceName)).assignments;
    const input = {
      circuit: v.c!, weighting, thicknessCm: geometry.thicknessCm, areaCm2: geometry.areaCm2, assignments: own, seriesResistanceAsBulk: v.sb === 'yes',
      spectra: data.spectra.map((s, k) => ({ frequenciesHz: s.frequenciesHz, zRealOhm: s.zRealOhm, zImagOhm: s.zImagOhm, label: s.name, temperatureK: (temperaturesK[k] as { value: number }).value })),
    };
    void run({ kind: 'series', input }, setProgress).then((value) => {
      setSeries({ key: seriesKey, value });
      setProgress(null);
    });
  };

  const name = spectrum?.name ?? '';
  const status = !spectrum ? (data.source === 'none' && v.s === 'none' ? 'No spectrum loaded: choose a file or try the sample data. (Measured data is never part of a link, so a shared link brings the settings only.)' : 'Loading the sample…')
    : fitJob.busy ? `Fitting ${fitText} to ${name}…`
    : fitJob.value && !fitJob.value.ok ? `The fit failed: ${afterColon(fitJob.value.message)}`
    : fit ? `Fitted ${fit.circuit} to ${name}: ${fit.converged ? 'converged' : 'did not converge'}, χ²/ν = ${formatSig(fit.reducedChiSquare)}.${pellet?.ok && pellet.value.bulkSigmaSPerCm !== null ? ` Bulk σ = ${formatSig(pellet.value.bulkSigmaSPerCm)} S/cm.` : ''}${pellet?.ok && pellet.value.totalSigmaSPerCm !== null ? ` Total σ = ${formatSig(pellet.value.totalSigmaSPerCm)} S/cm.` : ''}`
    : '';
  const seriesValue = series?.value.ok ? series.value.value : null;
  const f = spectrum?.frequenciesHz ?? [];

  return (
    <CalculatorFrame title="Impedance workbench" idScope={idScope} toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors}
      actions={[
        { label: 'Download fitted parameters (CSV)', disabled: !fit, onClick: () => fit && downloadText('fit-parameters.csv', 'text/csv', parametersCsv(fit)) },
        { label: 'Download arcs and conductivities (CSV)', disabled: !pellet?.ok, onClick: () => pellet?.ok && downloadText('conductivities.csv', 'text/csv', materialCsv(pellet.value, geometry.thicknessCm!, geometry.areaCm2!)) },
        { label: 'Download spectrum, fit and residuals (CSV)', disabled: !spectrum, onClick: () => spectrum && downloadText('spectrum-fit.csv', 'text/csv', spectrumCsv(spectrum, fit, kkJob.value?.ok ? kkJob.value.value : null)) },
        ...(seriesValue ? [
          { label: 'Download series table (CSV)', onClick: () => downloadText('series.csv', 'text/csv', seriesCsv(seriesValue)) },
          { label: 'Download activation energies (CSV)', onClick: () => downloadText('activation-energies.csv', 'text/csv', activationEnergiesCsv(seriesValue)) },
        ] : []),
      ]}>
      <fieldset>
        <legend>Spectrum</legend>
        <SpectrumInput id="eis-data" onFiles={(l) => void spectra.loadFiles(l)} onPaste={spectra.loadText} onSample={(s) => state.set('s', s)} messages={spectra.messages} busy={spectra.reading} />
        {(['s', 'Tu'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error eis-wide" role="alert">{state.urlErrors[k]}</p>)}
        {data.spectra.length > 1 && (
          <SelectField id="eis-shown" label="Spectrum analysed below" value={String(spectra.shown)} onChange={(k) => spectra.setShown(Number(k))}
            options={data.spectra.map((s, k) => ({ value: String(k), label: s.name }))} />
        )}
        {spectrum && (
          <p class="calc-field__hint eis-wide">Showing {name}: {f.length} points from {withPrefix(Math.max(...f), 'Hz')} to {withPrefix(Math.min(...f), 'Hz')}.</p>
        )}
      </fieldset>
      <fieldset>
        <legend>Circuit and fit</legend>
        <CircuitField id="eis-c" value={v.c!} onInput={(t) => state.set('c', t)} presets={presets} notes={notes} onPreset={state.setMany}
          error={!circuit.ok ? { message: circuit.message, position: circuit.position } : undefined} />
        <SelectField id="eis-w" label="Weighting of the residuals" value={v.w!} options={WEIGHTINGS} onChange={(w) => state.set('w', w)} />
        <div class="calc-field eis-fit-button">
          <button type="button" disabled={!circuit.ok || !spectrum} onClick={() => circuit.ok && setFitText(v.c!)}>Fit the circuit</button>
        </div>
        {(['c', 'w'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error eis-wide" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <fieldset>
        <legend>Pellet: σ = L / (R A)</legend>
        <GeometryFields state={state} messages={geometry.messages} idPrefix="eis" thicknessLabel="Pellet thickness L" />
        <div class="calc-field eis-wide eis-check">
          <input id="eis-sb" type="checkbox" checked={v.sb === 'yes'} onChange={(e) => state.set('sb', (e.currentTarget as HTMLInputElement).checked ? 'yes' : 'no')} />
          <label for="eis-sb">Use the series resistance as the bulk when no arc is the bulk (its arc lies above the highest frequency)</label>
        </div>
        {(['Lu', 'du', 'Au', 'geom', 'sb'] as const).filter((k) => state.urlErrors[k]).map((k) => <p class="calc-field__error eis-wide" role="alert">{state.urlErrors[k]}</p>)}
      </fieldset>
      <div class="calc-results">
        <p class="calc-results__title">Results</p>
        <p class="eis-status" role="status" aria-live="polite">{status}</p>
        {!circuit.ok && fit && <p class="calc-field__hint">The results below are for {fit.circuit}; correct the circuit above to fit another.</p>}
        {spectrum && (
          <div class={`eis-plots${fitJob.stale ? ' eis-stale' : ''}`} aria-busy={fitJob.busy ? 'true' : 'false'}>
            <NyquistPlot data={spectrum} fit={fit?.curve} name={name} arcsOhm={fit && fitNode?.ok ? arcsEndOhm(fitNode.value, fit.parameters) : null} />
            <BodePlot data={spectrum} fit={fit?.curve} name={name} />
            {fit && (
              <ResidualPlot title="Fit residuals" file="fit-residuals.svg" frequenciesHz={f} real={fit.residualsReal} imag={fit.residualsImag}
                description={`${name}: relative residuals of the fit of ${fit.circuit}.`} />
            )}
          </div>
        )}
        {fit && (
          <div class={fitJob.stale ? 'eis-stale' : undefined}>
            <ResultsPanel fit={fit} onUseCircuit={takeSimplerCircuit} pellet={pelletShown} thicknessCm={geometry.thicknessCm} areaCm2={geometry.areaCm2} assignments={assignments} onAssign={assign} />
            {[...problems, state.urlErrors.as].filter(Boolean).map((m) => <p class="calc-field__error" role="alert">{m}</p>)}
          </div>
        )}
        {spectrum && (
          <div class="eis-plots">
            <KkPanel value={v.kk!} onInput={(t) => state.set('kk', t)} error={kkC.ok ? state.urlErrors.kk : kkC.message}
              capacitance={v.kkC!} onCapacitance={(x) => state.set('kkC', x)} capacitanceUsed={kkCap} capacitanceError={state.urlErrors.kkC} kk={kkJob.value} busy={kkJob.busy} frequenciesHz={f} name={name} />
            <DrtPanel value={v.lam!} onInput={(t) => state.set('lam', t)} error={lambda.ok ? state.urlErrors.lam : lambda.message} drt={drtJob.value} busy={drtJob.busy} name={name} />
          </div>
        )}
        {data.spectra.length > 1 && (
          <SeriesPanel spectra={data.spectra} temps={spectra.temps} tempErrors={tempErrors} onTemp={spectra.setTemp} unit={v.Tu!} onUnit={spectra.setUnit}
            onFitAll={fitAll} progress={progress} result={series?.value ?? null} stale={series !== null && series.key !== seriesKey}
            arrheniusPath={toolPath.replace(/impedance\/$/, 'arrhenius/')} />
        )}
      </div>
    </CalculatorFrame>
  );
}
