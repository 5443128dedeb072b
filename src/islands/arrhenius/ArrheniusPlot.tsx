// The Arrhenius plot: log₁₀σ (or log₁₀σT) against 1000/T, with a second axis along the top in °C and the
// legend in whichever corner the data leave free. Same look as shared/LinePlot (whose legend is fixed at
// the top left, exactly where an Arrhenius line starts).
import type { JSX, Ref } from 'preact';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';
import { formatSig } from '~/lib/format';
import type { Series } from '../shared/LinePlot';

interface Props {
  title: string;
  yLabel: string;
  series: Series[];
  svgRef?: Ref<SVGSVGElement>;
  description: string;
}

const W = 560;
const H = 360;
const M = { top: 44, right: 16, bottom: 52, left: 72 };
const TONES = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];
const KELVIN_AT_0C = 273.15;

export function ArrheniusPlot({ title, yLabel, series, svgRef, description }: Props): JSX.Element {
  const all = series.flatMap((s) => s.points).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  const xDomain = paddedDomain(all.map((p) => p[0]));
  const yDomain = paddedDomain(all.map((p) => p[1]), 0.1);
  const x = linearScale(xDomain, [M.left, W - M.right]);
  const y = linearScale(yDomain, [H - M.bottom, M.top]);
  const clip = (v: number) => Math.min(Math.max(v, -1e4), 1e4);

  // Top axis: round Celsius temperatures placed at their 1000/T, at least 34 px apart.
  const hotK = xDomain[0] > 0 ? 1000 / xDomain[0] : 1e4;
  const coldK = xDomain[1] > 0 ? 1000 / xDomain[1] : 1;
  const celsiusTicks: { label: string; px: number }[] = [];
  for (const c of niceTicks(coldK - KELVIN_AT_0C, hotK - KELVIN_AT_0C, 7)) {
    const k = c + KELVIN_AT_0C;
    if (!(k > 0)) continue;
    const px = x(1000 / k);
    if (px < M.left || px > W - M.right) continue;
    if (celsiusTicks.every((t) => Math.abs(t.px - px) >= 34)) celsiusTicks.push({ label: formatSig(c, 3), px });
  }

  // Legend: the corner of the plot area with the fewest data points under a legend-sized box.
  const legendW = 28 + 7 * Math.max(...series.map((s) => s.label.length), 0);
  const legendH = series.length * 18 + 6;
  const corners = [
    { x0: M.left + 8, y0: M.top + 8 },
    { x0: W - M.right - 8 - legendW, y0: M.top + 8 },
    { x0: M.left + 8, y0: H - M.bottom - 8 - legendH },
    { x0: W - M.right - 8 - legendW, y0: H - M.bottom - 8 - legendH },
  ];
  const covered = (c: { x0: number; y0: number }) => all.filter(([px, py]) => {
    const sx = x(px);
    const sy = y(py);
    return sx >= c.x0 - 6 && sx <= c.x0 + legendW + 6 && sy >= c.y0 - 6 && sy <= c.y0 + legendH + 6;
  }).length;
  const legend = corners.reduce((best, c) => (covered(c) < covered(best) ? c : best), corners[1]!);

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
      {celsiusTicks.map((t) => (
        <g>
          <line x1={t.px} x2={t.px} y1={M.top} y2={M.top - 5} stroke="#666" />
          <text x={t.px} y={M.top - 9} text-anchor="middle" fill="#333">{t.label}</text>
        </g>
      ))}
      <text x={W - M.right} y={14} text-anchor="end" fill="#111">T (°C)</text>
      <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="none" stroke="#666" />
      <text x={(M.left + W - M.right) / 2} y={H - 10} text-anchor="middle" fill="#111">1000/T (K⁻¹)</text>
      <text transform={`translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} text-anchor="middle" fill="#111">{yLabel}</text>
      {series.map((s) => {
        const colour = TONES[(s.tone ?? 1) - 1];
        if (s.kind === 'line') {
          const d = s.points.map(([px, py], i) => `${i ? 'L' : 'M'}${clip(x(px)).toFixed(1)},${clip(y(py)).toFixed(1)}`).join('');
          return <path d={d} fill="none" stroke={colour} stroke-width="2" stroke-dasharray={s.dashed ? '5 4' : undefined} />;
        }
        return <g fill={colour}>{s.points.map(([px, py]) => <circle cx={clip(x(px))} cy={clip(y(py))} r="4.5" />)}</g>;
      })}
      <g transform={`translate(${legend.x0} ${legend.y0})`}>
        <rect x="-4" y="-2" width={legendW + 8} height={legendH} fill="#ffffff" fill-opacity="0.85" />
        {series.map((s, i) => {
          const colour = TONES[(s.tone ?? 1) - 1];
          return (
            <g transform={`translate(0 ${i * 18 + 12})`}>
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
