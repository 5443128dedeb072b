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
  cm: { kind: 'enum', options: ['load', 'cap'], default: 'load' },
  ml: { kind: 'number', default: '15' },
  qa: { kind: 'number', default: '3' },
  q: { kind: 'number', default: '200' },
  ff: { kind: 'text', default: 'LiNi0.8Co0.1Mn0.1O2', maxLength: 60 },
  fe: { kind: 'number', default: '1' },
  V: { kind: 'number', default: '3.8' },
  wa: { kind: 'number', default: '70' },
  ra: { kind: 'number', default: '4.8' },
  ri: { kind: 'number', default: '3.04' },
  ph: { kind: 'number', default: '10' },
  ck: { kind: 'enum', options: ['lith', 'nonlith'], default: 'lith' },
  dv: { kind: 'number', default: '0' },
  st: { kind: 'number', default: '20' },
  stu: { kind: 'enum', options: unitValues(SEPARATOR_UNITS), default: 'um' },
  sd: { kind: 'number', default: '3.4' },
  an: { kind: 'enum', options: ['li', 'liin', 'gr', 'si'], default: 'li' },
  lx: { kind: 'enum', options: ['ratio', 'thick'], default: 'ratio' },
  xr: { kind: 'number', default: '1' },
  xt: { kind: 'number', default: '20' },
  pv: { kind: 'enum', options: ['on', 'off', 'max'], default: 'on' },
  np: { kind: 'number', default: '1' },
  al: { kind: 'number', default: '12' },
  ald: { kind: 'number', default: '2.7' },
  cu: { kind: 'number', default: '8' },
  cud: { kind: 'number', default: '8.96' },
  sh: { kind: 'enum', options: ['double', 'single'], default: 'double' },
  pm: { kind: 'number', default: '0' },
  pvol: { kind: 'number', default: '0' },
  fx: { kind: 'number', default: '0' },
  fn: { kind: 'number', default: '10' },
  ep: { kind: 'number', default: '50' },
  eb: { kind: 'number', default: '4' },
  ew: { kind: 'number', default: '0' },
  tgt: { kind: 'number', default: '300' },
  sx: { kind: 'number', default: '300' },
};
