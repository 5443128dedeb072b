/** Presets of the conductivity calculator (pellet σ, two arcs, carriers and thin-layer ASR / voltage drop). */
import type { Preset } from './types';

export const CONDUCTIVITY_PRESETS: Record<string, Preset> = {
  'lagp-solgel-example': {
    label: 'LAGP pellet, sol–gel (illustrative R chosen to match ref. 42 of review 004)',
    sources: ['004-42', 'review-004'],
    values: { R: '305', Ru: 'ohm', L: '1.00', Lu: 'mm', geom: 'diameter', d: '10.0', du: 'mm' },
  },
  // R_b and R_gb reproduce the bulk (7.76 × 10⁻⁴) and total (4.18 × 10⁻⁴ S/cm) conductivities the review's
  // text gives for ref. 42 on a 1 mm × 10 mm pellet; the capacitances are typical values, not the paper's.
  // 3.43 g/cm³ is the X-ray density of a hexagonal cell a = 8.25 Å, c = 20.6 Å, Z = 6, M = 417.8 g/mol.
  'lagp-solgel-two-arcs': {
    label: 'LAGP pellet, sol–gel: bulk and total σ of ref. 42 of review 004 as two arcs (capacitances and 0.6 µm grains illustrative)',
    sources: ['004-42', 'review-004'],
    values: {
      R: '305', Ru: 'ohm', L: '1.00', Lu: 'mm', geom: 'diameter', d: '10.0', du: 'mm',
      Rb: '164', Rbu: 'ohm', Cb: '1.5e-11', ab: '1', Rg: '141', Rgu: 'ohm', Cg: '5e-9', ag: '0.85', gs: '0.6',
      nf: 'Li1.5Al0.5Ge1.5(PO4)3', ni: 'Li', nd: '3.43', nx: 'pellet',
    },
  },
  'lagp-spi-interlayer': {
    label: 'SPI interlayer on LAGP: 10 µm at 1.4 × 10⁻⁴ S/cm, 0.1 mA/cm² (review 004, Table 2)',
    sources: ['004-69', 'review-004'],
    values: { t: '10', tu: 'um', s: '1.4e-4', su: 'S_cm', j: '0.1' },
  },
  'lbl-paa-peo-30': {
    label: '(PAA/PEO)₃₀ film: 70 nm at 2.3 × 10⁻⁴ S/cm, 0.1 mA/cm² (review 002)',
    sources: ['review-002', '002-83'],
    values: { t: '70', tu: 'nm', s: '2.3e-4', su: 'S_cm', j: '0.1' },
  },
  'mci-reduced-layer-150nm': {
    label: 'Reduced LAGP layer, 150 nm (ref. 24 of review 004) with an illustrative σ of 1.2 × 10⁻⁸ S/cm',
    sources: ['004-24', 'review-004'],
    values: { t: '150', tu: 'nm', s: '1.2e-8', su: 'S_cm', j: '0.1' },
  },
  'buffer-linbo3-5nm': {
    label: 'LiNbO₃ buffer, 5 nm at 10⁻⁶ S/cm (review 003)',
    sources: ['003-102', 'review-003'],
    values: { t: '5', tu: 'nm', s: '1e-6', su: 'S_cm', j: '0.1' },
  },
  'buffer-lto-5nm': {
    label: 'Li₄Ti₅O₁₂ buffer, 5 nm at 10⁻⁹ S/cm (review 003)',
    sources: ['003-125', 'review-003'],
    values: { t: '5', tu: 'nm', s: '1e-9', su: 'S_cm', j: '0.1' },
  },
  'ice-templated-lagp-peo': {
    label: 'Ice-templated LAGP–PEO membrane, 200 µm at 1.67 × 10⁻⁴ S/cm (review 004, Table 4)',
    sources: ['004-110', 'review-004'],
    values: { t: '200', tu: 'um', s: '1.67e-4', su: 'S_cm', j: '0.1' },
  },
};
