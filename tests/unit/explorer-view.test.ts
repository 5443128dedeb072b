// The explorer's view from URL strings (strict, never throws), the filters, and the Arrhenius lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from '~/lib/url-state';
import {
  EXPLORER_SPEC, MAX_CHOSEN, NO_FILTERS, decadeDomain, decadeTicks, filterRows, jitter, powerOfTenLabel, readList, readTemperature, readView, rowLine, writeList,
  type ConductivityRow,
} from '~/lib/explorer';

const row = (key: string, o: Partial<ConductivityRow> = {}): ConductivityRow => ({
  key, tableId: key.split('_')[0]!, rowId: key.split('_')[1]!, material: key, family: 'nasicon-lagp', method: 'sol-gel', sigmaSPerCm: 1e-4,
  temperatureBasis: 'measured', temperatureC: 25, refIds: ['004-1'], flags: [], ...o,
});
const rows = [
  row('t_a', { activationEnergyEv: 0.3 }),
  row('t_b', { family: 'sulfide-crystal', method: 'not-stated', temperatureC: undefined, temperatureBasis: 'not-stated', activationEnergyEv: 0.2 }),
  row('t_c', { method: 'hot-pressing', temperatureC: 80 }),
  ...['d', 'e', 'f', 'g', 'h'].map((k) => row(`t_${k}`, { activationEnergyEv: 0.4 })),
];

describe('readList / writeList', () => {
  const allowed = ['x', 'y', 'z'];
  it('reads all, none, and known entries in canonical order', () => {
    expect(readList('', allowed, 'things')).toEqual({ values: null });
    expect(readList('none', allowed, 'things')).toEqual({ values: [] });
    expect(readList('z,x,x', allowed, 'things')).toEqual({ values: ['x', 'z'] });
  });
  it('drops unknown entries with a message that does not echo markup verbatim beyond 24 characters', () => {
    const r = readList('x,<script>alert(1)</script>-long-tail-here', allowed, 'things');
    expect(r.values).toEqual(['x']);
    expect(r.error).toMatch(/ignored/);
    expect(r.error).not.toContain('long-tail-here');
    expect(readList('nope', allowed, 'things').values).toBeNull();
  });
  it('counts in good English: one unknown family, two unknown families', () => {
    expect(readList('nope', allowed, 'families').error).toMatch(/^The link names 1 family that is not in the data/);
    expect(readList('nope,nah', allowed, 'families').error).toMatch(/^The link names 2 families that are not in the data/);
    expect(readList('nope', allowed, 'methods').error).toMatch(/^The link names 1 method that is/);
    expect(readList('nope', allowed, 'rows').error).toMatch(/^The link names 1 row that is/);
  });
  it('writes back the short form', () => {
    expect(writeList(null, allowed)).toBe('');
    expect(writeList(['z', 'x', 'y'], allowed)).toBe('');
    expect(writeList([], allowed)).toBe('none');
    expect(writeList(['z', 'x'], allowed)).toBe('x,z');
  });
});

describe('readTemperature', () => {
  it('accepts empty and numbers in range, rejects the rest', () => {
    expect(readTemperature('')).toEqual({ ok: true, value: null });
    expect(readTemperature('−20')).toEqual({ ok: true, value: -20 });
    for (const bad of ['abc', '-300', '1e9', '<b>']) expect(readTemperature(bad).ok).toBe(false);
  });
});

describe('filterRows', () => {
  it('filters by family, method and temperature window', () => {
    expect(filterRows(rows, NO_FILTERS)).toHaveLength(rows.length);
    expect(filterRows(rows, { ...NO_FILTERS, families: ['sulfide-crystal'] }).map((r) => r.key)).toEqual(['t_b']);
    expect(filterRows(rows, { ...NO_FILTERS, methods: ['hot-pressing'] }).map((r) => r.key)).toEqual(['t_c']);
    expect(filterRows(rows, { ...NO_FILTERS, tMinC: 50 }).map((r) => r.key)).toEqual(['t_b', 't_c']);
    expect(filterRows(rows, { ...NO_FILTERS, tMinC: 50, includeUnstated: false }).map((r) => r.key)).toEqual(['t_c']);
    expect(filterRows(rows, { ...NO_FILTERS, families: [] })).toEqual([]);
  });
});

describe('readView', () => {
  const keys = new Set(rows.map((r) => r.key));
  it('round-trips a view through the URL', () => {
    const values = { ...parseUrlState('', EXPLORER_SPEC).values, fam: 'sulfide-crystal', tmin: '0', tmax: '100', nt: '0', x2: 'method', sel: 't_b,t_a', pt: 't_a' };
    const parsed = parseUrlState(serializeUrlState(values, EXPLORER_SPEC), EXPLORER_SPEC);
    const view = readView(parsed.values, rows, keys);
    expect(view.errors).toEqual({});
    expect(view.filters).toEqual({ families: ['sulfide-crystal'], methods: null, tMinC: 0, tMaxC: 100, includeUnstated: false });
    expect(view.chosen).toEqual(['t_b', 't_a']);
    expect([view.x2, view.point]).toEqual(['method', 't_a']);
  });
  it('rejects rows without Eₐ, unknown rows, too many rows and an inverted window', () => {
    const view = readView({ sel: 't_c,zzz,t_a,t_d,t_e,t_f,t_g,t_h', tmin: '90', tmax: '10', pt: 'nope' }, rows, keys);
    expect(view.chosen).toHaveLength(MAX_CHOSEN);
    expect(view.chosen).not.toContain('t_c');
    expect(view.errors.sel).toMatch(/At most/);
    expect(view.errors.tmax).toMatch(/below the lowest/);
    expect([view.filters.tMinC, view.filters.tMaxC]).toEqual([null, null]);
    expect(view.point).toBe('');
    expect(view.errors.pt).toMatch(/not in the data/);
  });
  it('never throws on hostile URLs and only yields known keys', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (query) => {
      const view = readView(parseUrlState(query, EXPLORER_SPEC).values, rows, keys);
      for (const k of view.chosen) expect(keys.has(k)).toBe(true);
      expect(view.point === '' || keys.has(view.point)).toBe(true);
      for (const f of view.filters.families ?? []) expect(typeof f).toBe('string');
    }));
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('fam', 'meth', 'sel', 'pt', 'tmin', 'tmax'), fc.string({ maxLength: 600 })), (values) => {
      expect(() => readView(values, rows, keys)).not.toThrow();
    }));
  });
});

describe('axes', () => {
  it('labels decades and keeps domains whole and bounded', () => {
    expect(powerOfTenLabel(-3)).toBe('10⁻³');
    expect(decadeDomain([-3.2, -1.1])).toEqual([-4, -1]);
    expect(decadeDomain([-2, -2])).toEqual([-2, -1]);
    expect(decadeDomain([])).toEqual([-5, -1]);
    expect(decadeDomain([-1e9, 1e9])).toEqual([-40, 40]);
    expect(decadeTicks(-6, -1)).toEqual([-6, -5, -4, -3, -2, -1]);
    expect(decadeTicks(-40, 40, 9).length).toBeLessThanOrEqual(9);
  });
  it('jitters deterministically within ±0.5', () => {
    fc.assert(fc.property(fc.string(), (s) => { const j = jitter(s); expect(j).toBe(jitter(s)); expect(Math.abs(j)).toBeLessThanOrEqual(0.5); }));
  });
});

describe('rowLine', () => {
  it('passes through the row value with slope −Eₐ/(k_B ln 10) per 1/T', () => {
    const line = rowLine(row('t_x', { sigmaSPerCm: 1e-3, temperatureC: 25, activationEnergyEv: 0.3 }))!;
    expect(line.anchor[1]).toBeCloseTo(-3, 12);
    const [[x1, y1], [x2, y2]] = [line.points[0]!, line.points.at(-1)!];
    // slope in log10 σ per (1000/T): −Eₐ/(1000 k_B ln 10) = −0.3/(1000 × 8.617333e-5 × 2.302585)
    expect((y2 - y1) / (x2 - x1)).toBeCloseTo(-0.3 / (1000 * 8.617333262e-5 * Math.LN10), 6);
    expect(x1).toBeCloseTo(1000 / 393.15, 9);
    expect(x2).toBeCloseTo(1000 / 253.15, 9);
    // At 25 °C the line gives the row's σ back.
    const at25 = line.points.reduce((best, p) => (Math.abs(p[0] - 1000 / 298.15) < Math.abs(best[0] - 1000 / 298.15) ? p : best));
    expect(at25[1] + 3).toBeCloseTo(((1000 / 298.15 - at25[0]) * 0.3) / (1000 * 8.617333262e-5 * Math.LN10), 6);
  });
  it('reads a missing temperature as 25 °C and refuses rows without Eₐ', () => {
    const line = rowLine(row('t_y', { temperatureC: undefined, activationEnergyEv: 0.2 }))!;
    expect([line.assumedTemperature, line.temperatureC]).toEqual([true, 25]);
    expect(rowLine(row('t_z'))).toBeNull();
  });
});
