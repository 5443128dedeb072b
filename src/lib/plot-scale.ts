/**
 * Axis arithmetic for the calculators' small SVG plots: padded domains, "nice" tick values and
 * linear maps from data to pixels. Pure.
 */

/** Domain [min, max] of the values, padded by `padFraction` of the span (a flat series gets ±1 or ±10 %). */
export function paddedDomain(values: number[], padFraction = 0.05): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    const d = min === 0 ? 1 : Math.abs(min) * 0.1;
    return [min - d, max + d];
  }
  const pad = (max - min) * padFraction;
  min -= pad;
  max += pad;
  return [min, max];
}

/** About `count` round tick values (1, 2 or 5 × 10ⁿ steps) inside [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max)) || max <= min) return [];
  const rough = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : Number(t.toPrecision(12)));
  return ticks;
}

/** Linear map from a data interval to a pixel interval. */
export const linearScale = (domain: [number, number], range: [number, number]) => (x: number): number =>
  range[0] + ((x - domain[0]) / (domain[1] - domain[0])) * (range[1] - range[0]);
