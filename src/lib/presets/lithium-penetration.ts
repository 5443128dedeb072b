/**
 * Presets of the lithium-penetration calculator, one per electrolyte of PENETRATION_MATERIALS
 * (src/lib/penetration.ts), so the numbers are typed once. Keys are those of LITHIUM_PENETRATION_SPEC in
 * src/islands/LithiumPenetrationCalculator.tsx: g (G_SE, GPa), gli (G_Li, GPa), k (K_Ic, MPa m^1/2),
 * c (flaw length, µm), eta (overpotential, mV), y (geometry factor), vp (V_Li⁺, cm³/mol). Each preset sets the
 * material's g and k and resets the cell-side fields to the worked example (G_Li 4.2 GPa, c 10 µm, η 30 mV, a surface flaw with Y 1.12).
 */
import { PENETRATION_MATERIALS, type PenetrationMaterialId } from '../penetration';
import type { Preset } from './types';

const COMMON = { gli: '4.2', c: '10', eta: '30', geom: 'edge', y: '1.12' };

const preset = (id: PenetrationMaterialId): Preset => {
  const m = PENETRATION_MATERIALS[id];
  return {
    label: `${m.name}: G = ${m.shearModulusGPa} GPa, K_Ic = ${m.fractureToughnessMPaSqrtM} MPa m^1/2`,
    sources: [...m.sources],
    values: { g: String(m.shearModulusGPa), k: String(m.fractureToughnessMPaSqrtM), ...COMMON },
  };
};

export const LITHIUM_PENETRATION_PRESETS: Record<string, Preset> = {
  llzo: preset('llzo'),
  glass: preset('glass'),
  argyrodite: preset('argyrodite'),
  latp: preset('latp'),
  lagp: preset('lagp'),
};
