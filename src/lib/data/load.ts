/**
 * Loading every data file of a folder (build time, Node only; no Astro imports).
 * The lead wires loadAllTables into Astro's content layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataTable } from '../../schemas/table';
import type { CslEntry } from '../../schemas/references';
import { parseReferences, parseTableFile, DataValidationError } from './validate';

export const REFERENCES_FILE = 'references.json';

/** Read and validate references.json in `dir`. */
export function loadReferences(dir: string): CslEntry[] {
  const path = join(dir, REFERENCES_FILE);
  return parseReferences(path, readFileSync(path, 'utf8'));
}

/**
 * Read, validate and cross-check every `*.yaml` table in `dir` against the bibliography in the
 * same folder. Tables come back sorted by id. All problems of all files are reported together.
 */
export function loadAllTables(dir: string): DataTable[] {
  const referenceIds = new Set(loadReferences(dir).map((r) => r.id));
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const tables: DataTable[] = [];
  const issues: string[] = [];
  for (const f of files) {
    const path = join(dir, f);
    try {
      const t = parseTableFile(path, readFileSync(path, 'utf8'), { referenceIds });
      if (`${t.id}.yaml` !== f) issues.push(`${path}: field id: "${t.id}" does not match the file name`);
      tables.push(t);
    } catch (e) {
      if (e instanceof DataValidationError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new DataValidationError(issues);
  return tables.sort((a, b) => a.id.localeCompare(b.id));
}

export type { DataTable, TableRow, Column, QuantityCell, RefCell, CompositeCell, FormulaCell, Flag } from '../../schemas/table';
export type { CslEntry } from '../../schemas/references';
