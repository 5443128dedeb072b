// Where the mass goes: one bar for what is weighed in (each precursor, with the Li excess, and any O₂
// taken from the air) and one for what comes out (the product and each gas), to the same scale.
import type { JSX, Ref } from 'preact';
import { formatSig } from '~/lib/format';
import { withSubscripts } from '~/lib/synthesis';

export interface Segment { label: string; massG: number }

interface Props { inputs: Segment[]; outputs: Segment[]; unitLabel: string; toUnit: (g: number) => number; svgRef?: Ref<SVGSVGElement> }

const W = 560;
const LEFT = 96;
const RIGHT = 16;
const BAR = 34;
/** Okabe–Ito tones plus greys, dark enough for white text-free segments on white. */
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#7f7f7f', '#332288', '#88ccee', '#999933', '#aa4499'];

export function MassBalancePlot({ inputs, outputs, unitLabel, toUnit, svgRef }: Props): JSX.Element {
  const total = Math.max(inputs.reduce((s, x) => s + x.massG, 0), outputs.reduce((s, x) => s + x.massG, 0), 1e-300);
  const scale = (W - LEFT - RIGHT) / total;
  const names = [...new Set([...inputs, ...outputs].map((s) => s.label))];
  const colour = (label: string) => COLOURS[names.indexOf(label) % COLOURS.length];
  const legendRows = Math.ceil(names.length / 3);
  const H = 40 + 2 * (BAR + 22) + legendRows * 20 + 10;
  const bar = (segments: Segment[], y: number) => {
    let x = LEFT;
    return segments.filter((s) => s.massG > 0).map((s) => {
      const w = s.massG * scale;
      const rect = <rect x={x} y={y} width={Math.max(w, 0.5)} height={BAR} fill={colour(s.label)} stroke="#ffffff" stroke-width="1"><title>{`${withSubscripts(s.label)}: ${formatSig(toUnit(s.massG), 4)} ${unitLabel}`}</title></rect>;
      x += w;
      return rect;
    });
  };
  const describe = (segments: Segment[]) => segments.filter((s) => s.massG > 0).map((s) => `${withSubscripts(s.label)} ${formatSig(toUnit(s.massG), 3)} ${unitLabel}`).join(', ');
  const description = `Weighed in: ${describe(inputs)}. Comes out: ${describe(outputs)}.`;
  return (
    <svg ref={svgRef} class="calc-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Mass balance of the batch. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="13">
      <title>Mass balance of the batch</title>
      <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
      <text x={LEFT} y="18" fill="#111">Mass of the batch ({unitLabel}); total weighed in {formatSig(toUnit(inputs.reduce((s, x) => s + x.massG, 0)), 4)} {unitLabel}</text>
      <text x={LEFT - 8} y={40 + BAR / 2 + 4} text-anchor="end" fill="#111">Weighed in</text>
      {bar(inputs, 40)}
      <text x={LEFT - 8} y={40 + BAR + 22 + BAR / 2 + 4} text-anchor="end" fill="#111">Comes out</text>
      {bar(outputs, 40 + BAR + 22)}
      <g transform={`translate(${LEFT} ${40 + 2 * (BAR + 22) + 6})`}>
        {names.map((name, i) => (
          <g transform={`translate(${(i % 3) * 150} ${Math.floor(i / 3) * 20})`}>
            <rect x="0" y="-10" width="12" height="12" fill={colour(name)} />
            <text x="18" y="0" fill="#111">{withSubscripts(name).length > 20 ? `${withSubscripts(name).slice(0, 19)}…` : withSubscripts(name)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
