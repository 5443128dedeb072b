import { describe, expect, it } from 'vitest';
import {
  areaFromDiameter,
  areaSpecificResistance,
  carrierConcentration,
  conductivity,
  conductivityFromDiffusivity,
  conductivityFromEis,
  diffusivityFromConductivity,
  layerAsr,
  layerVoltageDrop,
  mobilityFromConductivity,
  specificGrainBoundaryConductivity,
} from '~/lib/conductivity';
import { PhysicsInputError } from '~/lib/errors';

/** |actual − expected| ≤ rel·|expected| */
const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('conductivity', () => {
  it('σ = L/(RA): 1 mm pellet, 1 cm², 1 kΩ', () => {
    // 0.1 cm / (1000 Ω × 1 cm²) = 1e-4 S/cm = 1e-2 S/m = 0.1 mS/cm; ρ = 1e4 Ω cm
    const r = conductivity({ resistanceOhm: 1000, thicknessCm: 0.1, areaCm2: 1 });
    expectRel(r.sigmaSPerCm, 1e-4);
    expectRel(r.sigmaSPerM, 1e-2);
    expectRel(r.sigmaMSPerCm, 0.1);
    expectRel(r.resistivityOhmCm, 1e4);
  });

  it('S/m is 100 × S/cm for any input', () => {
    const r = conductivity({ resistanceOhm: 37.2, thicknessCm: 0.043, areaCm2: 1.33 });
    expectRel(r.sigmaSPerM, 100 * r.sigmaSPerCm);
    expectRel(r.sigmaMSPerCm, 1000 * r.sigmaSPerCm);
    expectRel(r.resistivityOhmCm * r.sigmaSPerCm, 1);
  });

  it('area of a 13 mm die: π·1.3²/4 = 1.32732 cm²', () => {
    expectRel(areaFromDiameter({ diameterCm: 1.3 }).areaCm2, 1.3273228961416876, 1e-12);
    expectRel(areaFromDiameter({ diameterCm: 2 }).areaCm2, Math.PI, 1e-15);
  });

  it('rejects zero, negative, NaN and missing values with the field name', () => {
    const bad = [
      { resistanceOhm: 0, thicknessCm: 0.1, areaCm2: 1 },
      { resistanceOhm: 10, thicknessCm: -0.1, areaCm2: 1 },
      { resistanceOhm: 10, thicknessCm: 0.1, areaCm2: Number.NaN },
      { resistanceOhm: 10, thicknessCm: 0.1 },
    ];
    const fields = ['resistanceOhm', 'thicknessCm', 'areaCm2', 'areaCm2'];
    bad.forEach((input, k) => {
      try {
        conductivity(input as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PhysicsInputError);
        expect((e as PhysicsInputError).field).toBe(fields[k]);
        expect((e as PhysicsInputError).message).toMatch(/must be/);
      }
    });
  });
});

describe('impedance decomposition', () => {
  it('bulk, apparent gb and total σ', () => {
    // L/A = 0.1/0.5 = 0.2 cm⁻¹; σ_b = 0.2/500 = 4e-4; σ_gb = 0.2/1500 = 1.333e-4; σ_t = 0.2/2000 = 1e-4
    const r = conductivityFromEis({ bulkResistanceOhm: 500, grainBoundaryResistanceOhm: 1500, thicknessCm: 0.1, areaCm2: 0.5 });
    expectRel(r.bulkSigmaSPerCm, 4e-4);
    expectRel(r.grainBoundaryApparentSigmaSPerCm, 0.2 / 1500);
    expectRel(r.totalSigmaSPerCm, 1e-4);
    expectRel(r.totalResistanceOhm, 2000);
    expectRel(r.grainBoundaryResistanceFraction, 0.75);
    // series resistors: 1/σ_t = 1/σ_b + 1/σ_gb,app
    expectRel(1 / r.totalSigmaSPerCm, 1 / r.bulkSigmaSPerCm + 1 / r.grainBoundaryApparentSigmaSPerCm);
  });

  it('brick-layer specific gb conductivity', () => {
    // C_b/C_gb = 1e-11/1e-9 = 0.01; σ_gb,sp = (0.1/1)·0.01/1000 = 1e-6 S/cm; δ = 1 µm × 0.01 = 10 nm
    const r = specificGrainBoundaryConductivity({
      grainBoundaryResistanceOhm: 1000,
      bulkCapacitanceF: 1e-11,
      grainBoundaryCapacitanceF: 1e-9,
      thicknessCm: 0.1,
      areaCm2: 1,
      grainSizeUm: 1,
    });
    expectRel(r.sigmaGbSpecificSPerCm, 1e-6);
    expectRel(r.sigmaGbApparentSPerCm, 1e-4);
    expectRel(r.capacitanceRatio, 0.01);
    expectRel(r.grainBoundaryThicknessNm ?? Number.NaN, 10);
    expect(r.warnings).toEqual([]);
  });

  it('warns when C_b/C_gb is not small, and gives null thickness without a grain size', () => {
    const r = specificGrainBoundaryConductivity({
      grainBoundaryResistanceOhm: 1000,
      bulkCapacitanceF: 1e-11,
      grainBoundaryCapacitanceF: 2e-11,
      thicknessCm: 0.1,
      areaCm2: 1,
    });
    expect(r.grainBoundaryThicknessNm).toBeNull();
    expect(r.warnings.length).toBe(1);
  });
});

describe('area-specific resistance and voltage drop', () => {
  it('ASR = R·A', () => {
    expectRel(areaSpecificResistance({ resistanceOhm: 250, areaCm2: 1.2 }).asrOhmCm2, 300);
  });

  it('30 µm layer at 1 mS/cm: 3e-3 cm / 1e-3 S/cm = 3 Ω cm²; 3 mV at 1 mA/cm²', () => {
    expectRel(layerAsr({ thicknessUm: 30, sigmaSPerCm: 1e-3 }).asrOhmCm2, 3);
    const d = layerVoltageDrop({ thicknessUm: 30, sigmaSPerCm: 1e-3, currentDensityMaPerCm2: 1 });
    expectRel(d.voltageDropV, 3e-3);
    expectRel(d.asrOhmCm2, 3);
  });

  it('1 mm LAGP-like pellet at 0.1 mS/cm and 0.5 mA/cm²: 0.1/1e-4 = 1000 Ω cm² → 0.5 V', () => {
    expectRel(layerVoltageDrop({ thicknessUm: 1000, sigmaSPerCm: 1e-4, currentDensityMaPerCm2: 0.5 }).voltageDropV, 0.5);
  });

  it('zero current gives zero drop', () => {
    expect(layerVoltageDrop({ thicknessUm: 10, sigmaSPerCm: 1e-3, currentDensityMaPerCm2: 0 }).voltageDropV).toBe(0);
  });
});

describe('Nernst–Einstein', () => {
  const common = { carrierConcentrationPerCm3: 1e22, temperatureK: 300, chargeNumber: 1, havenRatio: 1 };

  it('D_σ for σ = 1 mS/cm, n = 1e22 cm⁻³, 300 K', () => {
    // n e²/(k_B T) = 1e22 × (1.602176634e-19)² / (1.380649e-23 × 300) = 61974.959 S s cm⁻³
    // D_σ = 1e-3 / 61974.959 = 1.61355491e-8 cm²/s
    const r = diffusivityFromConductivity({ ...common, sigmaSPerCm: 1e-3 });
    expectRel(r.chargeDiffusivityCm2PerS, 1.6135549125999507e-8, 1e-12);
    expectRel(r.tracerDiffusivityCm2PerS, r.chargeDiffusivityCm2PerS);
  });

  it('Haven ratio: D* = H_R D_σ, and z² scaling', () => {
    const r = diffusivityFromConductivity({ ...common, havenRatio: 0.5, sigmaSPerCm: 1e-3 });
    expectRel(r.tracerDiffusivityCm2PerS, 0.5 * r.chargeDiffusivityCm2PerS);
    const r2 = diffusivityFromConductivity({ ...common, chargeNumber: 2, sigmaSPerCm: 1e-3 });
    expectRel(r2.chargeDiffusivityCm2PerS, r.chargeDiffusivityCm2PerS / 4);
  });

  it('round trip σ → D* → σ', () => {
    for (const [sigma, h, t, z] of [
      [1e-3, 1, 300, 1],
      [2.5e-7, 0.33, 373.15, 1],
      [12e-3, 0.7, 250, 2],
    ] as const) {
      const c = { carrierConcentrationPerCm3: 3.2e21, temperatureK: t, chargeNumber: z, havenRatio: h };
      const d = diffusivityFromConductivity({ ...c, sigmaSPerCm: sigma });
      const back = conductivityFromDiffusivity({ ...c, tracerDiffusivityCm2PerS: d.tracerDiffusivityCm2PerS });
      expectRel(back.sigmaSPerCm, sigma, 1e-12);
      expectRel(back.chargeDiffusivityCm2PerS, d.chargeDiffusivityCm2PerS, 1e-12);
    }
  });

  it('mobility μ = σ/(n e) = 1e-3/(1e22 × 1.602e-19) = 6.2415e-7 cm²/(V s)', () => {
    expectRel(
      mobilityFromConductivity({ sigmaSPerCm: 1e-3, carrierConcentrationPerCm3: 1e22, chargeNumber: 1 }).mobilityCm2PerVS,
      6.241509074460763e-7,
      1e-12,
    );
  });

  it('Einstein relation D_σ = μ k_B T / (z e)', () => {
    const s = { sigmaSPerCm: 4e-4, carrierConcentrationPerCm3: 2e22, chargeNumber: 1 };
    const mu = mobilityFromConductivity(s).mobilityCm2PerVS;
    const d = diffusivityFromConductivity({ ...s, temperatureK: 330, havenRatio: 1 }).chargeDiffusivityCm2PerS;
    expectRel(d, (mu * 1.380649e-23 * 330) / 1.602176634e-19, 1e-12);
  });

  it('carrier concentration of LLZO: 7 × 5.1 × N_A / 839.9 = 2.5597e22 cm⁻³', () => {
    expectRel(
      carrierConcentration({ densityGPerCm3: 5.1, molarMassGPerMol: 839.9, carriersPerFormulaUnit: 7 }).carrierConcentrationPerCm3,
      2.5597145509227286e22,
      1e-12,
    );
  });
});
