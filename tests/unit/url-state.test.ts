import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseUrlState, serializeUrlState, type UrlSpec } from '~/lib/url-state';

const spec: UrlSpec = {
  R: { kind: 'number', label: 'Resistance', default: '250' },
  Ru: { kind: 'enum', label: 'Resistance unit', options: ['ohm', 'kohm'], default: 'ohm' },
  pts: { kind: 'text', label: 'Measured points', default: '25, 1e-4', maxLength: 100 },
};

describe('URL state', () => {
  it('round-trips values that differ from the defaults', () => {
    const values = { R: '120', Ru: 'kohm', pts: '25, 1e-4' };
    const query = serializeUrlState(values, spec);
    expect(query).toBe('R=120&Ru=kohm');
    expect(parseUrlState(`?${query}`, spec)).toEqual({ values, errors: {} });
  });
  it('rejects enum values outside the list, repeated keys, unknown keys and over-long values', () => {
    const { values, errors } = parseUrlState('?Ru=megaohm&R=1&R=2&evil=<script>&pts=' + 'x'.repeat(101), spec);
    expect(values).toEqual({ R: '1', Ru: 'ohm', pts: '25, 1e-4' });
    expect(Object.keys(errors).sort()).toEqual(['R', 'Ru', '_url', 'pts']);
    // Fields are named by their labels, never by their keys; unknown keys are quoted as the link gives them.
    expect(errors.Ru).toBe('The link\'s value for "Resistance unit" is not one of the choices; the default is used.');
    expect(errors.R).toBe('The link gives "Resistance" more than once; the first value is used.');
    expect(errors.pts).toBe('The link\'s value for "Measured points" is too long and was ignored.');
    expect(errors._url).toBe('The link has 1 setting(s) this calculator does not know ("evil"); they were ignored.');
  });
  it('names a number field by its label when its text is too long', () => {
    expect(parseUrlState('?R=' + '1'.repeat(41), spec).errors.R).toBe('The link\'s value for "Resistance" is too long and was ignored.');
  });
  it('ignores a query that is too long as a whole', () => {
    const { values, errors } = parseUrlState('?R=' + '9'.repeat(MAX_QUERY_LENGTH), spec);
    expect(values.R).toBe('250');
    expect(errors._url).toMatch(/too long/);
  });
  it('never throws and only ever returns the spec keys, as strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (query) => {
      const { values } = parseUrlState(query, spec);
      return Object.keys(values).join() === 'R,Ru,pts' && Object.values(values).every((v) => typeof v === 'string' && v.length <= 100);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 2000 }), (pairs) => {
      const query = new URLSearchParams(pairs).toString();
      const { values } = parseUrlState(query, spec);
      return ['ohm', 'kohm'].includes(values.Ru);
    }), { numRuns: 200 });
  });
});
