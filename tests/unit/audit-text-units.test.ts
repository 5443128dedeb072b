// The text-unit check: units reduced to SI base dimensions, and compared with the quantity named.
import { describe, expect, it } from 'vitest';
import { checkTextUnits, unitDimension, textUnitEntry, textUnitLinkProblems, TextUnitError, type TextUnitEntry } from '~/lib/audit/text-units';
import type { TextClaim } from '~/schemas/finding';

const entry = (over: Partial<TextUnitEntry>): TextUnitEntry => ({ id: '001-l1-1', review: 'review-001', line: 1, printed: '1 S cm⁻¹', unit: 'S cm^-1', quantity: 'conductivity', ...over });

describe('unitDimension', () => {
  it('reduces units to kg, m, s, A exponents', () => {
    // S = A² s³ kg⁻¹ m⁻²; S cm⁻¹ → kg⁻¹ m⁻³ s³ A²
    expect(unitDimension('S cm^-1')).toEqual([-1, -3, 3, 2]);
    // Ω cm² → kg m⁴ s⁻³ A⁻²
    expect(unitDimension('Ω cm^2')).toEqual([1, 4, -3, -2]);
    expect(unitDimension('mA cm^-2')).toEqual([0, -2, 0, 1]);
    // mAh g⁻¹ and mA h g⁻¹ are the same
    expect(unitDimension('mAh g^-1')).toEqual(unitDimension('mA h g^-1'));
    expect(unitDimension('mAh g^-1')).toEqual([-1, 0, 1, 1]);
    // Wh kg⁻¹ = J kg⁻¹ = m² s⁻²
    expect(unitDimension('W h kg^-1')).toEqual([0, 2, -2, 0]);
    expect(unitDimension('Wh kg^-1')).toEqual([0, 2, -2, 0]);
  });
  it('throws on unknown symbols', () => {
    expect(() => unitDimension('furlong')).toThrow(TextUnitError);
    expect(() => unitDimension('')).toThrow(TextUnitError);
  });
});

describe('checkTextUnits', () => {
  it('accepts units of the named quantity', () => {
    expect(checkTextUnits([entry({})])).toEqual([]);
    expect(checkTextUnits([entry({ unit: 'Ω', quantity: 'resistance' }), entry({ id: '001-l1-2', unit: 'Ω cm^2', quantity: 'resistance' })])).toEqual([]);
    expect(checkTextUnits([entry({ unit: 'mAh cm^-2', quantity: 'capacity' }), entry({ id: '001-l1-2', unit: 'mA h g^-1', quantity: 'capacity' })])).toEqual([]);
  });
  it('flags Ω cm⁻² and Ω cm⁻¹ for a resistance, S cm⁻² for a conductivity, as errors', () => {
    const f = checkTextUnits([
      entry({ id: '003-l1-1', unit: 'Ω cm^-2', quantity: 'resistance', printed: '480 Ω cm⁻²' }),
      entry({ id: '001-l2-1', unit: 'Ω cm^-1', quantity: 'resistance', printed: '280 Ω cm⁻¹' }),
      entry({ id: '002-l3-1', unit: 'S cm^-2', quantity: 'conductivity', printed: '10⁻⁴ S cm⁻²' }),
    ]);
    expect(f.map((x) => x.severity)).toEqual(['error', 'error', 'error']);
    expect(f[0]!.message).toContain('growing with area');
    expect(f[2]!.message).toContain('inverse of an ASR');
  });
  it('treats a current density given per mass as info', () => {
    const [f] = checkTextUnits([entry({ unit: 'mA g^-1', quantity: 'current-density', printed: '100 mA g⁻¹' })]);
    expect(f!.severity).toBe('info');
    expect(f!.message).toContain('specific current');
  });
  it('flags a resistivity named a resistance, and a capacity unit named a conductivity', () => {
    expect(checkTextUnits([entry({ unit: 'Ω cm', quantity: 'resistance' })])[0]!.severity).toBe('error');
    expect(checkTextUnits([entry({ unit: 'mAh g^-1', quantity: 'conductivity' })])[0]!.message).toContain('specific capacity');
  });
  it('refuses duplicate ids', () => {
    expect(() => checkTextUnits([entry({}), entry({})])).toThrow(/duplicate/);
  });
});

describe('links from text units to claims', () => {
  const claim: TextClaim = { id: 'c-1', review: 'review-001', location: 'review 001, somewhere in words', tableId: '001-table-1', rowId: 'r', field: 'sigmaSPerCm', value: 1 };
  it('the schema wants exactly one of a claim or table: none with a why', () => {
    expect(textUnitEntry.safeParse(entry({ claim: 'c-1' })).success).toBe(true);
    expect(textUnitEntry.safeParse(entry({ table: 'none', why: 'a general statement, no material' })).success).toBe(true);
    expect(textUnitEntry.safeParse(entry({})).success).toBe(false);
    expect(textUnitEntry.safeParse(entry({ claim: 'c-1', table: 'none', why: 'a general statement, no material' })).success).toBe(false);
    expect(textUnitEntry.safeParse(entry({ table: 'none' })).success).toBe(false);
    expect(textUnitEntry.safeParse(entry({ claim: 'c-1', why: 'a reason without table: none' })).success).toBe(false);
  });
  it('reports unknown claim ids and claims of another review', () => {
    expect(textUnitLinkProblems([entry({ claim: 'c-1' }), entry({ id: '001-l1-2', table: 'none', why: 'no material named here' })], [claim])).toEqual([]);
    expect(textUnitLinkProblems([entry({ claim: 'c-2' })], [claim])[0]).toMatch(/not in text-claims/);
    expect(textUnitLinkProblems([entry({ review: 'review-002', id: '002-l1-1', claim: 'c-1' })], [claim])[0]).toMatch(/belongs to review-001/);
  });
});
