// URL vocabulary of the energy-density calculator (the keys presets use; see src/lib/presets/energy-density.ts).
// Defaults are the NCM811 repeat unit worked through in the "From material to cell" chapter.
// N/P keys: xr (lithium metal: lithium in the foil ÷ cathode capacity, 0 = anode-free) and np (a host anode:
// its capacity ÷ cathode capacity) are both the common N/P convention. For the lithiated cathodes that were the
// only kind before ck existed, an old link's xr ("excess over the cathode") is the same number, so old links
// keep their meaning. pv: on = charged state, off = discharged, max = the larger of the two.
import type { UnitChoice } from '~/lib/unit-choices';
import { unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';

/** Separator thickness, canonical µm. */
export const SEPARATOR_UNITS: UnitChoice[] = [
  { value: 'um', label: 'µm', toCanonical: (x) => x },
  { value: 'mm', label: 'mm', toCanonical: (x) => x * 1000 },
];

export const ENERGY_DENSITY_SPEC: UrlSpec = {
  cm: { kind: 'enum', label: 'Cathode given by', options: ['load', 'cap'], default: 'load' },
  ml: { kind: 'number', label: 'Active-material loading', default: '15' },
  qa: { kind: 'number', label: 'Areal capacity', default: '3' },
  q: { kind: 'number', label: 'Specific capacity of the active material', default: '200' },
  ff: { kind: 'text', label: 'Formula of the active material', default: 'LiNi0.8Co0.1Mn0.1O2', maxLength: 60 },
  fe: { kind: 'number', label: 'Electrons per formula unit', default: '1' },
  V: { kind: 'number', label: 'Average discharge voltage', default: '3.8' },
  wa: { kind: 'number', label: 'Active material in the composite', default: '70' },
  ra: { kind: 'number', label: 'Density of the active material', default: '4.8' },
  ri: { kind: 'number', label: 'Mean density of the rest', default: '3.04' },
  ph: { kind: 'number', label: 'Porosity of the composite', default: '10' },
  ck: { kind: 'enum', label: 'Cathode kind', options: ['lith', 'nonlith'], default: 'lith' },
  dv: { kind: 'number', label: 'Volume change of the active material', default: '0' },
  st: { kind: 'number', label: 'Separator thickness', default: '20' },
  stu: { kind: 'enum', label: 'Separator thickness unit', options: unitValues(SEPARATOR_UNITS), default: 'um' },
  sd: { kind: 'number', label: 'Separator density', default: '3.4' },
  an: { kind: 'enum', label: 'Anode', options: ['li', 'liin', 'gr', 'si'], default: 'li' },
  lx: { kind: 'enum', label: 'Lithium at assembly given as', options: ['ratio', 'thick'], default: 'ratio' },
  xr: { kind: 'number', label: 'N/P ratio of the lithium foil', default: '1' },
  xt: { kind: 'number', label: 'Lithium foil thickness at assembly', default: '20' },
  pv: { kind: 'enum', label: 'State the thickness is counted in', options: ['on', 'off', 'max'], default: 'on' },
  np: { kind: 'number', label: 'N/P ratio of the anode', default: '1' },
  al: { kind: 'number', label: 'Cathode collector thickness', default: '12' },
  ald: { kind: 'number', label: 'Cathode collector density', default: '2.7' },
  cu: { kind: 'number', label: 'Anode collector thickness', default: '8' },
  cud: { kind: 'number', label: 'Anode collector density', default: '8.96' },
  sh: { kind: 'enum', label: 'Collector foils', options: ['double', 'single'], default: 'double' },
  pm: { kind: 'number', label: 'Packaging share of the cell mass', default: '0' },
  pvol: { kind: 'number', label: 'Packaging share of the cell volume', default: '0' },
  fx: { kind: 'number', label: 'Stack-pressure fixture mass per cell footprint', default: '0' },
  fn: { kind: 'number', label: 'Repeat units inside the fixture', default: '10' },
  ep: { kind: 'number', label: 'Electrolyte price', default: '50' },
  eb: { kind: 'number', label: 'Budget for the electrolyte layer', default: '4' },
  ew: { kind: 'number', label: 'Mass fraction of one costly element', default: '0' },
  tgt: { kind: 'number', label: 'Target gravimetric energy density', default: '300' },
  sx: { kind: 'number', label: 'Plot separator thicknesses up to', default: '300' },
};
