/**
 * Reading the audit's curated files (build time and tests, Node only; no Astro imports):
 * content/data/audit/text-claims.yaml and content/data/audit/audit-notes.yaml. They sit in a
 * subfolder so that loadAllTables, which reads every *.yaml of content/data as a table, skips them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { textClaimFile, auditNoteFile, type TextClaim, type AuditNote, type Finding } from '../../schemas/finding';
import { loadAllTables, loadReferences } from '../data/load';
import { auditTables } from './index';
import { textUnitFile, type TextUnitEntry } from './text-units';

export const AUDIT_SUBDIR = 'audit';
export const TEXT_CLAIMS_FILE = 'text-claims.yaml';
export const AUDIT_NOTES_FILE = 'audit-notes.yaml';
export const TEXT_UNITS_FILE = 'text-units.yaml';

function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'));
}

function issues(path: string, e: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return e.issues.map((i) => `${path}: field ${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** Text claims of `<dataDir>/audit/text-claims.yaml` (empty list when the file is absent). */
export function loadTextClaims(dataDir: string): TextClaim[] {
  const path = join(dataDir, AUDIT_SUBDIR, TEXT_CLAIMS_FILE);
  if (!existsSync(path)) return [];
  const r = textClaimFile.safeParse(readYaml(path));
  if (!r.success) throw new Error(issues(path, r.error));
  return r.data.claims;
}

/** Notes of `<dataDir>/audit/audit-notes.yaml`, keyed by finding id (empty when absent). */
export function loadAuditNotes(dataDir: string): Record<string, AuditNote> {
  const path = join(dataDir, AUDIT_SUBDIR, AUDIT_NOTES_FILE);
  if (!existsSync(path)) return {};
  const r = auditNoteFile.safeParse(readYaml(path));
  if (!r.success) throw new Error(issues(path, r.error));
  return r.data.notes;
}

/** Load tables, bibliography, claims and notes from `dataDir` and run the whole audit. */
export function runAudit(dataDir: string): Finding[] {
  return auditTables(loadAllTables(dataDir), {
    references: loadReferences(dataDir),
    textClaims: loadTextClaims(dataDir),
    notes: loadAuditNotes(dataDir),
  });
}

/** Units of the reviews' running text, `<dataDir>/audit/text-units.yaml` (empty list when the file is absent). */
export function loadTextUnits(dataDir: string): TextUnitEntry[] {
  const path = join(dataDir, AUDIT_SUBDIR, TEXT_UNITS_FILE);
  if (!existsSync(path)) return [];
  const r = textUnitFile.safeParse(readYaml(path));
  if (!r.success) throw new Error(issues(path, r.error));
  return r.data.entries;
}
