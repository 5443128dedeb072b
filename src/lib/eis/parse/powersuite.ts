/**
 * PowerSuite (Princeton Applied Research) text export: "Frequency<tab> Zre<tab> Zimg", then tab-separated
 * rows; Z'' is stored as is. The example files end their lines with CR CR LF, so blank lines alternate.
 */
import { readPlainTable } from './csv';
import type { FormatReader } from './types';

export const powersuiteReader: FormatReader = {
  format: 'powersuite',
  label: 'PowerSuite text export',
  extensions: ['.txt'],
  detect: (head) => /^\s*Frequency\s*\t\s*Zre\s*\t\s*Zimg\s*$/m.test(head.split(/\r|\n/, 1)[0]),
  read: (lines) => readPlainTable(lines),
};
