import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTableFile, parseReferences, DataValidationError } from '../../src/lib/data/validate';
import { parsePrinted } from '../../src/lib/data/printed';

const fixture = (name: string) => {
  const path = `tests/fixtures/data/${name}`;
  return { path, text: readFileSync(fileURLToPath(new URL(`../fixtures/data/${name}`, import.meta.url)), 'utf8') };
};

describe('parseTableFile error messages', () => {
  it('names the file, the row (index and id) and the field for a wrong type', () => {
    const { path, text } = fixture('broken-string-value.yaml');
    expect(() => parseTableFile(path, text)).toThrow(DataValidationError);
    expect(() => parseTableFile(path, text)).toThrow(
      'tests/fixtures/data/broken-string-value.yaml: row 1 (id "latp-al-0.3"): field sigmaSPerCm.value: expected number, received string',
    );
  });

  it('names the field of a missing required value', () => {
    const { path, text } = fixture('broken-missing-field.yaml');
    let message = '';
    try {
      parseTableFile(path, text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(path);
    expect(message).toContain('row 0 (id "no-printed")');
    expect(message).toContain('field activationEnergyEv.printed');
  });

  it('catches a value that does not match its printed form, duplicate ids and unknown refs', () => {
    const { path, text } = fixture('broken-slip.yaml');
    let issues: string[] = [];
    try {
      parseTableFile(path, text, { referenceIds: new Set(['001-48']) });
    } catch (e) {
      issues = (e as DataValidationError).issues;
    }
    expect(issues.some((i) => i.includes('row 0 (id "slip"): field sigmaSPerCm.value') && i.includes('does not match printed'))).toBe(true);
    expect(issues.some((i) => i.includes('row 1 (id "slip"): field id: duplicate row id'))).toBe(true);
    expect(issues.some((i) => i.includes('unknown reference id "001-999"'))).toBe(true);
  });

  it('rejects keys that are not columns', () => {
    const yaml = `id: 001-table-1
review: review-001
sourceTable: Table 1
title: Extra key test
caption: A table whose row carries a key no column declares.
context: Checks that unknown keys are reported by name.
columns:
  - { key: name, label: Name, kind: text }
rows:
  - { id: a, name: x, colour: red, noRefReason: none }
`;
    expect(() => parseTableFile('x.yaml', yaml)).toThrow(/x\.yaml: row 0 \(id "a"\): field colour: unknown key/);
  });

  it('reports YAML syntax errors with the file name', () => {
    expect(() => parseTableFile('bad.yaml', 'id: [unclosed')).toThrow(/^bad\.yaml: YAML syntax error/);
  });
});

describe('parseReferences', () => {
  it('accepts a valid list and rejects duplicates by id', () => {
    const ok = JSON.stringify([{ id: '001-1', type: 'article-journal', title: 'A' }]);
    expect(parseReferences('r.json', ok)).toHaveLength(1);
    const dup = JSON.stringify([
      { id: '001-1', type: 'article-journal' },
      { id: '001-1', type: 'article-journal' },
    ]);
    expect(() => parseReferences('r.json', dup)).toThrow('r.json: entry 1 (id "001-1"): field id: duplicate id');
  });

  it('names the entry and field of a malformed entry', () => {
    const bad = JSON.stringify([{ id: '001-2', type: 'article-journal', volume: 12 }]);
    expect(() => parseReferences('r.json', bad)).toThrow(/r\.json: entry 0 \(id "001-2"\): field volume: expected string, received number/);
  });
});

describe('parsePrinted', () => {
  it('reads simple printed quantities into canonical units', () => {
    expect(parsePrinted('7 × 10⁻⁴ S cm⁻¹')?.canonicalValue).toBeCloseTo(7e-4, 12);
    expect(parsePrinted('10⁻² S cm⁻¹')?.canonicalValue).toBeCloseTo(1e-2, 12);
    expect(parsePrinted('3.1 × 10⁻⁴ S cm⁻¹ (30 °C)')?.canonicalValue).toBeCloseTo(3.1e-4, 12);
    expect(parsePrinted('31.1 kJ mol⁻¹')?.canonicalValue).toBeCloseTo(0.32233, 4);
    expect(parsePrinted('200 nm')?.canonicalValue).toBeCloseTo(0.2, 12);
    expect(parsePrinted('0.075 mm')?.canonicalValue).toBeCloseTo(75, 9);
    expect(parsePrinted('0.40 ± 0.01 eV')?.canonicalValue).toBeCloseTo(0.4, 12);
    expect(parsePrinted('4.49 ± 0.31 × 10⁻³ S cm⁻¹')?.canonicalValue).toBeCloseTo(4.49e-3, 12);
    expect(parsePrinted('7.25 × 10⁻⁴')?.significantFigures).toBe(3);
  });

  it('gives up on ranges and prose', () => {
    expect(parsePrinted('~1–2 μm')).toBeNull();
    expect(parsePrinted('Less than 100 nm')?.canonicalValue).toBeCloseTo(0.1, 12); // qualifier words are stripped
    expect(parsePrinted('R.T.')).toBeNull();
  });
});
