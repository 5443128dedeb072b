/**
 * Parsing and validation of the data files (pure: text in, typed data or an Error out).
 * Error messages name the file, the row (index and id) and the field path, e.g.
 *   content/data/001-table-1.yaml: row 3 (id "latp-al-0.3"): field sigmaSPerCm.value: expected number, received string
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { rowSchemaFor, tableHeader, type DataTable, type TableRow, type QuantityCell, type RefCell, type Column } from '../../schemas/table';
import { referenceList, type CslEntry } from '../../schemas/references';
import { parsePrinted, canonicalValueOf } from './printed';
import { formulaToTex } from './formula-tex';

export class DataValidationError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(issues.join('\n'));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** Zod 4 messages already read "expected number, received string"; keep them, minus the "Invalid input: " prefix. */
function issueText(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, '');
}

function rowLabel(index: number, row: unknown): string {
  const id = row && typeof row === 'object' && 'id' in row ? (row as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `row ${index} (id "${id}")` : `row ${index}`;
}

export interface TableCheckOptions {
  /** Known bibliography ids; when given, every ref id of every row must be one of them. */
  referenceIds?: ReadonlySet<string>;
  /** Relative tolerance for value vs printed (default 1e-3: catches slips, allows rounded conversions). */
  tolerance?: number;
}

/** Parse a table file (YAML text) and validate it; throws DataValidationError naming file, row and field. */
export function parseTableFile(fileName: string, yamlText: string, options: TableCheckOptions = {}): DataTable {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (e) {
    throw new DataValidationError([`${fileName}: YAML syntax error: ${(e as Error).message}`]);
  }
  const header = tableHeader.safeParse(raw);
  if (!header.success) {
    throw new DataValidationError(
      header.error.issues.map((i) => `${fileName}: field ${pathText(i.path) || '(root)'}: ${issueText(i)}`),
    );
  }
  const columns = header.data.columns;
  const issues: string[] = [];
  const keys = new Set<string>();
  for (const c of columns) {
    if (keys.has(c.key)) issues.push(`${fileName}: field columns: duplicate column key "${c.key}"`);
    keys.add(c.key);
    if (['id', 'family', 'method', 'note', 'flags', 'noRefReason'].includes(c.key))
      issues.push(`${fileName}: field columns: column key "${c.key}" is reserved`);
  }
  const rowSchema = rowSchemaFor(columns);
  const rows: TableRow[] = [];
  header.data.rows.forEach((row, index) => {
    const r = rowSchema.safeParse(row);
    if (!r.success) {
      for (const i of r.error.issues) {
        const field = i.code === 'unrecognized_keys' ? `${pathText(i.path) ? pathText(i.path) + '.' : ''}${i.keys.join(', ')}` : pathText(i.path);
        const msg = i.code === 'unrecognized_keys' ? 'unknown key (not a column of this table or a known cell field)' : issueText(i);
        issues.push(`${fileName}: ${rowLabel(index, row)}: field ${field || '(row)'}: ${msg}`);
      }
      return;
    }
    rows.push(r.data as TableRow);
  });
  if (issues.length) throw new DataValidationError(issues);
  for (const c of columns) {
    if (c.kind !== 'formula') continue;
    for (const row of rows) {
      const f = row[c.key] as { text: string; tex?: string } | undefined;
      if (f && f.tex === undefined) f.tex = formulaToTex(f.text);
    }
  }
  const table: DataTable = { ...header.data, rows };
  const cross = crossCheckTable(fileName, table, options);
  if (cross.length) throw new DataValidationError(cross);
  return table;
}

/** Checks that need the whole table: ids, refs, units, flags and value-vs-printed consistency. */
export function crossCheckTable(fileName: string, table: DataTable, options: TableCheckOptions = {}): string[] {
  const issues: string[] = [];
  const tol = options.tolerance ?? 1e-3;
  const seen = new Map<string, number>();
  const refColumn = table.columns.find((c) => c.kind === 'ref');
  table.rows.forEach((row, index) => {
    const where = `${fileName}: ${rowLabel(index, row)}`;
    if (seen.has(row.id)) issues.push(`${where}: field id: duplicate row id (also row ${seen.get(row.id)})`);
    else seen.set(row.id, index);
    if (refColumn) {
      const ref = row[refColumn.key] as RefCell | undefined;
      if (!ref && !row.noRefReason) issues.push(`${where}: field ${refColumn.key}: row has no reference and no noRefReason`);
      if (ref && options.referenceIds) {
        for (const id of ref.ids)
          if (!options.referenceIds.has(id)) issues.push(`${where}: field ${refColumn.key}.ids: unknown reference id "${id}"`);
      }
    }
    for (const f of row.flags ?? []) {
      const top = f.field.split('.')[0];
      if (!table.columns.some((c) => c.key === top) && !['id', 'family', 'method', 'row'].includes(top))
        issues.push(`${where}: field flags: flag names unknown field "${f.field}"`);
    }
    for (const c of table.columns) {
      if (c.kind !== 'quantity') continue;
      const q = row[c.key] as QuantityCell | undefined;
      if (!q) continue;
      issues.push(...checkQuantity(`${where}: field ${c.key}`, c, q, tol));
    }
  });
  return issues;
}

function checkQuantity(where: string, c: Column, q: QuantityCell, tol: number): string[] {
  const issues: string[] = [];
  const unit = q.unit ?? c.unit;
  if (!unit) issues.push(`${where}.unit: quantity has no unit (column declares none)`);
  if (q.unit && c.unit && q.unit !== c.unit) issues.push(`${where}.unit: "${q.unit}" differs from the column unit "${c.unit}"`);
  const parsed = parsePrinted(q.printed);
  if (!parsed) return issues;
  const expected = canonicalValueOf(parsed, unit);
  if (expected === null) return issues;
  const close = (a: number, b: number) => Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b), 1e-300);
  if (!close(expected, q.value))
    issues.push(`${where}.value: ${q.value} does not match printed "${q.printed}" (reads as ${expected} ${unit ?? ''})`.trimEnd());
  return issues;
}

/** Parse and validate references.json (CSL-JSON); throws naming the file, the entry and the field. */
export function parseReferences(fileName: string, jsonText: string): CslEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    throw new DataValidationError([`${fileName}: JSON syntax error: ${(e as Error).message}`]);
  }
  const r = referenceList.safeParse(raw);
  if (!r.success) {
    throw new DataValidationError(
      r.error.issues.map((i) => {
        const [index, ...rest] = i.path;
        const entry = Array.isArray(raw) && typeof index === 'number' ? rowLabel(index, raw[index]).replace('row', 'entry') : 'entry';
        return `${fileName}: ${entry}: field ${pathText(rest) || '(entry)'}: ${issueText(i)}`;
      }),
    );
  }
  const seen = new Set<string>();
  const issues: string[] = [];
  r.data.forEach((e, index) => {
    if (seen.has(e.id)) issues.push(`${fileName}: entry ${index} (id "${e.id}"): field id: duplicate id`);
    seen.add(e.id);
  });
  if (issues.length) throw new DataValidationError(issues);
  return r.data;
}
