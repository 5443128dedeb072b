// A computation by key: run once per key (in the worker, see jobs.ts), remembered for the last few keys, so
// going back to an earlier setting is instant. While a new key runs, the last result for the same spectrum
// stays on screen (marked stale) rather than the panel going blank.
import { useEffect, useState } from 'preact/hooks';
import type { Job, JobResults } from './compute';
import { run } from './jobs';

const KEEP = 8;

export interface JobState<T> {
  value: T | null; stale: boolean; busy: boolean;
  /** Store a result already computed elsewhere under its key, so that key is not run again. */
  remember: (key: string, value: T) => void;
}

/** `key` null means "nothing to compute"; its first segment (before "|") names the spectrum. */
export function useJob<K extends Job['kind']>(key: string | null, make: () => Extract<Job, { kind: K }>, seed?: { key: string; value: JobResults[K] }): JobState<JobResults[K]> {
  const [store, setStore] = useState<{ key: string; value: JobResults[K] }[]>(seed ? [seed] : []);
  const hit = key === null ? undefined : store.find((e) => e.key === key);
  const remember = (k: string, value: JobResults[K]) => setStore((s) => [{ key: k, value }, ...s.filter((e) => e.key !== k)].slice(0, KEEP));
  useEffect(() => {
    if (key === null || hit) return;
    void run(make()).then((value) => remember(key, value));
  }, [key, hit === undefined]);
  if (key === null) return { value: null, stale: false, busy: false, remember };
  if (hit) return { value: hit.value, stale: false, busy: false, remember };
  const spectrum = key.split('|')[0];
  const last = store.find((e) => e.key.split('|')[0] === spectrum);
  return { value: last?.value ?? null, stale: true, busy: true, remember };
}
