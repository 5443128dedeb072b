// URL vocabulary of the rate-and-temperature calculator (the keys presets use; see
// src/lib/presets/rate-and-temperature.ts). Defaults are the 30 µm LAGP cell at −20 °C and 1C.
import { CONDUCTIVITY_UNITS, ENERGY_UNITS, TEMPERATURE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';

export const POWER_CHAIN_SPEC: UrlSpec = {
  ea: { kind: 'number', default: '0.41' },
  eau: { kind: 'enum', options: unitValues(ENERGY_UNITS), default: 'eV' },
  s: { kind: 'number', default: '3e-4' },
  su: { kind: 'enum', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  Tr: { kind: 'number', default: '25' },
  Tru: { kind: 'enum', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  form: { kind: 'enum', options: ['sigmaT', 'sigma'], default: 'sigmaT' },
  T: { kind: 'number', default: '-20' },
  Tu: { kind: 'enum', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  t: { kind: 'number', default: '30' },
  ri: { kind: 'number', default: '20' },
  ei: { kind: 'number', default: '0' },
  lc: { kind: 'number', default: '0' },
  ev: { kind: 'number', default: '30' },
  tau: { kind: 'number', default: '2' },
  c: { kind: 'number', default: '1' },
  q: { kind: 'number', default: '3' },
  V: { kind: 'number', default: '3.7' },
  dv: { kind: 'number', default: '0.6' },
  vc: { kind: 'number', default: '3' },
  mb: { kind: 'enum', options: ['none', 'mass', 'whkg'], default: 'whkg' },
  m: { kind: 'number', default: '40' },
  e: { kind: 'number', default: '300' },
  x: { kind: 'enum', options: ['T', 'c'], default: 'T' },
};
