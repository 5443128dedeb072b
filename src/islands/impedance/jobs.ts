// Runs the workbench's computations in a Web Worker made from compute.ts itself (see there why), or on
// the main thread when a worker cannot be created or fails to start. Callers get the same answer either way.
import type { Job, JobResults, Progress } from './compute';

type Compute = typeof import('./compute');
type Waiting = { job: Job; resolve: (result: never) => void; progress?: (p: Progress) => void };

let compute: Promise<Compute> | undefined;
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

const load = (): Promise<Compute> => (compute ??= import('./compute'));

/** Give up on the worker: run whatever it still owed on the main thread. */
function dropWorker(m: Compute): void {
  worker?.terminate();
  worker = null;
  for (const [id, w] of waiting) {
    waiting.delete(id);
    w.resolve(m.runJobNow(w.job, w.progress) as never);
  }
}

function theWorker(m: Compute): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(m.MODULE_URL, { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; progress?: Progress; result?: unknown }>) => {
      const entry = waiting.get(event.data.id);
      if (!entry) return;
      if (event.data.progress) entry.progress?.(event.data.progress);
      else {
        waiting.delete(event.data.id);
        entry.resolve(event.data.result as never);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      dropWorker(m);
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Run a job; resolves with its result (errors come back as readable messages, never as exceptions). */
export async function run<K extends Job['kind']>(job: Extract<Job, { kind: K }>, progress?: (p: Progress) => void): Promise<JobResults[K]> {
  const m = await load();
  const w = typeof Worker === 'undefined' ? null : theWorker(m);
  if (!w) return m.runJobNow(job, progress) as JobResults[K];
  return new Promise((resolve) => {
    const id = ++lastId;
    waiting.set(id, { job, resolve: resolve as (r: never) => void, progress });
    w.postMessage({ id, job });
  });
}
