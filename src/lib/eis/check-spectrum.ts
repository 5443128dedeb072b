/**
 * Validation of a measured spectrum handed to the analysis routines (Lin-KK, DRT): three equal-length
 * arrays of finite numbers, frequencies of 1 µHz–1 THz spanning a real range, every |Z| between 1 nΩ and
 * 1e18 Ω (the bounds keep the 1/|Z| weights and ω·τ products finite in double precision).
 */
import { PhysicsInputError } from '../errors';
import { checkArray, checkNumber, checkObject } from '../validate';
import type { Spectrum } from './types';

const FREQUENCY_RANGE = { min: 1e-6, max: 1e12, unit: 'Hz' } as const;
const MIN_MAGNITUDE_OHM = 1e-9;
const IMPEDANCE_RANGE = { min: -1e18, max: 1e18, unit: 'Ω' } as const;

/** Checked copy of a spectrum with at least `minPoints` frequencies; throws PhysicsInputError otherwise. */
export function checkSpectrum(input: unknown, minPoints: number): Spectrum {
  const s = checkObject<Spectrum>('input', input);
  const f = checkArray<unknown>('frequenciesHz', s.frequenciesHz, minPoints, 20000);
  const sameLength = (field: 'zRealOhm' | 'zImagOhm'): unknown[] => {
    const v = checkArray<unknown>(field, s[field], 0, 20000);
    if (v.length !== f.length) {
      throw new PhysicsInputError(field, `${field} has ${v.length} entries; it needs one per frequency (${f.length}).`);
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
