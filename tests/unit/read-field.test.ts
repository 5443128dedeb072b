import { describe, expect, it } from 'vitest';
import { readField } from '../../src/islands/shared/readField';

describe('readField messages', () => {
  it('states the real range, reading as a sentence whether the range names its kind or not', () => {
    expect(readField('0', { min: 1, max: 6, rangeText: 'a whole number from 1 to 6' })).toEqual({ ok: false, message: 'Out of range: enter a whole number from 1 to 6.' });
    expect(readField('7', { min: 1, max: 6, rangeText: 'from 1 to 6' })).toEqual({ ok: false, message: 'Out of range: enter a value from 1 to 6.' });
  });

  it('accepts the stated lower limit itself when the range is inclusive', () => {
    expect(readField('1', { min: 1, max: 6, rangeText: 'from 1 to 6' })).toEqual({ ok: true, value: 1 });
  });
});
