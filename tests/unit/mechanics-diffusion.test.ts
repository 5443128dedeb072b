// The Griffith plating estimate and the sphere-diffusion time used by the chapters, against hand values.
import { describe, expect, it } from 'vitest';
import {
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  MONROE_NEWMAN_THRESHOLD_GPA,
  PhysicsInputError,
  criticalPlatingOverpotential,
  sphereUptakeFraction,
  sphereUptakeTime,
} from '~/lib';

describe('criticalPlatingOverpotential', () => {
  it('uses one set of constants: V_m = 6.94/0.534 ≈ 13.0 cm³/mol, Y = 1.12, threshold 2 × 4.2 GPa', () => {
    expect(LITHIUM_MOLAR_VOLUME_CM3_PER_MOL).toBeCloseTo(13.0, 1);
    expect(MONROE_NEWMAN_THRESHOLD_GPA).toBeCloseTo(8.4, 10);
  });
  it('gives about 16 mV for a 1 µm flaw in Li₂S–P₂S₅ glass (K_Ic = 0.23 MPa m^1/2)', () => {
    const r = criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 1 });
    // σ_c = 0.23e6 / (1.12 √(π·1e-6)) = 1.159e8 Pa; η = σ_c V_m / F
    expect(r.criticalStressPa).toBeCloseTo(1.1586e8, -5);
    expect(r.criticalOverpotentialV * 1000).toBeCloseTo(15.6, 1);
  });
  it('falls as the inverse square root of the flaw size', () => {
    const a = criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 1 }).criticalOverpotentialV;
    const b = criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 100 }).criticalOverpotentialV;
    expect(a / b).toBeCloseTo(10, 10);
  });
  it('rejects a flaw of zero size', () => {
    expect(() => criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 0 })).toThrow(PhysicsInputError);
  });
});

describe('sphere diffusion', () => {
  it('series and short-time forms agree where they meet', () => {
    const below = sphereUptakeFraction(0.000999999);
    const above = sphereUptakeFraction(0.001000001);
    expect(Math.abs(below - above)).toBeLessThan(1e-6);
    // τ = 0.1: 1 − (6/π²)(e^−π²·0.1 + e^−4π²·0.1/4 + …) = 0.7705
    expect(sphereUptakeFraction(0.1)).toBeCloseTo(0.7705, 3);
    expect(6 * Math.sqrt(0.1 / Math.PI) - 0.3).toBeCloseTo(sphereUptakeFraction(0.1), 4);
  });
  it('needs D t / r² ≈ 0.18 for 90 % uptake, about a fifth of r²/D', () => {
    const r = sphereUptakeTime({ radiusUm: 5, diffusivityCm2PerS: 1e-11, fraction: 0.9 });
    expect(r.dimensionlessTime).toBeCloseTo(0.183, 3);
    expect(r.timeS).toBeCloseTo((0.183 * (5e-4) ** 2) / 1e-11, -2);
  });
  it('rejects a fraction of one (never reached)', () => {
    expect(() => sphereUptakeTime({ radiusUm: 5, diffusivityCm2PerS: 1e-11, fraction: 1 })).toThrow(PhysicsInputError);
  });
});
