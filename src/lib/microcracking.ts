/**
 * Microcracking of ceramics with anisotropic thermal expansion: on cooling from the sintering temperature,
 * neighbouring grains with different orientations contract by different amounts. The mismatch stress
 * σ ≈ E·Δα·ΔT does not depend on grain size, but the elastic energy stored in a grain grows as d³ while the
 * energy to open a crack along its boundary grows as d², so grains above a critical size crack spontaneously.
 * Energy balance (order of magnitude, geometric factor set to 1): d_c ≈ [K_IC / (E·Δα·ΔT)]².
 *
 * Sources: J. J. Cleveland, R. C. Bradt, J. Am. Ceram. Soc. 61 (1978) 478 (critical grain size of anisotropic
 * ceramics); S. D. Jackman, R. A. Cutler, J. Power Sources 218 (2012) 65 (microcracking in LATP).
 */
import { checkNumber, checkObject, checkResult } from './validate';

const TOUGHNESS_RANGE = { min: 0.01, max: 100, unit: 'MPa·m^½' } as const;
const MODULUS_RANGE = { min: 0.1, max: 2000, unit: 'GPa' } as const;
const ANISOTROPY_RANGE = { min: 1e-8, max: 1e-3, unit: '1/K' } as const;
const COOLING_RANGE = { min: 1, max: 3000, unit: 'K' } as const;

export interface MicrocrackInput {
  /** Fracture toughness K_IC, MPa·m^½. */
  fractureToughnessMPaSqrtM: number;
  /** Young's modulus E, GPa. */
  youngsModulusGPa: number;
  /** Largest difference between the axial thermal expansion coefficients, Δα, in 1/K. */
  expansionAnisotropyPerK: number;
  /** Cooling range over which stresses are not relaxed, ΔT, in K. */
  coolingRangeK: number;
}

/**
 * Mismatch stress σ = E·Δα·ΔT (MPa) and critical grain size d_c = (K_IC/σ)² (µm), geometric factor 1.
 * Units: K_IC in MPa·m^½, E in GPa (×1000 → MPa), Δα in 1/K, ΔT in K; d_c in m → ×10⁶ µm.
 * Valid: order of magnitude only; the model's prefactor (≈ 1–10) depends on grain shape and crack geometry.
 */
export function microcrackGrainSize(input: MicrocrackInput): { mismatchStressMPa: number; criticalGrainSizeUm: number } {
  const i = checkObject<MicrocrackInput>('input', input);
  const k = checkNumber('fractureToughnessMPaSqrtM', i.fractureToughnessMPaSqrtM, TOUGHNESS_RANGE);
  const e = checkNumber('youngsModulusGPa', i.youngsModulusGPa, MODULUS_RANGE);
  const da = checkNumber('expansionAnisotropyPerK', i.expansionAnisotropyPerK, ANISOTROPY_RANGE);
  const dt = checkNumber('coolingRangeK', i.coolingRangeK, COOLING_RANGE);
  const stressMPa = checkResult('mismatch stress', e * 1000 * da * dt);
  return { mismatchStressMPa: stressMPa, criticalGrainSizeUm: checkResult('critical grain size', (k / stressMPa) ** 2 * 1e6) };
}
