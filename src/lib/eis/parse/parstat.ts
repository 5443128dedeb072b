/**
 * Parstat (Princeton Applied Research) text export: one tab-separated table whose first line names the
 * columns ("Potential (V)", …, "Frequency (Hz)", "Zre (ohms)", "Zim (ohms)"). The run's DC part comes first
 * as rows with frequency 0 and Z = 0; those are skipped and reported.
 */
import { readPlainTable } from './csv';
import type { FormatReader } from './types';

export const parstatReader: FormatReader = {
  format: 'parstat',
  label: 'Parstat text export',
  extensions: ['.txt'],
  detect: (head) => /^[^\n]*Frequency \(Hz\)\tZre \(ohms\)\tZim \(ohms\)/.test(head),
  read: (lines) =>
    readPlainTable(lines, (_, [f, re, im]) =>
      f === 0 && re === 0 && im === 0 ? 'frequency 0 and Z = 0 (the DC part of the run, not impedance points)' : undefined,
    ),
};
