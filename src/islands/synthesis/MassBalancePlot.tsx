// Where the mass goes: one bar for what is weighed in (each precursor, with the Li excess, and any O₂
// taken from the air) and one for what comes out (the product and each gas), to the same scale.
import type { JSX, Ref } from 'preact';
import { formatSig } from '~/lib/format';
import { niceTicks } from '~/lib/plot-scale';
import { withSubscripts } from '~/lib/synthesis';

export interface Segment { label: string; massG: number }

interface Props { inputs: Segment[]; outputs: Segment[]; unitLabel: string; toUnit: (g: number) => number; svgRef?: Ref<SVGSVGElement> }

const WIDE = 560;
const NARROW = 340;
const RIGHT = 16;
const BAR = 34;
const AXIS = 30;
/** Okabe–Ito tones plus greys, dark enough for white text-free segments on white. */
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#7f7f7f', '#332288', '#88ccee', '#999933', '#aa4499'];

/** The chart, drawn for a wide and a narrow box; CSS shows the one that fits (see LinePlot). `svgRef` gets the wide one. */
export function MassBalancePlot(props: Props): JSX.Element {
  return (
    <div class="line-plot">
      <Drawing {...props} width={WIDE} />
      <Drawing {...props} width={NARROW} svgRef={undefined} />
    </div>
  );
}

function Drawing({ inputs, outputs, unitLabel, toUnit, svgRef, width: W }: Props & { width: number }): JSX.Element {
  const narrow = W === NARROW;
  const LEFT = narrow ? 84 : 96;
  const total = Math.max(inputs.reduce((s, x) => s + x.massG, 0), outputs.reduce((s, x) => s + x.massG, 0), 1e-300);
  const scale = (W - LEFT - RIGHT) / total;
  const names = [...new Set([...inputs, ...outputs].map((s) => s.label))];
  const colour = (label: string) => COLOURS[names.indexOf(label) % COLOURS.length];
  // Legend: full names, in two columns when wide and every name fits in one (about 7 units a character).
  const columns = !narrow && Math.max(...names.map((n) => withSubscripts(n).length)) <= 30 ? 2 : 1;
  const legendRows = Math.ceil(names.length / columns);
  const barsTop = 40;
  const axisY = barsTop + 2 * BAR + 22 + 6;
  const legendTop = axisY + AXIS;
  const H = legendTop + legendRows * 20 + 10;
  const ticks = niceTicks(0, toUnit(total), narrow ? 4 : 6).filter((t) => t >= 0 && t <= toUnit(total) * 1.0001);
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
  const weighed = formatSig(toUnit(inputs.reduce((s, x) => s + x.massG, 0)), 4);
  return (
    <svg ref={svgRef} class={narrow ? 'calc-plot-narrow' : 'calc-plot'} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Mass balance of the batch. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="13">
      <title>Mass balance of the batch</title>
      <rect x="0" y="0" width={W} height={H} fill="#ffffff" />
      <text x={narrow ? 8 : LEFT} y="18" fill="#111">{narrow ? `Batch: ${weighed} ${unitLabel} weighed in` : `Mass of the batch (${unitLabel}); total weighed in ${weighed} ${unitLabel}`}</text>
      <text x={LEFT - 8} y={barsTop + BAR / 2 + 4} text-anchor="end" fill="#111">Weighed in</text>
      {bar(inputs, barsTop)}
      <text x={LEFT - 8} y={barsTop + BAR + 22 + BAR / 2 + 4} text-anchor="end" fill="#111">Comes out</text>
      {bar(outputs, barsTop + BAR + 22)}
      <line x1={LEFT} x2={W - RIGHT} y1={axisY} y2={axisY} stroke="#666" />
      {ticks.map((t) => (
        <g>
          <line x1={LEFT + (t / toUnit(total)) * (W - LEFT - RIGHT)} x2={LEFT + (t / toUnit(total)) * (W - LEFT - RIGHT)} y1={axisY} y2={axisY + 5} stroke="#666" />
          <text x={LEFT + (t / toUnit(total)) * (W - LEFT - RIGHT)} y={axisY + 18} text-anchor="middle" fill="#333">{formatSig(t, 3)}</text>
        </g>
      ))}
      <text x={LEFT - 8} y={axisY + 18} text-anchor="end" fill="#333">{unitLabel}</text>
      <g transform={`translate(${narrow ? 8 : LEFT} ${legendTop})`}>
        {names.map((name, i) => (
          <g transform={`translate(${(i % columns) * 230} ${Math.floor(i / columns) * 20})`}>
            <rect x="0" y="-10" width="12" height="12" fill={colour(name)} />
            <text x="18" y="0" fill="#111">{withSubscripts(name)}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
