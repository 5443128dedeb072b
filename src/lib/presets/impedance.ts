/**
 * Circuits of the impedance workbench for the cells the handbook discusses (impedance.py syntax). Values are
 * the workbench's URL keys: c (circuit), sb (series resistance used as the bulk: yes/no), as (arc
 * assignments by hand, e.g. "R2.none-R3.el"). The notes say which element stands for what.
 */
import type { Preset } from './types';

export const IMPEDANCE_PRESETS: Record<string, Preset> = {
  'pellet-blocking': {
    label: 'Pellet with blocking electrodes: bulk, grain boundary, electrode (R0-p(R1,CPE1)-p(R2,CPE2)-CPE3)',
    sources: ['irvine1990'],
    values: { c: 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3', sb: 'no', as: '' },
  },
  'bulk-above-range': {
    label: 'Pellet whose bulk arc lies above the analyser’s range: grain boundary, electrode (R0-p(R1,CPE1)-CPE2)',
    sources: ['irvine1990'],
    values: { c: 'R0-p(R1,CPE1)-CPE2', sb: 'yes', as: '' },
  },
  'li-interlayer-latp-symmetric': {
    label: 'Li | interlayer | LATP | interlayer | Li symmetric cell (R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,CPE3))',
    sources: ['review-002'],
    values: { c: 'R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,CPE3)', sb: 'yes', as: 'R1.gb-R2.none-R3.el' },
  },
};

/** Which element is which, by preset. */
export const IMPEDANCE_PRESET_NOTES: Record<string, string> = {
  'pellet-blocking': 'R0: leads and contacts. R1‖CPE1: grain interiors (bulk, pF). R2‖CPE2: grain boundaries (nF). CPE3: the blocking electrodes (µF), the low-frequency spike.',
  'bulk-above-range': 'R0: the bulk, whose arc lies above the highest frequency (plus leads), read as the high-frequency intercept. R1‖CPE1: grain boundaries. CPE2: the blocking electrodes.',
  'li-interlayer-latp-symmetric': 'R0: LATP bulk plus leads (its arc lies above 1 MHz at room temperature). R1‖CPE1: LATP grain boundaries. R2‖CPE2: the two interlayers in series. R3‖CPE3: charge transfer at the two lithium faces. Halve R2 and R3 for one face.',
};
