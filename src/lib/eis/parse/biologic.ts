/**
 * BioLogic EC-Lab text export (.mpt): "EC-Lab ASCII FILE", "Nb header lines : N", then tab-separated
 * rows under the names on line N ("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm" — EC-Lab stores −Z'').
 * Rows with frequency 0 or no frequency are not impedance points: they are skipped and reported.
 */
import { KEY_VALUE, readPlainTable } from './csv';
import { readTable, type TableSpec } from './table';
import { headerFields, splitFields } from './text';
import { ImpedanceFileError, type FormatReader } from './types';

const skipNoFrequency: TableSpec['skip'] = ([fText], [f]) =>
  fText === '' || f === 0 ? 'frequency 0 or missing, so they are not impedance points' : undefined;

export const biologicReader: FormatReader = {
  format: 'biologic',
  label: 'BioLogic EC-Lab text (.mpt)',
  extensions: ['.mpt'],
  detect: (head) =>
    /^EC-Lab ASCII FILE/.test(head) || /^Nb header lines\s*:/m.test(head) || /^freq\/Hz\t.*Re\(Z\)\/Ohm/m.test(head),
  read(lines) {
    const at = lines.slice(0, 10).findIndex((l) => /^Nb header lines\s*:/.test(l));
    if (at < 0) return readPlainTable(lines, skipNoFrequency);
    const count = Number(lines[at].split(':')[1]);
    if (!Number.isInteger(count) || count < 2 || count > lines.length) {
      throw new ImpedanceFileError(
        `the header says there are '${lines[at].split(':')[1].trim()}' header lines, but the file has ${lines.length} lines; expected a whole number of lines that fits the file.`,
        at + 1,
      );
    }
    const result = readTable(lines, {
      start: count,
      names: splitFields(lines[count - 1], '\t'),
      namesLine: count - 1,
      skip: skipNoFrequency,
    });
    return { ...result, metadata: headerFields(lines, 0, count - 1, KEY_VALUE) };
  },
};
