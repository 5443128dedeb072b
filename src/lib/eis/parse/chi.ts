/**
 * CH Instruments text export: a "Key = value" preamble ("A.C. Impedance", "Instrument Model:  CHI660E"),
 * then "Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg", a blank line and comma-separated rows. Z'' is stored as is.
 */
import { readPlainTable } from './csv';
import type { FormatReader } from './types';

export const chiReader: FormatReader = {
  format: 'chi',
  label: 'CH Instruments text export',
  extensions: ['.txt', '.csv'],
  detect: (head) => /^A\.C\. Impedance\s*$/m.test(head) || /^Instrument Model:\s*CHI/m.test(head) || /^Freq\/Hz, Z'\/ohm/m.test(head),
  read: (lines) => readPlainTable(lines),
};
