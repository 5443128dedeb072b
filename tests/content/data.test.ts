import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllTables, loadReferences } from '../../src/lib/data/load';
import { parseTableFile } from '../../src/lib/data/validate';
import type { RefCell } from '../../src/schemas/table';

const DATA_DIR = fileURLToPath(new URL('../../content/data', import.meta.url));

/** Row counts as found in the source tables (see the brief and each file's caption). */
const EXPECTED_ROWS: Record<string, number> = {
  '001-table-1': 8,
  '001-table-2': 13,
  '001-table-3': 9,
  '001-table-4': 6,
  '003-table-1': 3,
  '003-table-2': 17,
  '004-table-1': 29,
  '004-table-2': 11,
  '004-table-3': 10,
  '004-table-4': 23,
};

/** Reference-list lengths of the four reviews (entries, lettered sub-items counted separately). */
const EXPECTED_REFERENCE_ENTRIES: Record<string, number> = { '001': 123, '002': 98, '003': 170, '004': 144 };

const tables = loadAllTables(DATA_DIR);
const references = loadReferences(DATA_DIR);
const refIds = new Set(references.map((r) => r.id));

describe('data files', () => {
  it('every yaml file validates on its own', () => {
    for (const f of readdirSync(DATA_DIR).filter((f) => f.endsWith('.yaml'))) {
      expect(() => parseTableFile(f, readFileSync(join(DATA_DIR, f), 'utf8'), { referenceIds: refIds })).not.toThrow();
    }
  });

  it('has every expected table, with the row count of the source', () => {
    const ids = tables.map((t) => t.id);
    for (const [id, n] of Object.entries(EXPECTED_ROWS)) {
      expect(ids, `missing ${id}`).toContain(id);
      expect(tables.find((t) => t.id === id)!.rows.length, id).toBe(n);
    }
    expect(Object.values(EXPECTED_ROWS).reduce((a, b) => a + b, 0)).toBe(129);
  });

  it('has the 002 case-study results', () => {
    const t = tables.find((t) => t.id === '002-results');
    expect(t).toBeDefined();
    expect(t!.rows.length).toBeGreaterThanOrEqual(20);
  });

  it('gives every row a source: review, table, and a resolvable reference (or a stated reason)', () => {
    for (const t of tables) {
      expect(t.review).toMatch(/^review-00[1-4]$/);
      expect(refIds.has(t.review)).toBe(true);
      expect(t.sourceTable.length).toBeGreaterThan(0);
      const refCol = t.columns.find((c) => c.kind === 'ref');
      for (const row of t.rows) {
        const ref = refCol ? (row[refCol.key] as RefCell | undefined) : undefined;
        if (ref) {
          expect(ref.number.length, `${t.id}/${row.id}`).toBeGreaterThan(0);
          for (const id of ref.ids) expect(refIds.has(id), `${t.id}/${row.id}: ${id}`).toBe(true);
        } else {
          expect(row.noRefReason ?? (refCol ? undefined : 'table has no reference column'), `${t.id}/${row.id}`).toBeTruthy();
        }
      }
    }
  });

  it('rows have unique ids within each table', () => {
    for (const t of tables) expect(new Set(t.rows.map((r) => r.id)).size, t.id).toBe(t.rows.length);
  });
});

describe('references.json', () => {
  it('has no duplicate ids', () => {
    expect(new Set(references.map((r) => r.id)).size).toBe(references.length);
  });

  it('contains the four reviews with their DOIs', () => {
    const doi = (id: string) => references.find((r) => r.id === id)?.DOI;
    expect(doi('review-001')).toBe('10.1039/d1ma01239h');
    expect(doi('review-002')).toBe('10.1039/d2na00521b');
    expect(doi('review-003')).toBe('10.1039/c9ta04555d');
    expect(doi('review-004')).toBe('10.1002/adfm.202300973');
  });

  it('contains every entry of each reference list', () => {
    for (const [review, n] of Object.entries(EXPECTED_REFERENCE_ENTRIES)) {
      expect(references.filter((r) => r.id.startsWith(`${review}-`)).length, review).toBe(n);
    }
    // numbered lists without gaps (004 counts its numbers, not its lettered sub-items)
    for (const review of ['001', '002', '003']) {
      for (let i = 1; i <= EXPECTED_REFERENCE_ENTRIES[review]!; i++) expect(refIds.has(`${review}-${i}`), `${review}-${i}`).toBe(true);
    }
    for (let i = 1; i <= 123; i++) {
      expect(refIds.has(`004-${i}`) || refIds.has(`004-${i}a`), `004-${i}`).toBe(true);
    }
  });

  it('spot checks: entries agree with the printed lists', () => {
    const get = (id: string) => references.find((r) => r.id === id)!;
    expect(get('001-48')).toBeDefined();
    expect(get('004-16b')['container-title']).toBe('Adv. Funct. Mater.');
    expect(get('004-16b').issued?.['date-parts'][0]?.[0]).toBe(2021);
    expect(get('002-3').DOI).toBe('10.1021/nl3014814');
    expect(get('003-170').volume).toBe('165');
    expect(get('001-123').page).toBe('3951–3963');
  });
});
