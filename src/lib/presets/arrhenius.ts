/**
 * Presets of the Arrhenius calculator. The sourced presets are generated, not measured: each review
 * table row gives one conductivity σ(T_ref) and one activation energy, and the points were computed
 * from them with sigmaAtTemperature (src/lib/arrhenius.ts) in the σT form, written to 3 significant
 * figures. tests/unit/arrhenius-points.test.ts recomputes them and checks they fit back to the row's E_a.
 * Keys: pts (the points text), Tu (°C/K), su (S/cm, mS/cm, S/m), form (sigmaT/sigma), unc (none: the points
 * have two columns, so a preset resets a chosen uncertainty column).
 */
import type { Preset } from './types';

const HEADER = 'T (°C), σ (S/cm)';
const points = (rows: string[]) => [HEADER, ...rows].join('\n');

export const ARRHENIUS_PRESETS: Record<string, Preset> = {
  'lagp-hot-pressed-004-38': {
    label: 'Hot-pressed LAGP: points generated from σ(25 °C) = 3.0 × 10⁻⁴ S/cm and Eₐ = 0.41 eV (review 004, Table 1)',
    sources: ['004-38', 'review-004'],
    values: { pts: points(['25, 3.00e-4', '50, 9.51e-4', '75, 2.54e-3', '100, 5.92e-3']), Tu: 'C', su: 'S_cm', form: 'sigmaT', unc: 'none' },
  },
  'nasicon-two-point': {
    label: 'Two points, NASICON-like (illustrative): 3.0 × 10⁻⁴ S/cm at 25 °C and 2.4 × 10⁻³ S/cm at 85 °C',
    sources: [],
    values: { pts: points(['25, 3.0e-4', '85, 2.4e-3']), Tu: 'C', su: 'S_cm', form: 'sigmaT', unc: 'none' },
  },
  'li6ps5cl-table2': {
    label: 'Li₆PS₅Cl: points generated from σ = 1.3 × 10⁻³ S/cm (at 25 °C) and Eₐ = 0.33 eV (review 003, Table 2)',
    sources: ['003-42', 'review-003'],
    values: { pts: points(['0, 4.38e-4', '25, 1.30e-3', '50, 3.24e-3', '75, 7.04e-3', '100, 1.37e-2']), Tu: 'C', su: 'S_cm', form: 'sigmaT', unc: 'none' },
  },
  'lgps-kamaya': {
    label: 'Li₁₀GeP₂S₁₂ (LGPS): points generated from σ(27 °C) = 1.2 × 10⁻² S/cm and Eₐ = 0.21 eV (review 003, Table 2)',
    sources: ['003-38', 'review-003'],
    values: { pts: points(['0, 5.91e-3', '27, 1.20e-2', '50, 1.99e-2', '75, 3.17e-2', '100, 4.73e-2']), Tu: 'C', su: 'S_cm', form: 'sigmaT', unc: 'none' },
  },
  'li7p3s11-hotpressed': {
    label: 'Hot-pressed Li₇P₃S₁₁: points generated from σ = 1.7 × 10⁻² S/cm (room temperature, taken as 25 °C) and Eₐ = 0.18 eV (review 003, Table 2)',
    sources: ['003-21', 'review-003'],
    values: { pts: points(['0, 9.77e-3', '25, 1.70e-2', '50, 2.70e-2', '75, 3.98e-2', '100, 5.55e-2']), Tu: 'C', su: 'S_cm', form: 'sigmaT', unc: 'none' },
  },
};
