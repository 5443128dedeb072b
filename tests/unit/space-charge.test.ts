import { describe, expect, it } from 'vitest';
import { BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C } from '~/lib/constants';
import { PhysicsInputError } from '~/lib/errors';
import { boltzmannConcentration, debyeLength, gouyChapmanProfile, mottSchottkyWidth } from '~/lib/space-charge';

const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

const VT300 = (BOLTZMANN_J_PER_K * 300) / ELEMENTARY_CHARGE_C; // 0.0258520 V

describe('debyeLength', () => {
  it('by hand: ε_r = 10, c = 1e18 cm⁻³, 300 K, z = 1', () => {
    // ε_r ε₀ k_B T = 10 × 8.8541878e-12 × 1.380649e-23 × 300 = 3.66727e-31
    // e² c = (1.602177e-19)² × 1e24 m⁻³ = 2.56697e-14  →  λ² = 1.42864e-17 m²  →  λ = 3.77978 nm
    const r = debyeLength({ relativePermittivity: 10, concentrationPerCm3: 1e18, temperatureK: 300, chargeNumber: 1, convention: 'one-species' });
    expectRel(r.debyeLengthNm, 3.7797775387482875, 1e-10);
    expectRel(r.debyeLengthM, 3.7797775387482875e-9, 1e-10);
    expect(r.convention).toBe('one-species');
    expect(r.warnings).toEqual([]);
    const two = debyeLength({ relativePermittivity: 10, concentrationPerCm3: 1e18, temperatureK: 300, chargeNumber: 1, convention: 'two-species' });
    expectRel(two.debyeLengthNm, r.debyeLengthNm / Math.SQRT2, 1e-12);
  });

  it('published: 0.1 M 1:1 electrolyte in water at 25 °C has κ⁻¹ ≈ 0.96 nm (0.304/√I nm)', () => {
    // Israelachvili, Intermolecular and Surface Forces, 3rd ed. (2011), eq. 14.37: κ⁻¹ = 0.304 nm/√(I/M)
    const c = (0.1 * 6.02214076e23) / 1000; // 0.1 mol/L → 6.022e19 cm⁻³
    const r = debyeLength({ relativePermittivity: 78.4, concentrationPerCm3: c, temperatureK: 298.15, chargeNumber: 1, convention: 'two-species' });
    expectRel(r.debyeLengthNm, 0.304 / Math.sqrt(0.1), 0.005);
  });

  it('scales as sqrt(ε T / (z² c)) and warns below a lattice spacing', () => {
    const base = { relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: 300, chargeNumber: 1, convention: 'one-species' as const };
    const l0 = debyeLength(base).debyeLengthNm;
    expectRel(debyeLength({ ...base, concentrationPerCm3: 4e19 }).debyeLengthNm, l0 / 2, 1e-12);
    expectRel(debyeLength({ ...base, chargeNumber: 2 }).debyeLengthNm, l0 / 2, 1e-12);
    expectRel(debyeLength({ ...base, temperatureK: 1200 }).debyeLengthNm, l0 * 2, 1e-12);
    // a fast Li conductor with ~1e22 mobile Li per cm³ screens within less than an atomic distance
    const dense = debyeLength({ ...base, concentrationPerCm3: 1e22 });
    expect(dense.debyeLengthNm).toBeLessThan(0.5);
    expect(dense.warnings.length).toBe(1);
  });

  it('rejects a bad convention and z = 0', () => {
    const base = { relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: 300, chargeNumber: 1, convention: 'one-species' as const };
    expect(() => debyeLength({ ...base, convention: 'three' as never })).toThrow(PhysicsInputError);
    expect(() => debyeLength({ ...base, chargeNumber: 0 })).toThrow(/chargeNumber/);
  });
});

describe('mottSchottkyWidth', () => {
  it('by hand: ε_r = 30, c = 1e20 cm⁻³, ΔΦ = 0.5 V', () => {
    // w² = 2 × 30 × 8.8541878e-12 × 0.5 / (1.602177e-19 × 1e26) = 2.65626e-10 / 1.602177e7 = 1.65790e-17 m² → w = 4.07174 nm
    const base = { relativePermittivity: 30, concentrationPerCm3: 1e20, potentialStepV: 0.5, temperatureK: 300, chargeNumber: 1 };
    const r = mottSchottkyWidth(base);
    expectRel(r.widthNm, 4.071737721682394, 1e-10);
    expect(r.kTCorrectionApplied).toBe(false);
    expect(r.effectivePotentialV).toBe(0.5);
    // with the correction: ΔΦ_eff = 0.5 − 0.025852 V → w = 3.96508 nm
    const rc = mottSchottkyWidth({ ...base, kTCorrection: true });
    expectRel(rc.widthNm, 3.965078180770937, 1e-10);
    expectRel(rc.effectivePotentialV, 0.5 - VT300, 1e-12);
    // the sign of ΔΦ does not matter
    expectRel(mottSchottkyWidth({ ...base, potentialStepV: -0.5 }).widthNm, r.widthNm, 1e-15);
  });

  it('w/λ = sqrt(2 z e ΔΦ / k_B T) (Maier: λ* = λ_two·sqrt(4 z e ΔΦ/k_B T))', () => {
    const r = mottSchottkyWidth({ relativePermittivity: 12, concentrationPerCm3: 3e18, potentialStepV: 0.3, temperatureK: 300, chargeNumber: 1 });
    expectRel(r.widthNm / r.debyeLengthNm, Math.sqrt((2 * 0.3) / VT300), 1e-10);
    const lTwo = debyeLength({ relativePermittivity: 12, concentrationPerCm3: 3e18, temperatureK: 300, chargeNumber: 1, convention: 'two-species' });
    expectRel(r.widthNm, lTwo.debyeLengthNm * Math.sqrt((4 * 0.3) / VT300), 1e-10);
  });

  it('warns for small potential steps and refuses one below kT/e with the correction', () => {
    const base = { relativePermittivity: 30, concentrationPerCm3: 1e20, temperatureK: 300, chargeNumber: 1 };
    expect(mottSchottkyWidth({ ...base, potentialStepV: 0.05 }).warnings.length).toBeGreaterThan(0);
    expect(() => mottSchottkyWidth({ ...base, potentialStepV: 0.02, kTCorrection: true })).toThrow(PhysicsInputError);
    expect(() => mottSchottkyWidth({ ...base, potentialStepV: 0 })).toThrow(/potentialStepV/);
  });
});

describe('gouyChapmanProfile', () => {
  const base = { relativePermittivity: 20, concentrationPerCm3: 1e18, temperatureK: 300, chargeNumber: 1 };
  const lambda = debyeLength({ ...base, convention: 'two-species' }).debyeLengthNm;

  it('equals φ₀ at the interface and tends to the linear solution for small φ₀', () => {
    const xs = [0, 0.5 * lambda, lambda, 3 * lambda];
    const r = gouyChapmanProfile({ ...base, surfacePotentialV: 1e-3, distancesNm: xs });
    expect(r.debyeLengthNm).toBe(lambda);
    expect(r.points[0]!.potentialV).toBe(1e-3);
    // y₀ = 0.0387: relative difference ≈ y₀²/48 ≈ 3e-5
    r.points.forEach((p) => expectRel(p.potentialV, p.potentialLinearV, 1e-4));
    expectRel(r.points[2]!.potentialLinearV, 1e-3 * Math.exp(-1), 1e-12);
  });

  it('satisfies the Poisson–Boltzmann equation d²y/dX² = sinh y (X = x/λ)', () => {
    const h = 1e-3 * lambda;
    for (const x0 of [0.3 * lambda, lambda, 2 * lambda]) {
      for (const phi0 of [0.2, -0.35]) {
        const r = gouyChapmanProfile({ ...base, surfacePotentialV: phi0, distancesNm: [x0 - h, x0, x0 + h] });
        const y = r.points.map((p) => p.potentialV / VT300);
        const d2 = (y[0]! - 2 * y[1]! + y[2]!) / (h / lambda) ** 2;
        expectRel(d2, Math.sinh(y[1]!), 1e-5);
      }
    }
  });

  it('far field of a large φ₀: φ → (4 k_B T/ze)·tanh(zeφ₀/4k_BT)·exp(−x/λ)', () => {
    const r = gouyChapmanProfile({ ...base, surfacePotentialV: 0.5, distancesNm: [10 * lambda] });
    expectRel(r.points[0]!.potentialV, 4 * VT300 * Math.tanh(0.5 / VT300 / 4) * Math.exp(-10), 1e-6);
    // the linear approximation overestimates it grossly
    expect(r.points[0]!.potentialLinearV).toBeGreaterThan(4 * r.points[0]!.potentialV);
  });

  it('Boltzmann concentrations: c₊c₋ = c² everywhere; accumulation warning for large φ₀', () => {
    const r = gouyChapmanProfile({ ...base, surfacePotentialV: -0.4, distancesNm: [0, 1, 2, 5] });
    r.points.forEach((p) => expectRel(p.cationConcentrationPerCm3 * p.anionConcentrationPerCm3, 1e36, 1e-9));
    expect(r.points[0]!.cationConcentrationPerCm3).toBeGreaterThan(1e22);
    expect(r.warnings.join(' ')).toMatch(/site/);
  });

  it('is monotonic and symmetric in the sign of φ₀', () => {
    const xs = [0, 1, 2, 4, 8, 16];
    const up = gouyChapmanProfile({ ...base, surfacePotentialV: 0.3, distancesNm: xs }).points.map((p) => p.potentialV);
    const down = gouyChapmanProfile({ ...base, surfacePotentialV: -0.3, distancesNm: xs }).points.map((p) => p.potentialV);
    for (let k = 1; k < xs.length; k++) expect(up[k]!).toBeLessThan(up[k - 1]!);
    up.forEach((v, k) => expect(down[k]).toBeCloseTo(-v, 15));
  });
});

describe('boltzmannConcentration', () => {
  it('by hand: Li⁺ at +0.1 V, 300 K: exp(−0.1/0.0258520) = exp(−3.86817) = 0.0208965', () => {
    const r = boltzmannConcentration({ bulkConcentrationPerCm3: 1e20, potentialV: 0.1, chargeNumber: 1, temperatureK: 300 });
    expectRel(r.ratio, Math.exp(-0.1 / VT300), 1e-12);
    expect(r.ratio).toBeCloseTo(0.0208965, 6);
    expectRel(r.concentrationPerCm3, 1e20 * r.ratio, 1e-12);
  });

  it('a vacancy (z = −1) accumulates where Li⁺ is depleted', () => {
    const plus = boltzmannConcentration({ bulkConcentrationPerCm3: 1e18, potentialV: 0.2, chargeNumber: 1, temperatureK: 350 });
    const minus = boltzmannConcentration({ bulkConcentrationPerCm3: 1e18, potentialV: 0.2, chargeNumber: -1, temperatureK: 350 });
    expectRel(plus.ratio * minus.ratio, 1, 1e-12);
    expect(() => boltzmannConcentration({ bulkConcentrationPerCm3: 1e18, potentialV: 0.2, chargeNumber: 0, temperatureK: 350 })).toThrow(
      PhysicsInputError,
    );
  });

  it('refuses an overflowing Boltzmann factor', () => {
    expect(() => boltzmannConcentration({ bulkConcentrationPerCm3: 1e20, potentialV: -5, chargeNumber: 1, temperatureK: 10 })).toThrow(
      PhysicsInputError,
    );
  });
});
