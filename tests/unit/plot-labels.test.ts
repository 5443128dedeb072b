// Label placement in scatter plots: labels stay inside the plot and clear of each other and of points when there is room.
import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type Box, type LabelPlace } from '~/lib/plot-labels';

const PLOT: Box = { x0: 0, x1: 400, y0: 0, y1: 300 };
const SIZE = 11.5;
const boxOf = (p: { x: number; y: number; label?: string }, s: LabelPlace): Box => {
  const w = labelWidth(p.label!, SIZE);
  const x0 = s.anchor === 'start' ? p.x + s.dx : s.anchor === 'end' ? p.x + s.dx - w : p.x - w / 2;
  return { x0, x1: x0 + w, y0: p.y + s.dy - SIZE, y1: p.y + s.dy + 2 };
};
const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

describe('placeLabels', () => {
  it('puts a lone label to the upper right of its point', () => {
    expect(placeLabels([{ x: 100, y: 100, label: 'ZnO on LATP' }], PLOT, SIZE)).toEqual([{ dx: 9, dy: -8, anchor: 'start' }]);
  });

  it('gives no place to a point without a label', () => {
    expect(placeLabels([{ x: 100, y: 100 }], PLOT, SIZE)).toEqual([null]);
  });

  it('moves a label off a point that sits where it would go, and keeps two close labels apart', () => {
    const points = [
      { x: 200, y: 150, label: 'Cr on Al₂O₃ on LAGP' },
      { x: 230, y: 140 }, // right under the first label's first choice
      { x: 205, y: 160, label: 'PIN on LATP' },
    ];
    const places = placeLabels(points, PLOT, SIZE);
    const first = boxOf(points[0]!, places[0]!);
    const third = boxOf(points[2]!, places[2]!);
    const marker = { x0: 224, x1: 236, y0: 134, y1: 146 };
    expect(apart(first, marker)).toBe(true);
    expect(apart(first, third)).toBe(true);
    for (const b of [first, third]) expect(b.x0 >= PLOT.x0 && b.x1 <= PLOT.x1 && b.y0 >= PLOT.y0 && b.y1 <= PLOT.y1).toBe(true);
  });

  it('keeps a label near the right edge inside the plot by putting it on the left', () => {
    const [place] = placeLabels([{ x: 390, y: 100, label: 'AAPP/CB@PP on LAGP' }], PLOT, SIZE);
    expect(place!.anchor).toBe('end');
  });

  it('takes a spot further out, with a leader line, when every near spot is covered by points', () => {
    // A point ringed by 24 others 14 units apart: nothing within the near ring is free.
    const centre = { x: 200, y: 150, label: 'Ge on LAGP' };
    const crowd = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => ({ x: 200 + (i - 2) * 14, y: 150 + (j - 2) * 14 })))
      .flat().filter((p) => p.x !== 200 || p.y !== 150);
    const wide = crowd.flatMap((p) => [p, { x: p.x + 70, y: p.y }, { x: p.x - 70, y: p.y }]);
    const [place] = placeLabels([centre, ...wide], PLOT, SIZE);
    expect(place!.leader).toBe(true);
    const box = boxOf(centre, place!);
    for (const p of wide) expect(apart(box, { x0: p.x - 6, x1: p.x + 6, y0: p.y - 6, y1: p.y + 6 }), `clear of the point at ${p.x}, ${p.y}`).toBe(true);
  });

  it('finds a free spot beyond the outer ring when the crowd is wider than it, and gives up only where none is near', () => {
    // A 13 x 13 block of points 14 units apart around the labelled one: every fixed spot lands on a point.
    const centre = { x: 200, y: 150, label: 'Ge on LAGP' };
    const block = (half: number) => Array.from({ length: 2 * half + 1 }, (_, i) => Array.from({ length: 2 * half + 1 }, (_, j) => ({ x: 200 + (i - half) * 14, y: 150 + (j - half) * 14 })))
      .flat().filter((p) => p.x !== 200 || p.y !== 150);
    const crowd = block(6);
    const [place] = placeLabels([centre, ...crowd], PLOT, SIZE);
    expect(place!.leader).toBe(true);
    const box = boxOf(centre, place!);
    for (const p of crowd) expect(apart(box, { x0: p.x - 6, x1: p.x + 6, y0: p.y - 6, y1: p.y + 6 }), `clear of the point at ${p.x}, ${p.y}`).toBe(true);
    expect(Math.hypot(place!.dx, place!.dy)).toBeLessThanOrEqual(150);
    // A plot filled with points has no free spot: the label still gets a place inside the plot.
    const [full] = placeLabels([centre, ...block(14)], PLOT, SIZE);
    const fullBox = boxOf(centre, full!);
    expect(fullBox.x0 >= PLOT.x0 && fullBox.x1 <= PLOT.x1 && fullBox.y0 >= PLOT.y0 && fullBox.y1 <= PLOT.y1).toBe(true);
  });
});
