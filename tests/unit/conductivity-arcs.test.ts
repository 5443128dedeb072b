// Two arcs typed by hand: the conductivities, effective capacitances and brick-layer results against values
// computed by hand (working in each comment), with the limits and refusals the calculator relies on.
import { describe, expect, it } from 'vitest';
import { twoArcPellet } from '~/lib/conductivity-arcs';
import { PhysicsInputError } from '~/lib/errors';

const expectRel = (actual: number, expected: number, rel = 1e-6) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

// L = 1 mm, d = 10 mm → A = π/4 cm² = 0.785398 cm²; L/A = 0.127324 cm⁻¹.
const GEOMETRY = { thicknessCm: 0.1, areaCm2: Math.PI / 4 };
const PELLET = {
  bulk: { resistanceOhm: 200, capacitorValue: 1.5e-11, cpeAlpha: 1 },
  grainBoundary: { resistanceOhm: 800, capacitorValue: 5e-9, cpeAlpha: 0.9 },
  ...GEOMETRY,
  grainSizeUm: 2,
};

describe('two-arc pellet', () => {
  it('bulk, grain-boundary and total conductivity and the brick-layer values of a hand-computed pellet', () => {
    const r = twoArcPellet(PELLET);
    // σ_b = 0.127324/200 = 6.36620e-4; σ_gb,app = 0.127324/800 = 1.59155e-4; σ_t = 0.127324/1000 = 1.27324e-4 S/cm
    expectRel(r.bulkSigmaSPerCm, 6.3662e-4, 1e-5);
    expectRel(r.grainBoundaryApparentSigmaSPerCm, 1.59155e-4, 1e-5);
    expectRel(r.totalSigmaSPerCm, 1.27324e-4, 1e-5);
    expect(r.grainBoundaryResistanceFraction).toBeCloseTo(0.8, 12);
    // C_gb = (Q R^(1−α))^(1/α) = (5e-9 × 800^0.1)^(1/0.9) = (5e-9 × 1.95122)^1.11111 = 1.25661e-9 F
    expectRel(r.grainBoundary.capacitanceF, 1.25661e-9, 1e-5);
    expect(r.bulk.capacitanceF).toBe(1.5e-11); // α = 1: C is the typed value
    // C_b/C_gb = 1.5e-11/1.25661e-9 = 0.0119369; σ_gb,sp = 0.127324 × 0.0119369 / 800 = 1.89982e-6 S/cm
    expectRel(r.capacitanceRatio, 0.0119369, 1e-5);
    expectRel(r.grainBoundarySpecificSigmaSPerCm, 1.89982e-6, 1e-5);
    // δ = d C_b/C_gb = 2 µm × 0.0119369 = 23.874 nm
    expectRel(r.grainBoundaryThicknessNm!, 23.874, 1e-4);
    // ε_r = C_b L/(ε₀ A) = 1.5e-11 × 0.1 / (8.8541878e-14 × 0.785398) = 21.570
    expectRel(r.bulkRelativePermittivity, 21.570, 1e-4);
    // C·L/A: 1.91 pF (bulk, < 10 pF) and 160 pF (grain boundary, 10 pF–10 nF)
    expect(r.bulk.capacitanceSuggests).toBe('bulk');
    expect(r.grainBoundary.capacitanceSuggests).toBe('grainBoundary');
    expect(r.thickBoundaries).toBe(false);
  });

  it('agrees with the total of the simple pellet formula and needs no grain size', () => {
    const r = twoArcPellet({ ...PELLET, grainSizeUm: undefined });
    expect(r.grainBoundaryThicknessNm).toBeNull();
    // 1/σ_t = 1/σ_b + 1/σ_gb,app for arcs in series
    expectRel(1 / r.totalSigmaSPerCm, 1 / r.bulkSigmaSPerCm + 1 / r.grainBoundaryApparentSigmaSPerCm, 1e-12);
  });

  it('flags boundaries that are not thin beside the grains', () => {
    // C_b/C_gb = 1.5e-11/1e-10 = 0.15 ≥ 0.1
    const r = twoArcPellet({ ...PELLET, grainBoundary: { resistanceOhm: 800, capacitorValue: 1e-10, cpeAlpha: 1 } });
    expect(r.thickBoundaries).toBe(true);
    expectRel(r.capacitanceRatio, 0.15, 1e-12);
  });

  it('refuses swapped arcs, an α outside 0.5–1 and a bad resistance, naming the field', () => {
    const cases: [object, string][] = [
      [{ ...PELLET, grainBoundary: { resistanceOhm: 800, capacitorValue: 1e-12, cpeAlpha: 1 } }, 'grainBoundary.capacitorValue'],
      [{ ...PELLET, bulk: { ...PELLET.bulk, cpeAlpha: 0.3 } }, 'bulk.cpeAlpha'],
      [{ ...PELLET, grainBoundary: { ...PELLET.grainBoundary, resistanceOhm: -1 } }, 'grainBoundary.resistanceOhm'],
      [{ ...PELLET, thicknessCm: 0 }, 'thicknessCm'],
    ];
    for (const [input, field] of cases) {
      try {
        twoArcPellet(input as Parameters<typeof twoArcPellet>[0]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PhysicsInputError);
        expect((e as PhysicsInputError).field).toBe(field);
      }
    }
  });
});
