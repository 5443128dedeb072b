import { describe, expect, it } from 'vitest';
import {
  analysePellet,
  arcsOfCircuit,
  assignArc,
  effectiveCapacitance,
  relativePermittivity,
} from '~/lib/eis/material';
import type { CircuitNode, ElementKind } from '~/lib/eis/types';
import { PhysicsInputError } from '~/lib/errors';

/** |actual − expected| ≤ rel·|expected| */
const expectRel = (actual: number | null, expected: number, rel = 1e-9) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

// Hand-built circuit nodes (independent of the parser).
let position = 0;
const el = (kind: ElementKind, n: number | string): CircuitNode => ({ type: 'element', kind, name: `${kind}${n}`, position: position++ });
const ser = (...children: CircuitNode[]): CircuitNode => ({ type: 'series', children });
const par = (...children: CircuitNode[]): CircuitNode => ({ type: 'parallel', children });

const EPS0_F_PER_CM = 8.8541878128e-14;

describe('effectiveCapacitance (Brug)', () => {
  it('α = 1 returns Q exactly', () => {
    expect(effectiveCapacitance({ resistanceOhm: 1234, cpeQ: 3.3e-9, cpeAlpha: 1 }).capacitanceF).toBe(3.3e-9);
  });
  it('R = 1 kΩ, Q = 1e-9 S·s^α, α = 0.9: C = (1e-9 · 1000^0.1)^(1/0.9) = 10^(−8.7/0.9) = 2.154e-10 F', () => {
    const { capacitanceF } = effectiveCapacitance({ resistanceOhm: 1000, cpeQ: 1e-9, cpeAlpha: 0.9 });
    expectRel(capacitanceF, 10 ** (-8.7 / 0.9), 1e-12);
    expectRel(capacitanceF, 2.1544e-10, 1e-4);
  });
  it('round trip: R·C equals the arc time constant (RQ)^(1/α)', () => {
    for (const [r, q, alpha] of [[50, 2e-6, 0.7], [1e6, 1e-12, 0.95], [3e3, 4e-8, 0.5]]) {
      const { capacitanceF } = effectiveCapacitance({ resistanceOhm: r, cpeQ: q, cpeAlpha: alpha });
      expectRel(r * capacitanceF, (r * q) ** (1 / alpha), 1e-12);
    }
  });
  it('rejects α outside (0, 1] and non-positive Q', () => {
    expect(() => effectiveCapacitance({ resistanceOhm: 1, cpeQ: 1e-9, cpeAlpha: 1.1 })).toThrow(PhysicsInputError);
    expect(() => effectiveCapacitance({ resistanceOhm: 1, cpeQ: 1e-9, cpeAlpha: 0 })).toThrow(PhysicsInputError);
    expect(() => effectiveCapacitance({ resistanceOhm: 1, cpeQ: -1e-9, cpeAlpha: 0.9 })).toThrow(PhysicsInputError);
  });
});

describe('assignArc (Irvine, Sinclair & West 1990)', () => {
  it('scales by L/A: 42 pF on a 1 mm, 1 cm² pellet is C·L/A = 4.2 pF → bulk', () => {
    const r = assignArc({ capacitanceF: 42e-12, thicknessCm: 0.1, areaCm2: 1 });
    expectRel(r.normalisedCapacitanceF, 4.2e-12);
    expect(r.assignment).toBe('bulk');
    expect(r.reason).toBe('C·L/A = 4.2 pF, typical of grain interiors (~1 pF; Irvine et al. 1990).');
  });
  it('range limits: < 1e-11 bulk, 1e-11–1e-8 grain boundary, 1e-8–1e-7 unassigned, ≥ 1e-7 electrode', () => {
    const at = (cn: number) => assignArc({ capacitanceF: cn, thicknessCm: 1, areaCm2: 1 }).assignment;
    expect(at(9.9e-12)).toBe('bulk');
    expect(at(1e-11)).toBe('grainBoundary');
    expect(at(9.9e-9)).toBe('grainBoundary');
    expect(at(1e-8)).toBe('unassigned');
    expect(at(1e-7)).toBe('electrode');
    expect(at(1e-5)).toBe('electrode');
  });
  it('the same capacitance means different things on different geometries', () => {
    // 5 nF: on L/A = 0.4 cm⁻¹ → 2 nF (grain boundary); on L/A = 0.001 cm⁻¹ → 5 pF (bulk of a thin, wide film).
    expect(assignArc({ capacitanceF: 5e-9, thicknessCm: 0.2, areaCm2: 0.5 }).assignment).toBe('grainBoundary');
    expect(assignArc({ capacitanceF: 5e-9, thicknessCm: 0.001, areaCm2: 1 }).assignment).toBe('bulk');
  });
});

describe('relativePermittivity', () => {
  it('ε_r = C·L/(ε₀A): 10 pF, 1 mm, 1 cm² → 1e-12/8.854e-14 = 11.294', () => {
    const { relativePermittivity: er } = relativePermittivity({ capacitanceF: 1e-11, thicknessCm: 0.1, areaCm2: 1 });
    expectRel(er, 1e-12 / EPS0_F_PER_CM, 1e-12);
    expectRel(er, 11.2941, 1e-4);
  });
});

describe('arcsOfCircuit', () => {
  it('finds p(R,C) and p(R,CPE) in either order, in circuit order; ignores other parallel blocks', () => {
    const node = ser(
      el('R', 0),
      par(el('R', 1), el('C', 1)),
      par(el('CPE', 2), el('R', 2)),
      par(el('R', 3), el('L', 3)), // R‖L: not an arc
      par(el('R', 4), el('C', 4), el('C', 5)), // three children: not an arc
      par(el('R', 5), el('R', 6)), // R‖R: not an arc
      par(el('CPE', 6), ser(el('R', 7), el('W', 1))), // Randles-type block: not an arc itself
      par(el('C', 7), ser(el('R', 8), par(el('R', 9), el('CPE', 9)))), // …but arcs nested inside are found
    );
    expect(arcsOfCircuit(node)).toEqual([
      { resistanceName: 'R1', capacitorName: 'C1', kind: 'C' },
      { resistanceName: 'R2', capacitorName: 'CPE2', kind: 'CPE' },
      { resistanceName: 'R9', capacitorName: 'CPE9', kind: 'CPE' },
    ]);
  });
  it('a bare element or a series chain has no arcs', () => {
    expect(arcsOfCircuit(el('R', 0))).toEqual([]);
    expect(arcsOfCircuit(ser(el('R', 0), el('C', 1)))).toEqual([]);
  });
});

describe('analysePellet', () => {
  // R0-p(R1,C1)-p(R2,CPE2)-p(R3,CPE3) on L = 0.1 cm, A = 1 cm² (L/A = 0.1 cm⁻¹).
  const node = ser(el('R', 0), par(el('R', 1), el('C', 1)), par(el('CPE', 2), el('R', 2)), par(el('R', 3), el('CPE', 3)));
  const parameters = {
    R0: 10,
    R1: 1000, // bulk: C1 = 20 pF → C·L/A = 2 pF
    C1: 2e-11,
    R2: 4000, // grain boundary: α = 1 → C = Q = 1 nF → 0.1 nF
    CPE2_0: 1e-9,
    CPE2_1: 1,
    R3: 1e5, // electrode: C = (1e-5 · (1e5)^0.2)^(1/0.8) = (1e-4)^1.25 = 1e-5 F → 1 µF
    CPE3_0: 1e-5,
    CPE3_1: 0.8,
  };
  const geometry = { thicknessCm: 0.1, areaCm2: 1 };

  it('hand-computed pellet: σ_b = 1e-4, σ_gb,app = 2.5e-5, σ_gb,sp = 5e-7, σ_tot = 2e-5 S/cm, ε_r = 22.59', () => {
    const r = analysePellet({ node, parameters, ...geometry });
    expect(r.arcs.map((a) => a.assignment)).toEqual(['bulk', 'grainBoundary', 'electrode']);
    expectRel(r.arcs[2].capacitanceF, 1e-5, 1e-12);
    expectRel(r.arcs[2].normalisedCapacitanceF, 1e-6, 1e-12);
    expect(r.bulkSource).toBe('arc');
    expect(r.seriesResistanceOhm).toBe(10);
    // σ_b = 0.1 cm / (1 cm² · 1000 Ω)
    expectRel(r.bulkSigmaSPerCm, 1e-4);
    // σ_gb,app = 0.1 / 4000
    expectRel(r.grainBoundaryApparentSigmaSPerCm, 2.5e-5);
    // σ_gb,sp = (L/A)(C_b/C_gb)/R_gb = 0.1 · (2e-11/1e-9) / 4000
    expectRel(r.grainBoundarySpecificSigmaSPerCm, 5e-7);
    // Total without R0 (leads) and without the electrode arc: 0.1 / 5000
    expectRel(r.totalResistanceOhm, 5000);
    expectRel(r.totalSigmaSPerCm, 2e-5);
    // ε_r = 2e-11 · 0.1 / (8.8541878128e-14 · 1)
    expectRel(r.bulkRelativePermittivity, (2e-11 * 0.1) / EPS0_F_PER_CM, 1e-12);
    expectRel(r.bulkRelativePermittivity, 22.588, 1e-4);
    expect(r.warnings).toEqual([]);
  });

  it('an override moves an arc: R2 as electrode leaves total = bulk', () => {
    const r = analysePellet({ node, parameters, ...geometry, assignments: { R2: 'electrode' } });
    expect(r.arcs[1].assignment).toBe('electrode');
    expect(r.arcs[1].automaticAssignment).toBe('grainBoundary');
    expect(r.arcs[1].overridden).toBe(true);
    expect(r.arcs[1].reason).toMatch(/by hand/);
    expect(r.grainBoundaryApparentSigmaSPerCm).toBeNull();
    expect(r.grainBoundarySpecificSigmaSPerCm).toBeNull();
    expectRel(r.totalSigmaSPerCm, 1e-4);
  });

  it('two bulk arcs: warning, bulk values null, total still the sum', () => {
    const r = analysePellet({ node, parameters, ...geometry, assignments: { R2: 'bulk' } });
    expect(r.warnings.some((w) => /all assigned to the bulk/.test(w))).toBe(true);
    expect(r.bulkSigmaSPerCm).toBeNull();
    expect(r.bulkRelativePermittivity).toBeNull();
    expectRel(r.totalResistanceOhm, 5000);
  });

  describe('bulk arc above the highest frequency: R0-p(R2,CPE2)-p(R3,CPE3), R0 = 1 kΩ', () => {
    const hf = ser(el('R', 0), par(el('R', 2), el('CPE', 2)), par(el('R', 3), el('CPE', 3)));
    const p = { ...parameters, R0: 1000 };
    delete (p as Partial<typeof p>).R1;
    delete (p as Partial<typeof p>).C1;

    it('only the total resistance is known unless the reader assigns R0', () => {
      const r = analysePellet({ node: hf, parameters: p, ...geometry });
      expect(r.bulkSource).toBeNull();
      expect(r.bulkSigmaSPerCm).toBeNull();
      expect(r.bulkRelativePermittivity).toBeNull();
      expect(r.grainBoundarySpecificSigmaSPerCm).toBeNull();
      expectRel(r.grainBoundaryApparentSigmaSPerCm, 2.5e-5);
      expectRel(r.totalSigmaSPerCm, 2e-5); // 0.1 / (1000 + 4000)
      expect(r.warnings.join(' ')).toMatch(/above the highest measured frequency: only the total resistance is known/);
    });

    it('seriesResistanceAsBulk: R0 becomes the bulk resistance; ε_r and σ_gb,sp stay unknown', () => {
      const r = analysePellet({ node: hf, parameters: p, ...geometry, seriesResistanceAsBulk: true });
      expect(r.bulkSource).toBe('seriesResistance');
      expectRel(r.bulkSigmaSPerCm, 1e-4);
      expectRel(r.grainBoundaryApparentSigmaSPerCm, 2.5e-5);
      expectRel(r.totalSigmaSPerCm, 2e-5);
      expect(r.bulkRelativePermittivity).toBeNull();
      expect(r.grainBoundarySpecificSigmaSPerCm).toBeNull();
      expect(r.warnings.join(' ')).toMatch(/R0 is used as the bulk resistance/);
    });
  });

  it('passes on the brick-layer warning when C_b/C_gb is not small', () => {
    const r = analysePellet({ node, parameters: { ...parameters, C1: 5e-11, CPE2_0: 1.2e-10 }, ...geometry });
    expect(r.arcs.map((a) => a.assignment)).toEqual(['bulk', 'grainBoundary', 'electrode']);
    expect(r.warnings.some((w) => /brick-layer/.test(w))).toBe(true);
  });

  it('rejects missing parameters, unknown override names and bad assignment values', () => {
    const { R1: _r1, ...missing } = parameters;
    expect(() => analysePellet({ node, parameters: missing, ...geometry })).toThrow(PhysicsInputError);
    expect(() => analysePellet({ node, parameters, ...geometry, assignments: { R9: 'bulk' } })).toThrow(/not the resistance of an arc/);
    expect(() => analysePellet({ node, parameters, ...geometry, assignments: { R1: 'bulky' as never } })).toThrow(PhysicsInputError);
    expect(() => analysePellet({ node, parameters, thicknessCm: 0, areaCm2: 1 })).toThrow(PhysicsInputError);
  });
});
