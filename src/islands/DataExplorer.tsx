// The data explorer: every conductivity value of the handbook's tables in one place, filtered by
// family, method and temperature, on three plots (σ against Eₐ, σ against year or method, Arrhenius
// lines of chosen rows) plus the interlayer performance map. Picking a point shows its row and source.
// The data come from a JSON block written at build time (ExplorerData.astro); the view lives in the URL.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatSig } from '~/lib/format';
import {
  ARRHENIUS_RANGE_C, EXPLORER_SPEC, FAMILIES, MAX_CHOSEN, bestOfClass, conductivityCsv, decadeDomain, familyLabel, filterRows, hasArrhenius,
  interlayerClassLabel, interlayerCsv, interlayerScore, INTERLAYER_CLASSES, jitter, mappable, methodLabel, methodsOf, readPayload, readView, rowLine, writeList,
  type ConductivityRow, type ExplorerPayload, type InterlayerRow,
} from '~/lib/explorer';
import { NumberField } from './fields/NumberField';
import { CalculatorFrame } from './shared/CalculatorFrame';
import { downloadText } from './shared/download';
import { useCalculatorState } from './shared/useCalculatorState';
import { WhenVisible } from './shared/WhenVisible';
import { Details } from './explorer/Details';
import { CLASS_STYLE, FAMILY_STYLE, LINE_STYLE, style, worstSeverity } from './explorer/palette';
import { ScatterPlot, markerPath, type PlotPoint } from './explorer/ScatterPlot';

export interface DataExplorerProps {
  /** Root-relative path (with base) of the explorer page. */
  pagePath: string;
  /** Id of the JSON block holding the data. */
  dataId?: string;
}

const pointLabel = (r: ConductivityRow, extra = ''): string => {
  const t = r.temperatureC !== undefined ? ` at ${formatSig(r.temperatureC, 4)} °C` : ', temperature not stated';
  const ea = r.activationEnergyEv !== undefined ? `, Eₐ ${formatSig(r.activationEnergyEv)} eV` : '';
  const flag = r.flags.length > 0 ? `. Flagged: ${r.flags[0]!.message}` : '';
  return `${r.material} (${familyLabel(r.family)}): σ ${formatSig(r.sigmaSPerCm)} S/cm${t}${ea}${extra}${flag}`;
};
const layerLabel = (r: InterlayerRow): string =>
  `${r.label} (${interlayerClassLabel(r.class)}): ${formatSig(r.lifetimeH ?? NaN)} h at ${formatSig(r.currentDensityMaPerCm2 ?? NaN)} mA/cm²${r.flags.length > 0 ? `. Flagged: ${r.flags[0]!.message}` : ''}`;

const fmtC = (c: number) => `${formatSig(c, 4)} °C`;
/** Space a plot takes before it is drawn (plot and legend at phone width). */
const PLOT_BOX_PX = 420;

function saveSvg(svg: SVGSVGElement | null, name: string): void {
  if (!svg) return;
  downloadText(name, 'image/svg+xml', `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`);
}

function Swatch({ colour, shape }: { colour: string; shape: number }): JSX.Element {
  return <svg class="xp-swatch" viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true"><path d={markerPath(shape, 5.5)} fill={colour} /></svg>;
}

/** Width of each plot's drawing on a phone, SVG units: near the on-screen width, so its text stays legible. */
const NARROW_PLOT_WIDTH = 360;

export default function DataExplorer({ pagePath, dataId = 'explorer-data' }: DataExplorerProps): JSX.Element {
  const state = useCalculatorState(EXPLORER_SPEC, {}, true);
  const v = state.values;
  const [data, setData] = useState<ExplorerPayload | null>(null);
  const [loadError, setLoadError] = useState('');
  const [hover, setHover] = useState<{ plot: number; key: string } | null>(null);
  const [toAdd, setToAdd] = useState('');
  const [pickPlot, setPickPlot] = useState<number | null>(null);
  const [narrow, setNarrow] = useState(false);
  const svg1 = useRef<SVGSVGElement>(null);
  const svg2 = useRef<SVGSVGElement>(null);
  const svg3 = useRef<SVGSVGElement>(null);
  const svg4 = useRef<SVGSVGElement>(null);

  useEffect(() => {
    try {
      const parsed = readPayload(JSON.parse(document.getElementById(dataId)?.textContent ?? 'null'));
      if (parsed) setData(parsed);
      else setLoadError('The explorer could not read its data. The per-table pages hold the same values.');
    } catch {
      setLoadError('The explorer could not read its data. The per-table pages hold the same values.');
    }
  }, []);

  // Keyboard readers tab through the plots' points: once focus is inside the explorer, every plot is
  // drawn, so none is tabbed past for not having been scrolled to yet.
  const [drawAll, setDrawAll] = useState(false);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => { if ((e.target as Element | null)?.closest?.('form.calc')) setDrawAll(true); };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  useEffect(() => {
    const query = matchMedia('(max-width: 40rem)');
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const rows = data?.rows ?? [];
  const layers = data?.interlayers ?? [];
  const allMethods = useMemo(() => methodsOf(rows), [data]);
  const familyIds = FAMILIES.map((f) => f.id).filter((id) => rows.some((r) => r.family === id));
  const pointKeys = useMemo(() => new Set([...rows.map((r) => r.key), ...layers.map((l) => l.key)]), [data]);
  const view = useMemo(() => readView(v, rows, pointKeys), [v, data]);
  const filtered = useMemo(() => filterRows(rows, view.filters), [view, data]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [data]);

  const frame = (children: JSX.Element) => (
    <CalculatorFrame title="Data explorer" toolPath={pagePath} onToolPage query={state.query} urlErrors={state.urlErrors}
      actions={[
        { label: `Download the ${filtered.length} filtered rows (CSV)`, disabled: !data || filtered.length === 0, onClick: () => downloadText('explorer-conductivity.csv', 'text/csv', conductivityCsv(filtered)) },
        { label: 'Download the interlayer rows (CSV)', disabled: !data, onClick: () => downloadText('explorer-interlayers.csv', 'text/csv', interlayerCsv(layers)) },
      ]}>
      {children}
    </CalculatorFrame>
  );
  if (!data) return frame(<p class="xp-loading" role="status">{loadError || 'Loading the data…'}</p>);

  // ---- state changes
  const famSet = new Set(view.filters.families ?? familyIds);
  const methSet = new Set(view.filters.methods ?? allMethods);
  const toggle = (key: 'fam' | 'meth', all: string[], set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id); else next.add(id);
    state.set(key, writeList([...next], all));
  };
  const pickIn = (plot: number) => (key: string) => { setPickPlot(plot); state.set('pt', key === view.point ? '' : key); };
  const setChosen = (keys: string[]) => state.set('sel', keys.join(','));

  // ---- URL problems that are not shown beside a field
  const linkProblems = [
    ...Object.entries(state.urlErrors).filter(([k]) => k !== '_url' && k !== 'tmin' && k !== 'tmax').map(([, m]) => m),
    ...['fam', 'meth', 'sel', 'pt'].map((k) => view.errors[k]).filter((m): m is string => Boolean(m)),
  ];

  // ---- plot 1: log σ against Eₐ
  const withEa = filtered.filter(hasArrhenius);
  const asPoint = (r: ConductivityRow, x: number, y: number): PlotPoint => ({
    key: r.key, x, y, ...style(FAMILY_STYLE, r.family), ring: worstSeverity(r.flags), label: pointLabel(r), selected: r.key === view.point,
  });
  const p1 = withEa.map((r) => asPoint(r, r.activationEnergyEv, Math.log10(r.sigmaSPerCm)));
  const eaValues = withEa.map((r) => r.activationEnergyEv);
  const eaDomain: [number, number] = eaValues.length ? [Math.max(0, Math.floor((Math.min(...eaValues) - 0.05) * 10) / 10), Math.ceil((Math.max(...eaValues) + 0.05) * 10) / 10] : [0, 1];
  const sigmaDomain = decadeDomain(filtered.map((r) => Math.log10(r.sigmaSPerCm)));
  const legendFamilies = familyIds.filter((f) => famSet.has(f)).map((f) => ({ label: familyLabel(f), ...style(FAMILY_STYLE, f) }));

  // ---- plot 2: log σ against year or method
  const shownMethods = allMethods.filter((m) => filtered.some((r) => r.method === m));
  const withYear = filtered.filter((r) => r.year !== undefined);
  const years = withYear.map((r) => r.year!);
  const p2 = view.x2 === 'year'
    ? withYear.map((r) => asPoint(r, r.year! + jitter(r.key) * 0.5, Math.log10(r.sigmaSPerCm)))
    : filtered.map((r) => asPoint(r, Math.log10(r.sigmaSPerCm), shownMethods.indexOf(r.method) + jitter(r.key) * 0.45));

  // ---- plot 3: Arrhenius lines
  const chosenRows = view.chosen.map((k) => byKey.get(k)).filter((r): r is ConductivityRow => r !== undefined);
  const lines = chosenRows.map((r, i) => ({ row: r, line: rowLine(r), ...LINE_STYLE[i % LINE_STYLE.length]! }));
  const drawn = lines.filter((l) => l.line !== null);
  const p3: PlotPoint[] = drawn.map((l) => ({
    key: l.row.key, x: l.line!.anchor[0], y: l.line!.anchor[1], colour: l.colour, shape: 0, ring: worstSeverity(l.row.flags), selected: l.row.key === view.point,
    label: pointLabel(l.row, l.line!.assumedTemperature ? ' (temperature assumed 25 °C)' : ''),
  }));
  const lineDomain = decadeDomain(drawn.flatMap((l) => l.line!.points.map((p) => p[1])));
  const eligible = filtered.filter(hasArrhenius).filter((r) => !view.chosen.includes(r.key));
  const addable = view.chosen.length < MAX_CHOSEN;

  // ---- plot 4: interlayer map
  const onMap = mappable(layers);
  const best = bestOfClass(onMap, (r) => r.class, interlayerScore);
  const bestKeys = new Set([...best.values()].map((r) => r.key));
  const p4: PlotPoint[] = onMap.map((r) => ({
    key: r.key, x: Math.log10(r.currentDensityMaPerCm2), y: Math.log10(r.lifetimeH), ...style(CLASS_STYLE, r.class), ring: worstSeverity(r.flags),
    label: layerLabel(r) + (bestKeys.has(r.key) ? ` — best ${interlayerClassLabel(r.class).toLowerCase()} (largest j × t)` : ''), selected: r.key === view.point,
    tag: bestKeys.has(r.key) ? (r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label) : undefined,
  }));
  const offMap = layers.filter((r) => !onMap.includes(r as never));
  const classesPresent = INTERLAYER_CLASSES.filter((c) => onMap.some((r) => r.class === c.id));

  // ---- the picked point
  const pickedRow = byKey.get(view.point);
  const pickedLayer = pickedRow ? undefined : layers.find((l) => l.key === view.point);
  const hoverFor = (plot: number) => (key: string | null) => setHover(key === null ? null : { plot, key });
  const hoverLine = (plot: number) => {
    if (hover?.plot !== plot) return <p class="xp-hover" aria-hidden="true">{' '}</p>;
    const row = byKey.get(hover.key);
    const layer = row ? undefined : layers.find((x) => x.key === hover.key);
    return <p class="xp-hover" aria-hidden="true">{row ? pointLabel(row) : layer ? layerLabel(layer) : ' '}</p>;
  };
  const details = pickedRow || pickedLayer ? (
    <Details item={pickedRow ? { kind: 'row', row: pickedRow } : { kind: 'layer', row: pickedLayer! }} refLabels={data.refLabels} tableLabels={data.tableLabels}
      onClose={() => state.set('pt', '')}
      onAddLine={pickedRow && hasArrhenius(pickedRow) && !view.chosen.includes(pickedRow.key) && addable ? () => setChosen([...view.chosen, pickedRow.key]) : undefined} />
  ) : null;

  const detailsPlot = pickPlot ?? (pickedLayer ? 4 : 1);
  const detailsAt = (plot: number) => <div class="xp-details-host" aria-live="polite">{detailsPlot === plot ? details : null}</div>;

  const tminErr = view.errors.tmin ?? state.urlErrors.tmin;
  const tmaxErr = view.errors.tmax ?? state.urlErrors.tmax;

  return frame(
    <>
      {linkProblems.length > 0 && (
        <div class="calc-url-error" role="alert">{linkProblems.map((m) => <p>{m}</p>)}</div>
      )}
      <fieldset class="xp-filters">
        <legend>Family</legend>
        <div class="xp-checks">
          {familyIds.map((f) => (
            <label><input type="checkbox" checked={famSet.has(f)} onChange={() => toggle('fam', familyIds, famSet, f)} />
              <Swatch {...style(FAMILY_STYLE, f)} /> {familyLabel(f)} <span class="xp-n">({rows.filter((r) => r.family === f).length})</span></label>
          ))}
        </div>
        <div class="xp-row-buttons">
          <button type="button" onClick={() => state.set('fam', '')}>All families</button>
          <button type="button" onClick={() => state.set('fam', 'none')}>None</button>
        </div>
      </fieldset>
      <details class="xp-methods" open={view.filters.methods !== null}>
        <summary>Preparation method ({view.filters.methods === null ? 'all' : `${methSet.size} of ${allMethods.length}`})</summary>
        <fieldset class="xp-filters">
          <legend class="xp-visually-hidden">Preparation method</legend>
          <div class="xp-checks xp-checks--many">
            {allMethods.map((m) => (
              <label><input type="checkbox" checked={methSet.has(m)} onChange={() => toggle('meth', allMethods, methSet, m)} /> {methodLabel(m)} <span class="xp-n">({rows.filter((r) => r.method === m).length})</span></label>
            ))}
          </div>
          <div class="xp-row-buttons">
            <button type="button" onClick={() => state.set('meth', '')}>All methods</button>
            <button type="button" onClick={() => state.set('meth', 'none')}>None</button>
          </div>
        </fieldset>
      </details>
      <fieldset class="xp-filters xp-temps">
        <legend>Measuring temperature</legend>
        <NumberField id="xp-tmin" label="From" value={v.tmin ?? ''} onInput={(t) => state.set('tmin', t)} unitText="°C" error={tminErr} hint="Empty: no lower limit." />
        <NumberField id="xp-tmax" label="To" value={v.tmax ?? ''} onInput={(t) => state.set('tmax', t)} unitText="°C" error={tmaxErr} hint="Empty: no upper limit." />
        <label class="xp-inline"><input type="checkbox" checked={view.filters.includeUnstated} onChange={() => state.set('nt', view.filters.includeUnstated ? '0' : '1')} /> Keep values whose temperature the source does not state</label>
      </fieldset>

      <p class="xp-count" role="status" aria-live="polite">
        {filtered.length} of {rows.length} conductivity values match; {p1.length} have an activation energy.
      </p>

      <section class="xp-section" aria-labelledby="xp-h1">
        <h3 id="xp-h1">Conductivity against activation energy</h3>
        <WhenVisible minHeightPx={PLOT_BOX_PX} now={drawAll}>
          <ScatterPlot width={narrow ? NARROW_PLOT_WIDTH : 640} svgRef={svg1} title="log₁₀ σ against activation energy" description={`${p1.length} rows with both σ and Eₐ, coloured and shaped by family; ringed points carry a flag.`}
            x={{ label: 'Activation energy Eₐ (eV)', kind: 'linear', domain: eaDomain }} y={{ label: 'σ (S/cm)', kind: 'log', domain: sigmaDomain }}
            points={p1} legend={legendFamilies} onPick={pickIn(1)} onFocusPoint={hoverFor(1)} emptyText="No row with Eₐ matches the filters." />
          <p class="xp-note">{filtered.length - p1.length} matching rows give no Eₐ and are not in this plot. Arrow keys move between points; Enter shows a point's row.</p>
          {hoverLine(1)}
          {detailsAt(1)}
          <button type="button" class="xp-small" onClick={() => saveSvg(svg1.current, 'explorer-sigma-vs-ea.svg')}>Download this plot (SVG)</button>
        </WhenVisible>
      </section>

      <section class="xp-section" aria-labelledby="xp-h2">
        <h3 id="xp-h2">Conductivity against {view.x2 === 'year' ? 'year of publication' : 'preparation method'}</h3>
        <div class="xp-inline-group" role="radiogroup" aria-label="Second plot: x axis">
          <label class="xp-inline"><input type="radio" name="xp-x2" checked={view.x2 === 'year'} onChange={() => state.set('x2', 'year')} /> Year</label>
          <label class="xp-inline"><input type="radio" name="xp-x2" checked={view.x2 === 'method'} onChange={() => state.set('x2', 'method')} /> Method</label>
        </div>
        <WhenVisible minHeightPx={PLOT_BOX_PX} now={drawAll}>
          {view.x2 === 'year' ? (
            <ScatterPlot width={narrow ? NARROW_PLOT_WIDTH : 640} svgRef={svg2} title="log₁₀ σ against year of publication" description={`${p2.length} rows; year of the row's original reference.`}
              x={{ label: 'Year of the original work', kind: 'year', domain: years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [2000, 2024] }}
              y={{ label: 'σ (S/cm)', kind: 'log', domain: sigmaDomain }} points={p2} legend={legendFamilies} onPick={pickIn(2)} onFocusPoint={hoverFor(2)} emptyText="No row matches the filters." />
          ) : (
            <ScatterPlot width={narrow ? NARROW_PLOT_WIDTH : 640} svgRef={svg2} title="log₁₀ σ by preparation method" description={`${p2.length} rows grouped by method.`}
              x={{ label: 'σ (S/cm)', kind: 'log', domain: sigmaDomain }} y={{ label: 'Method', kind: 'category', domain: [0, shownMethods.length], categories: shownMethods.map(methodLabel) }}
              points={p2} legend={legendFamilies} onPick={pickIn(2)} onFocusPoint={hoverFor(2)} emptyText="No row matches the filters." />
          )}
          {hoverLine(2)}
          {detailsAt(2)}
          <button type="button" class="xp-small" onClick={() => saveSvg(svg2.current, `explorer-sigma-vs-${view.x2}.svg`)}>Download this plot (SVG)</button>
        </WhenVisible>
      </section>

      <section class="xp-section" aria-labelledby="xp-h3">
        <h3 id="xp-h3">Arrhenius lines of chosen materials</h3>
        <p class="xp-note">Each line passes through the row's σ at its temperature with slope −Eₐ/k<sub>B</sub> (form σ = A·exp(−Eₐ/k<sub>B</sub>T)), drawn from {fmtC(ARRHENIUS_RANGE_C.min)} to {fmtC(ARRHENIUS_RANGE_C.max)}; a row without a stated temperature is read at 25 °C. Up to {MAX_CHOSEN} rows.</p>
        <div class="xp-chooser">
          <label for="xp-add">Row with σ and Eₐ</label>
          <select id="xp-add" value={toAdd} onChange={(e) => setToAdd((e.currentTarget as HTMLSelectElement).value)} disabled={!addable || eligible.length === 0}>
            <option value="">{addable ? (eligible.length ? 'Choose a row…' : 'No matching row has Eₐ') : `${MAX_CHOSEN} rows chosen (the most)`}</option>
            {eligible.map((r) => <option value={r.key}>{r.material} — {formatSig(r.sigmaSPerCm)} S/cm, {formatSig(r.activationEnergyEv)} eV ({r.tableId})</option>)}
          </select>
          <button type="button" disabled={!addable || !eligible.some((r) => r.key === toAdd)} onClick={() => { setChosen([...view.chosen, toAdd]); setToAdd(''); }}>Add line</button>
        </div>
        {chosenRows.length > 0 && (
          <ul class="xp-chosen">
            {lines.map((l) => (
              <li>
                <svg width="26" height="10" aria-hidden="true"><line x1="1" x2="25" y1="5" y2="5" stroke={l.colour} stroke-width="3" stroke-dasharray={l.dash} /></svg>
                {' '}{l.row.material} ({l.row.tableId}){l.line?.assumedTemperature ? ', temperature assumed 25 °C' : ''}{l.line === null ? ' — this line cannot be drawn' : ''}
                {' '}<button type="button" class="xp-small" aria-label={`Remove the line of ${l.row.material} (${l.row.tableId})`} onClick={() => setChosen(view.chosen.filter((k) => k !== l.row.key))}>Remove</button>
              </li>
            ))}
          </ul>
        )}
        <WhenVisible minHeightPx={PLOT_BOX_PX} now={drawAll}>
          <ScatterPlot width={narrow ? NARROW_PLOT_WIDTH : 640} svgRef={svg3} title="Arrhenius lines: log₁₀ σ against 1000/T" description={`${drawn.length} lines from the chosen rows; the marked point on each line is the row's own value.`}
            x={{ label: `1000/T (K⁻¹): ${fmtC(ARRHENIUS_RANGE_C.max)} at left, ${fmtC(ARRHENIUS_RANGE_C.min)} at right`, kind: 'linear', domain: [1000 / (ARRHENIUS_RANGE_C.max + 273.15) - 0.05, 1000 / (ARRHENIUS_RANGE_C.min + 273.15) + 0.05] }}
            y={{ label: 'σ (S/cm)', kind: 'log', domain: lineDomain }} points={p3}
            lines={drawn.map((l) => ({ key: l.row.key, points: l.line!.points, colour: l.colour, dash: l.dash }))}
            legend={drawn.map((l) => ({ label: l.row.material, colour: l.colour, shape: 0, dash: l.dash, line: true }))}
            onPick={pickIn(3)} onFocusPoint={hoverFor(3)} emptyText="Choose rows above to draw their lines." />
          {hoverLine(3)}
          {detailsAt(3)}
          <button type="button" class="xp-small" onClick={() => saveSvg(svg3.current, 'explorer-arrhenius.svg')}>Download this plot (SVG)</button>
        </WhenVisible>
      </section>

      <section class="xp-section" aria-labelledby="xp-h4">
        <h3 id="xp-h4">Interlayer performance map</h3>
        <p class="xp-note">Li symmetric cells with an interlayer on LATP or LAGP (tables 2 and 3 of review 001, table 2 of review 004): how long the cell cycled against the current density. The labelled point of each class passed the most charge (current density × lifetime). The filters above do not apply here.</p>
        <WhenVisible minHeightPx={PLOT_BOX_PX} now={drawAll}>
          <ScatterPlot width={narrow ? NARROW_PLOT_WIDTH : 640} svgRef={svg4} title="Interlayer map: lifetime against current density" description={`${p4.length} interlayers by material class; the best of each class is labelled.`}
            x={{ label: 'Current density (mA/cm²)', kind: 'log', domain: decadeDomain(p4.map((p) => p.x)) }} y={{ label: 'Lifetime (h)', kind: 'log', domain: decadeDomain(p4.map((p) => p.y)) }}
            points={p4} legend={classesPresent.map((c) => ({ label: c.label, ...style(CLASS_STYLE, c.id) }))} onPick={pickIn(4)} onFocusPoint={hoverFor(4)} />
          {offMap.length > 0 && <p class="xp-note">Not on the map (the source gives no lifetime or no current density): {offMap.map((r) => r.label).join('; ')}.</p>}
          {hoverLine(4)}
          {detailsAt(4)}
          <button type="button" class="xp-small" onClick={() => saveSvg(svg4.current, 'explorer-interlayer-map.svg')}>Download this plot (SVG)</button>
        </WhenVisible>
      </section>
    </>,
  );
}
