// A small, dependency-free SVG plot: lines and point series on linear axes with tick labels, an optional
// second axis along the top (the Arrhenius plot's °C over 1000/T) and the legend in whichever corner the
// data leave free. Hand-written because a plotting library would cost more JavaScript than the whole calculator.
import type { JSX, Ref } from 'preact';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';
import { formatSig, toSuperscript } from '~/lib/format';
import { labelWidth } from '~/lib/plot-labels';

export interface Series {
  label: string;
  points: [number, number][];
  kind: 'line' | 'points';
  /** CSS colour variable suffix: one of 1–4. */
  tone?: 1 | 2 | 3 | 4;
  dashed?: boolean;
}

/** A second axis along the top: its title, and its ticks as x values (in the bottom axis's units) with labels. */
export interface TopAxis { label: string; ticks: (xDomain: [number, number]) => { x: number; label: string }[] }

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Horizontal reference line (e.g. a target). */
  hLine?: { y: number; label: string };
  topAxis?: TopAxis;
  svgRef?: Ref<SVGSVGElement>;
  /** Text equivalent of the plot for screen readers. */
  description: string;
  /** Corner for the legend; by default the one with the fewest data points under it. */
  legend?: Corner | 'auto';
}

const WIDE = 560;
// Drawn in a narrow viewBox for a phone or a plot-grid cell, so that 13-unit text stays at least 11 px on screen.
const NARROW = 340;
const PLOT_HEIGHT = 272;
// left: the least left margin; a wider one when the y tick labels need it.
const M = { right: 16, bottom: 52, left: 88 };
const FONT_SIZE = 13;
/** Baseline of the rotated y-axis title, SVG units from the left edge; its glyphs reach about 0.25 em to the right of it. */
const Y_TITLE_X = 14;
/** Leftmost that a y tick label may start: clear of the y-axis title's glyphs by a few units. */
const Y_TICKS_FROM = Y_TITLE_X + 0.25 * FONT_SIZE + 6;
/** Gap between a y tick label's right end and the plot frame. */
const Y_TICK_GAP = 8;
const TOP = { plain: 16, withAxis: 44 };
const MIN_TOP_TICK_GAP = 34;
const LEGEND_ROW = 18;

/**
 * Labels of an axis's ticks, and the power of ten they share when written plainly would need one each: ticks of
 * −5 × 10⁻⁴, 0 and 5 × 10⁻⁴ read −5, 0 and 5, with " (× 10⁻⁴)" for the axis title, instead of three labels
 * as wide as "−5.00 × 10⁻⁴" that a narrow plot has no room for.
 */
export function axisTickLabels(ticks: number[]): { labels: string[]; factor: string } {
  const plain = ticks.map((t) => formatSig(t, 3));
  if (!plain.some((label) => label.includes('×'))) return { labels: plain, factor: '' };
  // The power of ten of the step, so that the labels are whole numbers (steps are 1, 2 or 5 × 10ⁿ); of the largest
  // tick instead where that would make them 10⁴ or more (ticks far from zero).
  const largest = Math.max(...ticks.map(Math.abs));
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : largest;
  const ofStep = Math.floor(Math.log10(step) + 1e-9);
  const exponent = largest / 10 ** ofStep < 1e4 ? ofStep : Math.floor(Math.log10(largest) + 1e-9);
  const label = (scaled: number) => (exponent === ofStep ? String(Math.round(scaled)).replace('-', '−') : formatSig(scaled, 3));
  return { labels: ticks.map((t) => label(t / 10 ** exponent)), factor: ` (× 10${toSuperscript(exponent)})` };
}

/**
 * The plot, drawn twice: for a wide box and for a narrow one (phone, plot grid). CSS container queries
 * (calculators.css) show the one that fits, so the text is legible before the island's code has loaded
 * and without measuring anything. `svgRef` (downloads) gets the wide drawing.
 */
export function LinePlot(props: Props): JSX.Element {
  return (
    <div class="line-plot">
      <Drawing {...props} width={WIDE} />
      <Drawing {...props} width={NARROW} svgRef={undefined} />
    </div>
  );
}

function Drawing({ title, xLabel, yLabel, series, hLine, topAxis, svgRef, description, legend = 'auto', width: W }: Props & { width: number }): JSX.Element {
  const narrow = W === NARROW;
  const top = topAxis ? TOP.withAxis : TOP.plain;
  const plotBottom = top + PLOT_HEIGHT;
  // A narrow drawing puts its legend under the axes, one row per series, so it never covers data or runs off.
  const legendBelow = narrow ? series.length * LEGEND_ROW + 8 : 0;
  const H = plotBottom + M.bottom + legendBelow;
  const all = series.flatMap((s) => s.points).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const xDomain = paddedDomain(all.map((p) => p[0]));
  const yDomain = paddedDomain(all.map((p) => p[1]).concat(hLine ? [hLine.y] : []), 0.1);
  const yTicks = niceTicks(...yDomain, 5);
  const yTickText = axisTickLabels(yTicks);
  // Room on the left for the widest y tick label and the axis title beside it, however long the labels are.
  const left = Math.max(M.left, Y_TICKS_FROM + Y_TICK_GAP + Math.max(0, ...yTickText.labels.map((label) => labelWidth(label, FONT_SIZE))));
  const x = linearScale(xDomain, [left, W - M.right]);
  const y = linearScale(yDomain, [plotBottom, top]);
  const clip = (v: number) => Math.min(Math.max(v, -1e4), 1e4);

  // Top-axis ticks inside the plot, at least MIN_TOP_TICK_GAP px apart.
  const topTicks: { label: string; px: number }[] = [];
  for (const t of topAxis?.ticks(xDomain) ?? []) {
    const px = x(t.x);
    if (px >= left && px <= W - M.right && topTicks.every((o) => Math.abs(o.px - px) >= MIN_TOP_TICK_GAP)) topTicks.push({ label: t.label, px });
  }

  // Legend: below the axes when narrow; otherwise the chosen corner, or the corner of the plot area with
  // the fewest data points under a legend-sized box.
  const legendW = 28 + 7 * Math.max(...series.map((s) => s.label.length), 0);
  const legendH = series.length * LEGEND_ROW + 6;
  const corners: Record<Corner, { x0: number; y0: number }> = {
    'top-left': { x0: left + 8, y0: top + 8 },
    'top-right': { x0: W - M.right - 8 - legendW, y0: top + 8 },
    'bottom-left': { x0: left + 8, y0: plotBottom - 8 - legendH },
    'bottom-right': { x0: W - M.right - 8 - legendW, y0: plotBottom - 8 - legendH },
  };
  const covered = (c: { x0: number; y0: number }) => all.filter(([px, py]) => {
    const sx = x(px);
    const sy = y(py);
    return sx >= c.x0 - 6 && sx <= c.x0 + legendW + 6 && sy >= c.y0 - 6 && sy <= c.y0 + legendH + 6;
  }).length;
  const box = narrow ? { x0: 12, y0: plotBottom + M.bottom }
    : legend === 'auto' ? Object.values(corners).reduce((best, c) => (covered(c) < covered(best) ? c : best), corners['top-right']) : corners[legend];

  return (
    <svg ref={svgRef} class={narrow ? 'calc-plot-narrow' : 'calc-plot'} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size={FONT_SIZE}>
      <title>{title}</title>
      <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
      {niceTicks(...xDomain, narrow ? 4 : 6).map((t) => (
        <g>
          <line x1={x(t)} x2={x(t)} y1={top} y2={plotBottom} stroke="#e2e4e9" />
          <text x={x(t)} y={plotBottom + 18} text-anchor="middle" fill="#333">{formatSig(t, 3)}</text>
        </g>
      ))}
      {yTicks.map((t, i) => (
        <g>
          <line x1={left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e4e9" />
          <text x={left - Y_TICK_GAP} y={y(t) + 4} text-anchor="end" fill="#333">{yTickText.labels[i]}</text>
        </g>
      ))}
      {topTicks.map((t) => (
        <g>
          <line x1={t.px} x2={t.px} y1={top} y2={top - 5} stroke="#666" />
          <text x={t.px} y={top - 9} text-anchor="middle" fill="#333">{t.label}</text>
        </g>
      ))}
      {topAxis && <text x={W - M.right} y={14} text-anchor="end" fill="#111">{topAxis.label}</text>}
      <rect x={left} y={top} width={W - left - M.right} height={plotBottom - top} fill="none" stroke="#666" />
      <text x={(left + W - M.right) / 2} y={plotBottom + M.bottom - 10} text-anchor="middle" fill="#111">{xLabel}</text>
      <text transform={`translate(${Y_TITLE_X} ${(top + plotBottom) / 2}) rotate(-90)`} text-anchor="middle" fill="#111">{yLabel}{yTickText.factor}</text>
      {hLine && (
        <g>
          <line x1={left} x2={W - M.right} y1={y(hLine.y)} y2={y(hLine.y)} stroke="#b3261e" stroke-dasharray="6 4" stroke-width="1.5" />
          <text x={W - M.right - 4} y={y(hLine.y) - 6} text-anchor="end" fill="#b3261e">{hLine.label}</text>
        </g>
      )}
      {series.map((s) => {
        const colour = TONES[(s.tone ?? 1) - 1];
        if (s.kind === 'line') {
          const d = s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${clip(x(px)).toFixed(1)},${clip(y(py)).toFixed(1)}`).join('');
          return <path d={d} fill="none" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 4' : undefined} />;
        }
        return <g fill={colour}>{s.points.map(([px, py]) => <circle cx={clip(x(px))} cy={clip(y(py))} r="4.5" />)}</g>;
      })}
      <g transform={`translate(${box.x0} ${box.y0})`}>
        {!narrow && <rect x="-4" y="-2" width={legendW + 8} height={legendH} fill="#ffffff" fill-opacity="0.85" />}
        {series.map((s, i) => {
          const colour = TONES[(s.tone ?? 1) - 1];
          return (
            <g transform={`translate(0 ${i * LEGEND_ROW + 12})`}>
              {s.kind === 'line'
                ? <line x1="0" x2="22" y1="-4" y2="-4" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 3' : undefined} />
                : <circle cx="11" cy="-4" r="4.5" fill={colour} />}
              <text x="28" y="0" fill="#111">{s.label}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** Colour-blind-safe tones (Okabe–Ito), dark enough on the white plot background. */
const TONES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];
