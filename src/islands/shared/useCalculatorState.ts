// Calculator state as strings (what the fields show), seeded from a preset, then from the page URL on
// the calculator's own Tools page, where every change is mirrored back into the URL so that a link
// reproduces the calculation.
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
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.default])),
    ...initial,
  }));
  const [urlErrors, setUrlErrors] = useState<Record<string, string>>({});
  const [urlRead, setUrlRead] = useState(!syncUrl);
  const query = useMemo(() => serializeUrlState(values, spec), [values, spec]);

  // Read the link after hydration, so the server-rendered HTML and the first client render agree.
  // A link lists only values that differ from the spec's defaults, so it is read against those.
  useEffect(() => {
    if (!syncUrl) return;
    if (location.search !== '') {
      const parsed = parseUrlState(location.search, spec);
      setValues(parsed.values);
      setUrlErrors(parsed.errors);
    }
    setUrlRead(true);
  }, []);

  useEffect(() => {
    if (!syncUrl || !urlRead) return;
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }, [query, syncUrl, urlRead]);

  return {
    values,
    set: (key, value) => {
      setValues((v) => ({ ...v, [key]: value }));
      if (urlErrors[key]) setUrlErrors(({ [key]: _fixed, ...rest }) => rest);
    },
    setMany: (next) => {
      setValues((v) => ({ ...v, ...next }));
      setUrlErrors({});
    },
    urlErrors,
    query,
  };
}
