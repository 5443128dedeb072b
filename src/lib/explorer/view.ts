/**
 * The explorer's view: filters and chosen materials, as read strictly from URL strings, and the
 * filtering itself. Pure; never throws on hostile text.
 */
import { parseNumberText } from '../format';
import type { UrlSpec } from '../url-state';
import { FAMILY_IDS, type ConductivityRow } from './pool';

/** Most rows that can be chosen for the Arrhenius plot. */
export const MAX_CHOSEN = 5;

/** URL keys of the explorer (short; all strictly parsed by parseUrlState and then by readView). */
export const EXPLORER_SPEC: UrlSpec = {
  /** Families shown: comma list, "" = all, "none" = none. */
  fam: { kind: 'text', label: 'Families shown', default: '', maxLength: 300 },
  /** Methods shown: comma list of slugs, "" = all, "none" = none. */
  meth: { kind: 'text', label: 'Preparation methods shown', default: '', maxLength: 1200 },
  /** Temperature window in °C ("" = open). */
  tmin: { kind: 'number', label: 'Lowest measuring temperature', default: '' },
  tmax: { kind: 'number', label: 'Highest measuring temperature', default: '' },
  /** Keep rows whose temperature the source does not state ("1") or drop them ("0"). */
  nt: { kind: 'enum', label: 'Keep values whose temperature the source does not state', options: ['1', '0'], default: '1' },
  /** x axis of the second plot. */
  x2: { kind: 'enum', label: 'Second plot: x axis', options: ['year', 'method'], default: 'year' },
  /** Rows chosen for the Arrhenius plot: comma list of row keys. */
  sel: { kind: 'text', label: 'Materials chosen for the Arrhenius plot', default: '', maxLength: 600 },
  /** The point whose details are shown (a row key, or an interlayer key). */
  pt: { kind: 'text', label: 'Chosen point', default: '', maxLength: 120 },
};

export interface ListReading { values: string[] | null; error?: string }

/**
 * Read a comma list against the allowed values: "" → null (no restriction), "none" → [], else the
 * known entries in the order of `allowed`. Unknown entries are dropped with a message.
 */
export function readList(text: string, allowed: readonly string[], what: string): ListReading {
  const raw = String(text ?? '').trim();
  if (raw === '') return { values: null };
  if (raw === 'none') return { values: [] };
  const entries = raw.split(',').map((e) => e.trim()).filter(Boolean).slice(0, 200);
  const known = new Set(allowed);
  const unknown = entries.filter((e) => !known.has(e));
  const wanted = new Set(entries);
  const values = allowed.filter((a) => wanted.has(a));
  const noun = unknown.length === 1 ? what.replace(/ies$/, 'y').replace(/([^y])s$/, '$1') : what;
  const error = unknown.length > 0
    ? `The link names ${unknown.length} ${noun} that ${unknown.length === 1 ? 'is' : 'are'} not in the data (${unknown.slice(0, 2).map((u) => `"${u.slice(0, 24)}"`).join(', ')}${unknown.length > 2 ? ', …' : ''}); ${unknown.length === 1 ? 'it was' : 'they were'} ignored.`
    : undefined;
  return error ? { values: entries.length === unknown.length ? null : values, error } : { values };
}

/** Write a list back: null or all allowed → "", empty → "none". */
export function writeList(values: readonly string[] | null, allowed: readonly string[]): string {
  if (values === null) return '';
  const set = new Set(values);
  const kept = allowed.filter((a) => set.has(a));
  if (kept.length === allowed.length) return '';
  return kept.length === 0 ? 'none' : kept.join(',');
}

export type TemperatureReading = { ok: true; value: number | null } | { ok: false; message: string };

/** A temperature bound in °C: empty = no bound; else a number from −273.15 to 2000 °C. */
export function readTemperature(text: string): TemperatureReading {
  if (String(text ?? '').trim() === '') return { ok: true, value: null };
  const parsed = parseNumberText(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < -273.15 || parsed.value > 2000) return { ok: false, message: 'Out of range: enter a temperature from −273.15 to 2000 °C, or leave it empty.' };
  return { ok: true, value: parsed.value };
}

export interface Filters {
  families: readonly string[] | null;
  methods: readonly string[] | null;
  tMinC: number | null;
  tMaxC: number | null;
  /** Keep rows with no stated temperature. */
  includeUnstated: boolean;
}

export const NO_FILTERS: Filters = { families: null, methods: null, tMinC: null, tMaxC: null, includeUnstated: true };

/** The rows passing every filter (a null list means "all"). */
export function filterRows<T extends Pick<ConductivityRow, 'family' | 'method' | 'temperatureC'>>(rows: readonly T[], f: Filters): T[] {
  const fam = f.families === null ? null : new Set(f.families);
  const meth = f.methods === null ? null : new Set(f.methods);
  return rows.filter((r) => {
    if (fam && !fam.has(r.family)) return false;
    if (meth && !meth.has(r.method)) return false;
    if (r.temperatureC === undefined) return f.includeUnstated;
    if (f.tMinC !== null && r.temperatureC < f.tMinC) return false;
    if (f.tMaxC !== null && r.temperatureC > f.tMaxC) return false;
    return true;
  });
}

/** Distinct method slugs of the rows, sorted with "not-stated" last. */
export function methodsOf(rows: readonly Pick<ConductivityRow, 'method'>[]): string[] {
  return [...new Set(rows.map((r) => r.method))].sort((a, b) => (a === 'not-stated' ? 1 : b === 'not-stated' ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

/** Rows that can give an Arrhenius line: both σ and Eₐ. */
export const hasArrhenius = (r: ConductivityRow): r is ConductivityRow & { activationEnergyEv: number } => r.activationEnergyEv !== undefined && r.sigmaSPerCm > 0;

export interface View {
  filters: Filters;
  x2: 'year' | 'method';
  /** Chosen row keys for the Arrhenius plot (at most MAX_CHOSEN, each with σ and Eₐ). */
  chosen: string[];
  /** Key of the point whose details are shown, or "" for none. */
  point: string;
  /** Messages by URL key, for values that could not be used. */
  errors: Record<string, string>;
}

/**
 * The view from URL-state strings (already bounded by parseUrlState), checked against the data:
 * unknown families, methods or rows are dropped with a message, never shown as text from the link.
 */
export function readView(values: Record<string, string>, rows: readonly ConductivityRow[], pointKeys: ReadonlySet<string>): View {
  const errors: Record<string, string> = {};
  const fam = readList(values.fam ?? '', FAMILY_IDS, 'families');
  if (fam.error) errors.fam = fam.error;
  const meth = readList(values.meth ?? '', methodsOf(rows), 'methods');
  if (meth.error) errors.meth = meth.error;
  const tmin = readTemperature(values.tmin ?? '');
  if (!tmin.ok) errors.tmin = tmin.message;
  const tmax = readTemperature(values.tmax ?? '');
  if (!tmax.ok) errors.tmax = tmax.message;
  let tMinC = tmin.ok ? tmin.value : null;
  let tMaxC = tmax.ok ? tmax.value : null;
  if (tMinC !== null && tMaxC !== null && tMinC > tMaxC) {
    errors.tmax = 'The highest temperature is below the lowest; the temperature window is not applied.';
    tMinC = null;
    tMaxC = null;
  }
  const eligible = rows.filter(hasArrhenius).map((r) => r.key);
  const sel = readList(values.sel ?? '', eligible, 'rows');
  let chosen = sel.values ?? [];
  if (sel.error) errors.sel = sel.error.replace('not in the data', 'not rows with both σ and Eₐ');
  // Keep the order given in the link, not the data order.
  const given = String(values.sel ?? '').split(',').map((e) => e.trim());
  chosen = [...new Set(given.filter((k) => chosen.includes(k)))];
  if (chosen.length > MAX_CHOSEN) {
    errors.sel = `At most ${MAX_CHOSEN} rows can be drawn as Arrhenius lines; the first ${MAX_CHOSEN} are used.`;
    chosen = chosen.slice(0, MAX_CHOSEN);
  }
  const pt = String(values.pt ?? '');
  let point = '';
  if (pt !== '') {
    if (pointKeys.has(pt)) point = pt;
    else errors.pt = 'The link points at a row that is not in the data; no row is shown.';
  }
  return {
    filters: { families: fam.values, methods: meth.values, tMinC, tMaxC, includeUnstated: values.nt !== '0' },
    x2: values.x2 === 'method' ? 'method' : 'year',
    chosen,
    point,
    errors,
  };
}
