/**
 * Validation of a measured spectrum handed to the fit, the guesses, Lin-KK and the DRT: three equal-length
 * arrays of finite numbers, frequencies of 1 µHz–1 THz spanning a real range, every |Z| between 1 nΩ and
 * 1e18 Ω (the bounds keep the 1/|Z| weights and ω·τ products finite in double precision).
 */
import { PhysicsInputError } from '../errors';
import { checkArray, checkNumber, checkObject } from '../validate';
import type { Spectrum } from './types';

/** Most points a measured spectrum may have (a file, a fit). */
export const MAX_POINTS = 1_000_000;
/** Most points for Lin-KK and the DRT, whose dense linear systems grow with the square of the points. */
export const ANALYSIS_MAX_POINTS = 20_000;

const FREQUENCY_RANGE = { min: 1e-6, max: 1e12, unit: 'Hz' } as const;
const MIN_MAGNITUDE_OHM = 1e-9;
const IMPEDANCE_RANGE = { min: -1e18, max: 1e18, unit: 'Ω' } as const;

/**
 * Checked copy of a spectrum with `minPoints` … `maxPoints` frequencies; throws PhysicsInputError otherwise.
 * `why` finishes the sentence that says why minPoints are needed (" to read arcs off the spectrum").
 */
export function checkSpectrum(input: unknown, minPoints: number, options: { maxPoints?: number; why?: string } = {}): Spectrum {
  const { maxPoints = MAX_POINTS, why = '' } = options;
  const s = checkObject<Spectrum>('input', input);
  const n = Array.isArray(s.frequenciesHz) ? s.frequenciesHz.length : 0;
  if (n > maxPoints) {
    throw new PhysicsInputError('frequenciesHz', `The spectrum has ${n} points; at most ${maxPoints} are accepted here (thin it out, e.g. keep every 10th point).`);
  }
  if (Array.isArray(s.frequenciesHz) && n < minPoints) {
    throw new PhysicsInputError('frequenciesHz', `The spectrum has ${n} point${n === 1 ? '' : 's'}; at least ${minPoints} are needed${why}.`);
  }
  const f = checkArray<unknown>('frequenciesHz', s.frequenciesHz, minPoints, maxPoints);
  const sameLength = (field: 'zRealOhm' | 'zImagOhm'): unknown[] => {
    const v = s[field];
    if (!Array.isArray(v) || v.length !== n) {
      throw new PhysicsInputError(field, `${field} must be an array with one value per frequency (${n}); it has ${Array.isArray(v) ? v.length : 'none'}.`);
    }
    return v;
  };
  const re = sameLength('zRealOhm');
  const im = sameLength('zImagOhm');
  const spectrum: Spectrum = {
    frequenciesHz: f.map((v, k) => checkNumber(`frequenciesHz[${k}]`, v, FREQUENCY_RANGE)),
    zRealOhm: re.map((v, k) => checkNumber(`zRealOhm[${k}]`, v, IMPEDANCE_RANGE)),
    zImagOhm: im.map((v, k) => checkNumber(`zImagOhm[${k}]`, v, IMPEDANCE_RANGE)),
  };
  spectrum.zRealOhm.forEach((r, k) => {
    if (!(Math.hypot(r, spectrum.zImagOhm[k]) >= MIN_MAGNITUDE_OHM)) {
      throw new PhysicsInputError(
        'zRealOhm',
        `Point ${k + 1} has |Z| below 1 nΩ; a measured impedance must be at least 1e-9 Ω (check the units and the column order).`,
      );
    }
  });
  const fMin = spectrum.frequenciesHz.reduce((a, b) => Math.min(a, b));
  const fMax = spectrum.frequenciesHz.reduce((a, b) => Math.max(a, b));
  if (fMax < 1.01 * fMin) {
    throw new PhysicsInputError('frequenciesHz', 'The frequencies must span a range (the highest at least 1 % above the lowest).');
  }
  return spectrum;
}
