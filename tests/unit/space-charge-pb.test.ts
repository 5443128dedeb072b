import { describe, expect, it } from 'vitest';
import { BOLTZMANN_J_PER_K, ELEMENTARY_CHARGE_C, VACUUM_PERMITTIVITY_F_PER_M } from '~/lib/constants';
import { PhysicsInputError } from '~/lib/errors';
import { debyeLength, gouyChapmanProfile, mottSchottkyWidth } from '~/lib/space-charge';
import { spaceChargeProfile, type SpaceChargeProfileInput } from '~/lib/space-charge-pb';

const expectRel = (actual: number, expected: number, rel: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

const T = 300;
const VT = (BOLTZMANN_J_PER_K * T) / ELEMENTARY_CHARGE_C; // 0.0258520 V
const material = { relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: T, chargeNumber: 1 };
const eps = (30 * VACUUM_PERMITTIVITY_F_PER_M) / 100; // F/cm
const l1 = debyeLength({ ...material, convention: 'one-species' }).debyeLengthNm;
const l2 = debyeLength({ ...material, convention: 'two-species' }).debyeLengthNm;
const base = (extra: Partial<SpaceChargeProfileInput>): SpaceChargeProfileInput => ({
  ...material, surfacePotentialV: 0.1, model: 'one-species', distancesNm: [0], ...extra,
});

describe('spaceChargeProfile: limits', () => {
  it('reduces to Debye–Hückel, φ₀ exp(−x/λ₁), at small potential (one mobile species)', () => {
    const xs = [0, 0.5 * l1, l1, 3 * l1, 8 * l1];
    const r = spaceChargeProfile(base({ surfacePotentialV: 1e-4, distancesNm: xs }));
    expect(r.debyeLengthNm).toBe(l1);
    // y₀ = 0.00387: the nonlinear correction is of order y₀ ≈ 4e-3 relative at most
    r.points.forEach((p, k) => expectRel(p.potentialV, 1e-4 * Math.exp(-xs[k]! / l1), 5e-3));
    expect(r.points[0]!.potentialV).toBeCloseTo(1e-4, 15);
  });

  it('reproduces the closed-form Gouy–Chapman profile for two mobile species (numerical vs exact)', () => {
    const xs = [0, 0.2 * l2, l2, 2.5 * l2, 6 * l2, 20 * l2];
    for (const phi0 of [0.3, -0.2]) {
      const r = spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: phi0, distancesNm: xs }));
      const exact = gouyChapmanProfile({ ...material, surfacePotentialV: phi0, distancesNm: xs });
      r.points.forEach((p, k) => expectRel(p.potentialV, exact.points[k]!.potentialV, 1e-6));
      r.points.forEach((p, k) => expectRel(p.cationRatio, exact.points[k]!.cationConcentrationPerCm3 / 1e19, 1e-5));
    }
  });

  it('strong depletion: the depleted charge equals z e c∞ w_MS with w_MS from Mott–Schottky (kT-corrected)', () => {
    // φ₀ = 1 V → y₀ = 38.7: Q = ε (kT/e)/λ₁ · √(2(y₀ − 1)) = e c∞ · λ₁√(2(y₀ − 1)) = e c∞ w_MS(ΔΦ − kT/e)
    const r = spaceChargeProfile(base({ surfacePotentialV: 1 }));
    const ms = mottSchottkyWidth({ ...material, potentialStepV: 1, kTCorrection: true });
    expectRel(-r.chargePerAreaCPerCm2 / (ELEMENTARY_CHARGE_C * 1e19), ms.widthNm * 1e-7, 1e-9);
    // the same width from the computed profile: ∫(1 − c/c∞) dx, trapezoid on 4001 points
    const n = 4001;
    const xMax = 3 * ms.widthNm;
    const xs = Array.from({ length: n }, (_, k) => (xMax * k) / (n - 1));
    const prof = spaceChargeProfile(base({ surfacePotentialV: 1, distancesNm: xs })).points;
    let deficit = 0;
    for (let k = 1; k < n; k++) deficit += ((2 - prof[k]!.cationRatio - prof[k - 1]!.cationRatio) / 2) * (xMax / (n - 1));
    expectRel(deficit, ms.widthNm, 1e-4);
    // the carriers are essentially gone over most of the width, and back at bulk value beyond it
    expect(prof.find((p) => p.distanceNm >= 0.5 * ms.widthNm)!.cationRatio).toBeLessThan(1e-3);
    expect(prof.find((p) => p.distanceNm >= 1.6 * ms.widthNm)!.cationRatio).toBeGreaterThan(0.99);
    // Mott–Schottky capacitance: C = ε / w_MS(ΔΦ − kT/e), i.e. 1/C² linear in ΔΦ
    expectRel(r.capacitanceFPerCm2, eps / (ms.widthNm * 1e-7), 1e-9);
  });

  it('a negative mobile carrier (Li vacancy) is depleted by a negative φ₀, mirroring the positive case', () => {
    const xs = [0, l1, 4 * l1];
    const plus = spaceChargeProfile(base({ surfacePotentialV: 0.25, distancesNm: xs }));
    const minus = spaceChargeProfile(base({ surfacePotentialV: -0.25, carrierSign: -1, distancesNm: xs }));
    minus.points.forEach((p, k) => {
      expectRel(p.potentialV, -plus.points[k]!.potentialV, 1e-12);
      expectRel(p.anionRatio, plus.points[k]!.cationRatio, 1e-12);
      expect(p.cationRatio).toBe(1);
    });
  });
});

describe('spaceChargeProfile: capacitance', () => {
  it('equals ε/λ at small potential (both models)', () => {
    // by hand: ε = 30 × 8.8541878e-12 F/m = 2.6563e-12 F/cm; λ₁ = 3.7798 nm × √(30/10) / √10 = 2.0703 nm
    // (from the by-hand λ of space-charge.test.ts) → ε/λ₁ = 2.6563e-12 / 2.0703e-7 = 1.2831e-5 F/cm² = 12.8 µF/cm²
    const one = spaceChargeProfile(base({ surfacePotentialV: 1e-6 }));
    // C/(ε/λ₁) = (1 − e^{−y})/√(2(y + e^{−y} − 1)) = 1 − y₀/3 + …, y₀ = 3.87e-5
    expectRel(one.capacitanceFPerCm2, (eps / (l1 * 1e-7)) * (1 - 1e-6 / VT / 3), 1e-8);
    expectRel(one.debyeCapacitanceFPerCm2, 1.2831e-5, 1e-3);
    const two = spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: 0 }));
    expectRel(two.capacitanceFPerCm2, eps / (l2 * 1e-7), 1e-12);
  });

  it('Gouy–Chapman: C = (ε/λ₂) cosh(z e φ₀ / 2kT) (Bard & Faulkner eq. 13.3.21)', () => {
    for (const phi0 of [0.05, -0.15, 0.3]) {
      const r = spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: phi0 }));
      expectRel(r.capacitanceFPerCm2, (eps / (l2 * 1e-7)) * Math.cosh(phi0 / VT / 2), 1e-9);
    }
  });

  it('agrees with a numerical derivative dQ/dφ₀ (one species, lattice gas, accumulation)', () => {
    const at = (phi0: number) => spaceChargeProfile(base({ surfacePotentialV: phi0, siteDensityPerCm3: 1e21 })).chargePerAreaCPerCm2;
    const h = 1e-5;
    const numeric = Math.abs((at(-0.2 + h) - at(-0.2 - h)) / (2 * h));
    expectRel(spaceChargeProfile(base({ surfacePotentialV: -0.2, siteDensityPerCm3: 1e21 })).capacitanceFPerCm2, numeric, 1e-6);
  });
});

describe('spaceChargeProfile: space-charge resistance', () => {
  it('Gouy–Chapman, only the cation conducts: R_sc = (λ₂/σ∞)·4g/(1 − g), g = tanh(u₀/4) (hand integral)', () => {
    // e^u − 1 = 4t/(1 − t)² with t = g e^(−X); ∫₀^∞ (e^u − 1) dX = ∫₀^g 4/(1 − t)² dt = 4g/(1 − g).
    // u₀ = 4 (φ₀ = 4 kT/e): g = tanh 1 = 0.761594, 4g/(1 − g) = 12.7781; λ₂ = 2.0703/√2 = 1.4639 nm, σ∞ = 1e-3 S/cm
    // → R_sc = 12.7781 × 1.4639e-7 cm / 1e-3 S/cm = 1.8706e-3 Ω cm²
    const sigma = 1e-3;
    const r = spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: 4 * VT, bulkConductivitySPerCm: sigma, cationConductivityFraction: 1 }));
    const g = Math.tanh(1);
    expectRel(r.resistanceOhmCm2!, ((l2 * 1e-7) / sigma) * ((4 * g) / (1 - g)), 1e-6);
    expectRel(r.resistanceOhmCm2!, 1.8706e-3, 1e-3);
    // only the anion conducts: it accumulates, ∫(e^(−u) − 1) dX = −4g/(1 + g): a lower resistance
    const acc = spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: 4 * VT, bulkConductivitySPerCm: sigma, cationConductivityFraction: 0 }));
    expectRel(acc.resistanceOhmCm2!, -((l2 * 1e-7) / sigma) * ((4 * g) / (1 + g)), 1e-6);
  });

  it('strong depletion of one species: R_sc ≈ (λ₁/σ∞) e^{y₀}/√(2(y₀ − 1)) (Laplace estimate of the integral)', () => {
    // ∫ (e^y − 1) dy/√(2F(y)) is dominated by y near y₀; the leading term is e^{y₀}/√(2(y₀−1)), next order ~1/y₀
    const sigma = 1e-4;
    const y0 = 0.5 / VT;
    const r = spaceChargeProfile(base({ surfacePotentialV: 0.5, bulkConductivitySPerCm: sigma }));
    expectRel(r.resistanceOhmCm2!, ((l1 * 1e-7) / sigma) * (Math.exp(y0) / Math.sqrt(2 * (y0 - 1))), 0.1);
    expect(r.resistanceOhmCm2!).toBeGreaterThan(((l1 * 1e-7) / sigma) * (Math.exp(y0) / Math.sqrt(2 * (y0 - 1))));
  });

  it('vanishes at zero potential and scales as 1/σ∞', () => {
    expect(spaceChargeProfile(base({ surfacePotentialV: 0, bulkConductivitySPerCm: 1e-3 })).resistanceOhmCm2).toBe(0);
    const a = spaceChargeProfile(base({ surfacePotentialV: 0.2, bulkConductivitySPerCm: 1e-3 })).resistanceOhmCm2!;
    const b = spaceChargeProfile(base({ surfacePotentialV: 0.2, bulkConductivitySPerCm: 1e-2 })).resistanceOhmCm2!;
    expectRel(a / b, 10, 1e-12);
    expect(spaceChargeProfile(base({ surfacePotentialV: 0.2 })).resistanceOhmCm2).toBeNull();
  });
});

describe('spaceChargeProfile: lattice gas (Bikerman)', () => {
  it('reduces to the dilute case for a large site density', () => {
    const xs = [0, l1, 3 * l1];
    for (const model of ['one-species', 'two-species'] as const) {
      const dilute = spaceChargeProfile(base({ model, surfacePotentialV: -0.15, distancesNm: xs, bulkConductivitySPerCm: 1e-3 }));
      const lattice = spaceChargeProfile(base({ model, surfacePotentialV: -0.15, distancesNm: xs, bulkConductivitySPerCm: 1e-3, siteDensityPerCm3: 1e25 }));
      // c∞/N = 1e-6 and c(0)/N ≈ 1e-6·e^{5.8} ≈ 3e-4: agreement to better than 2e-3
      lattice.points.forEach((p, k) => expectRel(p.potentialV, dilute.points[k]!.potentialV, 2e-3));
      expectRel(lattice.capacitanceFPerCm2, dilute.capacitanceFPerCm2, 2e-3);
      expectRel(lattice.resistanceOhmCm2!, dilute.resistanceOhmCm2!, 2e-3);
    }
  });

  it('saturates the accumulated carriers at the site density and flags the dilute treatment', () => {
    const r = spaceChargeProfile(base({ surfacePotentialV: -0.5, siteDensityPerCm3: 1e21, distancesNm: [0, 0.1, 1] }));
    expect(r.points[0]!.cationRatio * 1e19).toBeLessThanOrEqual(1e21);
    expect(r.points[0]!.cationRatio * 1e19).toBeGreaterThan(0.99e21);
    expect(r.dilutePeakConcentrationPerCm3).toBeGreaterThan(1e26);
    expect(r.warnings.join(' ')).toMatch(/sites/);
    // two species (Kilic, Bazant & Ajdari 2007): C = (ε/λ₂) sinh|u| / [(1 + 2ν sinh²(u/2)) √((2/ν) ln(1 + 2ν sinh²(u/2)))]
    const u = -0.5 / VT;
    const nu = (2 * 1e19) / 1e21;
    const q = 1 + 2 * nu * Math.sinh(u / 2) ** 2;
    const kba = (eps / (l2 * 1e-7)) * (Math.abs(Math.sinh(u)) / (q * Math.sqrt((2 / nu) * Math.log(q))));
    expectRel(spaceChargeProfile(base({ model: 'two-species', surfacePotentialV: -0.5, siteDensityPerCm3: 1e21 })).capacitanceFPerCm2, kba, 1e-9);
  });

  it('satisfies Poisson’s equation d²y/dX² = F′(y) (one species, lattice gas)', () => {
    // charge density in units of z e c∞: ρ = c/c∞ − 1 and d²y/dX² = −ρ = 1 − c/c∞
    const h = 1e-3 * l1;
    for (const x0 of [0.4 * l1, 1.5 * l1]) {
      const r = spaceChargeProfile(base({ surfacePotentialV: -0.3, siteDensityPerCm3: 5e20, distancesNm: [x0 - h, x0, x0 + h] }));
      const y = r.points.map((p) => p.potentialV / VT);
      const d2 = (y[0]! - 2 * y[1]! + y[2]!) / (h / l1) ** 2;
      expectRel(d2, 1 - r.points[1]!.cationRatio, 1e-4);
    }
  });

  it('refuses a site density at or below the carrier concentration, and an overflowing potential', () => {
    expect(() => spaceChargeProfile(base({ siteDensityPerCm3: 1e19 }))).toThrow(PhysicsInputError);
    expect(() => spaceChargeProfile(base({ model: 'two-species', siteDensityPerCm3: 1.5e19 }))).toThrow(/site density/);
    expect(() => spaceChargeProfile(base({ surfacePotentialV: 10, temperatureK: 10 }))).toThrow(/too large/);
    expect(() => spaceChargeProfile(base({ model: 'three' as never }))).toThrow(PhysicsInputError);
    expect(() => spaceChargeProfile(base({ distancesNm: [-1] }))).toThrow(PhysicsInputError);
  });
});
