// The interlayer map: class rule, pooling from the three interlayer tables, and best of each class.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAllTables } from '~/lib/data';
import { INTERLAYER_CLASSES, bestOfClass, interlayerLabel, classifyInterlayer, interlayerScore, layerOfConfiguration, mappable, poolInterlayers } from '~/lib/explorer';

describe('classifyInterlayer', () => {
  it.each([
    ['Li₃PO₄', 'salt'], ['Mixture of LiF, MgF₂ and B₂O₃ nanocomposite', 'salt'], ['Al₂O₃', 'oxide'], ['ZnO', 'oxide'], ['AZO', 'oxide'],
    ['a-LAGP', 'oxide'], ['LiPON', 'nitride'], ['Cr', 'metal'], ['Ge/LAGP/Ge', 'metal'], ['Cr on Al₂O₃/LAGP/Cr on Al₂O₃', 'metal'],
    ['BN and PEO hybrid layer', 'hybrid'], ['(LiBTFMSI/PVC) and SiO₂', 'hybrid'], ['PEO-BaTiO₃ (or SiO₂)', 'hybrid'], ['PVCA/SiO₂-LAGP-PVCA/SiO₂', 'hybrid'],
    ['AAPP/CB@PP@LAGP (25 μL electrolyte)', 'hybrid'], ['PEO', 'polymer'], ['MEEP–PVDF-HFP and LiBOB salt', 'polymer'], ['P(AA-co-MA)', 'polymer'],
    ['LAGP/PCVA', 'polymer'], ['SPI-LAGP-SPI', 'polymer'], ['3DGPE/LAGP/3DGPE', 'polymer'], ['IL-LAGP', 'other'], ['CSSE', 'other'], ['l-SN/LAGP/l-SN (10 μL solution)', 'other'],
  ])('%s → %s', (layer, cls) => expect(classifyInterlayer(layer)).toBe(cls));
  it('counts any layer of the polymer-interlayer table as polymer-based', () => {
    expect(classifyInterlayer('PTNB', '001-table-3')).toBe('polymer');
    expect(classifyInterlayer('PIN', '001-table-3')).toBe('polymer');
  });
  it('never throws and always returns a known class', () => {
    const ids = INTERLAYER_CLASSES.map((c) => c.id) as string[];
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (s) => { expect(ids).toContain(classifyInterlayer(s)); }));
    expect(ids).toContain(classifyInterlayer('x'.repeat(100000)));
  });
});

describe('poolInterlayers on the real data', () => {
  const rows = poolInterlayers(loadAllTables('content/data'));
  it('has one row per interlayer row of 001-table-2, 001-table-3 and 004-table-2', () => {
    const tables = loadAllTables('content/data');
    const n = ['001-table-2', '001-table-3', '004-table-2'].reduce((a, id) => a + tables.find((t) => t.id === id)!.rows.length, 0);
    expect(rows).toHaveLength(n);
  });
  it('reads lifetime and current density from the right cells', () => {
    const zno = rows.find((r) => r.key === '001-table-2_latp-zno')!;
    expect([zno.lifetimeH, zno.currentDensityMaPerCm2, zno.thicknessUm, zno.class]).toEqual([2000, 0.05, 0.2, 'oxide']);
    const pin = rows.find((r) => r.key === '001-table-3_latp-pin')!;
    expect([pin.lifetimeH, pin.currentDensityMaPerCm2, pin.class]).toEqual([1000, 1, 'polymer']);
    const cr = rows.find((r) => r.key === '004-table-2_cr-on-al2o3-lagp')!;
    expect([cr.lifetimeH, cr.currentDensityMaPerCm2, cr.layer, cr.electrolyte]).toEqual([1200, 0.2, 'Cr on Al₂O₃/LAGP/Cr on Al₂O₃', 'LAGP']);
  });
  it('maps most rows and names a best for every class present', () => {
    const map = mappable(rows);
    expect(map.length).toBeGreaterThan(25);
    const best = bestOfClass(map, (r) => r.class, interlayerScore);
    expect(new Set(best.keys())).toEqual(new Set(map.map((r) => r.class)));
    expect(best.get('oxide')!.key).toBe('001-table-2_latp-zno');
  });
});

describe('helpers', () => {
  it('takes the interlayer out of a cell configuration', () => {
    expect(layerOfConfiguration('Li | Ge/LAGP/Ge | Li')).toBe('Ge/LAGP/Ge');
    expect(layerOfConfiguration('CSSE')).toBe('CSSE');
  });
  it.each([
    ['Ge/LAGP/Ge', 'LAGP', 'Ge on LAGP'], ['LAGP/PCVA', 'LAGP', 'PCVA on LAGP'], ['SPI-LAGP-SPI', 'LAGP', 'SPI on LAGP'], ['LAGP/LAGP-IL', 'LAGP', 'IL on LAGP'],
    ['l-SN/LAGP/l-SN (10 μL solution)', 'LAGP', 'l-SN on LAGP'], ['Cr on Al₂O₃/LAGP/Cr on Al₂O₃', 'LAGP', 'Cr on Al₂O₃ on LAGP'], ['ZnO', 'LATP', 'ZnO on LATP'],
    ['CSSE', 'LAGP', 'CSSE on LAGP'], ['PEO', '', 'PEO'],
  ])('labels %s on %s as %s', (layer, electrolyte, label) => expect(interlayerLabel(layer, electrolyte)).toBe(label));
  it('bestOfClass keeps the highest score per class, first on ties, and skips non-finite scores', () => {
    const items = [{ c: 'a', s: 1, n: 1 }, { c: 'a', s: 3, n: 2 }, { c: 'a', s: 3, n: 3 }, { c: 'b', s: Number.NaN, n: 4 }, { c: 'b', s: 0, n: 5 }];
    const best = bestOfClass(items, (i) => i.c, (i) => i.s);
    expect([...best].map(([c, i]) => [c, i.n])).toEqual([['a', 2], ['b', 5]]);
  });
  it('scores by charge passed, j × t', () => expect(interlayerScore({ lifetimeH: 200, currentDensityMaPerCm2: 0.5 })).toBe(100));
});
