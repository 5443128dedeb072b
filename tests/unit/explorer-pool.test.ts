// Pooling conductivity rows across the data tables: every σ row once, in canonical units, with family,
// method, year and flags; checked on small fixtures and on the real data files.
import { describe, expect, it } from 'vitest';
import { loadAllTables, loadReferences, type DataTable } from '~/lib/data';
import { FAMILY_IDS, fallbackFamily, issuedYear, methodLabel, poolConductivity, slugify } from '~/lib/explorer';

const table = (id: string, rows: DataTable['rows'], columns: DataTable['columns']): DataTable => ({
  id: id as DataTable['id'], review: 'review-004', sourceTable: 'Table 1', title: 'A test table', caption: 'x'.repeat(20), context: 'x'.repeat(20), columns, rows,
});

describe('poolConductivity on fixtures', () => {
  const columns: DataTable['columns'] = [
    { key: 'electrolyte', label: 'Electrolyte', kind: 'formula' },
    { key: 'sigmaSPerCm', label: 'σ', kind: 'quantity', unit: 'S/cm' },
    { key: 'activationEnergyEv', label: 'Ea', kind: 'quantity', unit: 'eV' },
    { key: 'ref', label: 'Ref.', kind: 'ref' },
  ];
  const t = table('004-table-1', [
    { id: 'a', family: 'nasicon-lagp', method: 'sol-gel', electrolyte: { text: 'LAGP', tex: 'LAGP' }, sigmaSPerCm: { value: 3e-4, printed: '3 × 10⁻⁴', temperatureC: 25, temperatureBasis: 'table-header' }, activationEnergyEv: { value: 0.3, printed: '0.3' }, ref: { number: '[1]', ids: ['004-1'] }, flags: [{ field: 'sigmaSPerCm', severity: 'warning', message: 'A doubtful value here.' }] },
    { id: 'b', electrolyte: { text: 'X' }, ref: { number: '[2]', ids: ['004-2'] } },
    { id: 'c', family: 'not-a-family', electrolyte: { text: 'Y' }, sigmaSPerCm: { value: 1e-5, printed: '1e-5', qualifier: 'lt' } },
  ], columns);
  const refs = [{ id: '004-1', issued: { 'date-parts': [[2019, 3]] } }, { id: 'review-004', issued: { 'date-parts': [[2023]] } }];
  const rows = poolConductivity([t], refs);

  it('keeps only rows with a conductivity, with typed fields', () => {
    expect(rows.map((r) => r.rowId)).toEqual(['a', 'c']);
    expect(rows[0]).toEqual({
      key: '004-table-1_a', tableId: '004-table-1', rowId: 'a', material: 'LAGP', family: 'nasicon-lagp', method: 'sol-gel', sigmaSPerCm: 3e-4,
      temperatureC: 25, temperatureBasis: 'table-header', activationEnergyEv: 0.3, year: 2019, refIds: ['004-1'],
      flags: [{ field: 'sigmaSPerCm', severity: 'warning', message: 'A doubtful value here.' }],
    });
  });
  it('falls back for unknown families, missing temperatures, methods and refs', () => {
    const c = rows[1]!;
    expect(c.family).toBe('other');
    expect(c.temperatureC).toBeUndefined();
    expect(c.temperatureBasis).toBe('not-stated');
    expect(c.method).toBe('not-stated');
    expect(c.sigmaQualifier).toBe('lt');
    expect(c.refIds).toEqual(['review-004']);
    expect(c.year).toBe(2023);
  });
  it('reads a mixed-unit result column only where the cell says S/cm', () => {
    const mixed = table('002-results', [
      { id: 's', sample: 'Li/LATP/Li, pristine pellet', result: { value: 1.8e-5, unit: 'S/cm', printed: '1.8e-5' } },
      { id: 'p', sample: 'Dip coating', result: { value: 2.6, unit: 'pH', printed: '2.6' } },
      { id: 'q', sample: 'Coated', result: { value: 1.6e-4, unit: 'S/cm', printed: '1.6e-4' } },
    ], [{ key: 'sample', label: 'Sample', kind: 'text' }, { key: 'result', label: 'Value', kind: 'quantity' }]);
    const pooled = poolConductivity([mixed], []);
    expect(pooled.map((r) => [r.rowId, r.family])).toEqual([['s', 'nasicon-latp'], ['q', 'interlayer']]);
    expect(pooled[0]!.year).toBeUndefined();
  });
});

describe('helpers', () => {
  it('slugifies and labels methods', () => {
    expect(slugify('Solution casting and pressing')).toBe('solution-casting-and-pressing');
    expect(slugify('  ')).toBe('');
    expect(methodLabel('sol-gel')).toBe('Sol–gel');
    expect(methodLabel('tape-casting')).toBe('Tape casting');
    expect(methodLabel('')).toBe('Not stated');
  });
  it('reads plausible issued years only', () => {
    expect(issuedYear({ id: 'x', issued: { 'date-parts': [[2020, 1, 2]] } })).toBe(2020);
    expect(issuedYear({ id: 'x', issued: { 'date-parts': [['1e9']] } })).toBeUndefined();
    expect(issuedYear(undefined)).toBeUndefined();
  });
  it('documents the family fallback', () => {
    expect(fallbackFamily('002-results', 'Li/LAGP/Li', 'pristine pellet')).toBe('nasicon-lagp');
    expect(fallbackFamily('004-table-2', 'Li | LAGP/PCVA | Li', '')).toBe('interlayer');
    expect(fallbackFamily('001-table-1', 'X', '')).toBe('other');
  });
});

describe('poolConductivity on the real data', () => {
  const tables = loadAllTables('content/data');
  const rows = poolConductivity(tables, loadReferences('content/data'));
  it('pools every σ value of the tables exactly once', () => {
    const expected = tables.flatMap((t) => t.rows.filter((r) => {
      const s = r.sigmaSPerCm as { value?: number } | undefined;
      const res = r.result as { unit?: string } | undefined;
      return s?.value !== undefined || res?.unit === 'S/cm';
    }).map((r) => `${t.id}_${r.id}`));
    expect(rows.map((r) => r.key)).toEqual(expected);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
  it('gives every row a known family, a year and a positive σ', () => {
    for (const r of rows) {
      expect(FAMILY_IDS).toContain(r.family);
      expect(r.sigmaSPerCm).toBeGreaterThan(0);
      expect(r.year, r.key).toBeGreaterThan(1950);
      expect(r.key).not.toMatch(/[^a-z0-9.+_-]/);
    }
  });
  it('covers the NASICON, sulfide and composite families', () => {
    const families = new Set(rows.map((r) => r.family));
    for (const f of ['nasicon-latp', 'nasicon-lagp', 'sulfide-glass', 'sulfide-glass-ceramic', 'sulfide-crystal', 'composite']) expect(families).toContain(f);
    expect(rows.filter((r) => r.activationEnergyEv !== undefined).length).toBeGreaterThan(20);
  });
});
