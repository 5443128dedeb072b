/**
 * Placing the text labels of a few chosen points in a scatter plot so that they neither overlap each other nor
 * cover other points, when there is room: each label tries a ring of spots around its point and takes the one
 * with the least overlap (the first free one in the order tried). Where the near ring is full, an outer ring is
 * tried, its labels joined to their points by a leader line; where that is full too, the nearest free spot on a
 * grid out to `MAX_LEADER` units away. Pure geometry in SVG units.
 */

/** Offset of a label's anchor from its point; `leader` when it sits far enough out to need a line to its point. */
export interface LabelPlace { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; leader?: true }
export interface Box { x0: number; x1: number; y0: number; y1: number }

/** Spots tried around a point, nearest first: right, left, above, below, then further out. */
const SPOTS: LabelPlace[] = [
  { dx: 9, dy: -8, anchor: 'start' }, { dx: 9, dy: 16, anchor: 'start' }, { dx: -9, dy: -8, anchor: 'end' }, { dx: -9, dy: 16, anchor: 'end' },
  { dx: 0, dy: -12, anchor: 'middle' }, { dx: 0, dy: 24, anchor: 'middle' },
  { dx: 9, dy: -22, anchor: 'start' }, { dx: -9, dy: -22, anchor: 'end' }, { dx: 9, dy: 30, anchor: 'start' }, { dx: -9, dy: 30, anchor: 'end' },
  { dx: 0, dy: -26, anchor: 'middle' }, { dx: 0, dy: 38, anchor: 'middle' },
  // Crowded points: further out, joined to the point by a thin line.
  ...[-48, 58, -70, 80].flatMap((dy) => [{ dx: 24, dy, anchor: 'start' as const, leader: true as const }, { dx: -24, dy, anchor: 'end' as const, leader: true as const }]),
  ...[-8, 16].flatMap((dy) => [{ dx: 48, dy, anchor: 'start' as const, leader: true as const }, { dx: -48, dy, anchor: 'end' as const, leader: true as const }]),
];
/** Longest leader line of the grid fallback, SVG units: further out, a reader can no longer tell whose label it is. */
const MAX_LEADER = 150;
/** Grid steps of the fallback, SVG units: about a label's height down, a few characters across. */
const GRID_DY = 8;
const GRID_DX = 12;

/** Leader-line spots on a grid around a point, nearest first, for when no fixed spot is free. */
function gridSpots(): LabelPlace[] {
  const spots: LabelPlace[] = [];
  for (let dy = -MAX_LEADER; dy <= MAX_LEADER; dy += GRID_DY) {
    // Straight above or below, for a label too long to sit beside its point in a narrow plot.
    if (Math.abs(dy) >= 30) spots.push({ dx: 0, dy, anchor: 'middle', leader: true });
    for (let dx = 24; Math.hypot(dx, dy) <= MAX_LEADER; dx += GRID_DX) {
      spots.push({ dx, dy, anchor: 'start', leader: true }, { dx: -dx, dy, anchor: 'end', leader: true });
    }
  }
  return spots.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
}
const GRID_SPOTS = gridSpots();

/** Half the size of a point marker, SVG units. */
const POINT_HALF = 6;

/**
 * Advance widths in em, by character class, of DejaVu Sans (what system-ui is on Linux, and wider than the
 * system fonts of other platforms, so labels never run longer than estimated). One flat 0.56 em per character
 * fell 10 % short on labels full of capitals, such as "AAPP/CB@PP on LAGP". The minus sign, × and ± are as wide
 * as + (0.84 em), not a digit: counted as digits, a tick label such as "−5.00 × 10⁻⁴" ran past its estimate.
 */
const EM_WIDTHS: [RegExp, number][] = [
  [/[iljIJ.,;:|!'’]/, 0.3], [/ /, 0.32], [/[frt()[\]/\-₀-₉]/, 0.41], [/[W@…]/, 1], [/[mMw%+−×±]/, 0.9],
  [/[A-Z]/, 0.72], [/[0-9a-z]/, 0.64],
];
/** Width of a character in em: its class's width, or 0.64 em for anything else. */
const emWidth = (ch: string): number => EM_WIDTHS.find(([pattern]) => pattern.test(ch))?.[1] ?? 0.64;
/** Width of a label in SVG units at `fontSize`, estimated from its characters. */
export const labelWidth = (text: string, fontSize: number): number => [...text].reduce((sum, ch) => sum + emWidth(ch), 0) * fontSize;

/** Area shared by two boxes (0 when apart). */
const overlap = (a: Box, b: Box): number => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Where to draw each labelled point's label (null for points without one), inside `plot`, avoiding all points and earlier labels. */
export function placeLabels(points: { x: number; y: number; label?: string }[], plot: Box, fontSize: number): (LabelPlace | null)[] {
  const markers: Box[] = points.map((p) => ({ x0: p.x - POINT_HALF, x1: p.x + POINT_HALF, y0: p.y - POINT_HALF, y1: p.y + POINT_HALF }));
  const placed: Box[] = [];
  return points.map((p) => {
    if (!p.label) return null;
    const w = labelWidth(p.label, fontSize);
    const boxOf = (s: LabelPlace): Box => {
      const x0 = s.anchor === 'start' ? p.x + s.dx : s.anchor === 'end' ? p.x + s.dx - w : p.x - w / 2;
      return { x0, x1: x0 + w, y0: p.y + s.dy - fontSize, y1: p.y + s.dy + 2 };
    };
    const inside = (b: Box) => b.x0 >= plot.x0 && b.x1 <= plot.x1 && b.y0 >= plot.y0 && b.y1 <= plot.y1;
    // A label over another label is worse than one over a point; outside the plot is worst.
    const cost = (b: Box) => (inside(b) ? 0 : 1e9) + placed.reduce((a, o) => a + 4 * overlap(b, o), 0) + markers.reduce((a, m) => a + overlap(b, m), 0);
    let best = SPOTS[0]!;
    let bestCost = Infinity;
    for (const spot of SPOTS) {
      const c = cost(boxOf(spot));
      if (c < bestCost) { best = spot; bestCost = c; }
      if (c === 0) break;
    }
    // Every fixed spot covers something: the nearest free spot further out, if there is one.
    if (bestCost > 0) best = GRID_SPOTS.find((spot) => cost(boxOf(spot)) === 0) ?? best;
    placed.push(boxOf(best));
    return best;
  });
}
