// Display helpers shared by the panels: an Ω prefix that keeps tick labels short, and the largest |x| of some lists.

/** The prefix of Ω for values up to `maxAbs`: µΩ, mΩ, Ω, kΩ, MΩ or GΩ (so ticks read 5, 10, 15 mΩ, not 5.00 × 10⁻³ beside 0.01). */
export function ohmUnit(maxAbs: number): { factor: number; unit: string } {
  if (maxAbs >= 1e9) return { factor: 1e-9, unit: 'GΩ' };
  if (maxAbs >= 1e6) return { factor: 1e-6, unit: 'MΩ' };
  if (maxAbs >= 1e3) return { factor: 1e-3, unit: 'kΩ' };
  if (maxAbs >= 1 || !(maxAbs > 0)) return { factor: 1, unit: 'Ω' };
  if (maxAbs >= 1e-3) return { factor: 1e3, unit: 'mΩ' };
  return { factor: 1e6, unit: 'µΩ' };
}

/** Largest |x| of some lists (0 if empty). */
export const maxAbs = (...lists: number[][]): number => lists.reduce((m, l) => l.reduce((a, v) => (Number.isFinite(v) ? Math.max(a, Math.abs(v)) : a), m), 0);
