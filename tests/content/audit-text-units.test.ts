// The units written in the reviews' running text (content/data/audit/text-units.yaml), checked against
// the quantity each sentence names. The seed files are not read: the list is curated data of the project.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTextClaims, loadTextUnits } from '../../src/lib/audit/load';
import { loadAllTables } from '../../src/lib/data/load';
import { checkTextUnits, textUnitLinkProblems } from '../../src/lib/audit/text-units';

const DATA_DIR = fileURLToPath(new URL('../../content/data', import.meta.url));
const entries = loadTextUnits(DATA_DIR);
const findings = checkTextUnits(entries);

describe('units in the reviews’ text', () => {
  it('covers all four reviews and every family of quantity', () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const r of ['review-001', 'review-002', 'review-003', 'review-004']) expect(entries.some((e) => e.review === r), r).toBe(true);
    for (const q of ['conductivity', 'resistance', 'current-density', 'capacity', 'energy-density']) expect(entries.some((e) => e.quantity === q), q).toBe(true);
  });

  it('finds exactly the unit slips the handbook discusses, as errors', () => {
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.printed).sort();
    expect(errors).toEqual(['10⁻⁴ to 10⁻³ S cm⁻²', '280 Ω cm⁻¹', '3×10⁵ to 4 × 10³ Ω cm⁻²', '652, 480 and 198 Ω cm⁻²'].sort());
  });

  it('every error points to a page that discusses it, and that page exists', () => {
    for (const f of findings.filter((x) => x.severity === 'error')) {
      expect(f.discussedAt, f.id).toBeDefined();
      const path = f.discussedAt!.split('#')[0]!.replace(/^\/|\/$/g, '');
      expect(existsSync(`content/docs/${path}.mdx`), f.discussedAt).toBe(true);
    }
  });

  it('reports current densities given per mass (Li–S, Li–O₂ rates) as info only', () => {
    const info = findings.filter((f) => f.severity === 'info');
    expect(info.length).toBeGreaterThan(0);
    for (const f of info) expect(f.quantity).toBe('current-density');
  });

  it('records only a number and its unit for each entry (never a sentence)', () => {
    for (const e of entries) expect(e.printed.split(/\s+/).length, e.id).toBeLessThanOrEqual(10);
  });
});

describe('every number of the text list is compared with a table or has a reason not to be', () => {
  const claims = loadTextClaims(DATA_DIR);
  const tables = loadAllTables(DATA_DIR);

  it('each entry links an existing claim of its own review, or says why no table reports it', () => {
    expect(textUnitLinkProblems(entries, claims)).toEqual([]);
    expect(entries.filter((e) => e.claim).length).toBeGreaterThan(40);
  });

  it('each claim compares with a table of the review whose text states it', () => {
    for (const c of claims) expect(tables.find((t) => t.id === c.tableId)?.review, c.id).toBe(c.review);
  });

  it('reasons are short and in our words (no quotation marks)', () => {
    for (const e of entries.filter((x) => x.why)) expect(e.why, e.id).not.toMatch(/["“”]/);
  });
});
