/**
 * A temperature series of impedance spectra: one circuit fit per spectrum, each seeded by the fit at the
 * neighbouring temperature, then bulk, grain-boundary and total conductivity against temperature and their
 * Arrhenius fits (σT form, the one that is linear for hopping; see ../arrhenius.ts).
 * Why seed: arcs move by decades with temperature but stay in the same order, so yesterday's answer is a
 * better start than a fresh guess; a fresh guess is still tried when the seeded fit does not settle.
 */
import { arrheniusFit, type ArrheniusFitResult, type ArrheniusPoint } from '../arrhenius';
import { PhysicsInputError, isPhysicsInputError } from '../errors';
import { RANGES, checkArray, checkNumber, checkObject } from '../validate';
import { parseCircuit } from './circuit';
import { fitCircuit } from './fit';
import { analysePellet, type ArcAssignment, type PelletAnalysis } from './material';
import type { FitResult, Spectrum, Weighting } from './types';

/** Most spectra one series may hold. */
export const MAX_SERIES_SPECTRA = 60;

export interface SeriesSpectrum extends Spectrum {
  temperatureK: number;
  /** Shown in tables and messages, e.g. the file name. */
  label?: string;
}

export interface SeriesInput {
  circuit: string;
  spectra: SeriesSpectrum[];
  thicknessCm: number;
  areaCm2: number;
  weighting?: Weighting;
  assignments?: Record<string, ArcAssignment>;
  seriesResistanceAsBulk?: boolean;
  /** Called after each spectrum with the number done and the total (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface SeriesEntry {
  temperatureK: number;
  label: string;
  fit: FitResult | null;
  pellet: PelletAnalysis | null;
  /** Why this spectrum gave no result (a reader-facing sentence), or null. */
  error: string | null;
}

/** Arrhenius points of one conductivity and their σT-form fit (null, with the reason, when it cannot be made). */
export interface SeriesArrhenius {
  points: ArrheniusPoint[];
  fit: ArrheniusFitResult | null;
  error: string | null;
}

export interface SeriesResult {
  /** One entry per spectrum, from the lowest temperature to the highest. */
  entries: SeriesEntry[];
  bulk: SeriesArrhenius;
  grainBoundary: SeriesArrhenius;
  total: SeriesArrhenius;
  warnings: string[];
}

const messageOf = (error: unknown): string => {
  if (isPhysicsInputError(error)) return error.message;
  throw error; // a bug, not bad data: let it surface
};

/** Fit one spectrum from the seed, falling back to the automatic guess when the seeded fit fails or does not settle. */
function fitSeeded(circuit: string, s: Spectrum, seed: FitResult | null, weighting: Weighting): FitResult {
  const fresh = () => fitCircuit({ circuit, ...s, weighting });
  if (!seed) return fresh();
  let seeded: FitResult | null = null;
  try {
    seeded = fitCircuit({ circuit, ...s, weighting, initialGuess: seed.parameters });
  } catch (error) {
    messageOf(error);
  }
  if (seeded?.converged) return seeded;
  const other = fresh();
  return !seeded || other.chiSquare < seeded.chiSquare ? other : seeded;
}

/** Arrhenius fit of the points, or the reason there is none. */
function arrheniusOf(points: ArrheniusPoint[], what: string): SeriesArrhenius {
  if (points.length < 2) {
    return { points, fit: null, error: `The ${what} conductivity is known at ${points.length === 0 ? 'no temperature' : 'one temperature only'}; an activation energy needs at least two.` };
  }
  try {
    return { points, fit: arrheniusFit(points, 'sigmaT'), error: null };
  } catch (error) {
    return { points, fit: null, error: messageOf(error) };
  }
}

/**
 * Fit every spectrum of a temperature series with one circuit and derive σ_bulk(T), σ_gb(T), σ_total(T) and
 * their activation energies (σT = A exp(−Eₐ/k_BT), least squares in ln σT against 1/T).
 * Units: T in K, geometry in cm and cm², σ in S/cm, Eₐ in eV. Valid when one circuit describes every
 * spectrum and each arc keeps its meaning over the range (check the assignments per temperature).
 * Sources: Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132; Maier, Physical Chemistry of Ionic Materials (2004), ch. 6.
 */
export function fitTemperatureSeries(input: SeriesInput): SeriesResult {
  const i = checkObject<SeriesInput>('input', input);
  const node = parseCircuit(i.circuit);
  const thicknessCm = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const areaCm2 = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const spectra = checkArray<SeriesSpectrum>('spectra', i.spectra, 1, MAX_SERIES_SPECTRA).map((s, k) => {
    const spectrum = checkObject<SeriesSpectrum>(`spectra[${k}]`, s);
    const label = typeof spectrum.label === 'string' && spectrum.label ? spectrum.label : `spectrum ${k + 1}`;
    // Named for readers: this message is shown next to the spectrum's temperature field.
    return { spectrum, label, temperatureK: checkNumber(`The temperature of ${label}`, spectrum.temperatureK, RANGES.temperatureK) };
  });
  const seen = new Map<number, string>();
  for (const s of spectra) {
    const twin = seen.get(s.temperatureK);
    if (twin) throw new PhysicsInputError('spectra', `${twin} and ${s.label} are both at ${s.temperatureK} K; give each spectrum its own temperature.`);
    seen.set(s.temperatureK, s.label);
  }
  spectra.sort((a, b) => a.temperatureK - b.temperatureK);

  const weighting = i.weighting ?? 'modulus';
  const entries: SeriesEntry[] = [];
  let seed: FitResult | null = null;
  for (const [k, s] of spectra.entries()) {
    const { frequenciesHz, zRealOhm, zImagOhm } = s.spectrum;
    let entry: SeriesEntry = { temperatureK: s.temperatureK, label: s.label, fit: null, pellet: null, error: null };
    try {
      const fit = fitSeeded(i.circuit, { frequenciesHz, zRealOhm, zImagOhm }, seed, weighting);
      const pellet = analysePellet({ node, parameters: fit.parameters, thicknessCm, areaCm2, assignments: i.assignments, seriesResistanceAsBulk: i.seriesResistanceAsBulk });
      entry = { ...entry, fit, pellet };
      if (fit.converged) seed = fit;
    } catch (error) {
      entry.error = messageOf(error);
    }
    entries.push(entry);
    i.onProgress?.(k + 1, spectra.length);
  }

  const pointsOf = (pick: (p: PelletAnalysis) => number | null): ArrheniusPoint[] =>
    entries.flatMap((e) => {
      const sigma = e.pellet && e.fit?.converged ? pick(e.pellet) : null;
      return sigma === null ? [] : [{ temperatureK: e.temperatureK, sigmaSPerCm: sigma }];
    });
  const warnings: string[] = [];
  const unsettled = entries.filter((e) => e.fit && !e.fit.converged).map((e) => e.label);
  if (unsettled.length) warnings.push(`The fit did not settle for ${unsettled.join(', ')}; ${unsettled.length > 1 ? 'they are' : 'it is'} left out of the Arrhenius fits.`);
  const failed = entries.filter((e) => e.error).map((e) => e.label);
  if (failed.length) warnings.push(`No result for ${failed.join(', ')} (see the message of each).`);
  // An arc that changes assignment along the series changes meaning: the activation energies would mix two processes.
  const assignmentsOf = (e: SeriesEntry) => e.pellet?.arcs.map((a) => a.assignment).join(',');
  const kinds = new Set(entries.filter((e) => e.pellet).map(assignmentsOf));
  if (kinds.size > 1) warnings.push('The arcs are not assigned the same way at every temperature (their capacitances cross the limits); check the assignments, or fix them by hand.');
  return {
    entries,
    bulk: arrheniusOf(pointsOf((p) => p.bulkSigmaSPerCm), 'bulk'),
    grainBoundary: arrheniusOf(pointsOf((p) => p.grainBoundaryApparentSigmaSPerCm), 'grain-boundary'),
    total: arrheniusOf(pointsOf((p) => p.totalSigmaSPerCm), 'total'),
    warnings,
  };
}
