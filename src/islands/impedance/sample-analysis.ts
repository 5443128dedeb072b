// Build time only (imported by Calculator.astro, never by the island): the sample spectrum and its fit,
// Kramers–Kronig test and DRT at the workbench's default settings, so the Tools page shows a full analysis
// before any code has loaded and the island starts from the same numbers.
import { SAMPLE_PELLET, samplePelletSpectrum } from '~/lib/eis/samples';
import { IMPEDANCE_PRESETS } from '~/lib/presets/impedance';
import type { SampleSeed } from '../ImpedanceWorkbench';
import { runJobNow, type JobResults } from './compute';
import { DEFAULT_CIRCUIT, IMPEDANCE_SPEC } from './spec';

let cached: string | undefined;

/** JSON of the seed, numbers to 7 significant figures (the page carries it; the island shows it as is). */
export function sampleAnalysisJson(): string {
  if (cached) return cached;
  const preset = IMPEDANCE_PRESETS['pellet-blocking']?.values.c;
  if (SAMPLE_PELLET.circuit !== DEFAULT_CIRCUIT || preset !== DEFAULT_CIRCUIT) {
    throw new Error(`The workbench's default circuit (${DEFAULT_CIRCUIT}) must be the sample's (${SAMPLE_PELLET.circuit}) and the pellet preset's (${preset}).`);
  }
  const spectrum = JSON.parse(JSON.stringify(samplePelletSpectrum(), (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(7)) : v)));
  const seed: SampleSeed = {
    spectrum,
    fit: runJobNow({ kind: 'fit', spectrum, circuit: DEFAULT_CIRCUIT, weighting: IMPEDANCE_SPEC.w!.default as 'modulus' }) as JobResults['fit'],
    kk: runJobNow({ kind: 'kk', spectrum, c: Number(IMPEDANCE_SPEC.kk!.default), includeCapacitance: true }) as JobResults['kk'],
    drt: runJobNow({ kind: 'drt', spectrum, lambda: Number(IMPEDANCE_SPEC.lam!.default) }) as JobResults['drt'],
  };
  if (!seed.fit.ok || !seed.kk.ok || !seed.drt.ok) throw new Error('The sample spectrum could not be analysed at build time.');
  const drt = seed.drt.value;
  seed.drt = { ok: true, value: { ...drt, zFitRealOhm: [], zFitImagOhm: [] } };
  cached = JSON.stringify(seed, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(7)) : v));
  return cached;
}
