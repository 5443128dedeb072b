/**
 * Check 5 — text against table.
 *
 * content/data/audit/text-claims.yaml lists, by hand, numbers (and a few names or reference numbers)
 * that a review states in its running text about a result that its own table also reports, with
 * where the text says it (described in our words). Each claim names the table cell it should agree
 * with; this check compares them.
 *
 * Coverage: the list comes from a full read of the four reviews' text. Every number-with-unit of
 * content/data/audit/text-units.yaml links a claim here or states why no table reports it
 * (the textUnitEntry schema and textUnitLinkProblems in text-units.ts, tests/content/audit-text-units.test.ts); the
 * other table quantities (thickness, lifetime, grain size, loading, cycles, window, Eₐ) were read
 * for by hand.
 *
 * Agreement: relative difference ≤ the claim's tolerance (default 1 %, i.e. rounding). A claim
 * qualified "more than"/"less than" agrees when the table value lies on that side; a claimed range
 * agrees when the table value lies inside it (or, for a range cell, when both ends agree).
 * Severity of a disagreement, unless the claim sets one: gap above 5 % → warning, else info.
 * Names and reference numbers that differ → info unless the claim sets one.
 * A claim that points to a missing table, row or cell is a curation error and throws.
 */
import type { DataTable, TableRow, QuantityCell, RefCell } from '../../schemas/table';
import type { Finding, TextClaim } from '../../schemas/finding';
import { findingId, materialName, sci } from './shared';

export const DEFAULT_CLAIM_TOLERANCE = 0.01;
export const CLAIM_WARNING_GAP = 0.05;

export class TextClaimError extends Error {}

/** Resolve `a`, `a.b`, `a[2].b` inside a row. */
export function resolvePath(row: TableRow, path: string): unknown {
  let cur: unknown = row;
  for (const part of path.split('.')) {
    const m = /^([A-Za-z0-9]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) cur = Array.isArray(cur) ? cur[Number(m[2])] : undefined;
  }
  return cur;
}

interface TableSide {
  value?: number;
  upper?: number;
  text?: string;
  printed: string;
}

function tableSide(cell: unknown, row: TableRow, path: string): TableSide | undefined {
  if (typeof cell === 'number') {
    const parent = resolvePath(row, path.split('.').slice(0, -1).join('.'));
    const printed = parent && typeof parent === 'object' && 'printed' in parent ? String((parent as { printed: string }).printed) : String(cell);
    return { value: cell, printed };
  }
  if (typeof cell === 'string') return { text: cell, printed: cell };
  if (cell && typeof cell === 'object') {
    if ('value' in cell && 'printed' in cell) {
      const q = cell as QuantityCell;
      return { value: q.value, upper: q.upper, printed: q.printed };
    }
    if ('number' in cell && 'ids' in cell) {
      const r = cell as RefCell;
      return { text: r.number, printed: `reference ${r.number.replace(/[[\]]/g, '')}` };
    }
    if ('text' in cell) {
      const t = (cell as { text: string }).text;
      return { text: t, printed: t };
    }
  }
  return undefined;
}

const normText = (s: string) => s.toLowerCase().replace(/[[\]\s]/g, '');

function fmt(x: number, unit: string | undefined): string {
  if (unit === 'µm' && Math.abs(x) < 1) return `${Number((x * 1000).toPrecision(4))} nm`;
  if (unit === 'S/cm') return `${sci(x)} S/cm`;
  return unit ? `${x} ${unit}` : String(x);
}

function claimText(c: TextClaim): string {
  if (c.text !== undefined) return c.field === 'ref' ? `reference ${c.text}` : `"${c.text}"`;
  const q = c.qualifier === 'gt' ? 'more than ' : c.qualifier === 'lt' ? 'less than ' : c.qualifier === 'approx' ? 'about ' : '';
  if (c.upper === undefined) return `${q}${fmt(c.value!, c.unit)}`;
  const lo = fmt(c.value!, c.unit);
  const hi = fmt(c.upper, c.unit);
  const unit = c.unit ?? '';
  return lo.endsWith(unit) && hi.endsWith(unit) && unit ? `${q}${lo.slice(0, -unit.length).trim()} to ${hi}` : `${q}${lo} to ${hi}`;
}

/** How a message names the table: "its Table 2", or "the collected value" for 002's results file. */
function tableLabel(table: DataTable): string {
  return /^Table\b/.test(table.sourceTable) ? `its ${table.sourceTable}` : 'the value collected in the data file';
}

/** Relative gap between claim and table (0 when they agree), or null for a text comparison. */
export function claimGap(claim: TextClaim, side: TableSide): number | null {
  if (claim.text !== undefined || side.value === undefined || claim.value === undefined) return null;
  const rel = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));
  const tol = claim.tolerance ?? DEFAULT_CLAIM_TOLERANCE;
  const v = side.value;
  const within = (g: number) => (g <= tol ? 0 : g);
  if (claim.qualifier === 'gt') return v > claim.value * (1 - tol) ? 0 : rel(v, claim.value);
  if (claim.qualifier === 'lt') return v < claim.value * (1 + tol) ? 0 : rel(v, claim.value);
  if (claim.upper !== undefined) {
    if (side.upper !== undefined) return within(Math.max(rel(v, claim.value), rel(side.upper, claim.upper)));
    if (v >= claim.value * (1 - tol) && v <= claim.upper * (1 + tol)) return 0;
    return v < claim.value ? rel(v, claim.value) : rel(v, claim.upper);
  }
  return within(rel(v, claim.value));
}

export function checkTextClaims(tables: readonly DataTable[], claims: readonly TextClaim[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new TextClaimError(`text-claims: duplicate claim id "${claim.id}"`);
    seen.add(claim.id);
    const table = tables.find((t) => t.id === claim.tableId);
    if (!table) throw new TextClaimError(`text-claims: claim "${claim.id}": unknown table "${claim.tableId}"`);
    const row = table.rows.find((r) => r.id === claim.rowId);
    if (!row) throw new TextClaimError(`text-claims: claim "${claim.id}": table ${claim.tableId} has no row "${claim.rowId}"`);
    const side = tableSide(resolvePath(row, claim.field), row, claim.field);
    if (!side) throw new TextClaimError(`text-claims: claim "${claim.id}": row ${claim.tableId}/${claim.rowId} has no value at "${claim.field}"`);
    const gap = claimGap(claim, side);
    let disagrees: boolean;
    if (gap === null) {
      if (claim.text === undefined || side.text === undefined)
        throw new TextClaimError(`text-claims: claim "${claim.id}": compares a ${claim.text === undefined ? 'number' : 'text'} with a ${side.text === undefined ? 'number' : 'text'} cell`);
      disagrees = normText(claim.text) !== normText(side.text);
    } else disagrees = gap > 0;
    if (!disagrees) continue;
    const severity = claim.severity ?? (gap === null ? 'info' : gap > CLAIM_WARNING_GAP ? 'warning' : 'info');
    const reviewNo = claim.review.replace('review-', '');
    out.push({
      id: findingId('text-claim', table.id, row.id, claim.field, claim.id),
      severity,
      check: 'text-claim',
      tableId: table.id,
      rowId: row.id,
      field: claim.field,
      message: `${materialName(table, row)}: the text of review ${reviewNo} gives ${claimText(claim)}, ${tableLabel(table)} ${side.printed}.`,
      sourceSays: `${/^Table\b/.test(table.sourceTable) ? table.sourceTable : 'Data file'}: ${side.printed}. Text (${claim.location}): ${claimText(claim)}.`,
      whyWrong:
        (claim.note ? `${claim.note} ` : '') +
        (gap === null
          ? 'The table and the text of the same review name this result differently; at most one of them follows the original work.'
          : `The two differ by ${(gap * 100).toFixed(gap < 0.1 ? 1 : 0)} %, more than rounding allows, so at most one of them reproduces the original work.`),
      ...(claim.discussedAt ? { discussedAt: claim.discussedAt } : {}),
      ...(gap !== null ? { metric: { gap, claimValue: claim.value!, tableValue: side.value! } } : {}),
    });
  }
  return out;
}
