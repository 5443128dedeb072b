/**
 * Axis helpers for the explorer's plots, which draw log₁₀ values on linear axes. Pure.
 */
import { toSuperscript } from '../format';

/** "10⁻³" for an integer exponent (the tick label of a log₁₀ axis). */
export const powerOfTenLabel = (exponent: number): string => `10${toSuperscript(Math.round(exponent))}`;

/** Domain for log₁₀ values: whole decades that contain every value (at least one decade wide). */
export function decadeDomain(logValues: readonly number[]): [number, number] {
  const finite = logValues.filter(Number.isFinite);
  if (finite.length === 0) return [-5, -1];
  let lo = Math.floor(Math.min(...finite) + 1e-9);
  let hi = Math.ceil(Math.max(...finite) - 1e-9);
  if (hi <= lo) hi = lo + 1;
  // Keep the axis bounded even for absurd inputs.
  lo = Math.max(lo, -40);
  hi = Math.min(Math.max(hi, lo + 1), 40);
  return [lo, hi];
}

/** Integer exponents from lo to hi, thinned so that at most `max` ticks remain. */
export function decadeTicks(lo: number, hi: number, max = 8): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi)) || hi < lo) return [];
  const span = Math.ceil(hi) - Math.floor(lo);
  const step = Math.max(1, Math.ceil(span / Math.max(1, max - 1)));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo); t <= hi; t += step) ticks.push(t);
  return ticks;
}

/** Small deterministic offset in [−0.5, 0.5) from a string, to spread points of one category. */
export function jitter(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000 - 0.5;
}
