// Calculator state as strings (what the fields show), seeded from a preset or the page URL, and
// mirrored into the URL on the calculator's own Tools page so that a link reproduces the calculation.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseUrlState, serializeUrlState, type UrlSpec } from '~/lib/url-state';

export interface CalculatorState {
  values: Record<string, string>;
  set: (key: string, value: string) => void;
  setMany: (values: Record<string, string>) => void;
  /** Problems with the URL the page was opened with, by key ("_url" for the whole link). */
  urlErrors: Record<string, string>;
  /** Query string (no "?") for the current values. */
  query: string;
}

/** State hook; `syncUrl` is true only where the calculator owns the page (its Tools page). */
export function useCalculatorState(spec: UrlSpec, initial: Record<string, string>, syncUrl: boolean): CalculatorState {
  const [start] = useState(() => {
    const base = { ...Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.default])), ...initial };
    // A shared link lists only the values that differ from the spec's defaults, so it is read against those.
    if (!syncUrl || typeof location === 'undefined' || location.search === '') return { values: base, errors: {} };
    return parseUrlState(location.search, spec);
  });
  const [values, setValues] = useState<Record<string, string>>(start.values);
  const query = useMemo(() => serializeUrlState(values, spec), [values, spec]);

  useEffect(() => {
    if (!syncUrl) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    history.replaceState(history.state, '', url);
  }, [query, syncUrl]);

  return {
    values,
    set: (key, value) => setValues((v) => ({ ...v, [key]: value })),
    setMany: (next) => setValues((v) => ({ ...v, ...next })),
    urlErrors: start.errors,
    query,
  };
}
