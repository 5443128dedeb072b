// URL vocabulary of the rate-and-temperature calculator (the keys presets use; see
// src/lib/presets/rate-and-temperature.ts). Defaults are the 30 µm LAGP cell at −20 °C and 1C.
import { CONDUCTIVITY_UNITS, ENERGY_UNITS, TEMPERATURE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';

export const POWER_CHAIN_SPEC: UrlSpec = {
  ea: { kind: 'number', label: 'Activation energy', default: '0.41' },
  eau: { kind: 'enum', label: 'Activation energy unit', options: unitValues(ENERGY_UNITS), default: 'eV' },
  s: { kind: 'number', label: 'Conductivity at the reference temperature', default: '3e-4' },
  su: { kind: 'enum', label: 'Conductivity unit', options: unitValues(CONDUCTIVITY_UNITS), default: 'S_cm' },
  Tr: { kind: 'number', label: 'Reference temperature', default: '25' },
  Tru: { kind: 'enum', label: 'Reference temperature unit', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  form: { kind: 'enum', label: 'Arrhenius form of the activation energy', options: ['sigmaT', 'sigma'], default: 'sigmaT' },
  T: { kind: 'number', label: 'Cell temperature', default: '-20' },
  Tu: { kind: 'enum', label: 'Cell temperature unit', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
  t: { kind: 'number', label: 'Separator thickness', default: '30' },
  ri: { kind: 'number', label: 'Interface ASR at the reference temperature', default: '20' },
  ei: { kind: 'number', label: 'Activation energy of the interface ASR', default: '0' },
  lc: { kind: 'number', label: 'Composite cathode thickness', default: '0' },
  ev: { kind: 'number', label: 'Electrolyte in the cathode', default: '30' },
  tau: { kind: 'number', label: 'Tortuosity factor of the cathode', default: '2' },
  c: { kind: 'number', label: 'C-rate', default: '1' },
  q: { kind: 'number', label: 'Areal capacity', default: '3' },
  V: { kind: 'number', label: 'Average open-circuit voltage', default: '3.7' },
  dv: { kind: 'number', label: 'Fall of the open-circuit voltage from full to empty', default: '0.6' },
  vc: { kind: 'number', label: 'Cut-off voltage', default: '3' },
  mb: { kind: 'enum', label: 'Cell mass', options: ['none', 'mass', 'whkg'], default: 'whkg' },
  m: { kind: 'number', label: 'Cell mass per electrode area', default: '40' },
  e: { kind: 'number', label: 'Cell specific energy at a low rate', default: '300' },
  x: { kind: 'enum', label: 'Plot usable energy against', options: ['T', 'c'], default: 'T' },
};
