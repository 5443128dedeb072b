import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, paddedDomain } from '~/lib/plot-scale';

describe('plot scales', () => {
  it('pads a domain and widens a flat one', () => {
    expect(paddedDomain([0, 10])).toEqual([-0.5, 10.5]);
    expect(paddedDomain([5, 5])).toEqual([4.5, 5.5]);
    expect(paddedDomain([])).toEqual([0, 1]);
    expect(paddedDomain([Number.NaN, 2, 4])).toEqual([1.9, 4.1]);
  });
  it('chooses round ticks inside the domain', () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(2.71, 3.49, 4)).toEqual([2.8, 3, 3.2, 3.4]);
    expect(niceTicks(1, 1)).toEqual([]);
  });
  it('maps linearly, including inverted pixel ranges', () => {
    const y = linearScale([0, 10], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(5)).toBe(150);
  });
});
