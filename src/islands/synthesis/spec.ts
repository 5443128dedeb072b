// URL vocabulary of the synthesis batch calculator (the keys presets use; see src/lib/presets/synthesis.ts).
// Defaults: 10 g of LATP (x = 0.3) by the solid-state route, no lithium excess.
import type { UnitChoice } from '~/lib/unit-choices';
import { unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';

/** Most precursor rows the form shows. */
export const MAX_ROWS = 8;
/** Longest formula a row accepts. */
export const ROW_MAX_LENGTH = 60;

/** Batch masses, canonical g. */
export const MASS_UNITS: UnitChoice[] = [
  { value: 'mg', label: 'mg', toCanonical: (x) => x / 1000 },
  { value: 'g', label: 'g', toCanonical: (x) => x },
  { value: 'kg', label: 'kg', toCanonical: (x) => x * 1000 },
];

/** How the lithium excess is given (the number stays as typed; the library interprets it). */
export const EXCESS_UNITS: UnitChoice[] = [
  { value: 'src', label: '% extra Li source', toCanonical: (x) => x },
  { value: 'li', label: 'mol % extra Li', toCanonical: (x) => x },
  { value: 'fu', label: 'Li per formula unit', toCanonical: (x) => x },
];

export const EXCESS_MODE = { src: 'source-pct', li: 'li-pct', fu: 'li-per-fu' } as const;

export const SYNTHESIS_SPEC: UrlSpec = {
  f: { kind: 'text', label: 'Target composition', default: 'Li1.3Al0.3Ti1.7(PO4)3', maxLength: 120 },
  m: { kind: 'number', label: 'Batch mass of product', default: '10' },
  mu: { kind: 'enum', label: 'Batch mass unit', options: unitValues(MASS_UNITS), default: 'g' },
  p: { kind: 'text', label: 'Precursors', default: 'Li2CO3,Al2O3,TiO2,NH4H2PO4', maxLength: MAX_ROWS * (ROW_MAX_LENGTH + 1) },
  x: { kind: 'number', label: 'Lithium excess', default: '0' },
  xu: { kind: 'enum', label: 'Lithium excess given as', options: unitValues(EXCESS_UNITS), default: 'src' },
  xon: { kind: 'enum', label: 'Add the excess to', options: ['all', ...Array.from({ length: MAX_ROWS }, (_, i) => String(i + 1))], default: 'all' },
};
