// A small SVG scatter plot for the data explorer: linear axes (log values are passed as log₁₀ and
// labelled as powers of ten), optional category axis, optional lines, flagged points ringed, every
// point focusable (one tab stop; arrow keys move between points, Enter or Space picks one).
import type { JSX, Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { labelWidth, placeLabels } from '~/lib/plot-labels';
import { formatSig } from '~/lib/format';
import { linearScale, niceTicks } from '~/lib/plot-scale';
import { decadeTicks, powerOfTenLabel } from '~/lib/explorer';

export interface PlotPoint {
  key: string;
  x: number;
  y: number;
  colour: string;
  shape: number;
  /** Worst flag severity, drawn as a ring. */
  ring?: string;
  /** What a screen reader announces, and the hover text. */
  label: string;
  selected?: boolean;
  /** Text drawn beside the point (e.g. best of its class). */
  tag?: string;
}

export interface PlotLine { key: string; points: [number, number][]; colour: string; dash?: string }

export interface Axis {
  label: string;
  /** log: values are log₁₀ and ticks are labelled 10ⁿ; year: integer ticks; category: index into `categories`. */
  kind: 'log' | 'linear' | 'year' | 'category';
  domain: [number, number];
  categories?: string[];
}

interface Props {
  title: string;
  description: string;
  x: Axis;
  y: Axis;
  points: PlotPoint[];
  lines?: PlotLine[];
  legend?: { label: string; colour: string; shape: number; dash?: string; line?: boolean }[];
  svgRef?: Ref<SVGSVGElement>;
  onPick?: (key: string) => void;
  onFocusPoint?: (key: string | null) => void;
  emptyText?: string;
  /** Width of the drawing in SVG units: smaller on narrow screens, so that the text stays legible. */
  width?: number;
}

const TONE_TEXT = '#222';

/** Marker path centred on 0,0 (circle, square, triangle, diamond, inverted triangle, hexagon). */
export function markerPath(shape: number, r = 5): string {
  switch (shape % 6) {
    case 1: return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 2: return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}H${-r * 1.1}z`;
    case 3: return `M0,${-r * 1.3}L${r * 1.1},0L0,${r * 1.3}L${-r * 1.1},0z`;
    case 4: return `M0,${r * 1.2}L${r * 1.1},${-r * 0.8}H${-r * 1.1}z`;
    case 5: return `M${-r},0L${-r / 2},${-r * 0.9}H${r / 2}L${r},0L${r / 2},${r * 0.9}H${-r / 2}z`;
    default: return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

function ticksOf(axis: Axis): { value: number; text: string }[] {
  const [lo, hi] = axis.domain;
  if (axis.kind === 'log') return decadeTicks(lo, hi, 9).map((t) => ({ value: t, text: powerOfTenLabel(t) }));
  if (axis.kind === 'category') return (axis.categories ?? []).map((c, i) => ({ value: i, text: c }));
  if (lo === hi) return [];
  const ticks = niceTicks(lo, hi, axis.kind === 'year' ? 6 : 6).filter((t) => axis.kind !== 'year' || Number.isInteger(t));
  return ticks.map((t) => ({ value: t, text: axis.kind === 'year' ? String(t) : formatSig(t, 3) }));
}

/** The domain widened by 4 % each side, so that points on a whole decade do not sit on the frame. */
const pad = ([lo, hi]: [number, number]): [number, number] => [lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04];

const textWidth = labelWidth;
// Text sizes in SVG units. On a phone the plot is drawn 360 units wide into about 316 px, so that 13 units
// stay above 11 px on screen; labels beside points are slightly smaller but still above 11 px.
const SMALL_TEXT = 13;
/** Font size of the labels beside chosen points, SVG units. */
const TAG_SIZE = 12.5;

export function ScatterPlot({ title, description, x, y, points, lines = [], legend = [], svgRef, onPick, onFocusPoint, emptyText, width = 640 }: Props): JSX.Element {
  const W = width;
  const maxCategory = W < 500 ? 20 : 34;
  const categories = (y.categories ?? []).map((c) => (c.length > maxCategory ? `${c.slice(0, maxCategory - 1)}…` : c));
  const categoryWidth = y.kind === 'category' ? 16 + Math.max(0, ...categories.map((c) => textWidth(c, SMALL_TEXT))) : 0;
  const M = { top: 14, right: 18, bottom: 50, left: y.kind === 'category' ? categoryWidth : 70 };
  const H = y.kind === 'category' ? M.top + M.bottom + 20 * Math.max(3, categories.length) : W < 500 ? 320 : 380;
  const legendColumns = Math.max(1, Math.min(3, Math.floor((W - M.left) / Math.max(120, 30 + Math.max(0, ...legend.map((l) => textWidth(l.label, SMALL_TEXT)))))));
  const legendRows = Math.ceil(legend.length / legendColumns);
  const totalH = H + (legendRows > 0 ? legendRows * 20 + 8 : 0);
  const sx = linearScale(x.kind === 'category' ? x.domain : pad(x.domain), [M.left, W - M.right]);
  const sy = y.kind === 'category' ? (v: number) => M.top + 10 + v * 20 : linearScale(pad(y.domain), [H - M.bottom, M.top]);
  const clip = (v: number) => Math.min(Math.max(v, -1e4), 1e4);
  const ordered = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, ordered.length - 1));
  const groupRef = useRef<SVGGElement>(null);
  const tagPlaces = placeLabels(ordered.map((p) => ({ x: clip(sx(p.x)), y: clip(sy(p.y)), label: p.tag })), { x0: M.left, x1: W - 4, y0: M.top, y1: H - M.bottom }, TAG_SIZE);

  const move = (to: number) => {
    const n = ordered.length;
    if (n === 0) return;
    const next = (to + n) % n;
    setActive(next);
    const el = groupRef.current?.querySelector<SVGGElement>(`[data-index="${next}"]`);
    el?.focus();
  };
  const onKey = (e: KeyboardEvent, index: number, key: string) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in step) { e.preventDefault(); move(index + step[e.key]!); }
    else if (e.key === 'Home') { e.preventDefault(); move(0); }
    else if (e.key === 'End') { e.preventDefault(); move(ordered.length - 1); }
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick?.(key); }
  };

  return (
    <svg ref={svgRef} class="xp-plot" viewBox={`0 0 ${W} ${totalH}`} role="group" aria-label={`${title}. ${description}`} xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="13">
      <title>{title}</title>
      <rect x="0" y="0" width={W} height={totalH} fill="#ffffff" />
      {ticksOf(x).map((t) => (
        <g aria-hidden="true">
          <line x1={sx(t.value)} x2={sx(t.value)} y1={M.top} y2={H - M.bottom} stroke="#e2e4e9" />
          <text x={sx(t.value)} y={H - M.bottom + 18} text-anchor="middle" fill={TONE_TEXT}>{t.text}</text>
        </g>
      ))}
      {ticksOf(y.kind === 'category' ? { ...y, categories } : y).map((t) => (
        <g aria-hidden="true">
          <line x1={M.left} x2={W - M.right} y1={sy(t.value)} y2={sy(t.value)} stroke="#e2e4e9" />
          <text x={M.left - 8} y={sy(t.value) + 4} text-anchor="end" fill={TONE_TEXT} font-size={13}>{t.text}</text>
        </g>
      ))}
      <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} fill="none" stroke="#666" aria-hidden="true" />
      <text x={(M.left + W - M.right) / 2} y={H - 12} text-anchor="middle" fill="#111" aria-hidden="true">{x.label}</text>
      {y.kind !== 'category' && <text transform={`translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} text-anchor="middle" fill="#111" aria-hidden="true">{y.label}</text>}
      {points.length === 0 && lines.length === 0 && emptyText && (
        <text x={(M.left + W - M.right) / 2} y={(M.top + H - M.bottom) / 2} text-anchor="middle" fill="#555">{emptyText}</text>
      )}
      <g aria-hidden="true">
        {lines.map((l) => (
          <path d={l.points.map(([px, py], i) => `${i ? 'L' : 'M'}${clip(sx(px)).toFixed(1)},${clip(sy(py)).toFixed(1)}`).join('')} fill="none" stroke={l.colour} stroke-width="2.5" stroke-dasharray={l.dash} />
        ))}
      </g>
      <g ref={groupRef} role="list" aria-label={`${points.length} points`}>
        {ordered.map((p, index) => {
          const px = clip(sx(p.x));
          const py = clip(sy(p.y));
          return (
            <g role="listitem" key={p.key}>
              <g class="xp-point" data-key={p.key} data-index={index} transform={`translate(${px.toFixed(1)} ${py.toFixed(1)})`} tabIndex={index === activeIndex ? 0 : -1}
                role="button" aria-label={p.label} aria-pressed={p.selected ? 'true' : 'false'}
                onClick={() => { setActive(index); onPick?.(p.key); }} onKeyDown={(e) => onKey(e as unknown as KeyboardEvent, index, p.key)}
                onFocus={() => { setActive(index); onFocusPoint?.(p.key); }} onBlur={() => onFocusPoint?.(null)}
                onMouseEnter={() => onFocusPoint?.(p.key)} onMouseLeave={() => onFocusPoint?.(null)}>
                <title>{p.label}</title>
                <circle r="10" fill="transparent" />
                {p.ring && <circle class="xp-ring" r="9" fill="none" stroke={p.ring === 'info' ? '#555555' : '#b3261e'} stroke-width="1.8" stroke-dasharray={p.ring === 'info' ? '2 2' : undefined} />}
                <path d={markerPath(p.shape)} fill={p.colour} stroke={p.selected ? '#000' : '#ffffff'} stroke-width={p.selected ? 2.5 : 1} />
              </g>
            </g>
          );
        })}
      </g>
      {/* Labels after all the points, so that no later point is drawn over one; the points carry the names for assistive technology. */}
      <g aria-hidden="true" pointer-events="none" font-size={TAG_SIZE} fill="#111" stroke="#ffffff" stroke-width="3" paint-order="stroke">
        {ordered.map((p, index) => {
          const place = tagPlaces[index];
          if (!p.tag || !place) return null;
          const px = clip(sx(p.x));
          const py = clip(sy(p.y));
          const text = <text x={(px + place.dx).toFixed(1)} y={(py + place.dy).toFixed(1)} text-anchor={place.anchor}>{p.tag}</text>;
          if (!place.leader) return text;
          // The line runs from the marker's edge to the label's near side: at its mid-height for a label beside
          // the point, to its top or bottom edge for one straight above or below.
          const towardX = px + place.dx - Math.sign(place.dx) * 2;
          const towardY = py + place.dy + (place.anchor !== 'middle' ? -TAG_SIZE * 0.35 : place.dy > 0 ? -TAG_SIZE : 3);
          const length = Math.hypot(towardX - px, towardY - py);
          const startX = px + ((towardX - px) / length) * 7;
          const startY = py + ((towardY - py) / length) * 7;
          return <g><line x1={startX.toFixed(1)} y1={startY.toFixed(1)} x2={towardX.toFixed(1)} y2={towardY.toFixed(1)} stroke={TONE_TEXT} stroke-width="0.8" />{text}</g>;
        })}
      </g>
      {legend.length > 0 && (
        <g aria-hidden="true" transform={`translate(${M.left} ${H + 4})`} font-size={SMALL_TEXT}>
          {legend.map((l, i) => (
            <g transform={`translate(${(i % legendColumns) * ((W - M.left - M.right) / legendColumns)} ${Math.floor(i / legendColumns) * 20 + 10})`}>
              {l.line ? <line x1="-2" x2="16" y1="0" y2="0" stroke={l.colour} stroke-width="2.5" stroke-dasharray={l.dash} /> : <path transform="translate(6 0)" d={markerPath(l.shape)} fill={l.colour} />}
              <text x="22" y="4" fill="#111">{fit(l.label, (W - M.left - M.right) / legendColumns - 28, SMALL_TEXT)}</text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}

/** Shorten a label to fit `room` SVG units at font size `size`. */
function fit(label: string, room: number, size: number): string {
  if (textWidth(label, size) <= room) return label;
  let kept = [...label];
  while (kept.length > 4 && textWidth(`${kept.join('')}…`, size) > room) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}
