// The data layer as the site sees it: every table and the bibliography, validated once per build.
// A bad file throws here, failing the build with a message naming the file, row and field.
import { loadAllTables, loadReferences, type DataTable, type CslEntry } from '~/lib/data';
import { auditTables, type Finding } from '~/lib/audit';
import { loadAuditNotes, loadTextClaims } from '~/lib/audit/load';

const DATA_DIR = 'content/data';
let tables: DataTable[] | undefined;
let references: CslEntry[] | undefined;

/** All data tables, sorted by id. */
export function allTables(): DataTable[] {
  tables ??= loadAllTables(DATA_DIR);
  return tables;
}

/** One table by id; throws with the page that asked for an unknown one. */
export function getTable(id: string, page: string): DataTable {
  const table = allTables().find((t) => t.id === id);
  if (!table) throw new Error(`Unknown data table "${id}" on ${page}. Known: ${allTables().map((t) => t.id).join(', ')}`);
  return table;
}

/** The bibliography (content/data/references.json), validated. */
export function allReferences(): CslEntry[] {
  references ??= loadReferences(DATA_DIR);
  return references;
}

let findings: Finding[] | undefined;

/** The source audit's findings over all tables, computed once per build. */
export function auditFindings(): Finding[] {
  findings ??= auditTables(allTables(), {
    references: allReferences(),
    textClaims: loadTextClaims(DATA_DIR),
    notes: loadAuditNotes(DATA_DIR),
  });
  return findings;
}
