// The handbook-data overlay of the Arrhenius plot: which rows become points, and at which temperature.
import { describe, expect, it } from 'vitest';
import { loadAllTables, loadReferences } from '~/lib/data';
import { poolConductivity, type ConductivityRow } from '~/lib/explorer';
import { arrheniusOverlay, OVERLAY_MIN_POINTS } from '~/lib/arrhenius-overlay';

const row = (over: Partial<ConductivityRow>): ConductivityRow => ({
  key: 't_r', tableId: 't', rowId: 'r', material: 'LAGP', family: 'nasicon-lagp', method: 'not-stated',
  sigmaSPerCm: 1e-4, temperatureC: 25, temperatureBasis: 'measured', refIds: [], flags: [], ...over,
});

describe('arrheniusOverlay', () => {
  it('puts each row at its own temperature in kelvin (25 °C when none is given, counted), and leaves out bounds', () => {
    const rows = [
      row({ rowId: 'a', temperatureC: 25 }), row({ rowId: 'b', temperatureC: 60, sigmaSPerCm: 1e-3 }), row({ rowId: 'c' }), row({ rowId: 'd' }),
      row({ rowId: 'bound', sigmaQualifier: 'lt' }), row({ rowId: 'no-T', temperatureC: undefined, temperatureBasis: 'not-stated' }),
      row({ rowId: 'approx', sigmaQualifier: 'approx' }),
    ];
    const [lagp, ...rest] = arrheniusOverlay(rows);
    expect(rest).toEqual([]);
    expect(lagp!.id).toBe('nasicon-lagp');
    expect(lagp!.points).toHaveLength(6);
    expect(lagp!.points[1]).toEqual({ temperatureK: 333.15, sigmaSPerCm: 1e-3, material: 'LAGP' });
    expect(lagp!.points[4]!.temperatureK).toBe(298.15);
    expect(lagp!.assumedTemperatureCount).toBe(1);
  });

  it(`offers no family with fewer than ${OVERLAY_MIN_POINTS} points, and never "other"`, () => {
    expect(arrheniusOverlay([row({}), row({}), row({})])).toEqual([]);
    expect(arrheniusOverlay(Array.from({ length: 6 }, () => row({ family: 'other' })))).toEqual([]);
  });

  it('offers the NASICON and sulfide families from the handbook tables', () => {
    const families = arrheniusOverlay(poolConductivity(loadAllTables('content/data'), loadReferences('content/data')));
    const ids = families.map((f) => f.id);
    for (const id of ['nasicon-lagp', 'sulfide-crystal'] as const) expect(ids).toContain(id);
    for (const f of families) {
      expect(f.points.length).toBeGreaterThanOrEqual(OVERLAY_MIN_POINTS);
      for (const p of f.points) {
        expect(p.temperatureK).toBeGreaterThan(200);
        expect(p.temperatureK).toBeLessThan(700);
        expect(p.sigmaSPerCm).toBeGreaterThan(1e-12);
        expect(p.sigmaSPerCm).toBeLessThan(1);
      }
    }
  });
});
