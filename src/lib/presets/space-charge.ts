/**
 * Presets of the space-charge calculator. Keys are those of SPACE_CHARGE_SPEC in
 * src/islands/SpaceChargeCalculator.tsx: er (ε_r), c + cu (concentration and its unit: cm3 | m3 | molL),
 * T + Tu (temperature, C | K), z (charge number), conv (one | two), dphi (ΔΦ, V), kt (off | on),
 * phi0 (φ₀, V), cy (concentration axis, log | lin), pm (profile model: two | one mobile species), sign (pos | neg,
 * the one mobile carrier), stat (dilute | lattice), N (site density, cm⁻³), tp (t₊), sig + sigu (σ∞: S_cm | mS_cm |
 * S_m), L + Lu (layer thickness: nm | um | mm | cm). Every preset sets every physical field, so picking one
 * gives the same numbers whatever was typed before.
 */
import type { Preset } from './types';

export const SPACE_CHARGE_PRESETS: Record<string, Preset> = {
  'lagp-cathode-mott-schottky': {
    label: 'LAGP at a cathode: εr = 10, N = 10²⁰ cm⁻³, ΔΦ = 1 V (illustrative, from the LAGP full-cells chapter; w ≈ 3.3 nm)',
    sources: [],
    values: { er: '10', c: '1e20', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '1', kt: 'off', phi0: '0.1', pm: 'two', sign: 'pos', stat: 'dilute', N: '1e22', tp: '0.5', sig: '1e-3', sigu: 'S_cm', L: '100', Lu: 'um' },
  },
  'cathode-sulfide-example': {
    label: 'Sulfide at an oxide cathode: εr = 30, c = 10¹⁹ cm⁻³, ΔΦ = 0.5 V, φ₀ = 0.1 V (illustrative)',
    sources: [],
    values: { er: '30', c: '1e19', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.5', kt: 'off', phi0: '0.1', pm: 'two', sign: 'pos', stat: 'dilute', N: '1e22', tp: '0.5', sig: '1e-3', sigu: 'S_cm', L: '100', Lu: 'um' },
  },
  'sulfide-depletion-illustrative': {
    label: 'Sulfide depletion with more defects: εr = 30, c = 10²⁰ cm⁻³, ΔΦ = 0.5 V (illustrative)',
    sources: [],
    values: { er: '30', c: '1e20', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.5', kt: 'off', phi0: '0.1', pm: 'two', sign: 'pos', stat: 'dilute', N: '1e22', tp: '0.5', sig: '1e-3', sigu: 'S_cm', L: '100', Lu: 'um' },
  },
  'doped-solid-one-species': {
    label: 'Doped solid, Li vacancies over fixed dopants: εr = 30, c = 10¹⁹ cm⁻³, φ₀ = −0.3 V depletes them, σ∞ = 1 mS/cm, 100 µm (illustrative)',
    sources: [],
    values: { er: '30', c: '1e19', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.3', kt: 'on', phi0: '-0.3', pm: 'one', sign: 'neg', stat: 'dilute', N: '1e22', tp: '0.5', sig: '1', sigu: 'mS_cm', L: '100', Lu: 'um' },
  },
  'sulfide-accumulation-lattice-gas': {
    label: 'Accumulation with site saturation: εr = 30, c = 10¹⁹ cm⁻³, φ₀ = −0.4 V, N = 10²² cm⁻³ (illustrative)',
    sources: [],
    values: { er: '30', c: '1e19', cu: 'cm3', T: '25', Tu: 'C', z: '1', conv: 'one', dphi: '0.5', kt: 'off', phi0: '-0.4', pm: 'one', sign: 'pos', stat: 'lattice', N: '1e22', tp: '0.5', sig: '1e-3', sigu: 'S_cm', L: '100', Lu: 'um' },
  },
};
