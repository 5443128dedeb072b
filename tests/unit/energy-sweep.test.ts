import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellEnergyDensity, type CellStack } from '~/lib/energy-density';
import { energySweep, sweepThicknesses } from '~/lib/energy-sweep';
import { PhysicsInputError } from '~/lib/errors';

const stack: CellStack = {
  cathode: {
    activeLoadingMgPerCm2: 15,
    specificCapacityMahPerG: 200,
    averageVoltageV: 3.8,
    activeMassFraction: 0.7,
    activeDensityGPerCm3: 4.8,
    inactiveDensityGPerCm3: 3.04,
    porosity: 0.1,
  },
  separator: { thicknessUm: 20, densityGPerCm3: 3.4 },
  anode: { type: 'lithium', excessRatio: 1 },
};

describe('sweepThicknesses', () => {
  it('is an even grid from 0 to the maximum', () => {
    expect(sweepThicknesses(100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(sweepThicknesses(300).length).toBe(101);
    expect(sweepThicknesses(300).at(-1)).toBe(300);
  });

  it('inserts extra thicknesses inside the range, once, in order', () => {
    expect(sweepThicknesses(100, 5, [40, 25, 250, -1, Number.NaN])).toEqual([0, 25, 40, 50, 75, 100]);
  });

  it('rejects impossible grids with PhysicsInputError', () => {
    for (const [max, n] of [[0, 10], [-5, 10], [1e5, 10], [Number.NaN, 10], [100, 1], [100, 2.5], [100, 1e6]] as const) {
      expect(() => sweepThicknesses(max, n)).toThrow(PhysicsInputError);
    }
  });

  it('fuzz: any input gives a sorted grid inside [0, max] or a PhysicsInputError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.MAX_VALUE, 1e4, 1e-300), fc.string() as fc.Arbitrary<unknown>),
        fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.double()),
        fc.array(fc.oneof(fc.double(), fc.string() as fc.Arbitrary<unknown>), { maxLength: 300 }),
        (max, n, extra) => {
          try {
            const grid = sweepThicknesses(max as number, n, extra as number[]);
            expect(grid.length).toBeLessThanOrEqual(1000);
            for (let k = 0; k < grid.length; k++) {
              expect(Number.isFinite(grid[k])).toBe(true);
              expect(grid[k]).toBeGreaterThanOrEqual(0);
              expect(grid[k]).toBeLessThanOrEqual(max as number);
              if (k > 0) expect(grid[k]!).toBeGreaterThan(grid[k - 1]!);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(PhysicsInputError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('energySweep', () => {
  it('matches cellEnergyDensity at every point and falls with thickness', () => {
    const s = energySweep(stack, 300, 31, [20]);
    const at20 = s.points.find((p) => p.thicknessUm === 20)!;
    expect(at20.gravimetricWhPerKg).toBeCloseTo(cellEnergyDensity(stack).gravimetricWhPerKg, 10);
    for (let k = 1; k < s.points.length; k++) expect(s.points[k]!.gravimetricWhPerKg).toBeLessThan(s.points[k - 1]!.gravimetricWhPerKg);
    expect(s.gravimetricRange[1]).toBe(s.points[0]!.gravimetricWhPerKg);
    expect(s.volumetricRange[0]).toBe(s.points.at(-1)!.volumetricWhPerL);
  });

  it('fuzz: hostile stacks give finite numbers or a PhysicsInputError', () => {
    const num = fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: 0.01, max: 50, noNaN: true }));
    fc.assert(
      fc.property(num, num, num, num, num, num, (load, q, v, w, rho, sepRho) => {
        const hostile = {
          ...stack,
          cathode: { ...stack.cathode, activeLoadingMgPerCm2: load, specificCapacityMahPerG: q, averageVoltageV: v, activeMassFraction: w, activeDensityGPerCm3: rho },
          separator: { thicknessUm: 10, densityGPerCm3: sepRho },
        };
        try {
          const s = energySweep(hostile, 500, 11);
          for (const p of s.points) {
            expect(Number.isFinite(p.gravimetricWhPerKg) && Number.isFinite(p.volumetricWhPerL)).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(PhysicsInputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
