/**
 * Calculator state in the URL query, parsed strictly: only known keys, each at most once, bounded
 * length, enum values from a fixed list. Values stay strings (what a field shows); each field's own
 * validation then reports problems next to that field. Nothing here is ever treated as markup.
 */

/**
 * How one URL key may look. `label` is what the reader sees for that field (its visible label or
 * legend, short, in sentence case): messages about the link name the field by it, never by the key,
 * which is a code name the reader never sees.
 */
export type UrlFieldSpec =
  | { kind: 'number'; label: string; default: string }
  | { kind: 'enum'; label: string; options: readonly string[]; default: string }
  | { kind: 'text'; label: string; default: string; maxLength: number };

export type UrlSpec = Record<string, UrlFieldSpec>;

export interface UrlStateResult {
  /** A string for every key of the spec: from the URL where given and acceptable, else the default. */
  values: Record<string, string>;
  /** Problems found, by key ("_url" for problems with the query as a whole). */
  errors: Record<string, string>;
}

/** Longest query string we read at all; anything longer is ignored as a whole with a message. */
export const MAX_QUERY_LENGTH = 8000;
const MAX_NUMBER_TEXT = 40;

/** Parse a query string (with or without "?") against a spec; never throws. */
export function parseUrlState(search: string, spec: UrlSpec): UrlStateResult {
  const values: Record<string, string> = Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.default]));
  const errors: Record<string, string> = {};
  const query = String(search ?? '').replace(/^\?/, '');
  if (query === '') return { values, errors };
  if (query.length > MAX_QUERY_LENGTH) {
    errors._url = `The link's settings are too long (${query.length} characters) and were ignored; the defaults are shown.`;
    return { values, errors };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    errors._url = 'The link could not be read; the defaults are shown.';
    return { values, errors };
  }
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const [key, raw] of params) {
    if (!Object.hasOwn(spec, key)) {
      unknown.push(key);
      continue;
    }
    const field = spec[key];
    const { label } = field;
    if (seen.has(key)) {
      errors[key] = `The link gives "${label}" more than once; the first value is used.`;
      continue;
    }
    seen.add(key);
    if (field.kind === 'enum') {
      if (field.options.includes(raw)) values[key] = raw;
      else errors[key] = `The link's value for "${label}" is not one of the choices; the default is used.`;
    } else {
      const limit = field.kind === 'text' ? field.maxLength : MAX_NUMBER_TEXT;
      if (raw.length > limit) errors[key] = `The link's value for "${label}" is too long and was ignored.`;
      else values[key] = raw;
    }
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((k) => `"${k.slice(0, 20)}"`).join(', ');
    errors._url = `The link has ${unknown.length} setting(s) this calculator does not know (${shown}${unknown.length > 3 ? ', …' : ''}); they were ignored.`;
  }
  return { values, errors };
}

/** Query string (without "?") holding the values that differ from the defaults, in spec order. */
export function serializeUrlState(values: Record<string, string>, spec: UrlSpec): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(spec)) {
    const value = values[key];
    if (value !== undefined && value !== field.default) params.set(key, value);
  }
  return params.toString();
}
