import { describe, expect, it } from 'vitest';
import type { DataTable, TableRow } from '../../src/schemas/table';
import { auditTables, flagsForRow, findingAnchor, groupByTable, AuditError, NOTES_PAGE } from '../../src/lib/audit';
import { textClaim } from '../../src/schemas/finding';

const rows: TableRow[] = [
  {
    id: 'li10snp2s12',
    family: 'sulfide-crystal',
    composition: { text: 'Li₁₀SnP₂S₁₂', tex: 'x' },
    sigmaSPerCm: { value: 4e-3, printed: '4 × 10⁻³ S cm⁻¹', temperatureBasis: 'not-stated' },
    activationEnergyEv: { value: 0.87, printed: '0.87 eV' },
    ref: { number: '39', ids: ['003-39'] },
  },
  {
    id: 'lgps',
    family: 'sulfide-crystal',
    composition: { text: 'Li₁₀GeP₂S₁₂', tex: 'x' },
    sigmaSPerCm: { value: 1.2e-2, printed: '1.2 × 10⁻² S cm⁻¹', temperatureBasis: 'not-stated' },
    activationEnergyEv: { value: 0.21, printed: '0.21 eV' },
    ref: { number: '38', ids: ['003-38'] },
  },
];
const table: DataTable = {
  id: '003-table-2',
  review: 'review-003',
  sourceTable: 'Table 2',
  title: 'Sulfides',
  caption: 'A caption long enough.',
  context: 'A context long enough.',
  columns: [
    { key: 'composition', label: 'Composition', kind: 'formula' },
    { key: 'sigmaSPerCm', label: 'Ionic conductivity', kind: 'quantity', unit: 'S/cm' },
    { key: 'activationEnergyEv', label: 'Activation energy', kind: 'quantity', unit: 'eV' },
    { key: 'ref', label: 'Ref.', kind: 'ref' },
  ],
  rows,
};

describe('auditTables', () => {
  it('runs all checks, sorts errors of a row before its info, and applies notes', () => {
    const fs = auditTables([table], { notes: { 'arrhenius:003-table-2:li10snp2s12:activationEnergyEv': { discussedAt: '/sulfides/families-and-structures/', originalReports: 'not checked' } } });
    expect(fs.map((f) => f.id)).toEqual(['arrhenius:003-table-2:li10snp2s12:activationEnergyEv', 'range:003-table-2:li10snp2s12:activationEnergyEv:class']);
    expect(fs[0]!.discussedAt).toBe('/sulfides/families-and-structures/');
    expect(fs[0]!.originalReports).toBe('not checked');
  });

  it('rejects notes for findings that do not exist', () => {
    expect(() => auditTables([table], { notes: { 'range:003-table-2:lgps:sigmaSPerCm': {} } })).toThrow(AuditError);
  });

  it('can run a subset of checks', () => {
    expect(auditTables([table], { checks: ['duplicate'] })).toEqual([]);
  });
});

describe('flagsForRow', () => {
  const fs = auditTables([table]);
  it('gives flag-shaped marks for one row, most severe first, linking to the notes page', () => {
    const marks = flagsForRow(fs, '003-table-2', 'li10snp2s12');
    expect(marks.map((m) => m.severity)).toEqual(['error', 'info']);
    expect(marks[0]).toMatchObject({ field: 'activationEnergyEv', check: 'arrhenius' });
    expect(marks[0]!.message).toMatch(/^Audit \(arrhenius consistency\): /);
    expect(marks[0]!.href).toBe(`${NOTES_PAGE}#${findingAnchor(marks[0]!.findingId)}`);
    expect(flagsForRow(fs, '003-table-2', 'lgps')).toEqual([]);
  });

  it('makes anchors that are valid fragment ids', () => {
    expect(findingAnchor('units:004-table-1:lagp-bst-51:relativeDensityPct:foreign-value')).toBe('finding-units-004-table-1-lagp-bst-51-relativeDensityPct-foreign-value');
    expect(findingAnchor('text-claim:001-table-4:x:performance[0].capacityMahPerG:c')).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it('groups findings by table', () => {
    expect([...groupByTable(fs).keys()]).toEqual(['003-table-2']);
  });
});

describe('text claim schema', () => {
  const base = { id: 'x', review: 'review-001', location: 'review 001, somewhere', tableId: '001-table-2', rowId: 'r', field: 'lifetimeH' };
  it('needs exactly one of value and text', () => {
    expect(textClaim.safeParse({ ...base, value: 1 }).success).toBe(true);
    expect(textClaim.safeParse({ ...base, text: 'a' }).success).toBe(true);
    expect(textClaim.safeParse(base).success).toBe(false);
    expect(textClaim.safeParse({ ...base, value: 1, text: 'a' }).success).toBe(false);
    expect(textClaim.safeParse({ ...base, value: 5, upper: 1 }).success).toBe(false);
  });
});
