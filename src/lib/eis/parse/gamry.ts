/**
 * Gamry Framework .DTA files: "KEY<tab>TYPE<tab>value…" header lines, then the ZCURVE table (names line,
 * units line, tab-indented rows). An aborted run ends the table early with an EXPERIMENTABORTED line.
 */
import { readTable } from './table';
import { splitFields } from './text';
import { ImpedanceFileError, type FormatReader } from './types';

export const gamryReader: FormatReader = {
  format: 'gamry',
  label: 'Gamry Framework data (.DTA)',
  extensions: ['.dta'],
  detect: (head) => /^EXPLAIN\s*$/m.test(head.slice(0, 200)) || /^ZCURVE\t/m.test(head),
  read(lines) {
    const z = lines.findIndex((l) => /^ZCURVE\t/.test(l));
    if (z < 0) throw new ImpedanceFileError('This Gamry file has no ZCURVE table (the impedance data); export an EIS run.');
    // Rows of a table are indented with a tab; the first unindented line ends it.
    let end = z + 3;
    while (end < lines.length && (lines[end].trim() === '' || /^\s/.test(lines[end]))) end++;
    const aborted = end < lines.length && /^EXPERIMENTABORTED\b/.test(lines[end]);
    const declared = Number(splitFields(lines[z], '\t')[2]);
    const result = readTable(lines, {
      start: z + 3,
      end,
      names: splitFields(lines[z + 1] ?? '', '\t'),
      namesLine: z + 1,
      expectedPoints: Number.isInteger(declared) && declared > 0 ? declared : undefined,
    });
    if (aborted) {
      result.warnings.push(
        `The run was aborted (line ${end + 1}: EXPERIMENTABORTED): the spectrum holds only the ${result.frequenciesHz.length} points measured before it stopped.`,
      );
    }
    const metadata: Record<string, string> = {};
    for (const line of lines.slice(0, z)) {
      const [key, type, value] = line.split('\t');
      if (/^[A-Z][A-Z0-9_]*$/.test(key) && type && type !== 'TABLE' && value?.trim()) metadata[key] = value.trim();
    }
    return { ...result, metadata };
  },
};
