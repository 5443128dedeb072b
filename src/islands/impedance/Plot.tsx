// One hand-written SVG plot for every panel of the workbench: linear or log axes, lines and points,
// optional equal scales (Nyquist), a legend in rows under the axes so it is never clipped. It is laid
// out for the width its box really has (see useWidth), so ticks and text keep their size on a phone.
import type { JSX, Ref } from 'preact';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';
import { formatSig, toSuperscript } from '~/lib/format';
import { useWidth } from './useWidth';

export interface PlotSeries {
  label: string;
  /** Data coordinates; on a log axis the plain (positive) values, not their logarithms. */
  points: [number, number][];
  kind: 'line' | 'points';
  tone: 1 | 2 | 3 | 4;
  dashed?: boolean;
  /** Open circles (measured data under a fitted line). */
  hollow?: boolean;
  /** Leave out of the legend (e.g. points whose fitted line carries the label). */
  unlabelled?: boolean;
}

export interface PlotProps {
  title: string;
  /** Text equivalent for screen readers. */
  description: string;
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  series: PlotSeries[];
  /** Same data units per pixel on both axes, so a semicircle looks round. */
  equal?: boolean;
  /** Height of the plotting area over its width (with `equal`, from the data when omitted). */
  aspect?: number;
  /** Draw the line y = 0. */
  zeroLine?: boolean;
  /** Labels along the top edge at given x (data units), e.g. °C above 1000/T. */
  top?: { label: string; ticks: { x: number; text: string }[] };
  svgRef?: Ref<SVGSVGElement>;
}

/** Colour-blind-safe tones (Okabe–Ito), as the other calculators' plots. */
export const TONES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];
const FONT = 12;
/** Average advance of a system-ui character at 12 px, for margins and legend rows. */
const CHAR = 6.9;
const widthOf = (s: string) => s.length * CHAR;
const span = (d: [number, number]) => d[1] - d[0];
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

interface Tick { at: number; text: string }

/** Ticks of an axis whose domain is given in axis units (log₁₀ of the value on a log axis), at most `max`. */
export function ticksOf([lo, hi]: [number, number], log: boolean, max: number): Tick[] {
  if (!log) {
    // niceTicks rounds the step up, so ask for more until there are at least three.
    let ticks = niceTicks(lo, hi, max);
    for (let more = max + 1; ticks.length < 3 && more < max + 8; more++) ticks = niceTicks(lo, hi, more);
    return ticks.map((t) => ({ at: t, text: formatSig(t, 3) }));
  }
  const decades: Tick[] = [];
  for (let n = Math.ceil(lo - 1e-9); n <= hi + 1e-9; n++) decades.push({ at: n, text: `10${toSuperscript(n)}` });
  if (decades.length >= 2) {
    const step = Math.ceil(decades.length / Math.max(max, 1));
    return decades.filter((t) => ((t.at % step) + step) % step === 0);
  }
  const fine: Tick[] = [];
  for (let n = Math.floor(lo); n <= Math.ceil(hi); n++) {
    for (const m of [1, 2, 5]) {
      const at = n + Math.log10(m);
      if (at >= lo - 1e-9 && at <= hi + 1e-9) fine.push({ at, text: formatSig(m * 10 ** n, 2) });
    }
  }
  if (fine.length >= 2) return fine;
  // Less than a decade between two of 1, 2, 5: evenly spaced values, placed on the log axis.
  return niceTicks(10 ** lo, 10 ** hi, max).filter((v) => v > 0).map((v) => ({ at: Math.log10(v), text: formatSig(v, 3) }));
}

/** As many x ticks as fit side by side with a gap between labels. */
function fittingTicks(domain: [number, number], log: boolean, widthPx: number): Tick[] {
  for (let count = Math.max(2, Math.floor(widthPx / 46)); count > 2; count--) {
    const ticks = ticksOf(domain, log, count);
    const need = ticks.reduce((s, t) => s + widthOf(t.text) + 14, 0);
    if (need <= widthPx) return ticks;
  }
  return ticksOf(domain, log, 2);
}

export function Plot(p: PlotProps): JSX.Element {
  const [box, width] = useWidth();
  const usable = (v: number, log?: boolean) => Number.isFinite(v) && (!log || v > 0);
  const data = p.series.map((s) => s.points
    .filter(([a, b]) => usable(a, p.xLog) && usable(b, p.yLog))
    .map(([a, b]) => [p.xLog ? Math.log10(a) : a, p.yLog ? Math.log10(b) : b] as [number, number]));
  const flat = data.flat();
  const xd0 = paddedDomain(flat.map((q) => q[0]), p.xLog ? 0.02 : 0.04);
  const yd0 = paddedDomain(flat.map((q) => q[1]).concat(p.zeroLine ? [0] : []), 0.07);

  // Legend rows under the plot, wrapped to the width.
  const rows: { x: number; row: number }[] = [];
  let cursor = 0;
  let row = 0;
  const labelled = p.series.filter((s) => !s.unlabelled);
  for (const s of labelled) {
    const w = 30 + widthOf(s.label);
    if (cursor > 0 && cursor + w > width - 16) { cursor = 0; row++; }
    rows.push({ x: cursor, row });
    cursor += w + 12;
  }
  const legendH = labelled.length ? (row + 1) * 18 : 0;
  const mt = p.top ? 56 : 32;
  const mb = 44 + legendH;
  const mr = 14;

  // Two passes: the left margin depends on the y tick labels, which depend on the domain, which (for equal
  // scales) depends on the plot width.
  let ml = 60;
  let xd = xd0;
  let yd = yd0;
  let plotW = 0;
  let plotH = 0;
  let yTicks: Tick[] = [];
  for (let pass = 0; pass < 2; pass++) {
    plotW = width - ml - mr;
    const aspect = p.aspect ?? (p.equal ? clamp(span(yd0) / span(xd0), 0.45, 1) : 0.62);
    plotH = clamp(plotW * aspect, 120, 460);
    if (p.equal) {
      const perPx = Math.max(span(xd0) / plotW, span(yd0) / plotH);
      xd = [xd0[0], xd0[0] + perPx * plotW];
      yd = [yd0[0], yd0[0] + perPx * plotH];
    }
    yTicks = ticksOf(yd, !!p.yLog, Math.max(3, Math.floor(plotH / 44)));
    ml = 30 + Math.max(24, ...yTicks.map((t) => widthOf(t.text)));
  }
  const xTicks = fittingTicks(xd, !!p.xLog, plotW);
  const height = mt + plotH + mb;
  const x = linearScale(xd, [ml, ml + plotW]);
  const y = linearScale(yd, [mt + plotH, mt]);
  const px = (v: number) => clamp(x(v), -1e4, 1e4).toFixed(1);
  const py = (v: number) => clamp(y(v), -1e4, 1e4).toFixed(1);
  const minor: number[] = [];
  for (const [axis, log, d, len] of [['x', p.xLog, xd, plotW], ['y', p.yLog, yd, plotH]] as const) {
    if (!log || len / span(d) < 28) continue;
    for (let n = Math.floor(d[0]); n <= d[1]; n++) {
      for (let m = 2; m < 10; m++) {
        const at = n + Math.log10(m);
        if (at > d[0] && at < d[1]) minor.push(axis === 'x' ? at : -1e6 - at);
      }
    }
  }
  const legendTop = mt + plotH + 54;

  return (
    <div ref={box} class="eis-plot">
      <svg ref={p.svgRef} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${p.title}. ${p.description}`}
        xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size={FONT}>
        <title>{p.title}</title>
        <rect x="0" y="0" width={width} height={height} fill="#ffffff" />
        <text x="8" y="18" fill="#111" font-size="13" font-weight="600">{p.title}</text>
        {xTicks.map((t) => (
          <g>
            <line x1={px(t.at)} x2={px(t.at)} y1={mt} y2={mt + plotH} stroke="#e2e4e9" />
            <text x={px(t.at)} y={mt + plotH + 16} text-anchor="middle" fill="#333">{t.text}</text>
          </g>
        ))}
        {yTicks.map((t) => (
          <g>
            <line x1={ml} x2={ml + plotW} y1={py(t.at)} y2={py(t.at)} stroke="#e2e4e9" />
            <text x={ml - 6} y={y(t.at) + 4} text-anchor="end" fill="#333">{t.text}</text>
          </g>
        ))}
        {minor.map((m) => (m > -1e5
          ? <line x1={px(m)} x2={px(m)} y1={mt + plotH} y2={mt + plotH - 4} stroke="#888" />
          : <line x1={ml} x2={ml + 4} y1={py(-1e6 - m)} y2={py(-1e6 - m)} stroke="#888" />))}
        {p.zeroLine && yd[0] < 0 && yd[1] > 0 && <line x1={ml} x2={ml + plotW} y1={py(0)} y2={py(0)} stroke="#666" stroke-dasharray="4 3" />}
        <rect x={ml} y={mt} width={plotW} height={plotH} fill="none" stroke="#666" />
        <text x={ml + plotW / 2} y={mt + plotH + 34} text-anchor="middle" fill="#111" font-size="13">{p.xLabel}</text>
        <text transform={`translate(14 ${mt + plotH / 2}) rotate(-90)`} text-anchor="middle" fill="#111" font-size="13">{p.yLabel}</text>
        {p.top && (
          <g>
            <text x={ml + plotW} y={mt - 24} text-anchor="end" fill="#111">{p.top.label}</text>
            {p.top.ticks.filter((t) => x(t.x) >= ml && x(t.x) <= ml + plotW).map((t) => (
              <g>
                <line x1={px(t.x)} x2={px(t.x)} y1={mt} y2={mt - 4} stroke="#666" />
                <text x={px(t.x)} y={mt - 8} text-anchor="middle" fill="#333">{t.text}</text>
              </g>
            ))}
          </g>
        )}
        {[...p.series.keys()].sort((a, b) => Number(p.series[a]!.kind === 'line') - Number(p.series[b]!.kind === 'line')).map((k) => {
          const s = p.series[k]!;
          const colour = TONES[s.tone - 1];
          const pts = data[k]!;
          if (s.kind === 'line') {
            const d = pts.map(([a, b], i) => `${i ? 'L' : 'M'}${px(a)},${py(b)}`).join('');
            return <path d={d} fill="none" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 4' : undefined} />;
          }
          return <g fill={s.hollow ? '#ffffff' : colour} stroke={s.hollow ? colour : undefined} stroke-width={s.hollow ? 1.3 : undefined}>{pts.map(([a, b]) => <circle cx={px(a)} cy={py(b)} r={s.hollow ? 3.2 : 2.8} />)}</g>;
        })}
        {labelled.map((s, k) => {
          const colour = TONES[s.tone - 1];
          const at = rows[k]!;
          return (
            <g transform={`translate(${8 + at.x} ${legendTop + at.row * 18})`}>
              {s.kind === 'line'
                ? <line x1="0" x2="22" y1="-4" y2="-4" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 3' : undefined} />
                : <circle cx="11" cy="-4" r="3.5" fill={s.hollow ? '#ffffff' : colour} stroke={s.hollow ? colour : undefined} stroke-width={s.hollow ? 1.3 : undefined} />}
              <text x="28" y="0" fill="#111">{s.label}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
