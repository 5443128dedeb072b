/**
 * The handbook's own conductivities of one family of materials, as points for the Arrhenius calculator's plot,
 * so a reader sees where a measured material sits among the published ones. Pure: takes the pooled rows of the
 * data explorer (src/lib/explorer/pool.ts).
 *
 * Which rows: every value that is not a bound ("< 10⁻⁸ S/cm" is no point on a plot), each at the measuring
 * temperature its cell or table header gives; a row whose source gives none is drawn at 25 °C, as the data explorer
 * does (ASSUMED_TEMPERATURE_C), and counted so that the page can say how many were.
 */
import { ASSUMED_TEMPERATURE_C } from './explorer/arrhenius-lines';
import { FAMILIES, type ConductivityRow, type Family } from './explorer/pool';
import { celsiusToKelvin } from './units';

export interface OverlayPoint { temperatureK: number; sigmaSPerCm: number; material: string }
export interface OverlayFamily { id: Family; label: string; points: OverlayPoint[]; /** How many points are drawn at 25 °C for want of a stated temperature. */ assumedTemperatureCount: number }
/** A family with fewer points than this is not offered: two or three values show no spread. */
export const OVERLAY_MIN_POINTS = 4;
const BOUNDS = new Set(['lt', 'le', 'gt', 'ge']);

/** The families with at least OVERLAY_MIN_POINTS plottable rows, in the explorer's order, each with its points. */
export function arrheniusOverlay(rows: readonly ConductivityRow[]): OverlayFamily[] {
  return FAMILIES.filter((f) => f.id !== 'other').map((f) => {
    const chosen = rows.filter((r) => r.family === f.id && r.sigmaSPerCm > 0 && !BOUNDS.has(r.sigmaQualifier ?? ''));
    return {
      id: f.id,
      label: f.label,
      points: chosen.map((r) => ({ temperatureK: celsiusToKelvin(r.temperatureC ?? ASSUMED_TEMPERATURE_C), sigmaSPerCm: r.sigmaSPerCm, material: r.material })),
      assumedTemperatureCount: chosen.filter((r) => r.temperatureC === undefined).length,
    };
  }).filter((f) => f.points.length >= OVERLAY_MIN_POINTS);
}
