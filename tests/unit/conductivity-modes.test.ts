// The new conductivity-calculator physics: carriers from a formula, the X-ray density of a cubic cell, and
// the porosity corrections, each against hand-computed values (the computation is in each test's comment),
// with limits and round trips.
import { describe, expect, it } from 'vitest';
import { carriersFromFormula, cubicXrayDensity } from '~/lib/conductivity-carriers';
import { conductivityFromDiffusivity, diffusivityFromConductivity, mobilityFromConductivity } from '~/lib/conductivity';
import { denseConductivityFromPorous, porosityFactor } from '~/lib/conductivity-porosity';
import { effectiveCapacitance } from '~/lib/eis/material';
import { PhysicsInputError } from '~/lib/errors';

const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

describe('carriers from a formula', () => {
  it('Li7La3Zr2O12 at 5.1 g/cm³', () => {
    // M = 7 × 6.94 + 3 × 138.91 + 2 × 91.224 + 12 × 15.999 = 48.58 + 416.73 + 182.448 + 191.988 = 839.746 g/mol
    // n = 7 × 5.1 g/cm³ × 6.02214076e23 mol⁻¹ / 839.746 g/mol = 2.14990e25 / 839.746 = 2.56018e22 cm⁻³
    // c = n / N_A × 1000 = 7 × 5.1 / 839.746 × 1000 = 42.513 mol/L
    const r = carriersFromFormula({ formula: 'Li7La3Zr2O12', densityGPerCm3: 5.1, ion: 'Li' });
    expectRel(r.molarMassGPerMol, 839.746, 1e-9);
    expect(r.ionsInFormula).toBe(7);
    expect(r.carriersPerFormulaUnit).toBe(7);
    expect(r.chargeNumber).toBe(1);
    expectRel(r.carrierConcentrationPerCm3, 2.56018e22, 1e-5);
    expectRel(r.carrierMolPerL, 42.513, 1e-4);
  });

  it('subscripts, fewer mobile ions than the formula holds, and Mg²⁺', () => {
    // Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃: only 0.5 of the 1.5 Li counted → one third of the full count
    const all = carriersFromFormula({ formula: 'Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃', densityGPerCm3: 3.4, ion: 'Li' });
    const part = carriersFromFormula({ formula: 'Li1.5Al0.5Ge1.5(PO4)3', densityGPerCm3: 3.4, ion: 'Li', carriersPerFormulaUnit: 0.5 });
    expectRel(part.carrierConcentrationPerCm3, all.carrierConcentrationPerCm3 / 3, 1e-12);
    expect(carriersFromFormula({ formula: 'MgZr4(PO4)6', densityGPerCm3: 3.2, ion: 'Mg' }).chargeNumber).toBe(2);
  });

  it('refuses a formula without the ion, more ions than it holds, and a bad density', () => {
    const cases: [() => unknown, string][] = [
      [() => carriersFromFormula({ formula: 'La2Zr2O7', densityGPerCm3: 6, ion: 'Li' }), 'formula'],
      [() => carriersFromFormula({ formula: 'Li3PS4', densityGPerCm3: 1.9, ion: 'Li', carriersPerFormulaUnit: 4 }), 'carriersPerFormulaUnit'],
      [() => carriersFromFormula({ formula: 'Li3PS4', densityGPerCm3: 0, ion: 'Li' }), 'densityGPerCm3'],
      [() => carriersFromFormula({ formula: 'Xx3', densityGPerCm3: 1, ion: 'Li' }), 'formula'],
    ];
    for (const [run, field] of cases) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PhysicsInputError);
        expect((e as PhysicsInputError).field).toBe(field);
      }
    }
  });

  it('X-ray density of cubic LLZO, a = 12.968 Å, Z = 8', () => {
    // V = (12.968e-8 cm)³ = 2.18085e-21 cm³; ρ = 8 × 839.746 / (6.02214076e23 × 2.18085e-21) = 6717.97 / 1313.34 = 5.1152 g/cm³
    expectRel(cubicXrayDensity({ molarMassGPerMol: 839.746, formulaUnitsPerCell: 8, latticeParameterAngstrom: 12.968 }).densityGPerCm3, 5.1152, 1e-4);
  });
});

describe('Nernst–Einstein with the Haven ratio, from a formula', () => {
  it('LLZO at 25 °C: σ = 1e-3 S/cm → D → σ, H_R = 0.5', () => {
    // n = 2.56018e22 cm⁻³ (above). D_σ = σ k_B T / (n e²) = 1e-3 × 1.380649e-23 × 298.15 / (2.56018e22 × (1.602176634e-19)²)
    //   = 4.116405e-24 / (2.56018e22 × 2.566970e-38) = 4.116405e-24 / 6.571866e-16 = 6.26367e-9 cm²/s; D* = H_R D_σ = 3.13183e-9 cm²/s
    const { carrierConcentrationPerCm3: n } = carriersFromFormula({ formula: 'Li7La3Zr2O12', densityGPerCm3: 5.1, ion: 'Li' });
    const common = { carrierConcentrationPerCm3: n, temperatureK: 298.15, chargeNumber: 1, havenRatio: 0.5 };
    const d = diffusivityFromConductivity({ ...common, sigmaSPerCm: 1e-3 });
    expectRel(d.chargeDiffusivityCm2PerS, 6.26367e-9, 1e-5);
    expectRel(d.tracerDiffusivityCm2PerS, 3.13183e-9, 1e-5);
    const back = conductivityFromDiffusivity({ ...common, tracerDiffusivityCm2PerS: d.tracerDiffusivityCm2PerS });
    expectRel(back.sigmaSPerCm, 1e-3, 1e-12);
    // μ = σ/(n e) = 1e-3 / (2.56018e22 × 1.602176634e-19) = 1e-3 / 4101.86 = 2.43792e-7 cm²/(V s)
    expectRel(mobilityFromConductivity({ sigmaSPerCm: 1e-3, carrierConcentrationPerCm3: n, chargeNumber: 1 }).mobilityCm2PerVS, 2.43792e-7, 1e-5);
  });
});

describe('CPE → capacitance (R‖CPE form of Brug and of Hsu–Mansfeld)', () => {
  it('α = 1 gives Q; α = 0.9, Q = 1e-9, R = 1e4 Ω gives (Q R^0.1)^(1/0.9)', () => {
    expect(effectiveCapacitance({ resistanceOhm: 1e4, cpeQ: 2e-12, cpeAlpha: 1 }).capacitanceF).toBe(2e-12);
    // (1e-9 × 1e4^0.1)^(1/0.9) = (1e-9 × 2.511886)^(1.11111) = (2.511886e-9)^(1.11111) = 10^(−8.6 × 1.11111) = 10^−9.55556 = 2.78256e-10 F
    expectRel(effectiveCapacitance({ resistanceOhm: 1e4, cpeQ: 1e-9, cpeAlpha: 0.9 }).capacitanceF, 2.78256e-10, 1e-5);
  });
});

describe('porosity corrections for insulating pores', () => {
  it('every model returns σ at full density (ρ_rel = 1)', () => {
    for (const model of ['maxwellGarnett', 'bruggeman', 'archie'] as const) {
      expect(porosityFactor({ relativeDensity: 1, model }).factor).toBe(1);
    }
    const r = denseConductivityFromPorous({ sigmaApparentSPerCm: 3e-4, relativeDensity: 1 });
    for (const m of r.models) expect(m.sigmaDenseSPerCm).toBe(3e-4);
    expect(r.porosity).toBe(0);
    expect(r.modelSpread).toBe(1);
  });

  it('at 90 % density: MG 1.8/2.1, Bruggeman 0.9^1.5, Archie 0.9²', () => {
    // MG: 2 × 0.9 / (3 − 0.9) = 1.8/2.1 = 0.857143; Bruggeman: 0.9 × √0.9 = 0.9 × 0.948683 = 0.853815; Archie (m = 2): 0.81
    expectRel(porosityFactor({ relativeDensity: 0.9, model: 'maxwellGarnett' }).factor, 0.857142857, 1e-8);
    expectRel(porosityFactor({ relativeDensity: 0.9, model: 'bruggeman' }).factor, 0.853814968, 1e-8);
    expectRel(porosityFactor({ relativeDensity: 0.9, model: 'archie' }).factor, 0.81, 1e-12);
    expectRel(porosityFactor({ relativeDensity: 0.9, model: 'archie', archieExponent: 1.5 }).factor, 0.853814968, 1e-8);
    // σ_dense = 1e-4 / 0.853815 = 1.171214e-4 S/cm (Bruggeman)
    const r = denseConductivityFromPorous({ sigmaApparentSPerCm: 1e-4, relativeDensity: 0.9 });
    expectRel(r.models.find((m) => m.model === 'bruggeman')!.sigmaDenseSPerCm, 1.171214e-4, 1e-6);
    expectRel(r.porosity, 0.1, 1e-12);
    // spread = Archie / MG = 0.857143/0.81 = 1.058201
    expectRel(r.modelSpread, 1.058201, 1e-6);
    expect(r.beyondIsolatedPores).toBe(false);
  });

  it('Maxwell–Garnett is the upper bound: its factor is the largest at every density (Archie at its smallest m, 1.5)', () => {
    for (let rho = 0.5; rho < 1; rho += 0.05) {
      const mg = porosityFactor({ relativeDensity: rho, model: 'maxwellGarnett' }).factor;
      expect(mg).toBeGreaterThanOrEqual(porosityFactor({ relativeDensity: rho, model: 'bruggeman' }).factor);
      expect(mg).toBeGreaterThanOrEqual(porosityFactor({ relativeDensity: rho, model: 'archie', archieExponent: 1.5 }).factor);
    }
  });

  it('flags the validity limits: 75 % density crosses the isolated-pore limit, 60 % the connected-pore one', () => {
    const at75 = denseConductivityFromPorous({ sigmaApparentSPerCm: 5.4e-5, relativeDensity: 0.75 });
    expect([at75.beyondIsolatedPores, at75.beyondConnectedPores]).toEqual([true, false]);
    const at60 = denseConductivityFromPorous({ sigmaApparentSPerCm: 5.4e-5, relativeDensity: 0.6 });
    expect(at60.beyondConnectedPores).toBe(true);
  });

  it('refuses a relative density of 0 or above 1, an Archie exponent out of range and an unknown model', () => {
    expect(() => porosityFactor({ relativeDensity: 0, model: 'bruggeman' })).toThrow(PhysicsInputError);
    expect(() => porosityFactor({ relativeDensity: 1.01, model: 'bruggeman' })).toThrow(PhysicsInputError);
    expect(() => porosityFactor({ relativeDensity: 0.9, model: 'archie', archieExponent: 1.2 })).toThrow(PhysicsInputError);
    expect(() => porosityFactor({ relativeDensity: 0.9, model: 'nonsense' as never })).toThrow(PhysicsInputError);
  });
});
