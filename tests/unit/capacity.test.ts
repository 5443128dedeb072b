import { describe, expect, it } from 'vitest';
import { capacityFromMolarMass, theoreticalCapacity } from '~/lib/capacity';
import { PhysicsInputError } from '~/lib/errors';

describe('theoreticalCapacity', () => {
  // Q = n F / (3.6 M), F = 96485.332 C/mol
  it.each([
    // LiFePO4: M = 6.94 + 55.845 + 30.974 + 4×15.999 = 157.755 → 96485.332/(3.6×157.755) = 169.89 (published 170)
    ['LiFePO4', 1, 169.893, 170],
    // LiCoO2: M = 97.871 → 273.84 (published 274)
    ['LiCoO2', 1, 273.845, 274],
    // S → Li2S: 2×96485.332/(3.6×32.06) = 1671.96 (published 1672 / 1675 with S = 32.065)
    ['S', 2, 1671.958, 1672],
    // Li → Li⁺: 96485.332/(3.6×6.94) = 3861.9 (published 3860)
    ['Li', 1, 3861.885, 3861],
    // LiNi0.8Co0.1Mn0.1O2: M = 97.2795 → 275.51 (published ~275)
    ['LiNi0.8Co0.1Mn0.1O2', 1, 275.51, 275],
  ])('%s with %d e⁻ → %d mAh/g', (formula, electrons, hand, published) => {
    const r = theoreticalCapacity({ formula, electrons });
    expect(r.capacityMahPerG).toBeCloseTo(hand, 2);
    expect(Math.abs(r.capacityMahPerG - published) / published).toBeLessThan(0.003);
  });

  it('returns the molar mass used and a volumetric capacity with a density', () => {
    const r = theoreticalCapacity({ formula: 'Li', electrons: 1, densityGPerCm3: 0.534 });
    expect(r.molarMassGPerMol).toBe(6.94);
    // 3861.885 × 0.534 = 2062.2 mAh/cm³ (published ~2061–2062)
    expect(r.capacityMahPerCm3!).toBeCloseTo(2062.25, 1);
    expect(theoreticalCapacity({ formula: 'Li', electrons: 1 }).capacityMahPerCm3).toBeNull();
  });

  it('is linear in n and inverse in M', () => {
    const a = capacityFromMolarMass({ molarMassGPerMol: 100, electrons: 1 }).capacityMahPerG;
    expect(capacityFromMolarMass({ molarMassGPerMol: 100, electrons: 2 }).capacityMahPerG).toBeCloseTo(2 * a, 10);
    expect(capacityFromMolarMass({ molarMassGPerMol: 200, electrons: 1 }).capacityMahPerG).toBeCloseTo(a / 2, 10);
    // 96485.33212/(3.6 × 100) = 268.0148
    expect(a).toBeCloseTo(268.01481, 4);
  });

  it('rejects bad electrons and formulas', () => {
    expect(() => theoreticalCapacity({ formula: 'LiFePO4', electrons: 0 })).toThrow(PhysicsInputError);
    expect(() => theoreticalCapacity({ formula: 'LiFePO4', electrons: Number.NaN })).toThrow(/electrons/);
    expect(() => theoreticalCapacity({ formula: 'LiQ', electrons: 1 })).toThrow(/Unknown element/);
  });
});
