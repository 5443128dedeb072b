import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseUrlState, serializeUrlState, type UrlSpec } from '~/lib/url-state';

const spec: UrlSpec = {
  R: { kind: 'number', default: '250' },
  Ru: { kind: 'enum', options: ['ohm', 'kohm'], default: 'ohm' },
  pts: { kind: 'text', default: '25, 1e-4', maxLength: 100 },
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
