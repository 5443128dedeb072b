/**
 * Entry point of the impedance-file readers: detects the format from the content, reads the spectrum
 * and returns it with Z'' in the convention Z = Z' + jZ'' (capacitive Z'' < 0).
 *
 * Formats follow the exports of the instruments' own software, as found in the example files of
 * impedance.py (https://github.com/ECSHackWeek/impedance.py, MIT licence).
 */
import { autolabReader } from './autolab';
import { biologicReader } from './biologic';
import { chiReader } from './chi';
import { csvReader } from './csv';
import { gamryReader } from './gamry';
import { parstatReader } from './parstat';
import { powersuiteReader } from './powersuite';
import { temperatureFrom, toLines } from './text';
import { ImpedanceFileError, type FormatReader, type ImpedanceFormat, type ImpedanceFormatInfo, type ParsedSpectrum } from './types';
import { versastudioReader } from './versastudio';
import { zplotReader } from './zplot';

export { ImpedanceFileError } from './types';
export type { ImpedanceFormat, ImpedanceFormatInfo, ParsedSpectrum } from './types';
export { MAX_POINTS } from './table';

// Most specific marks first; the plain table reader takes whatever is left.
const READERS: FormatReader[] = [
  gamryReader,
  biologicReader,
  zplotReader,
  versastudioReader,
  chiReader,
  parstatReader,
  powersuiteReader,
  autolabReader,
  csvReader,
];

/** Formats the readers know, for the file chooser's help text. */
export const IMPEDANCE_FORMATS: readonly ImpedanceFormatInfo[] = READERS.map(({ format, label, extensions }) => ({
  format,
  label,
  extensions,
}));

/** Value for `<input type="file" accept=…>`: every known extension, e.g. ".dta,.mpt,.z,…". */
export const IMPEDANCE_FILE_ACCEPT = [...new Set(READERS.flatMap((r) => r.extensions))].join(',');

const extensionOf = (fileName: string | undefined): string => /\.[^./\\]+$/.exec(fileName ?? '')?.[0].toLowerCase() ?? '';

/** Reader chosen from the content (its first 16 kB); the plain table reader when no format's marks are found. */
function readerFor(text: string): FormatReader {
  const head = text.slice(0, 16384).replace(/^\uFEFF/, '');
  return READERS.find((r) => r.detect(head)) ?? csvReader;
}

/** Format of a file's content; the file name's extension only decides when the content is a plain table. */
export function detectImpedanceFormat(text: string, fileName?: string): ImpedanceFormat {
  const reader = readerFor(text);
  return reader === csvReader ? (hintedReader(fileName)?.format ?? 'csv') : reader.format;
}

/** The one reader an extension belongs to (.mpt, .dta, .z, .par), if it is not shared with others. */
function hintedReader(fileName: string | undefined): FormatReader | undefined {
  const ext = extensionOf(fileName);
  const owners = READERS.filter((r) => r.extensions.includes(ext));
  return owners.length === 1 && owners[0] !== csvReader ? owners[0] : undefined;
}

/**
 * Read an impedance spectrum from the text of an instrument export or a plain table.
 * Points keep the file's order; everything skipped, flipped or doubtful is listed in `warnings`.
 * Throws ImpedanceFileError (a PhysicsInputError, field 'file') with the 1-based line of the problem.
 */
export function parseImpedanceFile(text: string, fileName?: string): ParsedSpectrum {
  const lines = toLines(text);
  let reader = readerFor(text);
  let result;
  if (reader === csvReader && hintedReader(fileName)) {
    // Content without a format's marks: try the format the extension names, else read it as a plain table.
    try {
      reader = hintedReader(fileName) as FormatReader;
      result = reader.read(lines);
    } catch (error) {
      if (!(error instanceof ImpedanceFileError)) throw error;
      reader = csvReader;
    }
  }
  result ??= reader.read(lines);
  const { frequenciesHz, zRealOhm, zImagOhm, warnings, metadata, formatLabel } = result;
  const parsed: ParsedSpectrum = {
    frequenciesHz,
    zRealOhm,
    zImagOhm,
    format: reader.format,
    formatLabel: formatLabel ?? reader.label,
    warnings,
  };
  if (metadata && Object.keys(metadata).length) {
    parsed.metadata = metadata;
    const temperatureK = temperatureFrom(metadata);
    if (temperatureK !== undefined) parsed.temperatureK = temperatureK;
  }
  return parsed;
}
