// A small, dependency-free SVG plot: lines and point series on linear axes with tick labels.
// Hand-written because a plotting library would cost more JavaScript than the whole calculator.
import type { JSX, Ref } from 'preact';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';
import { formatSig } from '~/lib/format';

export interface Series {
  label: string;
  points: [number, number][];
  kind: 'line' | 'points';
  /** CSS colour variable suffix: one of 1–4. */
  tone?: 1 | 2 | 3 | 4;
  dashed?: boolean;
}

interface Props {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  /** Horizontal reference line (e.g. a target). */
  hLine?: { y: number; label: string };
  svgRef?: Ref<SVGSVGElement>;
  /** Text equivalent of the plot for screen readers. */
  description: string;
  /** Corner for the legend, chosen where the curves are not (default top-right). */
  legend?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
}

const W = 560;
const H = 340;
const M = { top: 16, right: 16, bottom: 52, left: 88 };
const LEGEND_WIDTH = 190;

export function LinePlot({ title, xLabel, yLabel, series, hLine, svgRef, description, legend = 'top-right' }: Props): JSX.Element {
  const legendX = legend.endsWith('left') ? M.left + 10 : W - M.right - LEGEND_WIDTH;
  const legendY = legend.startsWith('top') ? M.top + 14 : H - M.bottom - 10 - (series.length - 1) * 18;
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1])).concat(hLine ? [hLine.y] : []);
  const xDomain = paddedDomain(xs);
  const yDomain = paddedDomain(ys, 0.08);
  const x = linearScale(xDomain, [M.left, W - M.right]);
  const y = linearScale(yDomain, [H - M.bottom, M.top]);
  const clip = (v: number) => Math.min(Math.max(v, -1e4), 1e4);
  return (
    <svg ref={svgRef} class="calc-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="13">
      <title>{title}</title>
      <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
      {niceTicks(...xDomain, 6).map((t) => (
        <g>
          <line x1={x(t)} x2={x(t)} y1={M.top} y2={H - M.bottom} stroke="#e2e4e9" />
          <text x={x(t)} y={H - M.bottom + 18} text-anchor="middle" fill="#333">{formatSig(t, 3)}</text>
        </g>
      ))}
      {niceTicks(...yDomain, 5).map((t) => (
        <g>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e4e9" />
          <text x={M.left - 8} y={y(t) + 4} text-anchor="end" fill="#333">{formatSig(t, 3)}</text>
        </g>
      ))}
      <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="none" stroke="#666" />
      <text x={(M.left + W - M.right) / 2} y={H - 10} text-anchor="middle" fill="#111">{xLabel}</text>
      <text transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} text-anchor="middle" fill="#111">{yLabel}</text>
      {hLine && (
        <g>
          <line x1={M.left} x2={W - M.right} y1={y(hLine.y)} y2={y(hLine.y)} stroke="#b3261e" stroke-dasharray="6 4" stroke-width="1.5" />
          <text x={W - M.right - 4} y={y(hLine.y) - 6} text-anchor="end" fill="#b3261e">{hLine.label}</text>
        </g>
      )}
      {series.map((s) => {
        const colour = TONES[(s.tone ?? 1) - 1];
        if (s.kind === 'line') {
          const d = s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${clip(x(px)).toFixed(1)},${clip(y(py)).toFixed(1)}`).join('');
          return <path d={d} fill="none" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 4' : undefined} />;
        }
        return <g fill={colour}>{s.points.map(([px, py]) => <circle cx={x(px)} cy={y(py)} r="4" />)}</g>;
      })}
      <g transform={`translate(${legendX} ${legendY})`}>
        {series.map((s, i) => (
          <g transform={`translate(0 ${i * 18})`}>
            <rect x="0" y="-9" width="14" height="10" fill={TONES[(s.tone ?? 1) - 1]} />
            <text x="20" y="0" fill="#111">{s.label}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** Colour-blind-safe tones (Okabe–Ito), dark enough on the white plot background. */
const TONES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];
