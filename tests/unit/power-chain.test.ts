// The conductivity–power chain (src/lib/power-chain.ts) against values worked by hand, its limits
// (σ → ∞ leaves only the interface, C-rate → 0 gives the nominal energy), round trips and hostile input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhysicsInputError } from '~/lib/errors';
import { compositeCathodeAsr, interfaceAsrAtTemperature, ohmicDischarge, powerChain, powerChainSweep, type PowerChainInput } from '~/lib/power-chain';
import { POWER_CHAIN_PRESETS } from '~/lib/presets/rate-and-temperature';
import { parseUrlState } from '~/lib/url-state';
import { POWER_CHAIN_SPEC } from '~/islands/power-chain/spec';

const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

/**
 * A cell with round numbers. σ = 10⁻³ S/cm at every temperature ('sigma' form, Eₐ = 0), 100 µm:
 * ASR_sep = 0.01 cm / 10⁻³ S/cm = 10 Ω cm²; interface 5 Ω cm² → 15 Ω cm². Q = 2 mAh/cm², 1C → j = 2 mA/cm²,
 * η = 0.002 A/cm² × 15 Ω cm² = 0.030 V. OCV from 4.0 V to 3.4 V (V_nom 3.7, ΔV 0.6), cut-off 3.0 V.
 */
const BASE: PowerChainInput = {
  activationEnergyEv: 0, sigmaRefSPerCm: 1e-3, referenceTemperatureK: 298.15, form: 'sigma', temperatureK: 298.15,
  separatorThicknessUm: 100, interfaceAsrRefOhmCm2: 5, cRatePerH: 1, arealCapacityMahPerCm2: 2,
  nominalVoltageV: 3.7, ocvSpanV: 0.6, cutoffVoltageV: 3.0,
};

describe('powerChain: hand-computed cells', () => {
  it('a low rate delivers everything: ASR 15 Ω cm², η 30 mV, energy 3.67/3.7', () => {
    const r = powerChain(BASE);
    expectRel(r.separatorAsrOhmCm2, 10);
    expectRel(r.totalAsrOhmCm2, 15);
    expectRel(r.currentDensityMaPerCm2, 2);
    expectRel(r.overpotentialV, 0.03);
    expectRel(r.separatorOverpotentialV, 0.02);
    expect(r.state).toBe('full');
    expect(r.capacityFraction).toBe(1);
    // start 4.0 − 0.03 = 3.97 V, mean 3.97 − 0.3 = 3.67 V over the whole capacity
    expectRel(r.averageVoltageV!, 3.67);
    expectRel(r.energyFraction, 3.67 / 3.7);
    expectRel(r.nominalEnergyMwhPerCm2, 7.4);
    expectRel(r.usableEnergyMwhPerCm2, 7.34);
    expectRel(r.averagePowerMwPerCm2, 7.34); // 3.67 V × 2 mA/cm²
    expectRel(r.ohmicLossMwhPerCm2, 0.06); // 2 mAh/cm² × 0.03 V
    expectRel(r.dischargeTimeH!, 1);
    // rate limits: full while 3.4 − η ≥ 3.0 → j ≤ 0.4/15 A/cm² = 26.67 mA/cm² → 13.33C; any while 4.0 − η > 3.0 → 33.33C
    expectRel(r.maxCRateFullPerH, 40 / 3);
    expectRel(r.maxCRateAnyPerH, 100 / 3);
    // without the separator's 10 Ω cm²: η = 0.01 V, mean 3.69 V
    expectRel(r.energyFractionIdealSeparator, 3.69 / 3.7);
    expect(r.cellMassMgPerCm2).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('20C stops part-way: η = 0.6 V, s = 0.4/0.6, energy (3.4·s − 0.3·s²)/3.7', () => {
    const r = powerChain({ ...BASE, cRatePerH: 20 });
    expectRel(r.overpotentialV, 0.6);
    expect(r.state).toBe('partial');
    expectRel(r.capacityFraction, 2 / 3);
    expectRel(r.energyFraction, (3.4 * (2 / 3) - 0.3 * (4 / 9)) / 3.7); // 0.576577
    expectRel(r.averageVoltageV!, 3.2); // 3.4 − 0.6 × (2/3)/2
    expectRel(r.averagePowerMwPerCm2, 3.2 * 40);
    expectRel(r.dischargeTimeH!, 2 / 3 / 20);
  });

  it('40C hits the cut-off at once: no usable capacity, no power', () => {
    const r = powerChain({ ...BASE, cRatePerH: 40 });
    expectRel(r.overpotentialV, 1.2);
    expect(r.state).toBe('none');
    expect(r.capacityFraction).toBe(0);
    expect(r.energyFraction).toBe(0);
    expect(r.averageVoltageV).toBeNull();
    expect(r.averagePowerMwPerCm2).toBe(0);
    expect(r.usableEnergyMwhPerCm2).toBe(0);
  });

  it('30 µm hot-pressed LAGP at −20 °C and 1C (the worked example)', () => {
    // σ(−20 °C) = 3.0e-4 × (298.15/253.15) × exp[−(0.41/8.617333e-5)(1/253.15 − 1/298.15)]
    //           = 3.0e-4 × 1.177760 × exp(−2.836703) = 3.0e-4 × 1.177760 × 0.0586198 = 2.07120e-5 S/cm
    // ASR_sep = 30e-4 cm / 2.07120e-5 = 144.843 Ω cm²; + 20 → 164.843; j = 3 mA/cm² → η = 0.494530 V
    // s = (4.0 − 0.494530 − 3.0)/0.6 = 0.842450; E/E_nom = (3.505470 s − 0.3 s²)/3.7 = 0.740612
    const r = powerChain({
      activationEnergyEv: 0.41, sigmaRefSPerCm: 3e-4, referenceTemperatureK: 298.15, form: 'sigmaT', temperatureK: 253.15,
      separatorThicknessUm: 30, interfaceAsrRefOhmCm2: 20, cRatePerH: 1, arealCapacityMahPerCm2: 3,
      nominalVoltageV: 3.7, ocvSpanV: 0.6, cutoffVoltageV: 3, cellMass: { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: 300 },
    });
    expectRel(r.sigmaSPerCm, 2.07120e-5, 1e-5);
    expectRel(r.separatorAsrOhmCm2, 144.843, 1e-5);
    expectRel(r.overpotentialV, 0.494530, 1e-5);
    expectRel(r.separatorOverpotentialV, 0.434530, 1e-5);
    expectRel(r.capacityFraction, 0.842450, 1e-5);
    expectRel(r.energyFraction, 0.740612, 1e-5);
    expectRel(r.energyFractionIdealSeparator, (3.94 - 0.3) / 3.7, 1e-9); // η = 0.06 V: 3.64/3.7 = 0.983784
    // mass from 300 Wh/kg: 3 × 3.7 mWh/cm² / 300 Wh/kg = 0.037 g/cm² = 37 mg/cm²; usable 0.740612 × 300 = 222.18 Wh/kg
    expectRel(r.cellMassMgPerCm2!, 37);
    expectRel(r.usableSpecificEnergyWhPerKg!, 222.184, 1e-5);
    expect(r.warnings.join(' ')).toMatch(/extrapolated 45 K/);
  });

  it('a flat plateau is all or nothing, with the boundary at V_nom − η = V_cut', () => {
    const flat = { ...BASE, nominalVoltageV: 3.4, ocvSpanV: 0, cutoffVoltageV: 2.5 };
    // η = 0.002 A/cm² × 15 Ω cm² × C: 0.9 V at C = 30
    const at = powerChain({ ...flat, cRatePerH: 30 });
    expect(at.state).toBe('full');
    expectRel(at.energyFraction, 2.5 / 3.4, 1e-9);
    expect(powerChain({ ...flat, cRatePerH: 30.5 }).state).toBe('none');
    expectRel(powerChain(flat).maxCRateAnyPerH, 30);
    expectRel(powerChain(flat).maxCRateFullPerH, 30);
  });

  it('cell mass given per area or through Wh/kg gives the same numbers (round trip)', () => {
    const viaE = powerChain({ ...BASE, cellMass: { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: 250 } });
    expectRel(viaE.cellMassMgPerCm2!, 29.6); // 7.4 mWh/cm² / 250 Wh/kg
    const viaM = powerChain({ ...BASE, cellMass: { kind: 'areal', arealMassMgPerCm2: 29.6 } });
    expectRel(viaM.usableSpecificEnergyWhPerKg!, viaE.usableSpecificEnergyWhPerKg!, 1e-12);
    expectRel(viaM.usableSpecificEnergyWhPerKg!, (7.34 / 29.6) * 1000); // 247.97 Wh/kg
    expectRel(viaM.averageSpecificPowerWPerKg!, (7.34 / 29.6) * 1000); // 1C: power per mass equals energy per mass per hour
    // at C → 0 the usable Wh/kg is the nominal 250
    expectRel(powerChain({ ...BASE, cRatePerH: 0, cellMass: { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: 250 } }).usableSpecificEnergyWhPerKg!, 250, 1e-12);
  });
});

describe('powerChain: limits and round trips', () => {
  it('σ → ∞ leaves only the interface drop', () => {
    const r = powerChain({ ...BASE, sigmaRefSPerCm: 1e5 });
    expect(r.separatorAsrOhmCm2).toBeLessThan(1e-6);
    expectRel(r.overpotentialV, 0.002 * 5, 1e-6);
    expectRel(r.energyFraction, r.energyFractionIdealSeparator, 1e-6);
    expectRel(r.energyFraction, (4.0 - 0.01 - 0.3) / 3.7, 1e-6);
  });

  it('C-rate → 0 gives the nominal energy whatever the resistance', () => {
    for (const ri of [0, 5, 1e4]) {
      const r = powerChain({ ...BASE, interfaceAsrRefOhmCm2: ri, temperatureK: 233.15, activationEnergyEv: 0.5, form: 'sigmaT', cRatePerH: 0 });
      expect(r.state).toBe('full');
      expectRel(r.energyFraction, 1, 1e-12);
      expect(r.overpotentialV).toBe(0);
      expect(r.averagePowerMwPerCm2).toBe(0);
      expect(r.dischargeTimeH).toBeNull();
    }
    expectRel(powerChain({ ...BASE, cRatePerH: 1e-9 }).energyFraction, 1, 1e-9);
  });

  it('σ(T) taken back to T_ref returns σ_ref (both Arrhenius forms)', () => {
    for (const form of ['sigmaT', 'sigma'] as const) {
      const cold = powerChain({ ...BASE, form, activationEnergyEv: 0.41, sigmaRefSPerCm: 3e-4, temperatureK: 253.15 });
      const back = powerChain({ ...BASE, form, activationEnergyEv: 0.41, sigmaRefSPerCm: cold.sigmaSPerCm, referenceTemperatureK: 253.15, temperatureK: 298.15 });
      expectRel(back.sigmaSPerCm, 3e-4, 1e-12);
    }
  });

  it('the rate limits are where the state changes', () => {
    const r = powerChain(BASE);
    expect(powerChain({ ...BASE, cRatePerH: r.maxCRateFullPerH * (1 - 1e-9) }).state).toBe('full');
    expect(powerChain({ ...BASE, cRatePerH: r.maxCRateFullPerH * (1 + 1e-6) }).state).toBe('partial');
    expect(powerChain({ ...BASE, cRatePerH: r.maxCRateAnyPerH * (1 - 1e-6) }).state).toBe('partial');
    expect(powerChain({ ...BASE, cRatePerH: r.maxCRateAnyPerH * (1 + 1e-9) }).state).toBe('none');
  });

  it('energy falls with C-rate and rises with temperature (Eₐ > 0), and stays within [0, 1]', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }),
      fc.double({ min: 220, max: 400, noNaN: true }), fc.double({ min: 220, max: 400, noNaN: true }),
      (c1, c2, t1, t2) => {
        const cell = { ...BASE, activationEnergyEv: 0.4, form: 'sigmaT' as const };
        const [cLow, cHigh] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const [tLow, tHigh] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const a = powerChain({ ...cell, cRatePerH: cLow, temperatureK: tLow }).energyFraction;
        const b = powerChain({ ...cell, cRatePerH: cHigh, temperatureK: tLow }).energyFraction;
        const d = powerChain({ ...cell, cRatePerH: cLow, temperatureK: tHigh }).energyFraction;
        return b <= a + 1e-12 && d >= a - 1e-12 && a >= 0 && a <= 1 + 1e-12;
      },
    ), { numRuns: 300, seed: 15 });
  });
});

describe('the parts of the chain', () => {
  it('ohmicDischarge: no drop, full capacity, energy fraction 1', () => {
    const r = ohmicDischarge({ nominalVoltageV: 3.7, ocvSpanV: 0.6, cutoffVoltageV: 3.4, overpotentialV: 0 });
    expect(r.capacityFraction).toBe(1);
    expectRel(r.energyFraction, 1, 1e-12);
  });

  it('interface ASR: 10 Ω cm² at 25 °C with 0.5 eV is 59.37 Ω cm² at 0 °C; 0 eV keeps it', () => {
    // exp[(0.5/8.617333e-5)(1/273.15 − 1/298.15)] = exp(5802.26 × 3.06966e-4) = exp(1.781112) = 5.93669
    expectRel(interfaceAsrAtTemperature({ asrRefOhmCm2: 10, activationEnergyEv: 0.5, referenceTemperatureK: 298.15, temperatureK: 273.15 }).asrOhmCm2, 59.3669, 1e-5);
    expect(interfaceAsrAtTemperature({ asrRefOhmCm2: 10, activationEnergyEv: 0, referenceTemperatureK: 298.15, temperatureK: 200 }).asrOhmCm2).toBe(10);
  });

  it('composite cathode: 60 µm, 30 vol%, τ = 2 at 10⁻³ S/cm is 0.006/(3 × 1.5e-4) = 13.33 Ω cm²', () => {
    const r = compositeCathodeAsr({ thicknessUm: 60, sigmaSPerCm: 1e-3, electrolyteFraction: 0.3, tortuosity: 2 });
    expectRel(r.effectiveSigmaSPerCm, 1.5e-4);
    expectRel(r.asrOhmCm2, 40 / 3);
    const chain = powerChain({ ...BASE, cathodeThicknessUm: 60, cathodeElectrolyteFraction: 0.3, cathodeTortuosity: 2 });
    expectRel(chain.cathodeAsrOhmCm2, 40 / 3);
    expectRel(chain.totalAsrOhmCm2, 15 + 40 / 3);
    // the ideal separator keeps the interface and the cathode
    expectRel(chain.energyFractionIdealSeparator, powerChain({ ...BASE, separatorThicknessUm: 1e-4, cathodeThicknessUm: 60 }).energyFraction, 1e-6);
  });

  it('sweeps leave out values the chain refuses', () => {
    const pts = powerChainSweep(BASE, 'cRatePerH', [0, 1, -1, 20, Number.NaN, 40]);
    expect(pts.map((p) => p.x)).toEqual([0, 1, 20, 40]);
    expectRel(pts[2]!.energyFraction, powerChain({ ...BASE, cRatePerH: 20 }).energyFraction, 1e-12);
  });
});

describe('bad input: a PhysicsInputError with a reader message, never NaN', () => {
  const refuse = (patch: Partial<PowerChainInput>, message?: RegExp) => {
    let caught: unknown;
    try { powerChain({ ...BASE, ...patch } as PowerChainInput); } catch (e) { caught = e; }
    expect(caught, JSON.stringify(patch)).toBeInstanceOf(PhysicsInputError);
    if (message) expect((caught as Error).message).toMatch(message);
  };

  it('refuses bad numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, '3' as unknown as number, undefined as unknown as number]) {
      refuse({ cRatePerH: bad });
      refuse({ separatorThicknessUm: bad });
      refuse({ arealCapacityMahPerCm2: bad });
    }
    refuse({ arealCapacityMahPerCm2: 0 });
    refuse({ cathodeThicknessUm: 60, cathodeElectrolyteFraction: 0 });
    refuse({ cathodeThicknessUm: 60, cathodeTortuosity: 0.5 });
  });

  it('refuses a cut-off above the empty cell’s open-circuit voltage, in words', () => {
    refuse({ cutoffVoltageV: 3.5 }, /cut-off voltage lies above the open-circuit voltage of the empty cell \(3\.4 V\)/);
    refuse({ nominalVoltageV: 1.5, ocvSpanV: 4, cutoffVoltageV: 0 }, /voltage span/);
  });

  it('refuses an electrolyte that no longer conducts, and an interface that diverges', () => {
    refuse({ activationEnergyEv: 3, form: 'sigmaT', temperatureK: 20 }, /no longer conducts/);
    refuse({ interfaceActivationEnergyEv: 3, temperatureK: 20 }, /interface resistance grows beyond/);
  });
});

describe('presets', () => {
  const refIds = new Set((JSON.parse(readFileSync('content/data/references.json', 'utf8')) as { id: string }[]).map((r) => r.id));

  it('use the URL vocabulary, set every field, and cite known references', () => {
    for (const [id, p] of Object.entries(POWER_CHAIN_PRESETS)) {
      expect(Object.keys(p.values).sort(), id).toEqual(Object.keys(POWER_CHAIN_SPEC).sort());
      for (const [key, value] of Object.entries(p.values)) expect(parseUrlState(`${key}=${encodeURIComponent(value)}`, POWER_CHAIN_SPEC).errors, `${id} ${key}`).toEqual({});
      for (const s of p.sources) expect(refIds.has(s), `${id}: ${s}`).toBe(true);
      expect(p.label, id).toMatch(/illustrative/);
    }
  });

  it('the defaults are the LAGP preset', () => {
    const defaults = Object.fromEntries(Object.entries(POWER_CHAIN_SPEC).map(([k, f]) => [k, f.default]));
    expect(POWER_CHAIN_PRESETS['lagp-30um-ncm-minus20']!.values).toEqual(defaults);
  });

  it('the electrolyte values match the data files they cite', () => {
    const t1 = readFileSync('content/data/004-table-1.yaml', 'utf8');
    expect(t1).toMatch(/id: lagp-hot-pressing-38[\s\S]*?value: 0\.0003,[\s\S]*?value: 0\.41,[\s\S]*?"004-38"/);
    const t2 = readFileSync('content/data/003-table-2.yaml', 'utf8');
    expect(t2).toMatch(/id: li6ps5cl[\s\S]*?value: 1\.3e-3[\s\S]*?value: 0\.33[\s\S]*?"003-42"/);
    expect(t2).toMatch(/id: li10gep2s12[\s\S]*?value: 1\.2e-2[\s\S]*?value: 0\.21[\s\S]*?"003-38"/);
    const v = (id: string) => POWER_CHAIN_PRESETS[id]!.values;
    expect([v('lagp-30um-ncm-minus20').s, v('lagp-30um-ncm-minus20').ea]).toEqual(['3e-4', '0.41']);
    expect([v('li6ps5cl-30um-composite').s, v('li6ps5cl-30um-composite').ea]).toEqual(['1.3e-3', '0.33']);
    expect([v('lgps-30um-ncm').s, v('lgps-30um-ncm').ea, v('lgps-30um-ncm').Tr]).toEqual(['1.2e-2', '0.21', '27']);
  });
});
