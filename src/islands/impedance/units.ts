// Display helpers shared by the panels: an Ω prefix that keeps tick labels short, and SI prefixes.
import { formatSig } from '~/lib/format';

/** The prefix of Ω for values up to `maxAbs`: µΩ, mΩ, Ω, kΩ, MΩ or GΩ (so ticks read 5, 10, 15 mΩ, not 5.00 × 10⁻³ beside 0.01). */
export function ohmUnit(maxAbs: number): { factor: number; unit: string } {
  if (maxAbs >= 1e9) return { factor: 1e-9, unit: 'GΩ' };
  if (maxAbs >= 1e6) return { factor: 1e-6, unit: 'MΩ' };
  if (maxAbs >= 1e3) return { factor: 1e-3, unit: 'kΩ' };
  if (maxAbs >= 1 || !(maxAbs > 0)) return { factor: 1, unit: 'Ω' };
  if (maxAbs >= 1e-3) return { factor: 1e3, unit: 'mΩ' };
  return { factor: 1e6, unit: 'µΩ' };
}

const PREFIXES: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, ''], [1e-3, 'm'], [1e-6, 'µ'], [1e-9, 'n'], [1e-12, 'p'], [1e-15, 'f']];

/** A value with an SI prefix on its unit, e.g. (1.2e-11, 'F') → "12 pF", (8.1e7, 'Hz') → "81 MHz". */
export function withPrefix(value: number, unit: string, sig = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`;
  const abs = Math.abs(value);
  const [size, prefix] = PREFIXES.find(([p]) => abs >= p) ?? PREFIXES[PREFIXES.length - 1]!;
  return `${formatSig(value / size, sig)} ${prefix}${unit}`;
}

/** Largest |x| of some lists (0 if empty). */
export const maxAbs = (...lists: number[][]): number => lists.reduce((m, l) => l.reduce((a, v) => (Number.isFinite(v) ? Math.max(a, Math.abs(v)) : a), m), 0);
