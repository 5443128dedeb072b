/**
 * Text helpers shared by the readers: splitting a file into lines and fields, strict number parsing,
 * header key/value fields and short descriptions of line lists for messages.
 */
import { ImpedanceFileError } from './types';

const BINARY_HINT = 'this looks like a binary file; export the data as text (CSV, .txt, .mpt, .DTA, .z)';

/** Split the text into lines (any of \r\n, \n, \r), after rejecting empty and binary content. */
export function toLines(text: string): string[] {
  if (typeof text !== 'string') throw new ImpedanceFileError('The file content is missing (no text was given).');
  if (text.length === 0) throw new ImpedanceFileError('The file is empty: choose the file that holds the exported spectrum.');
  if (!/\S/.test(text)) throw new ImpedanceFileError('The file holds only blank space, no data.');
  if (text.includes('\u0000')) {
    // UTF-16 text read as UTF-8 has a NUL after every ASCII character.
    const utf16 = /(?:[^\0]\0){8}|(?:\0[^\0]){8}/.test(text.slice(0, 400));
    throw new ImpedanceFileError(
      utf16 ? 'The file is saved as UTF-16 text; save or export it as UTF-8 (or ANSI) text and try again.' : cap(BINARY_HINT) + '.',
    );
  }
  const sample = text.slice(0, 65536);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  if (odd > 0.1 * sample.length) throw new ImpedanceFileError(cap(BINARY_HINT) + '.');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes('\r') ? body.split(/\r\n|\n|\r/) : body.split('\n');
}

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** Field separator of a data line. */
export type Delimiter = '\t' | ';' | ',' | ' ';

/** Guess the separator of one data line: tab, then semicolon, then comma, else runs of spaces. */
export function delimiterOf(line: string): Delimiter {
  if (line.includes('\t')) return '\t';
  if (line.includes(';')) return ';';
  if (!line.includes(',')) return ' ';
  // "1,5 2,3 -4,1": space-separated numbers with decimal commas.
  const words = line.trim().split(/\s+/);
  return !line.includes('.') && !line.includes(', ') && words.length > 1 && words.every((w) => /^[^,]*,?[^,]*$/.test(w))
    ? ' '
    : ',';
}

/** Split a line into trimmed fields (quotes around a field removed); trailing empty fields are dropped. */
export function splitFields(line: string, delimiter: Delimiter): string[] {
  const fields = delimiter === ' ' ? line.trim().split(/\s+/) : line.split(delimiter);
  for (let i = 0; i < fields.length; i++) {
    let f = fields[i].trim();
    if (f.length > 1 && f[0] === '"' && f[f.length - 1] === '"') f = f.slice(1, -1).trim();
    fields[i] = f;
  }
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

const NOT_FINITE = /^[+-]?(?:nan|inf|infinity|1\.#inf|1\.#ind|1\.#qnan)$/i;

/**
 * Parse one field as a decimal number (a comma counts as the decimal point when `decimalComma`).
 * Returns NaN for anything that is not plain number text: '', 'abc', '0x10', 'Infinity', 'NaN'.
 */
export function parseNumber(field: string, decimalComma: boolean): number {
  const s = decimalComma && field.includes(',') ? field.replace(',', '.') : field;
  // Number() is fast but also takes '' (→ 0), '0x1f', '0b1', '0o7' and 'Infinity'; those are refused here.
  if (s === '') return NaN;
  const c1 = s.charCodeAt(1) | 32;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 98 || c1 === 111)) return NaN;
  const x = Number(s);
  return x === Infinity || x === -Infinity ? (/inf/i.test(s) ? NaN : x) : x;
}

/** True for texts that spell a non-finite value (NaN, inf, Infinity, 1.#INF …). */
export const isNonFiniteText = (field: string): boolean => NOT_FINITE.test(field);

/** True for number text, including NaN/inf spellings (used to tell data lines from header lines). */
export const looksNumeric = (field: string, decimalComma: boolean): boolean =>
  !Number.isNaN(parseNumber(field, decimalComma)) || isNonFiniteText(field);

/** What a line holds: nothing (blank), a comment (starting with #, % or //), or something else. */
export function lineKind(line: string): 'blank' | 'comment' | 'text' {
  // A character scan, not trim() or a regex: this runs once per line of files with 10⁶ lines.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11) continue;
    return c === 35 || c === 37 || (c === 47 && line.charCodeAt(i + 1) === 47) ? 'comment' : 'text';
  }
  return 'blank';
}
export const isBlank = (line: string): boolean => lineKind(line) === 'blank';
export const isComment = (line: string): boolean => lineKind(line) === 'comment';

/** "2–782, 790 and 801" style list of 1-based line numbers (sorted), shortened after a few ranges. */
export function describeLines(lineNumbers: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lineNumbers.length; ) {
    let j = i;
    while (j + 1 < lineNumbers.length && lineNumbers[j + 1] === lineNumbers[j] + 1) j++;
    ranges.push(i === j ? String(lineNumbers[i]) : `${lineNumbers[i]}–${lineNumbers[j]}`);
    i = j + 1;
  }
  const word = lineNumbers.length === 1 ? 'line' : 'lines';
  if (ranges.length > 6) return `${word} ${ranges.slice(0, 5).join(', ')} and ${ranges.length - 5} more ranges`;
  const last = ranges.pop() as string;
  return `${word} ${ranges.length ? `${ranges.join(', ')} and ${last}` : last}`;
}

/**
 * Collect "key<sep>value" header fields from lines [from, to): first occurrence of a key wins, keys and
 * values trimmed, empty values kept out. At most 200 fields, so a huge header cannot bloat the result.
 */
export function headerFields(lines: string[], from: number, to: number, separator: RegExp): Record<string, string> {
  const fields: Record<string, string> = {};
  let count = 0;
  for (let i = from; i < Math.min(to, lines.length) && count < 200; i++) {
    const m = separator.exec(lines[i]);
    if (!m || m.index === 0) continue;
    const key = lines[i].slice(0, m.index).trim();
    const value = lines[i].slice(m.index + m[0].length).trim();
    if (key && value && !(key in fields)) {
      fields[key] = value;
      count++;
    }
  }
  return fields;
}

/**
 * Temperature stated in header fields: a key containing "temp" or "temperature" and a value with a
 * unit (K, °C, C, deg C) in the value or the key, e.g. "Temperature (°C): 25" or "Temp = 298.15 K".
 * Values without a unit are ambiguous and ignored. Returns K.
 */
export function temperatureFrom(fields: Record<string, string>): number | undefined {
  for (const [key, value] of Object.entries(fields)) {
    if (!/\btemp(?:erature)?\b/i.test(key)) continue;
    const m = /^([+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(°\s*C|deg\.?\s*C|K|C)?\s*$/i.exec(value.trim());
    if (!m) continue;
    const unit = (m[2] ?? /\(\s*(°\s*C|deg\.?\s*C|K|C)\s*\)|\b(deg\.?\s*C|K|C)\s*$/i.exec(key)?.slice(1).find(Boolean) ?? '')
      .replace(/\s|\./g, '')
      .toUpperCase();
    const x = Number(m[1]);
    const kelvin = unit === 'K' ? x : unit ? x + 273.15 : NaN;
    if (kelvin >= 1 && kelvin <= 1e4) return kelvin;
  }
  return undefined;
}
