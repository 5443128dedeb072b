/**
 * The shared "table of numbers" reader: given where a format's data rows start (and optionally its
 * column names), it parses f, Z', Z'' row by row, applies the sign convention Z = Z' + jZ'' and checks
 * every value. Each format only finds its header and data block and hands them over.
 */
import { MAX_POINTS } from '../check-spectrum';
import { EXPECTED_COLUMNS, findColumns, type ColumnMap } from './columns';
import {
  type Delimiter,
  delimiterOf,
  describeLines,
  isBlank,
  isComment,
  isNonFiniteText,
  lineKind,
  parseNumber,
  splitFields,
} from './text';
import { ImpedanceFileError, type ReadResult } from './types';

export { MAX_POINTS };

export interface TableSpec {
  /** 0-based index of the first line of the data block. */
  start: number;
  /** 0-based index one past the block (default: end of file). */
  end?: number;
  /** Column names; without them the columns are taken as f, Z', Z'' by position. */
  names?: string[];
  /** 0-based line of the names, for messages. */
  namesLine?: number;
  /** Number of points the header announces; a different count gives a warning. */
  expectedPoints?: number;
  /**
   * Format rule for rows that are not impedance points (e.g. the DC part of a Parstat run). Gets the
   * raw texts and parsed values of f and the two Z columns; returns why the row is skipped, or nothing.
   */
  skip?: (texts: string[], values: number[]) => string | undefined;
}

const ROLE_LABEL = ['frequency', 'Z′', 'Z″'];
const DELIMITER_NAME: Record<Delimiter, string> = { '\t': 'tabs', ';': 'semicolons', ',': 'commas', ' ': 'spaces' };

/** Read the data block described by `spec`; throws ImpedanceFileError naming the first bad line. */
export function readTable(lines: string[], spec: TableSpec): ReadResult {
  const end = Math.min(spec.end ?? lines.length, lines.length);
  let first = spec.start;
  while (first < end && (isBlank(lines[first]) || isComment(lines[first]))) first++;
  if (first >= end) {
    throw new ImpedanceFileError(
      spec.names ? 'The file has column names but no data rows below them.' : 'The file holds no rows of numbers.',
    );
  }
  const delimiter = delimiterOf(lines[first]);
  const decimalComma = delimiter !== ',';
  const firstFields = splitFields(lines[first], delimiter);
  const width = firstFields.length;
  const warnings: string[] = [];
  const named = spec.names
    ? columnsFromNames(spec.names, spec.namesLine ?? first - 1, firstFields, decimalComma, warnings)
    : undefined;
  const cols = named?.cols;
  // Columns to read per row: f, Z', Z'' or f, |Z|, phase.
  const polar = cols !== undefined && cols.real < 0;
  const idx = cols ? [cols.freq, polar ? cols.modulus : cols.real, polar ? cols.phase : cols.imag] : [0, 1, 2];
  const names = idx.map((i) => spec.names?.[i - (named?.shift ?? 0)]);
  const needed = Math.max(idx[0], idx[1], idx[2]) + 1;
  if (needed > width) {
    throw new ImpedanceFileError(
      cols
        ? `expected at least ${needed} values (the columns named on line ${(spec.namesLine ?? first - 1) + 1}) but found ${width}.`
        : `expected three numbers (frequency, Z′, Z″) but found ${width === 1 ? 'one' : 'two'}: '${lines[first].trim()}'.`,
      first + 1,
    );
  }

  const frequenciesHz: number[] = [];
  const zRealOhm: number[] = [];
  const zImagOhm: number[] = [];
  const rowLines: number[] = [];
  const skipped = new Map<string, number[]>();
  const comments: number[] = [];
  const texts = ['', '', ''];
  const values = [0, 0, 0];
  for (let i = first; i < end; i++) {
    const line = lines[i];
    const kind = lineKind(line);
    if (kind === 'blank') continue;
    if (kind === 'comment') {
      comments.push(i + 1);
      continue;
    }
    const fields = splitFields(line, delimiter);
    if (fields.length !== width) {
      throw new ImpedanceFileError(
        !cols && width === 3
          ? `expected three numbers (frequency, Z′, Z″) but found '${clip(line)}'.`
          : `expected ${width} values separated by ${DELIMITER_NAME[delimiter]}, as on line ${first + 1}, but found ${fields.length}: '${clip(line)}'.`,
        i + 1,
      );
    }
    for (let k = 0; k < 3; k++) {
      texts[k] = fields[idx[k]];
      values[k] = parseNumber(texts[k], decimalComma);
    }
    const reason = spec.skip?.(texts, values);
    if (reason) {
      const at = skipped.get(reason);
      if (at) at.push(i + 1);
      else skipped.set(reason, [i + 1]);
      continue;
    }
    for (let k = 0; k < 3; k++) {
      if (Number.isNaN(values[k])) throw badNumber(i + 1, k, texts[k], cols, names[k], idx[k]);
    }
    if (frequenciesHz.length === MAX_POINTS) {
      throw new ImpedanceFileError(
        `The file has more than ${MAX_POINTS.toLocaleString('en-US')} data points, more than the workbench reads. ` +
          'Keep fewer points (e.g. every 10th) and try again.',
      );
    }
    const f = values[0] * (cols?.freqScale ?? 1);
    if (!(f > 0) || !Number.isFinite(f)) {
      throw new ImpedanceFileError(`the frequency must be a positive number of Hz, but it is '${texts[0]}'.`, i + 1);
    }
    frequenciesHz.push(f);
    rowLines.push(i + 1);
    if (polar) {
      const c = cols as ColumnMap;
      const modulus = values[1] * c.zScale[idx[1]];
      const phase = values[2] * c.phaseSign * (c.phaseRad ? 1 : Math.PI / 180);
      if (modulus < 0) throw new ImpedanceFileError(`|Z| must not be negative, but it is '${texts[1]}'.`, i + 1);
      if (Math.abs(phase) > 2 * Math.PI) {
        throw new ImpedanceFileError(`the phase '${texts[2]}' is outside −360° … 360°.`, i + 1);
      }
      zRealOhm.push(checkFinite(modulus * Math.cos(phase), i));
      zImagOhm.push(checkFinite(modulus * Math.sin(phase), i));
    } else {
      zRealOhm.push(checkFinite(values[1] * (cols?.zScale[idx[1]] ?? 1), i));
      zImagOhm.push(checkFinite(values[2] * (cols ? cols.zScale[idx[2]] * cols.imagSign : 1), i));
    }
  }

  for (const [reason, at] of skipped) {
    warnings.push(`Skipped ${at.length} row${at.length === 1 ? '' : 's'} (${describeLines(at)}): ${reason}.`);
  }
  if (comments.length) {
    warnings.push(`Skipped ${comments.length} comment line${comments.length === 1 ? '' : 's'} among the data (${describeLines(comments)}).`);
  }
  const n = frequenciesHz.length;
  if (n < 3) {
    throw new ImpedanceFileError(
      `The file holds ${n === 0 ? 'no data points' : n === 1 ? 'only one data point' : 'only two data points'}; a spectrum needs at least 3.`,
    );
  }
  let skippedRows = 0;
  for (const at of skipped.values()) skippedRows += at.length;
  if (spec.expectedPoints !== undefined && spec.expectedPoints !== n + skippedRows) {
    warnings.push(
      `The header announces ${spec.expectedPoints} points but the file holds ${n}; it may have been cut short or edited.`,
    );
  }
  if (polar) {
    const c = cols as ColumnMap;
    warnings.push(
      `Z′ and Z″ were computed from |Z| and the phase (${c.phaseRad ? 'radians' : 'degrees'}): Z′ = |Z|·cos φ, Z″ = |Z|·sin φ, ` +
        `so φ < 0 and Z″ < 0 for capacitive behaviour${c.phaseSign < 0 ? " (the file's '-Phase' column was negated first)" : ''}.`,
    );
  }
  if (!cols) flipIfStoredNegative(zRealOhm, zImagOhm, warnings);
  duplicates(frequenciesHz, rowLines, warnings);
  return { frequenciesHz, zRealOhm, zImagOhm, warnings };
}

/**
 * Column roles from the names. Handles a header that lacks only the frequency name (seen in BioLogic
 * exports): the rows then have one value more than there are names, and the first one is the frequency.
 * Where a |Z| column exists, the first row must agree with |Z| = √(Z′² + Z″²) for that reading.
 */
function columnsFromNames(
  names: string[],
  namesLine: number,
  firstFields: string[],
  decimalComma: boolean,
  warnings: string[],
): { cols: ColumnMap; shift: 0 | 1 } {
  const cols = findColumns(names);
  const hasZ = (cols.real >= 0 && cols.imag >= 0) || (cols.modulus >= 0 && cols.phase >= 0);
  const where = namesLine + 1;
  if (cols.freq < 0 && hasZ && firstFields.length === names.length + 1) {
    for (const key of ['real', 'imag', 'modulus', 'phase'] as const) if (cols[key] >= 0) cols[key]++;
    cols.zScale.unshift(1);
    cols.freq = 0;
    const [re, im, mod] = [cols.real, cols.imag, cols.modulus].map((i) => (i >= 0 ? parseNumber(firstFields[i], decimalComma) : NaN));
    const checked = cols.modulus >= 0 && cols.real >= 0 && cols.imag >= 0;
    if (checked && !(Math.abs(Math.hypot(re, im) - mod) <= 0.01 * Math.abs(mod))) {
      throw new ImpedanceFileError(
        `no frequency column among the column names, and the values do not fit the names shifted by one column; expected ${EXPECTED_COLUMNS}.`,
        where,
      );
    }
    warnings.push(
      `Line ${where}: the column names have no frequency column, but each row has one value more than there are names; ` +
        `the first column was read as the frequency in Hz and the names shifted by one column${checked ? ' (|Z| agrees with Z′ and Z″ read that way)' : ''}.`,
    );
    return { cols, shift: 1 };
  }
  if (cols.freq < 0 && !hasZ) {
    throw new ImpedanceFileError(
      `none of the column names (${names.map((s) => `'${s}'`).join(', ')}) is recognised; expected ${EXPECTED_COLUMNS}.`,
      where,
    );
  }
  if (cols.freq < 0) {
    throw new ImpedanceFileError(`no frequency column among the column names; expected one named frequency, freq or f (in Hz).`, where);
  }
  if (!hasZ) {
    throw new ImpedanceFileError(
      `found the frequency column '${names[cols.freq]}' but no Z′ and Z″ columns (Z', Zre, Re(Z), Real; Z'', Zim, Im(Z), -Z'', -Im(Z)) nor |Z| and phase columns.`,
      where,
    );
  }
  return { cols, shift: 0 };
}

function badNumber(line: number, k: number, text: string, cols: ColumnMap | undefined, name: string | undefined, col: number) {
  const what = text === '' ? 'an empty field' : `'${clip(text)}'`;
  if (isNonFiniteText(text)) {
    return new ImpedanceFileError(`found ${what} for ${label(k, cols)} (column ${col + 1}); every value must be a finite number.`, line);
  }
  return new ImpedanceFileError(
    cols
      ? `expected a number for ${label(k, cols)} in column ${col + 1}${name ? ` ('${name}')` : ''} but found ${what}.`
      : `expected three numbers (frequency, Z′, Z″) but found ${what}.`,
    line,
  );
}

const label = (k: number, cols: ColumnMap | undefined): string =>
  cols && cols.real < 0 ? ['frequency', '|Z|', 'the phase'][k] : ROLE_LABEL[k];

const clip = (s: string): string => (s.trim().length > 60 ? `${s.trim().slice(0, 57)}…` : s.trim());

function checkFinite(x: number, i: number): number {
  if (!Number.isFinite(x)) throw new ImpedanceFileError('the impedance is too large to compute with (it overflows).', i + 1);
  return x === 0 ? 0 : x;
}

/** Without column names the sign is inferred: mostly positive Z'' where Z' > 0 means the file stores −Z''. */
function flipIfStoredNegative(re: number[], im: number[], warnings: string[]): void {
  let positiveRe = 0;
  let positiveBoth = 0;
  for (let i = 0; i < re.length; i++) {
    if (re[i] > 0) {
      positiveRe++;
      if (im[i] > 0) positiveBoth++;
    }
  }
  if (positiveBoth * 2 <= positiveRe) return;
  for (let i = 0; i < im.length; i++) im[i] = im[i] === 0 ? 0 : -im[i];
  warnings.push(
    'The file has no column names and most values in the third column are positive while Z′ is positive, so that column ' +
      'was read as −Z″ (as BioLogic and Autolab store it) and its sign flipped to give Z = Z′ + jZ″ with Z″ < 0 for ' +
      'capacitive behaviour. If the arcs now point the wrong way, add a header naming the columns (e.g. "f, Z\', Z\'\'").',
  );
}

/** Repeated frequencies are kept (repeat sweeps, multi-cycle files) but reported. */
function duplicates(f: number[], rowLines: number[], warnings: string[]): void {
  // A sorted copy finds out quickly whether any frequency repeats; only then are the lines looked up.
  const sorted = Float64Array.from(f).sort();
  let any = false;
  for (let i = 1; i < sorted.length && !any; i++) any = sorted[i] === sorted[i - 1];
  if (!any) return;
  const seen = new Map<number, number>();
  let repeated = 0;
  let example = '';
  for (let i = 0; i < f.length; i++) {
    const earlier = seen.get(f[i]);
    if (earlier === undefined) seen.set(f[i], i);
    else {
      repeated++;
      if (!example) example = `${f[i]} Hz on lines ${rowLines[earlier]} and ${rowLines[i]}`;
    }
  }
  if (repeated === 0) return;
  warnings.push(
    `${repeated} point${repeated === 1 ? ' repeats a frequency' : 's repeat frequencies'} already in the file (e.g. ${example}); ` +
      'all are kept in file order. If the file holds several sweeps, check that they belong together.',
  );
}
