/**
 * Arrhenius lines for chosen table rows: each row gives one conductivity σ at one temperature and an
 * activation energy Eₐ; the line through that point with slope −Eₐ/k_B is drawn with arrheniusLine.
 *
 * Assumptions, stated on the page: the form σ = A·exp(−Eₐ/k_B T) (tables rarely say which form
 * their Eₐ came from; the σT form would tilt each line slightly); a row with no stated temperature
 * is read at 25 °C; the line extends beyond the measured range, so it shows what Eₐ implies, not data.
 */
import { arrheniusLine } from '../arrhenius';
import { BOLTZMANN_EV_PER_K } from '../constants';
import { celsiusToKelvin } from '../units';
import type { ConductivityRow } from './pool';

export const ARRHENIUS_RANGE_C = { min: -20, max: 120 } as const;
/** Temperature assumed for a row whose source states none. */
export const ASSUMED_TEMPERATURE_C = 25;

export interface RowLine {
  key: string;
  /** [1000/T in K⁻¹, log₁₀ σ in S/cm] pairs. */
  points: [number, number][];
  /** The row's own value as a point on the line. */
  anchor: [number, number];
  temperatureC: number;
  assumedTemperature: boolean;
}

/** The Arrhenius line of a row with σ and Eₐ; null when the line cannot be drawn (error caught). */
export function rowLine(row: ConductivityRow, range: { min: number; max: number } = ARRHENIUS_RANGE_C): RowLine | null {
  if (row.activationEnergyEv === undefined || !(row.sigmaSPerCm > 0)) return null;
  const assumed = row.temperatureC === undefined;
  const tC = row.temperatureC ?? ASSUMED_TEMPERATURE_C;
  try {
    const tRefK = celsiusToKelvin(tC);
    const lnPrefactor = Math.log(row.sigmaSPerCm) + row.activationEnergyEv / (BOLTZMANN_EV_PER_K * tRefK);
    const line = arrheniusLine({
      activationEnergyEv: row.activationEnergyEv, lnPrefactor, form: 'sigma',
      temperatureMinK: celsiusToKelvin(range.min), temperatureMaxK: celsiusToKelvin(range.max), count: 30,
    });
    return {
      key: row.key,
      points: line.map((p) => [p.thousandOverTPerK, p.log10SigmaSPerCm]),
      anchor: [1000 / tRefK, Math.log10(row.sigmaSPerCm)],
      temperatureC: tC,
      assumedTemperature: assumed,
    };
  } catch {
    return null;
  }
}
