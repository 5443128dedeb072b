/**
 * Separator-thickness sweep for the energy-density calculator's plots: an evenly spaced grid of separator
 * thicknesses from 0 to a chosen maximum (with chosen extra thicknesses, e.g. the current design, inserted
 * exactly), and the energy densities of the stack at each. Pure; the physics is cellEnergyDensity
 * (src/lib/energy-density.ts, after Randau et al., Nat. Energy 5 (2020) 259).
 */
import { separatorSweep, type CellStack, type SweepPoint } from './energy-density';
import { PhysicsInputError } from './errors';
import { checkNumber } from './validate';

/** Largest separator thickness the sweep accepts, µm (the limit of cellEnergyDensity). */
export const SWEEP_MAX_UM = 1e4;
/** Most grid points a sweep may have (separatorSweep takes at most 1000). */
export const SWEEP_MAX_POINTS = 1000;

/**
 * Thicknesses 0, max/(n−1), …, max (µm), plus the `extra` values that lie inside [0, max], sorted and
 * without duplicates. Throws PhysicsInputError for a maximum outside (0, 10⁴] µm or a point count outside
 * 2–900; extra values that are not finite numbers in range are ignored (at most 100 are used).
 */
export function sweepThicknesses(maxUm: number, points = 101, extra: readonly number[] = []): number[] {
  const max = checkNumber('maxUm', maxUm, { min: 0, max: SWEEP_MAX_UM, minExclusive: true, unit: 'µm' });
  const n = checkNumber('points', points, { min: 2, max: 900, integer: true });
  const grid = Array.from({ length: n }, (_, k) => (k === n - 1 ? max : (max * k) / (n - 1)));
  const inside = (Array.isArray(extra) ? extra.slice(0, 100) : []).filter(
    (x): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= max,
  );
  const all = [...grid, ...inside].sort((a, b) => a - b);
  return all.filter((x, k) => k === 0 || x !== all[k - 1]);
}

export interface EnergySweep {
  points: SweepPoint[];
  /** Highest and lowest gravimetric values on the grid, Wh/kg. */
  gravimetricRange: [number, number];
  volumetricRange: [number, number];
}

/**
 * Energy densities of `stack` with its separator replaced by each thickness of sweepThicknesses(maxUm, points, extra).
 * Throws PhysicsInputError for an invalid stack or grid (from cellEnergyDensity or sweepThicknesses).
 */
export function energySweep(stack: CellStack, maxUm: number, points = 101, extra: readonly number[] = []): EnergySweep {
  const grid = sweepThicknesses(maxUm, points, extra);
  if (grid.length > SWEEP_MAX_POINTS) throw new PhysicsInputError('points', `A sweep has at most ${SWEEP_MAX_POINTS} points.`);
  const pts = separatorSweep(stack, grid);
  const g = pts.map((p) => p.gravimetricWhPerKg);
  const v = pts.map((p) => p.volumetricWhPerL);
  return { points: pts, gravimetricRange: [Math.min(...g), Math.max(...g)], volumetricRange: [Math.min(...v), Math.max(...v)] };
}
