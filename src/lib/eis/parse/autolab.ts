/**
 * Metrohm Autolab (Nova) text export: a table with names such as "Frequency (Hz)", "Z' (Ω)", "-Z'' (Ω)",
 * "Z (Ω)", "-Phase (°)", separated by tabs, semicolons (often with decimal commas) or commas. Nova
 * stores −Z'', which the names say, so the sign is flipped. (impedance.py's "Autolab" example is a ZView
 * Z60W file and is read by the ZPlot/ZView reader.)
 */
import { readPlainTable } from './csv';
import type { FormatReader } from './types';

export const autolabReader: FormatReader = {
  format: 'autolab',
  label: 'Metrohm Autolab (Nova) text export',
  extensions: ['.txt', '.csv'],
  detect: (head) => /Frequency \(Hz\)/.test(head) && /-Z'' \(|Z' \(Ω\)|-Phase \(°\)/.test(head),
  read: (lines) => readPlainTable(lines),
};
