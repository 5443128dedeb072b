/**
 * Presets of the rate-and-temperature (conductivity–power chain) calculator. Keys are those of
 * POWER_CHAIN_SPEC in src/islands/power-chain/spec.ts: ea + eau (electrolyte Eₐ, eV | kJ_mol), s + su (σ at the
 * reference temperature), Tr + Tru (reference temperature, C | K), form (sigmaT | sigma), T + Tu (operating
 * temperature), t (separator, µm), ri (interface ASR at T_ref, Ω cm²), ei (its Eₐ, eV), lc (composite cathode
 * thickness, µm, 0 = left out), ev (electrolyte in the cathode, vol%), tau (tortuosity), c (C-rate, h⁻¹),
 * q (areal capacity, mAh/cm²), V (average open-circuit voltage), dv (its fall from full to empty), vc (cut-off),
 * mb (cell mass: none | mass | whkg), m (mg/cm²), e (Wh/kg), x (plot against: T | c).
 * The electrolyte values are rows of the data tables (tests/unit/power-chain.test.ts checks them against the
 * files); the cell values are illustrative, as each label says. Every preset sets every field.
 */
import type { Preset } from './types';

const NCM_CELL = { c: '1', q: '3', V: '3.7', dv: '0.6', vc: '3', mb: 'whkg', m: '40', e: '300' };
const ROOM = { Tr: '25', Tru: 'C', form: 'sigmaT', Tu: 'C', eau: 'eV', su: 'S_cm', x: 'T' };
const NO_CATHODE = { lc: '0', ev: '30', tau: '2' };

export const POWER_CHAIN_PRESETS: Record<string, Preset> = {
  'lagp-30um-ncm-minus20': {
    label: 'Hot-pressed LAGP, 30 µm, at −20 °C and 1C: σ(25 °C) = 3.0 × 10⁻⁴ S/cm, Eₐ = 0.41 eV (review 004, Table 1); NCM-type cell, 3 mAh/cm², 20 Ω cm² interface (cell illustrative)',
    sources: ['004-38', 'review-004'],
    values: { ...ROOM, ...NO_CATHODE, ...NCM_CELL, ea: '0.41', s: '3e-4', T: '-20', t: '30', ri: '20', ei: '0' },
  },
  'lagp-30um-lfp-minus20': {
    label: 'The same LAGP with an LFP-type flat plateau (3.4 V, cut-off 2.5 V): all or nothing (cell illustrative)',
    sources: ['004-38', 'review-004'],
    values: { ...ROOM, ...NO_CATHODE, ...NCM_CELL, ea: '0.41', s: '3e-4', T: '-20', t: '30', ri: '20', ei: '0', V: '3.4', dv: '0', vc: '2.5', e: '250' },
  },
  'li6ps5cl-30um-composite': {
    label: 'Li₆PS₅Cl, 30 µm, with a 60 µm composite cathode (30 vol% electrolyte, τ = 2): σ = 1.3 × 10⁻³ S/cm, Eₐ = 0.33 eV (review 003, Table 2; taken as 25 °C); cell illustrative',
    sources: ['003-42', 'review-003'],
    values: { ...ROOM, ...NCM_CELL, ea: '0.33', s: '1.3e-3', T: '-20', t: '30', ri: '20', ei: '0', lc: '60', ev: '30', tau: '2' },
  },
  'lgps-30um-ncm': {
    label: 'Li₁₀GeP₂S₁₂ (LGPS), 30 µm: σ(27 °C) = 1.2 × 10⁻² S/cm, Eₐ = 0.21 eV (review 003, Table 2); NCM-type cell (illustrative)',
    sources: ['003-38', 'review-003'],
    values: { ...ROOM, ...NO_CATHODE, ...NCM_CELL, ea: '0.21', s: '1.2e-2', Tr: '27', T: '-20', t: '30', ri: '20', ei: '0' },
  },
};
