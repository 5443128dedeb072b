// Lithium-penetration criteria (src/lib/penetration.ts) against values worked by hand.
//
// Hand computation of the crack criterion (Porz et al., Adv. Energy Mater. 7 (2017) 1701003), with
// F = 96 485.33 C/mol, V_m = 6.94 / 0.534 = 12.996 cm³/mol = 1.2996 × 10⁻⁵ m³/mol and Y = 1.12:
//   c = 1 µm:  √(π c) = √(3.1416 × 10⁻⁶ m) = 1.7725 × 10⁻³ m^½;  Y √(π c) = 1.9852 × 10⁻³ m^½
//   c = 10 µm: √(π c) = √(3.1416 × 10⁻⁵ m) = 5.6050 × 10⁻³ m^½;  Y √(π c) = 6.2776 × 10⁻³ m^½
//   P_c = K_Ic / (Y √(π c));  |η_c| = P_c V_m / F
//
//   material (K_Ic)          c       P_c (MPa)   |η_c| (mV)
//   LLZO (1.00 MPa m^½)      1 µm    503.7       67.85   (503.7e6 × 1.2996e-5 / 96 485 = 0.06785 V)
//   LLZO (1.00 MPa m^½)     10 µm    159.3       21.46   (159.3e6 × 1.2996e-5 / 96 485 = 0.02146 V)
//   glass (0.23 MPa m^½)     1 µm    115.9       15.61   (115.9e6 × 1.2996e-5 / 96 485 = 0.01561 V)
//   glass (0.23 MPa m^½)    10 µm     36.64       4.935  (36.64e6 × 1.2996e-5 / 96 485 = 0.004935 V)
//
// Monroe–Newman for LLZO: G = 59.6 GPa, G_Li = 4.2 GPa → ratio 14.19 ≥ 2: passes, yet a 10 µm flaw opens at
// about 21 mV, an ordinary plating overpotential. That is the lesson the Tools page shows.
import { describe, expect, it } from 'vitest';
import { PhysicsInputError } from '~/lib/errors';
import { LITHIUM_MOLAR_VOLUME_CM3_PER_MOL, LITHIUM_SHEAR_MODULUS_GPA, MONROE_NEWMAN_THRESHOLD_GPA } from '~/lib/mechanics';
import { PENETRATION_MATERIALS, crackCriterion, molarVolumeRatio, monroeNewman, platingPressurePa } from '~/lib/penetration';
import { LITHIUM_PENETRATION_PRESETS } from '~/lib/presets/lithium-penetration';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('crack criterion (Porz et al. 2017)', () => {
  const TABLE: [string, number, number, number, number][] = [
    ['LLZO', 1.0, 1, 503.7, 67.85],
    ['LLZO', 1.0, 10, 159.3, 21.46],
    ['glass', 0.23, 1, 115.9, 15.61],
    ['glass', 0.23, 10, 36.64, 4.935],
  ];
  for (const [name, k, c, pMPa, etaMV] of TABLE) {
    it(`${name}, K_Ic = ${k} MPa m^1/2, c = ${c} µm: P_c ≈ ${pMPa} MPa, |η_c| ≈ ${etaMV} mV`, () => {
      const r = crackCriterion({ fractureToughnessMPaSqrtM: k, flawSizeUm: c });
      expect(rel(r.criticalPressureMPa, pMPa)).toBeLessThan(1e-3);
      expect(rel(r.criticalOverpotentialMV, etaMV)).toBeLessThan(1.5e-3);
    });
  }

  it('at the critical overpotential K_I equals K_Ic (round trip)', () => {
    const base = crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 10 });
    const at = crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 10, overpotentialV: base.criticalOverpotentialMV / 1000 });
    expect(at.stressIntensityMPaSqrtM).toBeCloseTo(1, 10);
    expect(at.toughnessFraction).toBeCloseTo(1, 10);
    expect(at.platingPressureMPa).toBeCloseTo(base.criticalPressureMPa, 8);
  });

  it('scales as 1/√c and linearly with K_Ic; the sign of η does not matter', () => {
    const a = crackCriterion({ fractureToughnessMPaSqrtM: 0.5, flawSizeUm: 4 }).criticalOverpotentialMV;
    const b = crackCriterion({ fractureToughnessMPaSqrtM: 0.5, flawSizeUm: 16 }).criticalOverpotentialMV;
    const c = crackCriterion({ fractureToughnessMPaSqrtM: 1.0, flawSizeUm: 16 }).criticalOverpotentialMV;
    expect(a / b).toBeCloseTo(2, 10);
    expect(c / b).toBeCloseTo(2, 10);
    const plus = crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 1, overpotentialV: 0.05 });
    const minus = crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 1, overpotentialV: -0.05 });
    expect(minus.stressIntensityMPaSqrtM).toBe(plus.stressIntensityMPaSqrtM);
  });

  it('plating pressure F|η|/V_m: 10 mV gives 74.2 MPa (96 485 × 0.010 / 1.2996e-5 = 7.424e7 Pa)', () => {
    expect(LITHIUM_MOLAR_VOLUME_CM3_PER_MOL).toBeCloseTo(12.996, 3);
    expect(rel(platingPressurePa(0.01), 7.424e7)).toBeLessThan(1e-3);
    expect(platingPressurePa(0)).toBe(0);
  });

  it('refuses impossible inputs with a PhysicsInputError', () => {
    expect(() => crackCriterion({ fractureToughnessMPaSqrtM: 0, flawSizeUm: 1 })).toThrow(PhysicsInputError);
    expect(() => crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: -1 })).toThrow(PhysicsInputError);
    expect(() => crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 1, overpotentialV: Number.NaN })).toThrow(PhysicsInputError);
    expect(() => platingPressurePa(20)).toThrow(PhysicsInputError);
  });
});

describe('Monroe–Newman ratio', () => {
  it('LLZO passes by a wide margin: 59.6 / 4.2 = 14.19', () => {
    const r = monroeNewman({ electrolyteShearModulusGPa: PENETRATION_MATERIALS.llzo.shearModulusGPa });
    expect(r.ratio).toBeCloseTo(14.19, 2);
    expect(r.passes).toBe(true);
    expect(r.thresholdGPa).toBeCloseTo(MONROE_NEWMAN_THRESHOLD_GPA, 12);
  });
  it('the glass (8.3 GPa) sits just below 2 × 4.2 = 8.4 GPa, and passes with G_Li = 3.4 GPa (threshold 6.8 GPa)', () => {
    expect(LITHIUM_SHEAR_MODULUS_GPA).toBe(4.2);
    expect(monroeNewman({ electrolyteShearModulusGPa: 8.3 }).passes).toBe(false);
    const mn = monroeNewman({ electrolyteShearModulusGPa: 8.3, lithiumShearModulusGPa: 3.4 });
    expect(mn.passes).toBe(true);
    expect(mn.thresholdGPa).toBeCloseTo(6.8, 12);
  });
  it('refuses a zero lithium modulus', () => {
    expect(() => monroeNewman({ electrolyteShearModulusGPa: 8, lithiumShearModulusGPa: 0 })).toThrow(PhysicsInputError);
  });
});

describe('Ahmad–Viswanathan molar-volume ratio', () => {
  it('ν = V_Li⁺ / V_Li: 1.3 / 12.996 = 0.100, density-driven; 26 / 12.996 = 2.0, pressure-driven', () => {
    const low = molarVolumeRatio({ lithiumIonPartialMolarVolumeCm3PerMol: 1.3 });
    expect(low.ratio).toBeCloseTo(0.1, 3);
    expect(low.regime).toBe('density-driven');
    const high = molarVolumeRatio({ lithiumIonPartialMolarVolumeCm3PerMol: 26 });
    expect(high.ratio).toBeCloseTo(2.0, 2);
    expect(high.regime).toBe('pressure-driven');
    expect(molarVolumeRatio({ lithiumIonPartialMolarVolumeCm3PerMol: 13, lithiumMolarVolumeCm3PerMol: 13 }).regime).toBe('density-driven');
  });
});

describe('presets', () => {
  it('hold the values of PENETRATION_MATERIALS and cite their sources', () => {
    for (const [id, m] of Object.entries(PENETRATION_MATERIALS)) {
      const p = LITHIUM_PENETRATION_PRESETS[id];
      expect(p, id).toBeDefined();
      expect(Number(p!.values.g)).toBe(m.shearModulusGPa);
      expect(Number(p!.values.k)).toBe(m.fractureToughnessMPaSqrtM);
      expect(p!.sources).toEqual(m.sources);
    }
  });
});
