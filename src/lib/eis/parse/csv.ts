/**
 * Plain text tables (CSV, TSV, semicolon- or space-separated, with or without a header and a preamble),
 * and the locator that the instrument formats without a fixed layout reuse.
 */
import { findColumns } from './columns';
import { readTable, type TableSpec } from './table';
import { delimiterOf, headerFields, isBlank, isComment, looksNumeric, splitFields, type Delimiter } from './text';
import { ImpedanceFileError, type FormatReader, type ReadResult } from './types';

/** "key = value" and "key: value" preamble lines. */
export const KEY_VALUE = /\s*=\s*|:\s+/;

/** Split a header line like the data; in space-separated files "Freq (Hz)" stays one name. */
export function splitNames(line: string, delimiter: Delimiter): string[] {
  const names = splitFields(line, delimiter);
  if (delimiter !== ' ') return names;
  const merged: string[] = [];
  for (const name of names) {
    if (merged.length && /^[([/]/.test(name)) merged[merged.length - 1] += ` ${name}`;
    else merged.push(name);
  }
  return merged;
}

const isDataLine = (line: string): boolean => {
  const delimiter = delimiterOf(line);
  const fields = splitFields(line, delimiter);
  let numeric = 0;
  for (const f of fields) if (looksNumeric(f, delimiter !== ',')) numeric++;
  return numeric >= 2 && numeric * 2 > fields.length;
};

/**
 * Locate a table from line `from` on: the first line that is mostly numbers starts the data; the nearest
 * non-blank line above it (or the one above that, for a names + units pair) gives the column names when it
 * splits into several fields like the data. Lines above the names are the preamble.
 */
export function locateTable(lines: string[], from = 0): TableSpec & { preambleEnd: number } {
  let start = from;
  while (start < lines.length && (isBlank(lines[start]) || isComment(lines[start]) || !isDataLine(lines[start]))) start++;
  if (start >= lines.length) {
    throw new ImpedanceFileError(
      'No rows of numbers found: expected lines with frequency, Z′ and Z″ (e.g. "1000, 52.1, -13.4"), with or without a header line.',
    );
  }
  const delimiter = delimiterOf(lines[start]);
  const recognises = (i: number): boolean => {
    const c = findColumns(splitNames(lines[i], delimiter));
    return c.freq >= 0 || c.real >= 0 || c.imag >= 0 || c.modulus >= 0;
  };
  const candidates: number[] = [];
  for (let i = start - 1; i >= from && candidates.length < 2; i--) {
    if (isBlank(lines[i]) || isComment(lines[i])) continue;
    // A one-field line or a "key: value" line is preamble, not column names.
    if (splitNames(lines[i], delimiter).length < 2 || (KEY_VALUE.test(lines[i]) && !recognises(i))) break;
    candidates.push(i);
  }
  if (candidates.length === 0) return { start, preambleEnd: start };
  const recognised = candidates.find(recognises);
  const namesLine = recognised ?? candidates[0];
  return { start, names: splitNames(lines[namesLine], delimiter), namesLine, preambleEnd: Math.min(...candidates) };
}

/** Read a located table, with the preamble's "key: value" lines as metadata. */
export function readPlainTable(lines: string[], skip?: TableSpec['skip']): ReadResult {
  const spec = locateTable(lines);
  const result = readTable(lines, { ...spec, skip });
  const metadata = headerFields(lines, 0, spec.preambleEnd, KEY_VALUE);
  return Object.keys(metadata).length ? { ...result, metadata } : result;
}

export const csvReader: FormatReader = {
  format: 'csv',
  label: 'Text table (CSV, TSV, semicolon or space separated)',
  extensions: ['.csv', '.tsv', '.txt', '.dat'],
  detect: () => true,
  read: (lines) => readPlainTable(lines),
};
