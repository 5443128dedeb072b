import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatScientific, formatQuantityValue, csvField, toCsv, toJson, superscript, rowName } from '../../src/lib/data/format';
import { loadAllTables } from '../../src/lib/data/load';
import type { DataTable } from '../../src/schemas/table';

/** Minimal RFC 4180 reader for the round-trip test. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

describe('formatScientific', () => {
  it('splits mantissa and exponent and keeps the printed figures', () => {
    expect(formatScientific(1.2e-3)).toMatchObject({ mantissa: '1.2', exponent: -3, text: '1.2 × 10⁻³' });
    expect(formatScientific(7.25e-4).mantissa).toBe('7.25');
    expect(formatScientific(7e-4).text).toBe('7 × 10⁻⁴');
    expect(formatScientific(2.5e-2, 2).mantissa).toBe('2.5');
    expect(formatScientific(150.0, 4).text).toBe('1.500 × 10²');
    expect(formatScientific(3.2).text).toBe('3.2');
    expect(formatScientific(1e-4).tex).toBe('1 \\times 10^{-4}');
    expect(superscript(-12)).toBe('⁻¹²');
  });

  it('uses the significant figures of the printed form', () => {
    expect(formatQuantityValue({ value: 7.5e-4, printed: '7.50 × 10⁻⁴ S cm⁻¹' }).mantissa).toBe('7.50');
    expect(formatQuantityValue({ value: 1e-2, printed: '10⁻² S cm⁻¹' }).text).toBe('1 × 10⁻²');
  });

  it('rejects non-finite input', () => {
    expect(() => formatScientific(Number.NaN)).toThrow(RangeError);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(7e-4)).toBe('0.0007');
  });

  const table: DataTable = {
    id: '001-table-1',
    review: 'review-001',
    sourceTable: 'Table 1',
    title: 'CSV test',
    caption: 'A table with awkward text for the CSV writer.',
    context: 'Only for testing the quoting rules.',
    columns: [
      { key: 'name', label: 'Name, with comma', kind: 'text' },
      { key: 'sigmaSPerCm', label: 'Conductivity', unit: 'S/cm', kind: 'quantity' },
    ],
    rows: [
      { id: 'a', name: 'has "quotes", commas', sigmaSPerCm: { value: 7e-4, printed: '7 × 10⁻⁴ S cm⁻¹' } },
      { id: 'b', name: 'two\nlines', note: 'x' },
    ],
  };

  it('writes one line per row plus a header, and round-trips', () => {
    const rows = readCsv(toCsv(table));
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[0]).toContain('Name, with comma');
    expect(rows[0]).toContain('Conductivity [S/cm]');
    expect(rows[0]).toContain('Conductivity (printed)');
    expect(rows[1]![rows[0]!.indexOf('Name, with comma')]).toBe('has "quotes", commas');
    expect(rows[2]![rows[0]!.indexOf('Name, with comma')]).toBe('two\nlines');
    expect(Number(rows[1]![rows[0]!.indexOf('Conductivity [S/cm]')])).toBe(7e-4);
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
  });

  it('every real table exports to CSV with one line per row, and to JSON', () => {
    const tables = loadAllTables(fileURLToPath(new URL('../../content/data', import.meta.url)));
    for (const t of tables) {
      const rows = readCsv(toCsv(t));
      expect(rows.length, t.id).toBe(t.rows.length + 1);
      for (const r of rows) expect(r.length, t.id).toBe(rows[0]!.length);
      expect(JSON.parse(toJson(t)).rows).toHaveLength(t.rows.length);
    }
  });
});

describe('rowName', () => {
  const table = {
    columns: [
      { key: 'host', label: 'Host', kind: 'formula' as const },
      { key: 'composition', label: 'Composition', kind: 'formula' as const },
      { key: 'sigmaSPerCm', label: 'σ', unit: 'S/cm', kind: 'quantity' as const },
    ],
    rows: [
      { id: 'a-ref1', host: { text: 'LiTi₂(PO₄)₃' }, composition: { text: 'Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃' } },
      { id: 'b-ref2', host: { text: 'LiGe₂(PO₄)₃' } },
      { id: 'c-ref3' },
    ],
  };
  it('names a row by its material first, then its first text cell, with its position; never by its id', () => {
    expect(rowName(table as never, 'a-ref1')).toEqual({ name: 'Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃', number: 1 });
    expect(rowName(table as never, 'b-ref2')).toEqual({ name: 'LiGe₂(PO₄)₃', number: 2 });
    expect(rowName(table as never, 'c-ref3')).toEqual({ name: 'row 3', number: 3 });
  });
});
