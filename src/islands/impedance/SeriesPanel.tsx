// Temperature series: each spectrum with its temperature, "Fit all" with progress, the conductivities
// against temperature, the Arrhenius plot of bulk and grain boundary, Eₐ ± SE for each, and links that
// open the Arrhenius calculator with those points.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArrheniusPoint } from '~/lib/arrhenius';
import { BOLTZMANN_EV_PER_K } from '~/lib/constants';
import type { SeriesArrhenius, SeriesResult } from '~/lib/eis/series';
import { formatSig, formatWithError } from '~/lib/format';
import { niceTicks } from '~/lib/plot-scale';
import { TEMPERATURE_UNITS } from '~/lib/unit-choices';
import { NumberField } from '../fields/NumberField';
import { readField } from '../shared/readField';
import type { Attempt } from '../shared/attempt';
import type { Progress } from './compute';
import type { PlotSeries } from './Plot';
import { PlotCard } from './PlotCard';
import { Subscripts } from './Subscripts';

interface Props {
  spectra: { id: string; name: string }[];
  temps: Record<string, string>;
  tempErrors: Record<string, string>;
  onTemp: (id: string, text: string) => void;
  unit: string;
  onUnit: (unit: string) => void;
  onFitAll: () => void;
  progress: Progress | null;
  result: Attempt<SeriesResult> | null;
  /** True when the settings or data changed since the result was made. */
  stale: boolean;
  arrheniusPath: string;
}

const C0 = 273.15;

/** The range a series temperature must lie in, in K (checked before "Fit all" and as a refused field is retyped). */
export const TEMPERATURE_LIMITS = { min: 1, max: 1e4, rangeText: 'above absolute zero (1 K) and at most 10 000 K' };

/** The message beside a temperature field: only for a field "Fit all" refused, and then for the text as it is now
 *  (so it changes as the reader types and goes once the value is valid, without pressing "Fit all" again). */
export function liveTemperatureError(flagged: string | undefined, text: string, unit: string): string | undefined {
  if (flagged === undefined) return undefined;
  const reading = readField(text, TEMPERATURE_LIMITS, TEMPERATURE_UNITS, unit);
  return reading.ok ? undefined : reading.message;
}
const tText = (k: number) => `${formatSig(k - C0, 4)} °C`;

/** The Arrhenius calculator's points text: "T (°C), σ (S/cm)" then one pair per line. */
export const arrheniusPointsText = (points: ArrheniusPoint[]): string =>
  ['T (°C), σ (S/cm)', ...points.map((p) => `${Number((p.temperatureK - C0).toFixed(2))}, ${p.sigmaSPerCm.toPrecision(4)}`)].join('\n');

export function SeriesPanel(p: Props): JSX.Element {
  const r = p.result?.ok ? p.result.value : null;
  return (
    <section class="eis-panel" aria-labelledby="eis-series-title">
      <p id="eis-series-title" class="eis-subtitle">Temperature series</p>
      <div class="calc-field">
        <label for="eis-Tu">Temperatures are in</label>
        <select id="eis-Tu" value={p.unit} onChange={(e) => p.onUnit((e.currentTarget as HTMLSelectElement).value)}>
          {TEMPERATURE_UNITS.map((u) => <option value={u.value}>{u.label}</option>)}
        </select>
      </div>
      <div class="eis-temps">
        {p.spectra.map((s, k) => (
          <NumberField id={`eis-T-${k}`} label={`Temperature of ${s.name}`} value={p.temps[s.id] ?? ''} onInput={(t) => p.onTemp(s.id, t)} error={liveTemperatureError(p.tempErrors[s.id], p.temps[s.id] ?? '', p.unit)}
            unitText={p.unit === 'K' ? 'K' : '°C'} />
        ))}
      </div>
      <p class="calc-field__hint">
        <button type="button" onClick={p.onFitAll} disabled={p.progress !== null}>Fit all {p.spectra.length} spectra</button>
        {' '}The circuit, weighting, geometry and assignments above are used for every spectrum; each fit starts from the one at the next lower temperature.
      </p>
      <div aria-live="polite">
        {p.progress && (
          <p class="eis-progress"><progress max={p.progress.total} value={p.progress.done} aria-label="Series fit progress" /> Fitted {p.progress.done} of {p.progress.total} spectra…</p>
        )}
        {!p.progress && r && <p class="eis-flat">{p.stale ? 'The data or settings have changed since the series was fitted: press “Fit all” to update it.' : `Fitted ${r.entries.length} spectra.`}</p>}
      </div>
      {p.result && !p.result.ok && <p class="calc-field__error" role="alert">{p.result.message}</p>}
      {r && <SeriesResults r={r} arrheniusPath={p.arrheniusPath} />}
    </section>
  );
}

function SeriesResults({ r, arrheniusPath }: { r: SeriesResult; arrheniusPath: string }): JSX.Element {
  const s = (x: number | null | undefined) => (x === null || x === undefined ? '—' : formatSig(x, 3));
  const lines: [string, SeriesArrhenius, 1 | 2 | 3][] = [['bulk', r.bulk, 1], ['grain boundary', r.grainBoundary, 2], ['total', r.total, 3]];
  const all = lines.flatMap(([, a]) => a.points);
  const series: PlotSeries[] = [];
  for (const [name, a, tone] of lines) {
    if (a.points.length === 0) continue;
    series.push({ label: name, kind: 'points', tone, unlabelled: a.fit !== null, points: a.points.map((q) => [1000 / q.temperatureK, Math.log10(q.sigmaSPerCm * q.temperatureK)]) });
    const f = a.fit;
    if (f) {
      const ts = a.points.map((q) => q.temperatureK);
      const ends = [Math.min(...ts), Math.max(...ts)];
      series.push({ label: `${name}, Eₐ = ${f.activationEnergyEv.toPrecision(3)} eV`, kind: 'line', tone, points: ends.map((t) => [1000 / t, (f.lnPrefactor - f.activationEnergyEv / (BOLTZMANN_EV_PER_K * t)) / Math.LN10]) });
    }
  }
  const tks = all.map((q) => q.temperatureK);
  const top = all.length ? niceTicks(Math.min(...tks) - C0 - 5, Math.max(...tks) - C0 + 5, 5).map((c) => ({ x: 1000 / (c + C0), text: formatSig(c, 3) })) : [];
  const link = (a: SeriesArrhenius) => `${arrheniusPath}?${new URLSearchParams({ pts: arrheniusPointsText(a.points) }).toString()}`;
  return (
    <>
      <ScrollRegion label="Conductivities against temperature">
        <table class="eis-table eis-series">
          <caption>Conductivities against temperature (S/cm)</caption>
          <thead><tr>{['Spectrum', 'T', 'σ_b', 'σ_gb (apparent)', 'σ_total'].map((h) => <th scope="col"><Subscripts text={h} /></th>)}</tr></thead>
          <tbody>
            {r.entries.map((e) => (
              <tr>
                <th scope="row">{e.label}{e.error && <span class="calc-field__error eis-block">{e.error}</span>}{e.fit && !e.fit.converged && <span class="eis-desc eis-block">fit did not converge</span>}</th>
                <td>{tText(e.temperatureK)}</td><td>{s(e.pellet?.bulkSigmaSPerCm)}</td><td>{s(e.pellet?.grainBoundaryApparentSigmaSPerCm)}</td><td>{s(e.pellet?.totalSigmaSPerCm)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <table class="calc-results-table eis-ea">
        <tbody>
          {lines.map(([name, a]) => (
            <tr><th scope="row">Eₐ ({name}, σT form)</th>
              <td>{a.fit ? formatWithError(a.fit.activationEnergyEv, a.fit.activationEnergyStdErrEv) : '—'}</td><td>{a.fit ? 'eV' : a.error}</td></tr>
          ))}
        </tbody>
      </table>
      {r.warnings.length > 0 && <ul class="calc-warnings">{r.warnings.map((w) => <li>{w}</li>)}</ul>}
      {series.length > 0 && (
        <PlotCard title="Arrhenius plot of the series" file="series-arrhenius.svg" xLabel="1000/T (K⁻¹)" yLabel="log₁₀(σT / S K cm⁻¹)" series={series}
          top={{ label: 'T (°C)', ticks: top }}
          description={`Bulk, grain-boundary and total conductivity of ${r.entries.length} spectra from ${tText(Math.min(...tks))} to ${tText(Math.max(...tks))}, with their σT-form fits.`} />
      )}
      <p class="eis-links">
        Open these points in the Arrhenius calculator:{' '}
        {r.bulk.points.length >= 2 && <a href={link(r.bulk)}>bulk conductivities</a>}
        {r.bulk.points.length >= 2 && r.grainBoundary.points.length >= 2 && ', '}
        {r.grainBoundary.points.length >= 2 && <a href={link(r.grainBoundary)}>grain-boundary conductivities</a>}
        {r.total.points.length >= 2 && <>, <a href={link(r.total)}>total conductivities</a></>}.
      </p>
    </>
  );
}

/** A table that may be wider than its box (the series table on a phone): a named region reached with Tab and
 *  scrolled with the arrow keys, with shadows at the edge that hides columns and, while it overflows, a line saying so. */
function ScrollRegion({ label, children }: { label: string; children: JSX.Element }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <div ref={box} class="eis-scroll eis-scroll--cue" tabIndex={0} role="region" aria-label={overflows ? `${label}, scrolls sideways` : label}>
        {children}
      </div>
      {overflows && <p class="eis-desc eis-scroll-hint" aria-hidden="true">Scroll the table sideways to see every column →</p>}
    </>
  );
}
