// Usable energy (%) against temperature or C-rate: this cell, the same cell with a lossless separator, and the
// chosen operating point. Drawn narrower than the shared LinePlot, with large type and the legend outside the
// SVG, so that it stays legible on a 390 px phone.
import type { JSX, Ref } from 'preact';
import { formatSig } from '~/lib/format';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';

export interface EnergyCurve { x: number; y: number }

interface Props {
  xLabel: string;
  cell: EnergyCurve[];
  idealSeparator: EnergyCurve[];
  point: EnergyCurve | null;
  description: string;
  svgRef?: Ref<SVGSVGElement>;
}

const W = 400;
const H = 280;
const M = { top: 14, right: 14, bottom: 50, left: 58 };
const CELL = '#0072b2';
const IDEAL = '#d55e00';

export function EnergyPlot({ xLabel, cell, idealSeparator, point, description, svgRef }: Props): JSX.Element {
  const xs = [...cell, ...idealSeparator].map((p) => p.x);
  const [x0, x1] = xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : paddedDomain(xs);
  const x = linearScale([x0, x1], [M.left, W - M.right]);
  const y = linearScale([0, 100], [H - M.bottom, M.top]);
  const path = (pts: EnergyCurve[]) => pts.map((p, k) => `${k ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join('');
  const title = 'Usable energy';
  return (
    <div class="pc-plot">
      <svg ref={svgRef} class="calc-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="15">
        <title>{title}</title>
        <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
        {niceTicks(x0, x1, 4).map((t) => (
          <g>
            <line x1={x(t)} x2={x(t)} y1={M.top} y2={H - M.bottom} stroke="#e2e4e9" />
            <text x={x(t)} y={H - M.bottom + 19} text-anchor="middle" fill="#333">{formatSig(t, 3)}</text>
          </g>
        ))}
        {[0, 25, 50, 75, 100].map((t) => (
          <g>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e4e9" />
            <text x={M.left - 7} y={y(t) + 5} text-anchor="end" fill="#333">{t}</text>
          </g>
        ))}
        <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="none" stroke="#666" />
        <text x={(M.left + W - M.right) / 2} y={H - 9} text-anchor="middle" fill="#111">{xLabel}</text>
        <text transform={`translate(17 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} text-anchor="middle" fill="#111">Usable energy (%)</text>
        <path d={path(idealSeparator)} fill="none" stroke={IDEAL} stroke-width="2.5" stroke-dasharray="7 5" />
        <path d={path(cell)} fill="none" stroke={CELL} stroke-width="2.5" />
        {point && <circle cx={x(point.x)} cy={y(point.y)} r="6" fill={CELL} stroke="#ffffff" stroke-width="2" />}
      </svg>
      <p class="calc-working">
        <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={CELL} stroke-width="3" /></svg> this cell{' '}
        <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={IDEAL} stroke-width="3" stroke-dasharray="7 5" /></svg> the same cell with a lossless separator
        {point && <> <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill={CELL} /></svg> your operating point</>}
      </p>
    </div>
  );
}
