/**
 * Parsing of pasted or uploaded (T, σ) pairs for the Arrhenius calculator. Pure: text in, points and
 * per-line messages out; never throws, never returns NaN or Infinity.
 *
 * Accepted text:
 * - one pair per line, temperature first, conductivity second;
 * - separators: comma, semicolon, tab or spaces (a line with a semicolon or tab may use a decimal comma,
 *   as spreadsheets in many locales export it: "25;3,0e-4");
 * - an optional header row (the first data line, if it holds no number at all);
 * - comments: lines starting with #, % or //, and anything after a # on a data line;
 * - blank lines anywhere; a byte-order mark and Windows or old Mac line ends.
 * Numbers follow parseNumberText (src/lib/format.ts): "3e-4", "3.0 × 10^-4" (in comma/semicolon/tab
 * files), Unicode minus.
 * With an uncertainty column chosen (options.uncertainty 'abs' or 'rel'), each line holds three or four
 * values: T, σ, the standard uncertainty of σ (in σ's unit, or in % of σ) and, optionally, that of T (in K,
 * the same size as in °C); the fourth column is given on every line or on none.
 */
import { parseNumberText } from './format';
import { RANGES } from './validate';
import { celsiusToKelvin, mSPerCmToSPerCm, sPerMToSPerCm } from './units';

export type PointsTemperatureUnit = 'C' | 'K';
export type PointsConductivityUnit = 'S_cm' | 'mS_cm' | 'S_m';

/** Longest text read at all (also the URL limit of the calculator's points field). */
export const POINTS_MAX_CHARS = 4000;
/** Most lines read (blank and comment lines included). */
export const POINTS_MAX_LINES = 200;
/** Longest single line. */
export const POINTS_MAX_LINE_LENGTH = 200;

/** What a third column holds: nothing (two columns only), σ's absolute uncertainty, or its relative uncertainty in %. */
export type PointsUncertainty = 'none' | 'abs' | 'rel';

export interface PointsParseOptions {
  temperatureUnit?: PointsTemperatureUnit;
  conductivityUnit?: PointsConductivityUnit;
  uncertainty?: PointsUncertainty;
}

export interface ParsedPoint {
  /** 1-based line number in the text. */
  line: number;
  /** As typed, in the chosen units. */
  temperature: number;
  sigma: number;
  /** Canonical. */
  temperatureK: number;
  sigmaSPerCm: number;
  /** Relative standard uncertainty of σ (δσ/σ), when an uncertainty column is read. */
  sigmaRelErr?: number;
  /** Standard uncertainty of T in K, when a fourth column is read. */
  temperatureErrK?: number;
}

export interface LineMessage {
  /** 1-based line number; 0 for a problem with the text as a whole. */
  line: number;
  message: string;
}

export interface PointsParseResult {
  points: ParsedPoint[];
  errors: LineMessage[];
  /** Line number of the header row that was skipped, or null. */
  headerLine: number | null;
}

const T_UNIT_TEXT: Record<PointsTemperatureUnit, string> = { C: '°C', K: 'K' };
const S_UNIT_TEXT: Record<PointsConductivityUnit, string> = { S_cm: 'S/cm', mS_cm: 'mS/cm', S_m: 'S/m' };
const TO_KELVIN: Record<PointsTemperatureUnit, (x: number) => number> = { C: celsiusToKelvin, K: (x) => x };
const TO_S_PER_CM: Record<PointsConductivityUnit, (x: number) => number> = { S_cm: (x) => x, mS_cm: mSPerCmToSPerCm, S_m: sPerMToSPerCm };

/** A short excerpt of what a person typed, for a message; control and invisible characters show as �. */
const excerpt = (text: string): string => {
  const clean = text.trim().replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\uFEFF]/g, '\uFFFD');
  return clean.length > 20 ? `${clean.slice(0, 20)}…` : clean;
};

/** Split one (non-empty) data line into trimmed fields. */
function splitFields(line: string): string[] {
  let fields: string[];
  if (/[;\t]/.test(line)) {
    // Semicolon or tab separated: a comma inside a field is a decimal comma ("3,0e-4").
    fields = line.split(/;|\t+/).map((f) => f.trim()).map((f) => (/^[+\-\u2212]?\d+,\d+([eE][+\-\u2212]?\d+)?$/.test(f) ? f.replace(',', '.') : f));
  } else if (line.includes(',')) fields = line.split(',').map((f) => f.trim());
  else fields = line.trim().split(/\s+/);
  // A trailing separator ("25, 3e-4,") leaves an empty last field: drop it.
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

const isComment = (line: string): boolean => /^\s*(#|%|\/\/)/.test(line);

/**
 * True when bytes are not a text file: a NUL byte, or more than 1 in 20 control characters other than tab,
 * line feed, carriage return and form feed, in the first 4096 bytes (the test file(1) and Git use, in short).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let k = 0; k < n; k++) {
    const b = bytes[k]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control * 20 > n;
}

const BINARY_MESSAGE = 'This is a binary file, not text (a workbook, an instrument\'s own format or an image?). Save the two columns as CSV or plain text and load or paste that.';

/**
 * Parse pasted or uploaded text of (T, σ) pairs. Every problem is reported with its line number; the
 * points that could be read are returned as well, so a caller can show both.
 */
export function parsePointsText(text: string, options: PointsParseOptions = {}): PointsParseResult {
  const tUnit: PointsTemperatureUnit = options.temperatureUnit === 'K' ? 'K' : 'C';
  const sUnit: PointsConductivityUnit = options.conductivityUnit === 'mS_cm' || options.conductivityUnit === 'S_m' ? options.conductivityUnit : 'S_cm';
  const uncertainty: PointsUncertainty = options.uncertainty === 'abs' || options.uncertainty === 'rel' ? options.uncertainty : 'none';
  const result: PointsParseResult = { points: [], errors: [], headerLine: null };
  if (typeof text !== 'string') {
    result.errors.push({ line: 0, message: 'Enter the data as text: one temperature and one conductivity per line.' });
    return result;
  }
  if (text.length > POINTS_MAX_CHARS) {
    result.errors.push({ line: 0, message: `The data are too long (${text.length} characters); at most ${POINTS_MAX_CHARS} characters are read.` });
    return result;
  }
  // Text with NUL or many control characters is a binary file pasted or loaded by mistake.
  if (text.includes('\u0000') || (text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0) * 20 > Math.min(text.length, 4096)) {
    result.errors.push({ line: 0, message: BINARY_MESSAGE });
    return result;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > POINTS_MAX_LINES) {
    result.errors.push({ line: 0, message: `The data have too many lines (${lines.length}); at most ${POINTS_MAX_LINES} are read.` });
    return result;
  }
  let seenData = false;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.length > POINTS_MAX_LINE_LENGTH) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo} is too long (${raw.length} characters; at most ${POINTS_MAX_LINE_LENGTH}).` });
      seenData = true;
      return;
    }
    if (isComment(raw)) return;
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const fields = splitFields(line);
    const firstDataLine = !seenData;
    seenData = true;
    const parsed = fields.map((f) => parseNumberText(f));
    // A header: the first data line, holding letters, no readable number, and not made only of digit-led fields.
    if (firstDataLine && parsed.every((p) => !p.ok) && /\p{L}/u.test(line) && !fields.every((f) => /^[+\-\u2212]?\p{Nd}/u.test(f))) {
      result.headerLine = lineNo;
      return;
    }
    if (uncertainty === 'none' && fields.length !== 2) {
      const more = fields.length === 3 || fields.length === 4 ? ' For uncertainties, choose what the third column holds below the box.' : '';
      result.errors.push({
        line: lineNo,
        message: `Line ${lineNo}: expected two values, a temperature and a conductivity, but found ${fields.length} ("${excerpt(line)}").${more}`,
      });
      return;
    }
    if (uncertainty !== 'none' && fields.length !== 3 && fields.length !== 4) {
      result.errors.push({
        line: lineNo,
        message: `Line ${lineNo}: expected three or four values (temperature, conductivity, its uncertainty and, if you wish, the temperature's uncertainty), but found ${fields.length} ("${excerpt(line)}").`,
      });
      return;
    }
    const [t, s] = parsed as [typeof parsed[0], typeof parsed[0]];
    if (!t.ok) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: the temperature "${excerpt(fields[0]!)}" is not a number.` });
      return;
    }
    if (!s.ok) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: the conductivity "${excerpt(fields[1]!)}" is not a number.` });
      return;
    }
    const temperatureK = TO_KELVIN[tUnit](t.value);
    if (!(temperatureK > 0)) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: ${t.value} ${T_UNIT_TEXT[tUnit]} is at or below absolute zero${tUnit === 'K' ? '' : ' (is the unit K rather than °C?)'}.` });
      return;
    }
    if (temperatureK < RANGES.temperatureK.min || temperatureK > RANGES.temperatureK.max) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: ${t.value} ${T_UNIT_TEXT[tUnit]} is outside 1 K to 10 000 K.` });
      return;
    }
    if (!(s.value > 0)) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: the conductivity must be above 0 (a logarithm is taken), not ${s.value}.` });
      return;
    }
    const sigmaSPerCm = TO_S_PER_CM[sUnit](s.value);
    if (sigmaSPerCm < RANGES.sigmaSPerCm.min || sigmaSPerCm > RANGES.sigmaSPerCm.max) {
      result.errors.push({ line: lineNo, message: `Line ${lineNo}: ${s.value} ${S_UNIT_TEXT[sUnit]} is outside the range this tool accepts (10⁻⁴⁰ to 10⁶ S/cm).` });
      return;
    }
    const point: ParsedPoint = { line: lineNo, temperature: t.value, sigma: s.value, temperatureK, sigmaSPerCm };
    if (uncertainty !== 'none') {
      const e = parsed[2]!;
      if (!e.ok) {
        result.errors.push({ line: lineNo, message: `Line ${lineNo}: the uncertainty of σ "${excerpt(fields[2]!)}" is not a number.` });
        return;
      }
      const rel = uncertainty === 'rel' ? e.value / 100 : e.value / s.value;
      if (!(e.value > 0)) {
        result.errors.push({ line: lineNo, message: `Line ${lineNo}: the uncertainty of σ must be above 0, not ${e.value}.` });
        return;
      }
      if (!(rel < 1)) {
        result.errors.push({
          line: lineNo,
          message: `Line ${lineNo}: an uncertainty of ${uncertainty === 'rel' ? `${e.value} %` : `${e.value} ${S_UNIT_TEXT[sUnit]}`} is as large as σ itself; the fit works on ln σ and needs uncertainties below 100 % of σ.`,
        });
        return;
      }
      point.sigmaRelErr = rel;
      if (fields.length === 4) {
        const dt = parsed[3]!;
        if (!dt.ok) {
          result.errors.push({ line: lineNo, message: `Line ${lineNo}: the uncertainty of T "${excerpt(fields[3]!)}" is not a number.` });
          return;
        }
        if (!(dt.value >= 0 && dt.value <= 100)) {
          result.errors.push({ line: lineNo, message: `Line ${lineNo}: the uncertainty of T must be from 0 to 100 K, not ${dt.value}.` });
          return;
        }
        point.temperatureErrK = dt.value;
      }
    }
    result.points.push(point);
  });
  const withT = result.points.filter((p) => p.temperatureErrK !== undefined).length;
  if (withT > 0 && withT < result.points.length) {
    result.errors.push({ line: 0, message: `Give the temperature's uncertainty (a fourth value) on every line or on none: ${withT} of ${result.points.length} lines have one.` });
  }
  return result;
}

/** Text of points, one "T, σ" pair a line, for the calculator's field (numbers as given). */
export function pointsToText(points: { temperature: number; sigma: number }[], header = ''): string {
  const body = points.map((p) => `${p.temperature}, ${p.sigma}`).join('\n');
  return header ? `${header}\n${body}` : body;
}
