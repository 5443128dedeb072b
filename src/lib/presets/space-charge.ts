/**
 * Presets of the space-charge calculator. Keys are those of SPACE_CHARGE_SPEC in
 * src/islands/SpaceChargeCalculator.tsx: er (ε_r), c + cu (concentration and its unit: cm3 | m3 | molL),
 * T + Tu (temperature, C | K), z (charge number), conv (one | two), dphi (ΔΦ, V), kt (off | on),
 * phi0 (φ₀, V), cy (concentration axis, log | lin). Every preset sets every physical field, so picking one
 * gives the same numbers whatever was typed before.
 */
import type { Preset } from './types';

export const SPACE_CHARGE_PRESETS: Record<string, Preset> = {
  'lagp-cathode-mott-schottky': {
    label: 'LAGP at a cathode: εr = 10, N = 10²⁰ cm⁻³, ΔΦ = 1 V (illustrative, from the LAGP full-cells chapter; w ≈ 3.3 nm)',
    sources: [],
    values: { er: '10', c: '1e20', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '1', kt: 'off', phi0: '0.1' },
  },
  'cathode-sulfide-example': {
    label: 'Sulfide at an oxide cathode: εr = 30, c = 10¹⁹ cm⁻³, ΔΦ = 0.5 V, φ₀ = 0.1 V (illustrative)',
    sources: [],
    values: { er: '30', c: '1e19', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.5', kt: 'off', phi0: '0.1' },
  },
  'sulfide-depletion-illustrative': {
    label: 'Sulfide depletion with more defects: εr = 30, c = 10²⁰ cm⁻³, ΔΦ = 0.5 V (illustrative)',
    sources: [],
    values: { er: '30', c: '1e20', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.5', kt: 'off', phi0: '0.1' },
  },
};
