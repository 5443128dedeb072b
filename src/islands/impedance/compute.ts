// The workbench's computations as plain-data jobs: read files, fit a circuit, test Kramers–Kronig, compute
// the DRT, make the sample data, fit a temperature series. This module is also the workbench's Web Worker:
// jobs.ts starts it by its own address as a module worker, so the worker imports the chunks the page has
// already downloaded instead of a second copy of the library (which would break the 60 KB budget). Where
// no worker can start, jobs.ts runs the same functions on the main thread. Every result is an Attempt: a
// library error becomes a message in the workbench's words, never an exception.
import { attempt, type Attempt } from '../shared/attempt';
import { fitCircuit } from '~/lib/eis/fit';
import { simplerCircuit, undeterminedArcs, type SimplerCircuit, type UndeterminedArc } from '~/lib/eis/undetermined-arcs';
import { circuitImpedance } from '~/lib/eis/impedance';
import { linKK, type LinKkResult } from '~/lib/eis/lin-kk';
import { distributionOfRelaxationTimes, type DrtResult } from '~/lib/eis/drt';
import { parseImpedanceFile, type ParsedSpectrum } from '~/lib/eis/parse/index';
import { samplePelletSpectrum, sampleTemperatureSeries } from '~/lib/eis/samples';
import { fitTemperatureSeries, type SeriesInput, type SeriesResult, type SeriesSpectrum } from '~/lib/eis/series';
import type { FitResult, Spectrum, Weighting } from '~/lib/eis/types';
import { readable } from './messages';

/**
 * A fit with its curve on a dense frequency grid, for drawing over the data, the arcs its data do not determine
 * and, if there are any, the simpler circuit's own outcome: the workbench shows it when the reader takes that
 * circuit, instead of fitting it a second time.
 */
export interface FitOutcome extends FitResult { curve: Spectrum; undetermined: UndeterminedArc[]; simpler: (Omit<SimplerCircuit, 'fit'> & { outcome: FitOutcome }) | null }

export interface Progress { done: number; total: number }

export type Job =
  | { kind: 'read'; files: { name: string; text: string }[] }
  | { kind: 'fit'; spectrum: Spectrum; circuit: string; weighting: Weighting }
  | { kind: 'kk'; spectrum: Spectrum; c: number; includeCapacitance: boolean }
  | { kind: 'drt'; spectrum: Spectrum; lambda: number }
  | { kind: 'sample'; which: 'pellet' | 'series' }
  | { kind: 'series'; input: Omit<SeriesInput, 'onProgress'> };

export interface JobResults {
  read: Attempt<ParsedSpectrum>[];
  fit: Attempt<FitOutcome>;
  kk: Attempt<LinKkResult>;
  drt: Attempt<DrtResult>;
  sample: SeriesSpectrum[];
  series: Attempt<SeriesResult>;
}

/** The result with every message (message, error, warnings, at any depth) in readable words. */
function worded<T>(x: T): T {
  if (Array.isArray(x)) return (typeof x[0] === 'number' ? x : x.map(worded)) as T;
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k,
    typeof v === 'string' && (k === 'message' || k === 'error') ? readable(v) : k === 'warnings' && Array.isArray(v) ? v.map(readable) : worded(v)])) as T;
}

/** 160 log-spaced frequencies over the data's range. */
function denseGrid(frequenciesHz: number[]): number[] {
  const lo = Math.min(...frequenciesHz);
  const hi = Math.max(...frequenciesHz);
  return Array.from({ length: 160 }, (_, k) => lo * (hi / lo) ** (k / 159));
}

/** The fit's circuit drawn on a dense grid over the data's frequency range. */
function curveOf(spectrum: Spectrum, fit: FitResult): Spectrum {
  const frequenciesHz = denseGrid(spectrum.frequenciesHz);
  return { frequenciesHz, ...circuitImpedance(fit.circuit, fit.parameters, frequenciesHz) };
}

/** A circuit fit with its dense curve, its undetermined arcs and, if there are any, a simpler circuit. */
function fitWithCurve(spectrum: Spectrum, circuit: string, weighting: Weighting): FitOutcome {
  const fit = fitCircuit({ ...spectrum, circuit, weighting });
  const undetermined = undeterminedArcs(fit);
  const found = undetermined.length > 0 ? simplerCircuit(spectrum, fit, weighting) : null;
  // simplerCircuit stops where nothing more can be dropped, so the simpler circuit has no simpler one of its own.
  const simpler = found && { circuit: found.circuit, reducedChiSquare: found.reducedChiSquare, stillUndetermined: found.stillUndetermined,
    outcome: { ...found.fit, curve: curveOf(spectrum, found.fit), undetermined: undeterminedArcs(found.fit), simpler: null } };
  return { ...fit, curve: curveOf(spectrum, fit), undetermined, simpler };
}

/** Run a job now (in whatever thread this is). */
export function runJobNow(job: Job, progress?: (p: Progress) => void): JobResults[Job['kind']] {
  switch (job.kind) {
    case 'read':
      return job.files.map((f) => worded(attempt(() => parseImpedanceFile(f.text, f.name))));
    case 'fit':
      return worded(attempt(() => fitWithCurve(job.spectrum, job.circuit, job.weighting)));
    case 'kk':
      return worded(attempt(() => linKK({ ...job.spectrum, c: job.c, includeCapacitance: job.includeCapacitance })));
    case 'drt':
      return worded(attempt(() => distributionOfRelaxationTimes({ ...job.spectrum, lambda: job.lambda })));
    case 'sample':
      return job.which === 'pellet' ? [samplePelletSpectrum()] : sampleTemperatureSeries();
    case 'series':
      return worded(attempt(() => fitTemperatureSeries({ ...job.input, onProgress: (done, total) => progress?.({ done, total }) })));
  }
}


/** This module's own address, from which jobs.ts starts it as a worker. */
export const MODULE_URL = import.meta.url;

// Started as a worker: answer { id, job } with { id, progress } while a series runs, then { id, result }.
declare const WorkerGlobalScope: unknown;
if (typeof WorkerGlobalScope !== 'undefined' && typeof document === 'undefined') {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<{ id: number; job: Job }>) => void) | null; postMessage: (message: unknown) => void };
  scope.onmessage = (event) => {
    const { id, job } = event.data;
    scope.postMessage({ id, result: runJobNow(job, (progress) => scope.postMessage({ id, progress })) });
  };
}
