// The apex frequency of a bulk arc, the cooling needed to see it, and DC (Hebb–Wagner) polarisation,
// against hand computations.
import { describe, expect, it } from 'vitest';
import {
  arcApexFrequency,
  dcPolarisationCurrent,
  electronicConductivityFromDc,
  hebbWagnerCurrent,
  sigmaAtTemperature,
  temperatureForApexFrequency,
} from '~/lib';

describe('arcApexFrequency', () => {
  it('matches f = σ/(2π ε₀ ε_r) by hand', () => {
    // σ = 7.76e-4 S/cm = 7.76e-2 S/m, ε_r = 17: f = 7.76e-2 / (2π × 8.8541878128e-12 × 17) = 8.205e7 Hz
    const r = arcApexFrequency({ sigmaSPerCm: 7.76e-4, relativePermittivity: 17 });
    expect(r.frequencyHz).toBeCloseTo(8.205e7, -5);
    expect(r.timeConstantS * r.frequencyHz * 2 * Math.PI).toBeCloseTo(1, 12);
  });
  it('agrees with 1/(2πRC) for the measuring-conductivity worked pellet', () => {
    // L/A = 0.1/0.7854 cm⁻¹; R = (L/A)/σ, C = ε₀ε_r (A/L) in F with ε₀ in F/cm
    const lOverA = 0.1 / (Math.PI * 0.5 ** 2);
    const r = lOverA / 7.76e-4;
    const c = 8.8541878128e-14 * 17 / lOverA;
    expect(arcApexFrequency({ sigmaSPerCm: 7.76e-4, relativePermittivity: 17 }).frequencyHz).toBeCloseTo(1 / (2 * Math.PI * r * c), -3);
  });
  it('scales linearly with σ and inversely with ε_r', () => {
    const a = arcApexFrequency({ sigmaSPerCm: 1e-3, relativePermittivity: 10 }).frequencyHz;
    expect(arcApexFrequency({ sigmaSPerCm: 1e-4, relativePermittivity: 10 }).frequencyHz / a).toBeCloseTo(0.1, 12);
    expect(arcApexFrequency({ sigmaSPerCm: 1e-3, relativePermittivity: 20 }).frequencyHz / a).toBeCloseTo(0.5, 12);
  });
  it('rejects bad input', () => {
    expect(() => arcApexFrequency({ sigmaSPerCm: 0, relativePermittivity: 10 })).toThrow();
    expect(() => arcApexFrequency({ sigmaSPerCm: 1e-3, relativePermittivity: 0.5 })).toThrow();
    expect(() => arcApexFrequency({ sigmaSPerCm: Number.NaN, relativePermittivity: 10 })).toThrow();
  });
});

describe('temperatureForApexFrequency', () => {
  const base = { sigmaRefSPerCm: 3e-3, referenceTemperatureK: 298.15, activationEnergyEv: 0.3, relativePermittivity: 15, targetFrequencyHz: 1e6 };
  it('returns a temperature at which the apex is the target (round trip)', () => {
    const { temperatureK, alreadyInWindow } = temperatureForApexFrequency(base);
    expect(alreadyInWindow).toBe(false);
    const sigma = sigmaAtTemperature({ activationEnergyEv: 0.3, sigmaRefSPerCm: 3e-3, referenceTemperatureK: 298.15, temperatureK, form: 'sigmaT' }).sigmaSPerCm;
    expect(arcApexFrequency({ sigmaSPerCm: sigma, relativePermittivity: 15 }).frequencyHz / 1e6).toBeCloseTo(1, 6);
    expect(temperatureK).toBeLessThan(298.15);
    expect(temperatureK).toBeGreaterThan(100);
  });
  it('matches the closed form of the σ law', () => {
    // σ form: f(T) = f0 exp[−(Ea/kB)(1/T − 1/T0)] → 1/T = 1/T0 + (kB/Ea) ln(f0/f)
    const f0 = arcApexFrequency({ sigmaSPerCm: 3e-3, relativePermittivity: 15 }).frequencyHz;
    const expected = 1 / (1 / 298.15 + (8.617333262e-5 / 0.3) * Math.log(f0 / 1e6));
    expect(temperatureForApexFrequency({ ...base, form: 'sigma' }).temperatureK).toBeCloseTo(expected, 4);
  });
  it('says when the arc is already in the window', () => {
    expect(temperatureForApexFrequency({ ...base, sigmaRefSPerCm: 1e-7 })).toEqual({ temperatureK: 298.15, alreadyInWindow: true });
  });
  it('refuses when cooling cannot help', () => {
    expect(() => temperatureForApexFrequency({ ...base, activationEnergyEv: 0 })).toThrow(/activation energy/);
  });
});

describe('DC polarisation', () => {
  it('σ_e = I L/(U A) and its inverse round-trip', () => {
    // 1e-9 S/cm, 0.5 V, 0.1 cm, 0.7854 cm²: I = 1e-9 × 0.5 × 0.7854 / 0.1 = 3.927e-9 A
    const { currentA } = dcPolarisationCurrent({ sigmaSPerCm: 1e-9, voltageV: 0.5, thicknessCm: 0.1, areaCm2: 0.7854 });
    expect(currentA).toBeCloseTo(3.927e-9, 12);
    expect(electronicConductivityFromDc({ steadyCurrentA: currentA, voltageV: 0.5, thicknessCm: 0.1, areaCm2: 0.7854 }).sigmaSPerCm).toBeCloseTo(1e-9, 15);
  });
  it('rejects zero voltage and negative current', () => {
    expect(() => electronicConductivityFromDc({ steadyCurrentA: 1e-9, voltageV: 0, thicknessCm: 0.1, areaCm2: 1 })).toThrow();
    expect(() => electronicConductivityFromDc({ steadyCurrentA: -1e-9, voltageV: 0.1, thicknessCm: 0.1, areaCm2: 1 })).toThrow();
  });
});

describe('hebbWagnerCurrent', () => {
  const cell = { sigmaElectronSPerCm: 1e-9, sigmaHoleSPerCm: 0, temperatureK: 298.15, thicknessCm: 0.1, areaCm2: 1 };
  it('reduces to Ohm’s law for small voltages', () => {
    // I ≈ (σ_n + σ_p) U A / L for |U| ≪ k_BT/e
    const { currentA } = hebbWagnerCurrent({ ...cell, sigmaHoleSPerCm: 2e-9, voltageV: 1e-5 });
    expect(currentA / ((3e-9 * 1e-5) / 0.1)).toBeCloseTo(1, 3);
  });
  it('electron current saturates at σ_n k_BT A/(e L)', () => {
    // k_BT/e at 298.15 K = 0.025693 V: I_sat = 1e-9 × 0.025693 / 0.1 = 2.569e-10 A
    expect(hebbWagnerCurrent({ ...cell, voltageV: 1 }).currentA).toBeCloseTo(2.5693e-10, 13);
  });
  it('hole current grows exponentially', () => {
    const i1 = hebbWagnerCurrent({ ...cell, sigmaElectronSPerCm: 0, sigmaHoleSPerCm: 1e-12, voltageV: 0.5 }).currentA;
    const i2 = hebbWagnerCurrent({ ...cell, sigmaElectronSPerCm: 0, sigmaHoleSPerCm: 1e-12, voltageV: 0.6 }).currentA;
    expect(Math.log(i2 / i1)).toBeCloseTo(0.1 / 0.025693, 2);
  });
  it('refuses overflowing voltages', () => {
    expect(() => hebbWagnerCurrent({ ...cell, voltageV: 10, temperatureK: 1 })).toThrow();
  });
});
