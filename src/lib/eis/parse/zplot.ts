/**
 * ZPlot / ZView text files (.z). Two layouts: "ZPLOT2 ASCII" with a long "Key: value" header closed by
 * "End Comments" (the column names are the line above it), and the short "… Data File: Version …"
 * layout (ZPlotW, Z60W) with a quoted names line, preceded by the number of points.
 */
import { KEY_VALUE } from './csv';
import { readTable } from './table';
import { headerFields } from './text';
import { ImpedanceFileError, type FormatReader } from './types';

const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1').trim();
// Names are separated by tabs or runs of spaces ("Freq (Hz)" is one name), whatever separates the data.
const splitNames = (line: string): string[] => unquote(line).split(/\t|\s{2,}/).filter(Boolean);

export const zplotReader: FormatReader = {
  format: 'zplot',
  label: 'ZPlot / ZView text (.z)',
  extensions: ['.z'],
  detect: (head) => /^(?:ZPLOT2 ASCII|"?[\w ]*Data File: Version)/.test(head) || /^End Comments\s*$/m.test(head),
  read(lines) {
    const endComments = lines.findIndex((l) => /^End Comments\s*$/.test(l));
    if (endComments >= 0) {
      const metadata = headerFields(lines, 0, endComments, KEY_VALUE);
      const result = readTable(lines, {
        start: endComments + 1,
        names: splitNames(lines[endComments - 1] ?? ''),
        namesLine: endComments - 1,
        expectedPoints: Number(metadata['Data Points']) || undefined,
      });
      return { ...result, metadata };
    }
    const namesLine = lines.findIndex((l, i) => i < 100 && /freq/i.test(l) && /Z'/.test(l));
    if (namesLine < 0) {
      throw new ImpedanceFileError('This ZPlot/ZView file has neither an "End Comments" line nor a column-names line with "Freq".');
    }
    const names = splitNames(lines[namesLine]);
    const count = Number(unquote(lines[namesLine - 1] ?? ''));
    const header = lines.slice(0, namesLine).map(unquote);
    const metadata: Record<string, string> = { ...headerFields(header, 1, namesLine, /:\s+/), file: header[0] };
    const result = readTable(lines, {
      start: namesLine + 1,
      names,
      namesLine,
      expectedPoints: Number.isInteger(count) && count > 0 ? count : undefined,
    });
    // Z60W is the ZView import layout other programs write (impedance.py's Autolab example is one).
    const writer = /^Z60W\b/.test(metadata.file) ? 'ZView text (Z60W data file)' : undefined;
    return { ...result, metadata, ...(writer ? { formatLabel: writer } : {}) };
  },
};
