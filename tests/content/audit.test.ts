import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllTables, loadReferences } from '../../src/lib/data/load';
import { loadTextClaims, loadAuditNotes, runAudit } from '../../src/lib/audit/load';
import { auditTables, flagsForRow } from '../../src/lib/audit';
import { finding as findingSchema } from '../../src/schemas/finding';

const DATA_DIR = fileURLToPath(new URL('../../content/data', import.meta.url));
const DOCS_DIR = fileURLToPath(new URL('../../content/docs', import.meta.url));
const findings = runAudit(DATA_DIR);
const tables = loadAllTables(DATA_DIR);
const find = (table: string, row: string, check?: string) => findings.filter((f) => f.tableId === table && f.rowId === row && (!check || f.check === check));

describe('source audit on the real data', () => {
  it('produces findings of every check', () => {
    expect(findings.length).toBeGreaterThan(20);
    for (const c of ['arrhenius', 'units', 'range', 'duplicate', 'text-claim']) expect(findings.some((f) => f.check === c), c).toBe(true);
  });

  it('every finding validates and points at an existing row and column', () => {
    for (const f of findings) {
      expect(findingSchema.safeParse(f).success, f.id).toBe(true);
      const t = tables.find((x) => x.id === f.tableId)!;
      const row = t.rows.find((r) => r.id === f.rowId);
      expect(row, f.id).toBeDefined();
      const top = f.field.split('.')[0]!.replace(/\[\d+\]$/, '');
      expect(t.columns.some((c) => c.key === top), `${f.id}: field ${f.field}`).toBe(true);
      for (const r of f.related ?? []) expect(tables.find((x) => x.id === r.tableId)?.rows.some((x) => x.id === r.rowId), `${f.id} → ${r.rowId}`).toBe(true);
    }
  });

  it('has no duplicate ids', () => {
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('finds Li₁₀SnP₂S₁₂ with 0.87 eV (003 Table 2) as an Arrhenius error', () => {
    const f = find('003-table-2', 'li10snp2s12', 'arrhenius');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.metric!.prefactorSKPerCm).toBeGreaterThan(1e14);
  });

  it('finds 2.14 × 10⁻² S/cm in 001 Table 1 as out of range', () => {
    expect(find('001-table-1', 'lctp-cr-0.5-sio2', 'range').map((f) => f.field)).toEqual(['sigmaSPerCm']);
  });

  it('finds the 3.26 g cm⁻³ in the relative-density column of 004 Table 1 as a unit error', () => {
    const f = find('004-table-1', 'lagp-bst-51', 'units').filter((x) => x.field === 'relativeDensityPct');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toContain('3.26');
  });

  it('finds the text-against-table contradictions the flags and chapters name', () => {
    const ids = findings.filter((f) => f.check === 'text-claim').map((f) => f.id.split(':').pop());
    for (const id of ['001-li3po4-ald-lifetime', '001-azo-lifetime', '001-paa-lifetime', '001-nb2o5-peo-current', '001-peo-span-lifetime', '004-ge-thickness', '004-ding-window', '002-lfp-retention', '003-li3ps4-nanoporous-sigma'])
      expect(ids, id).toContain(id);
    // claims that agree with the table produce nothing
    for (const id of ['001-ge-thickness', '004-sol-gel-total', '004-wen-sigma', '001-lmo-capacity']) expect(ids, id).not.toContain(id);
  });

  it('finds the Ge interlayer of 001 and 004 as a disagreeing duplicate', () => {
    expect(find('001-table-2', 'lagp-ge', 'duplicate').map((f) => f.field)).toEqual(['thicknessUm']);
    expect(find('004-table-2', 'ge-lagp', 'duplicate').map((f) => f.field)).toEqual(['thicknessUm']);
  });

  it('leaves unremarkable rows alone', () => {
    expect(find('003-table-2', 'li10gep2s12')).toEqual([]);
    expect(find('001-table-1', 'latp-al-0.3')).toEqual([]);
  });

  it('gives marks for a table row', () => {
    expect(flagsForRow(findings, '004-table-1', 'lagp-bst-51')[0]!.severity).toBe('error');
  });

  it('curated files are well formed, and notes link existing handbook pages', () => {
    const claims = loadTextClaims(DATA_DIR);
    expect(claims.length).toBeGreaterThanOrEqual(20);
    const notes = loadAuditNotes(DATA_DIR);
    const pages = new Set<string>();
    const walk = (dir: string, prefix: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
        else if (/\.mdx?$/.test(e.name)) pages.add(e.name.replace(/\.mdx?$/, '') === 'index' ? `/${prefix}` : `/${prefix}${e.name.replace(/\.mdx?$/, '')}/`);
      }
    };
    walk(DOCS_DIR, '');
    const links = [...Object.values(notes).map((n) => n.discussedAt), ...claims.map((c) => c.discussedAt)].filter((x): x is string => !!x);
    for (const l of links) expect(pages.has(l.split('#')[0]!), l).toBe(true);
    // the same audit with the pieces loaded separately
    expect(auditTables(tables, { references: loadReferences(DATA_DIR), textClaims: claims, notes })).toEqual(findings);
  });

  it('text claims describe locations in words, not by quoting', () => {
    const text = readFileSync(join(DATA_DIR, 'audit', 'text-claims.yaml'), 'utf8');
    expect(text).not.toMatch(/location:.*["“”]/);
  });
});
