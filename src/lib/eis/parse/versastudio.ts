/**
 * VersaStudio project files (.par): XML-like sections of "key=value" lines; each measured segment is a
 * <SegmentN> block with a "Definition=" line naming the comma-separated columns ("Frequency(Hz)",
 * "Z Real", "Z Imag") and one row per point. Z'' is stored as is.
 */
import { findColumns } from './columns';
import { readTable } from './table';
import { headerFields } from './text';
import { ImpedanceFileError, type FormatReader } from './types';

export const versastudioReader: FormatReader = {
  format: 'versastudio',
  label: 'VersaStudio project (.par)',
  extensions: ['.par'],
  detect: (head) => (/^<Application>/m.test(head) && /VersaStudio/.test(head)) || /^Definition=.*Frequency\(Hz\)/m.test(head),
  read(lines) {
    // Segments with an impedance table: [index of the Definition line, index of the closing tag].
    const segments: [number, number][] = [];
    for (let i = 0; i < lines.length; i++) {
      const open = /^<(Segment\d+)>\s*$/.exec(lines[i]);
      if (!open) continue;
      let j = i + 1;
      let definition = -1;
      while (j < lines.length && !lines[j].startsWith(`</${open[1]}>`)) {
        if (definition < 0 && lines[j].startsWith('Definition=')) definition = j;
        j++;
      }
      const names = definition >= 0 ? lines[definition].slice('Definition='.length).split(',') : [];
      if (definition >= 0 && findColumns(names).freq >= 0) segments.push([definition, j]);
      i = j;
    }
    if (segments.length === 0) {
      throw new ImpedanceFileError('This VersaStudio file has no segment with a frequency column (no impedance data was recorded).');
    }
    const [definition, end] = segments[0];
    const result = readTable(lines, {
      start: definition + 1,
      end,
      names: lines[definition].slice('Definition='.length).split(',').map((s) => s.trim()),
      namesLine: definition,
    });
    if (segments.length > 1) {
      result.warnings.push(
        `The file has ${segments.length} impedance segments; only the first (lines ${definition + 2}–${end}) was read.`,
      );
    }
    const firstSegment = lines.findIndex((l) => /^<Segment\d+>/.test(l));
    return { ...result, metadata: headerFields(lines, 0, firstSegment, /=/) };
  },
};
