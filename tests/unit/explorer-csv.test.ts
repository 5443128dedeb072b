// CSV of the explorer's rows: one record per row, RFC 4180 quoting, no spreadsheet formulas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAllTables, loadReferences } from '~/lib/data';
import { CONDUCTIVITY_CSV_HEADER, conductivityCsv, interlayerCsv, poolConductivity, poolInterlayers, toCsvText } from '~/lib/explorer';

/** Minimal RFC 4180 reader for checking. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; } else field += c;
  }
  return records;
}

describe('explorer CSV', () => {
  it('round-trips any text cell and neutralises formulas', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 5 }), (cells) => {
      const [header, line] = readCsv(toCsvText(cells.map((_, i) => `c${i}`), [cells]));
      expect(header).toHaveLength(cells.length);
      expect(line).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
    }));
    expect(toCsvText(['a'], [['=HYPERLINK("x")']])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n');
    expect(toCsvText(['n'], [[-3], [Number.NaN], [undefined]])).toBe('n\r\n-3\r\n\r\n\r\n');
  });
  it('holds every pooled row of the real data with its σ', () => {
    const rows = poolConductivity(loadAllTables('content/data'), loadReferences('content/data'));
    const records = readCsv(conductivityCsv(rows));
    expect(records[0]).toEqual([...CONDUCTIVITY_CSV_HEADER]);
    expect(records).toHaveLength(rows.length + 1);
    records.slice(1).forEach((rec, i) => {
      expect(rec[1]).toBe(rows[i]!.rowId);
      expect(Number(rec[5])).toBeCloseTo(rows[i]!.sigmaSPerCm, 15);
    });
  });
  it('writes the interlayer rows with the j × t charge', () => {
    const rows = poolInterlayers(loadAllTables('content/data'));
    const records = readCsv(interlayerCsv(rows));
    expect(records).toHaveLength(rows.length + 1);
    const zno = records.find((r) => r[1] === 'latp-zno')!;
    expect(zno[8]).toBe('100');
  });
});
