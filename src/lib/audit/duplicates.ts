/**
 * Check 4 — duplicates that disagree.
 *
 * Two rows describe the same result when they cite the same original work and name the same
 * material. The same work is recognised across reviews through the bibliography: equal DOIs, or the
 * same author list and volume with the same first page or year (the reviews print pages and years
 * of one paper differently, e.g. "1–7" against "1702374"). The same material: the rows' names
 * (formula, electrolyte, layer, configuration), cut into words at separators and with "Li" and
 * filler words dropped, contain one another; or, when each of the two tables cites the work in one
 * row only, they share a specific word (one other than LAGP/LATP).
 *
 * Compared values: conductivity (at the same temperature), activation energy, thickness and
 * lifetime of a lithium symmetric cell. A relative difference above 2 % (more than rounding) gives
 * a warning on each of the two rows.
 */
import type { DataTable, TableRow, RefCell, QuantityCell } from '../../schemas/table';
import type { CslEntry } from '../../schemas/references';
import type { Finding } from '../../schemas/finding';
import { normaliseSuperscripts } from '../data/printed';
import { composite, findingId, materialName, quantity } from './shared';

export const DUPLICATE_TOLERANCE = 0.02;

const SUBSCRIPTS: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9', '₋': '-', '₊': '+', 'ₓ': 'x' };
const STOP = new Set(['', 'li', 'and', 'on', 'of', 'with', 'the', 'or', 'a']);
const GENERIC = new Set(['lagp', 'latp', 'lagtp']);

/** Words of a material name: lower case, plain digits, split at separators. */
export function materialTokens(name: string): Set<string> {
  const plain = normaliseSuperscripts(name)
    .replace(/[₀-₉₊₋ₓ]/g, (c) => SUBSCRIPTS[c] ?? c)
    .toLowerCase()
    .replace(/pvdf[-\s]?hfp|hfp[-\s]?pvdf/g, 'pvdfhfp');
  return new Set(plain.split(/[\s/|–—\-@,()[\]+:;]+/).filter((t) => !STOP.has(t)));
}

const digits = (s: unknown) => (typeof s === 'string' || typeof s === 'number' ? String(s).replace(/\D/g, '') : '');
const firstPage = (p: unknown) => (typeof p === 'string' ? digits(p.split(/[–-]/)[0]) : '');
const year = (e: CslEntry) => (e as { issued?: { 'date-parts'?: number[][] } }).issued?.['date-parts']?.[0]?.[0];
const families = (e: CslEntry) => ((e as { author?: { family?: string }[] }).author ?? []).map((a) => (a.family ?? '').toLowerCase());

/** True when two bibliography entries describe the same paper. */
export function sameWork(a: CslEntry, b: CslEntry): boolean {
  if (a.id === b.id) return true;
  const da = (a as { DOI?: string }).DOI?.toLowerCase();
  const db = (b as { DOI?: string }).DOI?.toLowerCase();
  if (da && db) return da === db;
  const fa = families(a);
  const fb = families(b);
  if (fa.length === 0 || fa.join('|') !== fb.join('|')) return false;
  const va = digits((a as { volume?: string }).volume);
  if (!va || va !== digits((b as { volume?: string }).volume)) return false;
  const pa = firstPage((a as { page?: string }).page);
  return (pa !== '' && pa === firstPage((b as { page?: string }).page)) || (year(a) !== undefined && year(a) === year(b));
}

interface Cited {
  table: DataTable;
  row: TableRow;
  ids: string[];
  tokens: Set<string>;
}

interface Fact {
  field: string;
  label: string;
  value: number;
  unit: string;
  printed: string;
  temperatureC?: number;
}

function facts(row: TableRow): Fact[] {
  const out: Fact[] = [];
  const q = (key: string, label: string, unit: string) => {
    const c: QuantityCell | undefined = quantity(row, key);
    if (c && c.qualifier === undefined) out.push({ field: key, label, value: c.value, unit, printed: c.printed, temperatureC: c.temperatureC });
  };
  q('sigmaSPerCm', 'conductivity', 'S/cm');
  q('activationEnergyEv', 'activation energy', 'eV');
  q('thicknessUm', 'thickness', 'µm');
  q('lifetimeH', 'symmetric-cell lifetime', 'h');
  for (const key of ['cycling', 'liStability']) {
    const c = composite(row, key);
    if (c?.lifetimeH !== undefined && !out.some((f) => f.field === 'lifetimeH'))
      out.push({ field: `${key}.lifetimeH`, label: 'symmetric-cell lifetime', value: c.lifetimeH, unit: 'h', printed: c.printed, temperatureC: c.temperatureC });
  }
  return out;
}

const factKind = (f: Fact) => f.field.split('.').pop()!;

export function checkDuplicates(tables: readonly DataTable[], references: readonly CslEntry[] = []): Finding[] {
  const byId = new Map(references.map((r) => [r.id, r]));
  const same = (a: string, b: string) => {
    if (a === b) return true;
    const ea = byId.get(a);
    const eb = byId.get(b);
    return ea !== undefined && eb !== undefined && sameWork(ea, eb);
  };
  const cited: Cited[] = [];
  for (const table of tables) {
    const refCol = table.columns.find((c) => c.kind === 'ref');
    if (!refCol) continue;
    for (const row of table.rows) {
      const ref = row[refCol.key] as RefCell | undefined;
      if (ref) cited.push({ table, row, ids: ref.ids, tokens: materialTokens(materialName(table, row)) });
    }
  }
  const sharesWork = (a: Cited, b: Cited) => a.ids.some((x) => b.ids.some((y) => same(x, y)));
  const rowsCiting = (c: Cited, other: Cited) => cited.filter((x) => x.table === c.table && sharesWork(x, other)).length;
  const out: Finding[] = [];
  for (let i = 0; i < cited.length; i++) {
    for (let j = i + 1; j < cited.length; j++) {
      const a = cited[i]!;
      const b = cited[j]!;
      if (!sharesWork(a, b)) continue;
      const subset = (x: Set<string>, y: Set<string>) => x.size > 0 && [...x].every((t) => y.has(t));
      let sameMaterial = subset(a.tokens, b.tokens) || subset(b.tokens, a.tokens);
      if (!sameMaterial && a.table !== b.table && rowsCiting(a, b) === 1 && rowsCiting(b, a) === 1)
        sameMaterial = [...a.tokens].some((t) => !GENERIC.has(t) && b.tokens.has(t));
      if (!sameMaterial) continue;
      const fb = facts(b.row);
      for (const fa of facts(a.row)) {
        const other = fb.find((f) => factKind(f) === factKind(fa));
        if (!other) continue;
        if (fa.field === 'sigmaSPerCm' && fa.temperatureC !== other.temperatureC) continue;
        const diff = Math.abs(fa.value - other.value) / Math.max(Math.abs(fa.value), Math.abs(other.value));
        if (diff <= DUPLICATE_TOLERANCE) continue;
        for (const [me, mine, them, theirs] of [[a, fa, b, other], [b, other, a, fa]] as const) {
          out.push({
            id: findingId('duplicate', me.table.id, me.row.id, mine.field, `${them.table.id}.${them.row.id}`.replace(/[^a-z0-9.-]/g, '-')),
            severity: 'warning',
            check: 'duplicate',
            tableId: me.table.id,
            rowId: me.row.id,
            field: mine.field,
            message: `${materialName(me.table, me.row)}: ${mine.label} ${mine.printed} here, ${theirs.printed} in ${them.table.sourceTable} of review ${them.table.review.replace("review-", "")} for the same material from the same work.`,
            sourceSays: `${me.table.sourceTable} of ${me.table.review} (citing ${me.ids.join(', ')}): ${mine.printed}; ${them.table.sourceTable} of ${them.table.review} (citing ${them.ids.join(', ')}): ${theirs.printed}.${me.ids.join() !== them.ids.join() ? ' The bibliography shows both citations to be the same paper.' : ''}`,
            whyWrong: `One experiment has one ${mine.label}. The two values differ by ${(diff * 100).toFixed(0)} %, more than rounding, so at least one table misreports the original work, or the two rows describe different samples of it.`,
            related: [{ tableId: them.table.id, rowId: them.row.id, field: theirs.field }],
            metric: { value: mine.value, otherValue: theirs.value, relativeDifference: diff },
          });
        }
      }
    }
  }
  return out;
}
