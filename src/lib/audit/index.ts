/**
 * Source audit of the data layer: five automatic checks over every table, returning findings in our
 * own words. Pure (no DOM, no file system); src/lib/audit/load.ts reads the curated files in Node.
 *
 *   auditTables(tables, { references, textClaims, notes }) → Finding[]
 *   flagsForRow(findings, tableId, rowId)                   → marks for one row of a table
 *
 * Checks and thresholds are documented in each module and on the page "Notes on the sources".
 */
import type { DataTable, Flag } from '../../schemas/table';
import { finding as findingSchema, type AuditCheck, type Finding } from '../../schemas/finding';
import { checkArrhenius } from './arrhenius';
import { checkUnits } from './units';
import { checkRanges } from './ranges';
import { checkDuplicates } from './duplicates';
import { checkTextClaims } from './text-claims';
import { sortFindings, type AuditOptions } from './shared';

export type { AuditOptions } from './shared';
export type { Finding, AuditCheck, TextClaim, AuditNote } from '../../schemas/finding';
export { impliedPrefactor, PREFACTOR_PLAUSIBLE_S_K_PER_CM, PREFACTOR_IMPOSSIBLE_S_K_PER_CM, ASSUMED_TEMPERATURE_C } from './arrhenius';
export { SIGMA_RANGE_S_PER_CM, ACTIVATION_ENERGY_RANGE_EV, ACTIVATION_ENERGY_CLASS_EV, ROOM_TEMPERATURE_WINDOW_C, THEORETICAL_CAPACITY_MAH_PER_G, RELATIVE_DENSITY_MIN_PCT } from './ranges';
export { DUPLICATE_TOLERANCE, sameWork, materialTokens } from './duplicates';
export { DEFAULT_CLAIM_TOLERANCE, CLAIM_WARNING_GAP, TextClaimError } from './text-claims';
export { checkArrhenius, checkUnits, checkRanges, checkDuplicates, checkTextClaims };

export const ALL_CHECKS: readonly AuditCheck[] = ['arrhenius', 'units', 'range', 'duplicate', 'text-claim'];

/** Human names of the checks, for headings and marks. */
export const CHECK_LABEL: Record<AuditCheck, string> = {
  arrhenius: 'Arrhenius consistency',
  units: 'Units and columns',
  range: 'Outside the usual range',
  duplicate: 'Duplicates that disagree',
  'text-claim': 'Text against table',
};

export class AuditError extends Error {}

/**
 * Run the audit. Every finding is validated against the schema and ids are unique; notes from
 * audit-notes.yaml add what the original reference reports and where the handbook discusses it.
 * A note keyed by an id that no finding has throws, so stale notes are noticed.
 */
export function auditTables(tables: readonly DataTable[], options: AuditOptions = {}): Finding[] {
  const checks = new Set(options.checks ?? ALL_CHECKS);
  const raw: Finding[] = [];
  if (checks.has('units')) raw.push(...checkUnits(tables));
  if (checks.has('arrhenius')) raw.push(...checkArrhenius(tables));
  if (checks.has('range')) raw.push(...checkRanges(tables));
  if (checks.has('duplicate')) raw.push(...checkDuplicates(tables, options.references ?? []));
  if (checks.has('text-claim')) raw.push(...checkTextClaims(tables, options.textClaims ?? []));
  const ids = new Set<string>();
  for (const f of raw) {
    if (ids.has(f.id)) throw new AuditError(`audit: duplicate finding id "${f.id}"`);
    ids.add(f.id);
  }
  const notes = options.notes ?? {};
  if (options.checks === undefined) {
    for (const id of Object.keys(notes)) if (!ids.has(id)) throw new AuditError(`audit-notes: no finding has the id "${id}"`);
  }
  const withNotes = raw.map((f) => {
    const n = notes[f.id];
    return n ? { ...f, ...(n.originalReports ? { originalReports: n.originalReports } : {}), ...(n.discussedAt ? { discussedAt: n.discussedAt } : {}) } : f;
  });
  for (const f of withNotes) {
    const r = findingSchema.safeParse(f);
    if (!r.success) throw new AuditError(`audit: finding "${f.id}" is malformed: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return sortFindings(withNotes, tables);
}

/** Site path of the notes page and the anchor of one finding on it. */
export const NOTES_PAGE = '/data/notes-on-sources/';
export function findingAnchor(id: string): string {
  return `finding-${id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+$/, '')}`;
}

/** A mark for the table component: shaped like a data flag, plus where the full finding lives. */
export interface AuditFlag extends Flag {
  findingId: string;
  check: AuditCheck;
  /** Root-relative link to the finding on the notes page (prefix with the site base). */
  href: string;
}

/**
 * The audit's marks for one row, in the shape of the row's data flags (field, severity, message),
 * so that DataTable can place them in the cell of `field.split('.')[0]` exactly as it places flags.
 * Errors first, then warnings, then info.
 */
export function flagsForRow(findings: readonly Finding[], tableId: string, rowId: string): AuditFlag[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .filter((f) => f.tableId === tableId && f.rowId === rowId)
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((f) => ({
      field: f.field,
      severity: f.severity,
      message: `Audit (${CHECK_LABEL[f.check].toLowerCase()}): ${f.message}`,
      findingId: f.id,
      check: f.check,
      href: `${NOTES_PAGE}#${findingAnchor(f.id)}`,
    }));
}

/** Findings grouped by table id, in table order. */
export function groupByTable(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.tableId) ?? [];
    list.push(f);
    out.set(f.tableId, list);
  }
  return out;
}
