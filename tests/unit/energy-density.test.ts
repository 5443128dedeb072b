import { describe, expect, it } from 'vitest';
import {
  INDIUM_MAH_PER_G,
  LITHIUM_UM_PER_MAH_PER_CM2,
  cellEnergyDensity,
  separatorSweep,
  separatorThicknessForTarget,
  type CellStack,
} from '~/lib/energy-density';
import { PhysicsInputError } from '~/lib/errors';

const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

/** A stack whose numbers are easy to follow by hand. */
const handStack: CellStack = {
  cathode: {
    arealCapacityMahPerCm2: 3,
    specificCapacityMahPerG: 150,
    averageVoltageV: 4,
    activeMassFraction: 0.8,
    activeDensityGPerCm3: 4,
    inactiveDensityGPerCm3: 2,
    porosity: 0.25,
  },
  separator: { thicknessUm: 50, densityGPerCm3: 2 },
  anode: { type: 'lithium', excessThicknessUm: 10, includePlatedLithiumVolume: false },
  collectors: { cathodeThicknessUm: 10, anodeThicknessUm: 10, sharing: 'single-sided' },
};

describe('constants of the model', () => {
  it('Li: 4.849 µm per mAh/cm²; In as LiIn: 233.4 mAh/g', () => {
    // Li: 96485.332/(3.6 × 6.94) = 3861.88 mAh/g × 0.534 g/cm³ = 2062.24 mAh/cm³ → 1e4/2062.24 = 4.8491 µm
    expect(LITHIUM_UM_PER_MAH_PER_CM2).toBeCloseTo(4.8491, 4);
    // In: 96485.332/(3.6 × 114.82) = 233.42 mAh/g
    expect(INDIUM_MAH_PER_G).toBeCloseTo(233.42, 2);
  });
});

describe('cellEnergyDensity', () => {
  it('hand-computed stack', () => {
    // cathode: m_act = 3/150 g = 20 mg/cm²; m_comp = 20/0.8 = 25; m_inact = 5
    //          t = (20/4 + 5/2) × 10 µm / (1 − 0.25) = 75/0.75 = 100 µm
    // separator: 50 µm, 50 × 2 × 0.1 = 10 mg/cm²; anode: 10 µm Li, 10 × 0.534 × 0.1 = 0.534 mg/cm²
    // Al: 10 µm, 2.7 mg/cm²; Cu: 10 µm, 8.96 mg/cm² (whole foils: single-sided)
    // Σm = 25 + 10 + 0.534 + 2.7 + 8.96 = 47.194 mg/cm²; Σt = 100 + 50 + 10 + 10 + 10 = 180 µm
    // E = 3 mAh/cm² × 4 V = 12 mWh/cm² → 12/47.194 × 1000 = 254.270 Wh/kg; 12/0.0180 cm = 666.667 Wh/L
    const r = cellEnergyDensity(handStack);
    expectRel(r.arealEnergyMWhPerCm2, 12);
    expectRel(r.cellVoltageV, 4);
    expectRel(r.arealCapacityMahPerCm2, 3);
    expectRel(r.stackArealMassMgPerCm2, 47.194);
    expectRel(r.stackThicknessUm, 180);
    expectRel(r.gravimetricWhPerKg, 12000 / 47.194);
    expectRel(r.volumetricWhPerL, 12 / 0.018);
    expect(r.layers.map((l) => l.name)).toEqual(['cathodeCollector', 'cathode', 'separator', 'anode', 'anodeCollector']);
    expectRel(r.layers[1]!.thicknessUm, 100);
    expectRel(r.layers[1]!.arealMassMgPerCm2, 25);
    expectRel(r.layers[3]!.arealMassMgPerCm2, 0.534);
    expectRel(r.massFractions.separator, 10 / 47.194);
    expect(r.massFractions.packaging).toBe(0);
    expectRel(Object.values(r.massFractions).reduce((a, b) => a + b, 0), 1, 1e-12);
  });

  it('packaging fractions scale the densities by (1 − f)', () => {
    const r = cellEnergyDensity({ ...handStack, packaging: { massFraction: 0.2, volumeFraction: 0.25 } });
    expectRel(r.gravimetricWhPerKg, (0.8 * 12000) / 47.194); // 203.416 Wh/kg
    expectRel(r.volumetricWhPerL, 500); // 666.667 × 0.75
    expectRel(r.totalArealMassMgPerCm2, 47.194 / 0.8);
    expectRel(Object.values(r.massFractions).reduce((a, b) => a + b, 0), 1, 1e-12);
  });

  it('double-sided collectors count half of each foil', () => {
    const r = cellEnergyDensity({ ...handStack, collectors: { cathodeThicknessUm: 10, anodeThicknessUm: 10 } });
    expectRel(r.stackArealMassMgPerCm2, 47.194 - (2.7 + 8.96) / 2);
    expectRel(r.stackThicknessUm, 170);
  });

  it('loading and areal capacity are equivalent inputs', () => {
    const { arealCapacityMahPerCm2: _unused, ...rest } = handStack.cathode;
    const r = cellEnergyDensity({ ...handStack, cathode: { ...rest, activeLoadingMgPerCm2: 20 } });
    expectRel(r.gravimetricWhPerKg, cellEnergyDensity(handStack).gravimetricWhPerKg, 1e-12);
  });

  it('Li anode: excess ratio and plated-Li volume', () => {
    // excess ratio 1 → 3 mAh/cm² × 4.8491 µm = 14.547 µm of Li (mass 14.547 × 0.0534 = 0.7768 mg/cm²)
    const r = cellEnergyDensity({ ...handStack, anode: { type: 'lithium', excessRatio: 1, includePlatedLithiumVolume: false } });
    expectRel(r.layers[3]!.thicknessUm, 3 * LITHIUM_UM_PER_MAH_PER_CM2);
    expectRel(r.layers[3]!.arealMassMgPerCm2, 3 * LITHIUM_UM_PER_MAH_PER_CM2 * 0.0534);
    // anode-free, charged-state volume: no Li mass, 14.547 µm of plated Li in the thickness
    const free = cellEnergyDensity({ ...handStack, anode: { type: 'lithium' } });
    expect(free.layers[3]!.arealMassMgPerCm2).toBe(0);
    expectRel(free.layers[3]!.thicknessUm, 3 * LITHIUM_UM_PER_MAH_PER_CM2);
    expect(free.gravimetricWhPerKg).toBeGreaterThan(r.gravimetricWhPerKg);
  });

  it('Li–In anode: 0.62 V lower voltage and In mass for N/P = 1', () => {
    // In mass = 3 mAh/cm² / 233.42 mAh/g = 12.852 mg/cm²; thickness = 12.852/7.31 × 10 = 17.582 µm
    const r = cellEnergyDensity({ ...handStack, anode: { type: 'li-in' } });
    expectRel(r.cellVoltageV, 3.38, 1e-12);
    expectRel(r.arealEnergyMWhPerCm2, 3 * 3.38, 1e-12);
    expectRel(r.layers[3]!.arealMassMgPerCm2, (3 / INDIUM_MAH_PER_G) * 1000, 1e-12);
    expect(r.layers[3]!.arealMassMgPerCm2).toBeCloseTo(12.852, 3);
    expect(r.layers[3]!.thicknessUm).toBeCloseTo(17.582, 3);
    // a foil that is too thin is flagged
    expect(cellEnergyDensity({ ...handStack, anode: { type: 'li-in', foilThicknessUm: 5 } }).warnings.length).toBe(1);
  });

  it('rejects inconsistent or impossible stacks', () => {
    expect(() => cellEnergyDensity({ ...handStack, cathode: { ...handStack.cathode, activeLoadingMgPerCm2: 20 } })).toThrow(
      PhysicsInputError,
    );
    expect(() => cellEnergyDensity({ ...handStack, cathode: { ...handStack.cathode, porosity: 0.95 } })).toThrow(/porosity/);
    expect(() =>
      cellEnergyDensity({ ...handStack, anode: { type: 'li-in' }, cathode: { ...handStack.cathode, averageVoltageV: 0.5 } }),
    ).toThrow(PhysicsInputError);
    expect(() => cellEnergyDensity({ ...handStack, anode: { type: 'sodium' } as never })).toThrow(/anode.type/);
    expect(() => cellEnergyDensity({ ...handStack, separator: undefined as never })).toThrow(/separator/);
  });
});

describe('separator sweep and target thickness', () => {
  it('energy density falls monotonically with separator thickness', () => {
    const ts = [0, 1, 5, 10, 20, 50, 100, 300, 1000];
    const pts = separatorSweep(handStack, ts);
    expect(pts.map((p) => p.thicknessUm)).toEqual(ts);
    for (let k = 1; k < pts.length; k++) {
      expect(pts[k]!.gravimetricWhPerKg).toBeLessThan(pts[k - 1]!.gravimetricWhPerKg);
      expect(pts[k]!.volumetricWhPerL).toBeLessThan(pts[k - 1]!.volumetricWhPerL);
    }
    expectRel(pts[5]!.gravimetricWhPerKg, 12000 / 47.194);
  });

  it('bisection finds the thickness that gives the target', () => {
    // by hand: 12000/(37.194 + 0.2 t) = 200 → t = (60 − 37.194)/0.2 = 114.03 µm
    const r = separatorThicknessForTarget(handStack, 200);
    expect(r.reachable).toBe(true);
    if (r.reachable) {
      expect(r.thicknessUm).toBeCloseTo(114.03, 6);
      expect(r.gravimetricWhPerKg).toBeCloseTo(200, 6);
    }
  });

  it('reports an unreachable target with the best value', () => {
    const r = separatorThicknessForTarget(handStack, 400); // 12000/37.194 = 322.6 Wh/kg at best
    expect(r.reachable).toBe(false);
    if (!r.reachable) {
      expectRel(r.maxGravimetricWhPerKg, 12000 / 37.194);
      expect(r.reason).toMatch(/322\.6/);
    }
  });
});

describe('plausibility: review 004 (Zhang et al. 2023) quoting Jiang, Wang et al., Adv. Mater. 2020, 32, 1906221', () => {
  // Review 004 states that 300 Wh/kg (Li/LFP) and 400 Wh/kg (Li/NCM811) need LAGP thinner than 36 and 40 µm.
  // The original parameters are not in the review; we choose typical ones:
  // anode-free Li (no excess, charged-state volume), LAGP density 3.43 g/cm³ (formula mass 417.76 g/mol,
  // hexagonal cell a ≈ 8.25 Å, c ≈ 20.6 Å, Z = 6), Al 12 µm and Cu 8 µm foils shared by two units, no packaging.
  const lagp = { thicknessUm: 36, densityGPerCm3: 3.43 };
  const lfp: CellStack = {
    cathode: {
      activeLoadingMgPerCm2: 30, // 4.8 mAh/cm²
      specificCapacityMahPerG: 160,
      averageVoltageV: 3.4,
      activeMassFraction: 0.85,
      activeDensityGPerCm3: 3.6,
      inactiveDensityGPerCm3: 2.0,
      porosity: 0.1,
    },
    separator: lagp,
    anode: { type: 'lithium', excessRatio: 0 },
  };
  const ncm811: CellStack = {
    cathode: {
      activeLoadingMgPerCm2: 25, // 5 mAh/cm²
      specificCapacityMahPerG: 200,
      averageVoltageV: 3.8,
      activeMassFraction: 0.9,
      activeDensityGPerCm3: 4.75,
      inactiveDensityGPerCm3: 2.0,
      porosity: 0.1,
    },
    separator: { ...lagp, thicknessUm: 40 },
    anode: { type: 'lithium', excessRatio: 0 },
  };

  it('Li/LFP: our model crosses 300 Wh/kg at ≈ 40.5 µm (review: 36 µm)', () => {
    const r = separatorThicknessForTarget(lfp, 300);
    expect(r.reachable).toBe(true);
    if (r.reachable) {
      expect(r.thicknessUm).toBeCloseTo(40.53, 1); // recorded model value with the parameters above
      expect(Math.abs(r.thicknessUm - 36) / 36).toBeLessThan(0.2); // within 20 % of the published threshold
    }
    expect(cellEnergyDensity(lfp).gravimetricWhPerKg).toBeGreaterThan(300);
  });

  it('Li/NCM811: our model crosses 400 Wh/kg at ≈ 42.3 µm (review: 40 µm)', () => {
    const r = separatorThicknessForTarget(ncm811, 400);
    expect(r.reachable).toBe(true);
    if (r.reachable) {
      expect(r.thicknessUm).toBeCloseTo(42.33, 1);
      expect(Math.abs(r.thicknessUm - 40) / 40).toBeLessThan(0.2);
    }
  });
});
