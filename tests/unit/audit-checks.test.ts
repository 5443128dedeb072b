import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { DataTable, Column, TableRow } from '../../src/schemas/table';
import type { CslEntry } from '../../src/schemas/references';
import { finding as findingSchema } from '../../src/schemas/finding';
import { checkArrhenius, impliedPrefactor, PREFACTOR_PLAUSIBLE_S_K_PER_CM } from '../../src/lib/audit/arrhenius';
import { checkUnits } from '../../src/lib/audit/units';
import { checkRanges } from '../../src/lib/audit/ranges';
import { checkDuplicates, sameWork, materialTokens } from '../../src/lib/audit/duplicates';
import { checkTextClaims, claimGap, TextClaimError } from '../../src/lib/audit/text-claims';
import { runAudit } from '../../src/lib/audit/load';

const col = (key: string, kind: Column['kind'], unit?: string, label = key): Column => ({ key, label, kind, ...(unit ? { unit } : {}) });
function table(id: DataTable['id'], columns: Column[], rows: TableRow[], extra: Partial<DataTable> = {}): DataTable {
  return { id, review: 'review-003', sourceTable: 'Table 2', title: 'Test table', caption: 'A caption long enough.', context: 'A context long enough.', columns, rows, ...extra };
}
const sulfideCols = [col('composition', 'formula'), col('sigmaSPerCm', 'quantity', 'S/cm'), col('activationEnergyEv', 'quantity', 'eV'), col('ref', 'ref')];
const sulfide = (id: string, sigma: number, ea: number, extra: Partial<TableRow> = {}): TableRow => ({
  id,
  family: 'sulfide-crystal',
  composition: { text: id, tex: id },
  sigmaSPerCm: { value: sigma, printed: `${sigma} S cm⁻¹`, temperatureBasis: 'not-stated' },
  activationEnergyEv: { value: ea, printed: `${ea} eV` },
  ref: { number: '1', ids: ['003-1'] },
  ...extra,
});
const valid = (fs: unknown[]) => fs.forEach((f) => expect(findingSchema.safeParse(f).success, JSON.stringify(f)).toBe(true));

describe('check 1: Arrhenius prefactor', () => {
  it('computes A = σ·T·exp(Eₐ/k_B T)', () => {
    // Li₁₀SnP₂S₁₂ as printed: 4 × 10⁻³ S/cm, 0.87 eV at 298.15 K → about 6 × 10¹⁴ S K/cm
    expect(impliedPrefactor(4e-3, 0.87, 298.15)).toBeGreaterThan(5e14);
    expect(impliedPrefactor(4e-3, 0.87, 298.15)).toBeLessThan(7e14);
    // LGPS: 1.2 × 10⁻² S/cm, 0.21 eV → about 1.2 × 10⁴ (the chapter's figure)
    expect(impliedPrefactor(1.2e-2, 0.21, 298.15)).toBeGreaterThan(1.1e4);
    expect(impliedPrefactor(1.2e-2, 0.21, 298.15)).toBeLessThan(1.4e4);
    // Eₐ = 0 leaves σT
    expect(impliedPrefactor(1e-3, 0, 300)).toBeCloseTo(0.3, 10);
  });

  it('gives an error far outside, a warning just outside, nothing inside', () => {
    const t = table('003-table-2', sulfideCols, [sulfide('bad', 4e-3, 0.87), sulfide('lgps', 1.2e-2, 0.21), sulfide('low', 1.29e-6, 0.25), sulfide('high', 1.6e-4, 0.66)]);
    const fs = checkArrhenius([t]);
    valid(fs);
    const by = Object.fromEntries(fs.map((f) => [f.rowId, f]));
    expect(by.bad?.severity).toBe('error');
    expect(by.bad?.metric?.prefactorSKPerCm).toBeGreaterThan(1e14);
    expect(by.lgps).toBeUndefined();
    expect(by.low?.severity).toBe('warning');
    expect(by.low?.metric?.prefactorSKPerCm).toBeLessThan(PREFACTOR_PLAUSIBLE_S_K_PER_CM.min);
    expect(by.high?.severity).toBe('warning');
    expect(by.bad?.sourceSays).toMatch(/assumed/);
  });

  it('uses the stated temperature and skips bounds', () => {
    const hot = sulfide('hot', 1e-3, 0.172, { sigmaSPerCm: { value: 1e-3, printed: '1 × 10⁻³ S cm⁻¹ (80 °C)', temperatureC: 80, temperatureBasis: 'measured' } });
    const bound = sulfide('bound', 4e-3, 0.87, { activationEnergyEv: { value: 0.87, qualifier: 'lt', printed: '< 0.87 eV' } });
    expect(checkArrhenius([table('003-table-2', sulfideCols, [hot, bound])])).toEqual([]);
  });
});

describe('check 2: units and columns', () => {
  const cols = [col('electrolyte', 'formula'), col('relativeDensityPct', 'quantity', '%', 'Relative density'), col('activationEnergyEv', 'quantity', 'eV'), col('lifetimeH', 'quantity', 'h', 'Lifetime'), col('ref', 'ref')];
  const row = (id: string, extra: Partial<TableRow>): TableRow => ({ id, electrolyte: { text: id, tex: id }, ref: { number: '1', ids: ['004-1'] }, ...extra });

  it('reports a value of another quantity named by an error flag', () => {
    const r = row('bst', { flags: [{ field: 'relativeDensityPct', severity: 'error', message: 'The column holds 3.26 g cm⁻³, an absolute density.' }] });
    const fs = checkUnits([table('004-table-1', cols, [r])]);
    valid(fs);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ severity: 'error', field: 'relativeDensityPct', check: 'units' });
    expect(fs[0]!.message).toContain('3.26 g cm⁻³');
  });

  it('ignores warning flags that merely mention other units', () => {
    const r = row('x', { flags: [{ field: 'activationEnergyEv', severity: 'warning', message: 'Does not fit 4 × 10⁻³ S cm⁻¹ at room temperature.' }] });
    expect(checkUnits([table('004-table-1', cols, [r])])).toEqual([]);
  });

  it('finds a note that names a column and a foreign unit', () => {
    const r = row('n', { note: 'Density printed as 3.26 g cm⁻³ in the relative-density column.' });
    expect(checkUnits([table('004-table-1', cols, [r])]).map((f) => f.id)).toEqual(['units:004-table-1:n:relativeDensityPct:foreign-value']);
  });

  it('flags a printed unit of another dimension, a bare number and a minority unit', () => {
    const rows = [
      row('a', { activationEnergyEv: { value: 0.3, printed: '0.30 eV' }, lifetimeH: { value: 200, printed: '200 h' } }),
      row('b', { activationEnergyEv: { value: 0.31, printed: '0.31 eV' }, lifetimeH: { value: 250, printed: '250' } }),
      row('c', { activationEnergyEv: { value: 0.32233, printed: '31.1 kJ mol⁻¹' } }),
      row('d', { relativeDensityPct: { value: 3.26, printed: '3.26 eV' } }),
    ];
    const fs = checkUnits([table('004-table-1', cols, rows)]);
    valid(fs);
    const ids = fs.map((f) => f.id);
    expect(ids).toContain('units:004-table-1:b:lifetimeH:no-unit');
    expect(ids).toContain('units:004-table-1:c:activationEnergyEv:minority-unit');
    expect(ids).toContain('units:004-table-1:d:relativeDensityPct:printed-unit');
    expect(fs.find((f) => f.id.endsWith('printed-unit'))!.severity).toBe('error');
  });

  it('spots mixed kinds of quantity in a composite column', () => {
    const c2 = [col('electrolyte', 'text'), col('liStability', 'composite', undefined, 'Cycling against Li'), col('ref', 'ref')];
    const r = (id: string, cell: object) => ({ id, electrolyte: id, liStability: cell, ref: { number: '1', ids: ['004-1'] } }) as TableRow;
    const fs = checkUnits([
      table('004-table-4', c2, [
        r('a', { printed: '100 h at 0.1 mA cm⁻²', lifetimeH: 100, currentDensityMaPerCm2: 0.1 }),
        r('b', { printed: '200 h at 0.2 mA cm⁻²', lifetimeH: 200, currentDensityMaPerCm2: 0.2 }),
        r('c', { printed: '350 h at 0.2 mA', lifetimeH: 350, currentMa: 0.2 }),
      ]),
    ]);
    expect(fs.map((f) => [f.id, f.severity])).toEqual([['units:004-table-4:c:liStability.currentMa', 'warning']]);
    expect(fs[0]!.sourceSays).toBe('"350 h at 0.2 mA"; 2 other cells of the "Cycling against Li" column give a current density (mA cm⁻²).');
  });
});

describe('check 3: ranges', () => {
  const nasiconCols = [col('composition', 'formula'), col('sigmaSPerCm', 'quantity', 'S/cm'), col('relativeDensityPct', 'quantity', '%'), col('ref', 'ref')];
  const nasicon = (id: string, sigma: number, t: number | undefined, extra: Partial<TableRow> = {}): TableRow => ({
    id,
    family: 'nasicon-latp',
    composition: { text: id, tex: id },
    sigmaSPerCm: { value: sigma, printed: `${sigma} S cm⁻¹`, ...(t !== undefined ? { temperatureC: t, temperatureBasis: 'room-temperature-nominal' as const } : {}) },
    ref: { number: '1', ids: ['001-1'] },
    ...extra,
  });

  it('flags a NASICON pellet above 2 × 10⁻³ S/cm at room temperature only', () => {
    const fs = checkRanges([table('001-table-1', nasiconCols, [nasicon('hi', 2.14e-2, 25), nasicon('ok', 7e-4, 25), nasicon('hot', 1e-2, 80)])]);
    valid(fs);
    expect(fs.map((f) => f.rowId)).toEqual(['hi']);
    expect(fs[0]!.severity).toBe('warning');
  });

  it('treats thin films as their own class', () => {
    const film = nasicon('film', 1.29e-6, 25, { family: 'nasicon-lagp', method: 'rf-sputtering' });
    const pellet = nasicon('pellet', 1.29e-6, 25, { family: 'nasicon-lagp' });
    expect(checkRanges([table('004-table-1', nasiconCols, [film, pellet])]).map((f) => f.rowId)).toEqual(['pellet']);
  });

  it('catches impossible relative densities and activation energies', () => {
    const r = nasicon('d', 5e-4, 25, { relativeDensityPct: { value: 104, printed: '104 %' } });
    const s = sulfide('e', 1e-3, 1.3);
    const fs = [...checkRanges([table('004-table-1', nasiconCols, [r])]), ...checkRanges([table('003-table-2', sulfideCols, [s])])];
    valid(fs);
    expect(fs.map((f) => [f.field, f.severity])).toEqual([
      ['relativeDensityPct', 'error'],
      ['activationEnergyEv', 'warning'],
    ]);
  });

  it('compares capacities with the cathode named in the row', () => {
    const c3 = [col('cell', 'text'), col('initialCapacity', 'composite'), col('ref', 'ref')];
    const row = (id: string, cell: string, cap: number) => ({ id, cell, initialCapacity: { printed: `${cap} mAh g⁻¹`, capacityMahPerG: cap }, ref: { number: '1', ids: ['004-1'] } }) as TableRow;
    const fs = checkRanges([table('004-table-3', c3, [row('lfp-ok', 'Li | LAGP | LFP', 168.4), row('lfp-over', 'Li | LAGP | LFP', 190), row('s', 'Li | LAGP | S', 1793), row('ncm', 'Li | LAGP | NCM811', 200)])]);
    expect(fs.map((f) => f.rowId)).toEqual(['lfp-over', 's']);
  });
});

describe('check 4: duplicates', () => {
  const liu = (id: string, page: string): CslEntry =>
    ({ id, type: 'article-journal', author: [{ family: 'Liu', given: 'Y.' }, { family: 'Zhou', given: 'H.' }], 'container-title': 'Adv. Energy Mater.', issued: { 'date-parts': [[2018]] }, volume: '8', page }) as CslEntry;

  it('recognises one paper cited by two reviews', () => {
    expect(sameWork(liu('001-78', '1–7'), liu('004-67', '1702374'))).toBe(true);
    const other = { ...liu('004-9', '1702374'), volume: '9', issued: { 'date-parts': [[2019]] } } as CslEntry;
    expect(sameWork(liu('001-78', '1–7'), other)).toBe(false);
  });

  it('tokenises material names', () => {
    expect([...materialTokens('Li | Ge/LAGP/Ge | Li')].sort()).toEqual(['ge', 'lagp']);
    expect(materialTokens('LAGP/HFP-PVdF')).toEqual(materialTokens('PVDF-HFP/LAGP'));
  });

  it('reports disagreeing values on both rows', () => {
    const t1 = table('001-table-2', [col('electrolyte', 'text'), col('layer', 'text'), col('thicknessUm', 'quantity', 'µm'), col('ref', 'ref')], [
      { id: 'lagp-ge', electrolyte: 'LAGP', layer: 'Ge', thicknessUm: { value: 0.06, printed: '60 nm' }, ref: { number: '78', ids: ['001-78'] } },
    ]);
    const t2 = table('004-table-2', [col('configuration', 'text'), col('thicknessUm', 'quantity', 'µm'), col('ref', 'ref')], [
      { id: 'ge-lagp', configuration: 'Li | Ge/LAGP/Ge | Li', thicknessUm: { value: 0.03, printed: '30 nm' }, ref: { number: '[67]', ids: ['004-67'] } },
    ]);
    const fs = checkDuplicates([t1, t2], [liu('001-78', '1–7'), liu('004-67', '1702374')]);
    valid(fs);
    expect(fs.map((f) => f.id).sort()).toEqual(['duplicate:001-table-2:lagp-ge:thicknessUm:004-table-2.ge-lagp', 'duplicate:004-table-2:ge-lagp:thicknessUm:001-table-2.lagp-ge']);
    expect(fs[0]!.related).toHaveLength(1);
    // without the bibliography the two ids are different works
    expect(checkDuplicates([t1, t2], [])).toEqual([]);
  });
});

describe('check 5: text against table', () => {
  const t = table('001-table-2', [col('layer', 'text'), col('lifetimeH', 'quantity', 'h'), col('cycling', 'composite'), col('ref', 'ref')], [
    { id: 'azo', layer: 'AZO', lifetimeH: { value: 960, printed: '960 h' }, cycling: { printed: '55 h at 0.7 mA cm⁻²', lifetimeH: 55, currentDensityMaPerCm2: 0.7 }, ref: { number: '93', ids: ['001-93'] } },
  ]);
  const claim = (extra: object) => ({ id: 'c', review: 'review-001' as const, location: 'review 001, somewhere in section 3', tableId: '001-table-2' as const, rowId: 'azo', field: 'lifetimeH', ...extra });

  it('measures the gap between claim and cell', () => {
    expect(claimGap(claim({ value: 960 }), { value: 960, printed: '' })).toBe(0);
    expect(claimGap(claim({ value: 1000 }), { value: 960, printed: '' })).toBeCloseTo(0.04, 10);
    expect(claimGap(claim({ value: 250, qualifier: 'gt' }), { value: 260, printed: '' })).toBe(0);
    expect(claimGap(claim({ value: 250, qualifier: 'gt' }), { value: 220, printed: '' })).toBeGreaterThan(0);
    expect(claimGap(claim({ value: 10, upper: 75 }), { value: 40, printed: '' })).toBe(0);
    expect(claimGap(claim({ value: 10, upper: 75 }), { value: 1.2, printed: '' })).toBeGreaterThan(0.8);
  });

  it('turns disagreements into findings with a severity by gap size', () => {
    const fs = checkTextClaims([t], [
      claim({ id: 'small', value: 1000 }),
      claim({ id: 'big', field: 'cycling.lifetimeH', value: 165 }),
      claim({ id: 'same', value: 960 }),
      claim({ id: 'name', field: 'layer', text: 'AZO' }),
      claim({ id: 'ref', field: 'ref', text: '88' }),
    ]);
    valid(fs);
    expect(fs.map((f) => [f.id.split(':').pop(), f.severity])).toEqual([
      ['small', 'info'],
      ['big', 'warning'],
      ['ref', 'info'],
    ]);
  });

  it('throws on a claim that points nowhere', () => {
    expect(() => checkTextClaims([t], [claim({ rowId: 'nope', value: 1 })])).toThrow(TextClaimError);
    expect(() => checkTextClaims([t], [claim({ field: 'thicknessUm', value: 1 })])).toThrow(/no value/);
    expect(() => checkTextClaims([t], [claim({ value: 1 }), claim({ value: 2 })])).toThrow(/duplicate/);
  });
});

describe('audit text is written for readers', () => {
  // A data-schema identifier such as currentDensityMaPerCm2 or lifetimeH: two or more lower-case letters,
  // then a capital. Units (mAh, pH, kJ) have one lower-case letter before the capital; meV is the one unit
  // of the shape and is allowed.
  const IDENTIFIER = /\b[a-z]{2,}[A-Z][A-Za-z0-9]*\b/g;
  const UNITS = new Set(['meV', 'keV']);
  const identifiers = (s: string) => [...s.matchAll(IDENTIFIER)].map((m) => m[0]).filter((w) => !UNITS.has(w));

  it('the pattern catches field names and spares units', () => {
    expect(identifiers('13 other cells of the column give currentDensityMaPerCm2, lifetimeH.')).toEqual(['currentDensityMaPerCm2', 'lifetimeH']);
    expect(identifiers('151 mAh g⁻¹ at pH 2.6, 31.1 kJ mol⁻¹, 12 meV, 0.5 mA cm⁻²')).toEqual([]);
  });

  it('no finding of the real data shows a camelCase identifier', () => {
    const findings = runAudit(fileURLToPath(new URL('../../content/data', import.meta.url)));
    expect(findings.length).toBeGreaterThan(20);
    const bad = findings.flatMap((f) =>
      (['message', 'sourceSays', 'whyWrong', 'originalReports'] as const).flatMap((k) => identifiers(f[k] ?? '').map((w) => `${f.id} ${k}: ${w}`)),
    );
    expect(bad).toEqual([]);
  });
});
