// Critical grain size for thermal-expansion microcracking, against hand computation.
import { describe, expect, it } from 'vitest';
import { microcrackGrainSize } from '~/lib';

describe('microcrackGrainSize', () => {
  it('matches d_c = (K_IC/(E Δα ΔT))² by hand', () => {
    // K = 1.1 MPa m^½, E = 115 GPa, Δα = 1e-5 /K, ΔT = 800 K: σ = 115000 × 1e-5 × 800 = 920 MPa;
    // d_c = (1.1/920)² m = 1.4296e-6 m = 1.43 µm
    const r = microcrackGrainSize({ fractureToughnessMPaSqrtM: 1.1, youngsModulusGPa: 115, expansionAnisotropyPerK: 1e-5, coolingRangeK: 800 });
    expect(r.mismatchStressMPa).toBeCloseTo(920, 9);
    expect(r.criticalGrainSizeUm).toBeCloseTo(1.4296, 3);
  });
  it('falls with the square of the anisotropy and of the cooling range', () => {
    const base = { fractureToughnessMPaSqrtM: 1, youngsModulusGPa: 100, expansionAnisotropyPerK: 1e-5, coolingRangeK: 500 };
    const d = microcrackGrainSize(base).criticalGrainSizeUm;
    expect(microcrackGrainSize({ ...base, expansionAnisotropyPerK: 2e-5 }).criticalGrainSizeUm / d).toBeCloseTo(0.25, 12);
    expect(microcrackGrainSize({ ...base, coolingRangeK: 1000 }).criticalGrainSizeUm / d).toBeCloseTo(0.25, 12);
    expect(microcrackGrainSize({ ...base, fractureToughnessMPaSqrtM: 2 }).criticalGrainSizeUm / d).toBeCloseTo(4, 12);
  });
  it('rejects bad input', () => {
    expect(() => microcrackGrainSize({ fractureToughnessMPaSqrtM: 0, youngsModulusGPa: 100, expansionAnisotropyPerK: 1e-5, coolingRangeK: 500 })).toThrow();
    expect(() => microcrackGrainSize({ fractureToughnessMPaSqrtM: 1, youngsModulusGPa: 100, expansionAnisotropyPerK: -1e-5, coolingRangeK: 500 })).toThrow();
    expect(() => microcrackGrainSize({ fractureToughnessMPaSqrtM: 1, youngsModulusGPa: Number.NaN, expansionAnisotropyPerK: 1e-5, coolingRangeK: 500 })).toThrow();
  });
});
