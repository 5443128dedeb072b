/**
 * Helpers shared by the audit checks: reading cells, naming findings, formatting numbers, and
 * sorting rows into classes of material. Pure; no DOM, no file system.
 */
import type { DataTable, TableRow, QuantityCell, CompositeCell, Column } from '../../schemas/table';
import type { AuditCheck, Finding } from '../../schemas/finding';
import type { CslEntry } from '../../schemas/references';
import { formatScientific } from '../data/format';

export interface AuditOptions {
  /** Bibliography, used to tell when two reference ids of different reviews name the same work. */
  references?: readonly CslEntry[];
  /** Hand-curated numbers stated in the reviews' texts (text-claims.yaml). */
  textClaims?: readonly import('../../schemas/finding').TextClaim[];
  /** Hand-written notes keyed by finding id (audit-notes.yaml). */
  notes?: Readonly<Record<string, import('../../schemas/finding').AuditNote>>;
  /** Which checks to run (default: all five). */
  checks?: readonly AuditCheck[];
}

/** Build a finding id: `<check>:<table>:<row>:<field>[:<suffix>]`. */
export function findingId(check: AuditCheck, tableId: string, rowId: string, field: string, suffix?: string): string {
  return [check, tableId, rowId, field, ...(suffix ? [suffix] : [])].join(':');
}

/** Short scientific form for messages, e.g. 6.1 × 10¹⁴. */
export function sci(x: number, figures = 2): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 0.01 && abs < 1e4) return String(Number(x.toPrecision(figures + 1)));
  return formatScientific(x, figures).text;
}

/** Plain decimal with up to `digits` significant figures (no exponent). */
export function num(x: number, digits = 3): string {
  return String(Number(x.toPrecision(digits)));
}

export function quantity(row: TableRow, key: string): QuantityCell | undefined {
  const c = row[key];
  return c && typeof c === 'object' && !Array.isArray(c) && 'value' in c && 'printed' in c ? (c as QuantityCell) : undefined;
}

export function composite(row: TableRow, key: string): CompositeCell | undefined {
  const c = row[key];
  return c && typeof c === 'object' && !Array.isArray(c) && 'printed' in c && !('value' in c) && !('number' in c) ? (c as CompositeCell) : undefined;
}

export function quantityColumns(table: DataTable): Column[] {
  return table.columns.filter((c) => c.kind === 'quantity');
}

/** Text of the row's formula or material-naming cells, for messages and matching. */
export function materialName(table: DataTable, row: TableRow): string {
  const keys = ['composition', 'electrolyte', 'membrane', 'layer', 'configuration', 'sample'];
  const parts: string[] = [];
  for (const k of keys) {
    const c = row[k];
    if (typeof c === 'string') parts.push(c);
    else if (c && typeof c === 'object' && !Array.isArray(c) && 'text' in c) parts.push((c as { text: string }).text);
  }
  return parts.join(' / ') || row.id;
}

/** Temperature in °C that a quantity refers to, if any (stated, nominal or from the header). */
export function temperatureOf(q: QuantityCell): number | undefined {
  return q.temperatureC;
}

// ------------------------------------------------------------- classes of material

/**
 * Class of a conductivity row. Rows carry a `family` slug; a few tables without families get one
 * from the table. Thin NASICON films (below 100 µm, or deposited by sputtering, aerosol or from
 * solution) form their own class, because their conductivity is routinely one to two orders of
 * magnitude below that of a dense pellet.
 */
export type MaterialClass =
  | 'sulfide-glass'
  | 'sulfide-glass-ceramic'
  | 'sulfide-crystal'
  | 'nasicon-ceramic'
  | 'nasicon-film'
  | 'nasicon-with-interlayer'
  | 'composite';

const FILM_METHODS = new Set(['rf-sputtering', 'magnetron-sputtering', 'aerosol-deposition', 'solution-process', 'tape-casting']);

export function materialClass(table: DataTable, row: TableRow): MaterialClass | undefined {
  const f = row.family;
  if (f === 'sulfide-glass' || f === 'sulfide-glass-ceramic' || f === 'sulfide-crystal' || f === 'composite') return f;
  if (f === 'nasicon-latp' || f === 'nasicon-lagp') {
    const t = quantity(row, 'thicknessUm');
    if ((t && t.value < 100) || (row.method && FILM_METHODS.has(row.method))) return 'nasicon-film';
    return 'nasicon-ceramic';
  }
  if (table.id === '004-table-2') return 'nasicon-with-interlayer';
  return undefined;
}

export const CLASS_LABEL: Record<MaterialClass, string> = {
  'sulfide-glass': 'sulfide glass',
  'sulfide-glass-ceramic': 'sulfide glass-ceramic',
  'sulfide-crystal': 'crystalline sulfide',
  'nasicon-ceramic': 'NASICON ceramic (pellet)',
  'nasicon-film': 'NASICON thin film',
  'nasicon-with-interlayer': 'LAGP pellet with an interlayer',
  composite: 'polymer–ceramic composite',
};

/** Stable order of findings: by table, then row order in the table, then check, then id. */
export function sortFindings(findings: Finding[], tables: readonly DataTable[]): Finding[] {
  const rowIndex = new Map<string, number>();
  for (const t of tables) t.rows.forEach((r, i) => rowIndex.set(`${t.id}/${r.id}`, i));
  const checks: AuditCheck[] = ['units', 'arrhenius', 'range', 'duplicate', 'text-claim'];
  return [...findings].sort(
    (a, b) =>
      a.tableId.localeCompare(b.tableId) ||
      (rowIndex.get(`${a.tableId}/${a.rowId}`) ?? 0) - (rowIndex.get(`${b.tableId}/${b.rowId}`) ?? 0) ||
      checks.indexOf(a.check) - checks.indexOf(b.check) ||
      a.id.localeCompare(b.id),
  );
}
