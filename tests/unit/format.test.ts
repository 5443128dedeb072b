import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSig, formatSigFromLog10, parseNumberText, scientificParts, toSuperscript } from '~/lib/format';

describe('formatSig', () => {
  it('prints plain numbers in the readable range and scientific notation outside it', () => {
    expect(formatSig(0.000423)).toBe('4.23 × 10⁻⁴');
    expect(formatSig(1234.5)).toBe('1230');
    expect(formatSig(12345)).toBe('1.23 × 10⁴');
    expect(formatSig(-0.5)).toBe('−0.5');
    expect(formatSig(0)).toBe('0');
    expect(formatSig(7.25e-4, 3)).toBe('7.25 × 10⁻⁴');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatSig(Number.NaN)).toBe('—');
    expect(formatSig(Infinity)).toBe('—');
    fc.assert(fc.property(fc.double(), (x) => !/NaN|Infinity/.test(formatSig(x))));
  });
  it('splits mantissa and exponent', () => {
    expect(scientificParts(0.00123)).toEqual({ mantissa: '1.23', exponent: -3 });
    expect(toSuperscript(-12)).toBe('⁻¹²');
  });
});

describe('formatSigFromLog10', () => {
  it('agrees with formatSig wherever a double holds the number', () => {
    for (const x of [1.234e-5, 0.5, 42, 6.02e23, 1e-299]) expect(formatSigFromLog10(Math.log10(x))).toBe(formatSig(x));
  });
  it('writes numbers far below a double by their exponent (σ extrapolated to 1 K)', () => {
    expect(formatSigFromLog10(-1800.5)).toBe('3.16 × 10⁻¹⁸⁰¹'); // 10^0.5 = 3.162…, 10^(-1800.5) = 3.16 × 10⁻¹⁸⁰¹
    expect(formatSigFromLog10(-400 + Math.log10(9.9996))).toBe('1.00 × 10⁻³⁹⁹'); // the mantissa rounds up to 10
    expect(formatSigFromLog10(350)).toBe('1.00 × 10³⁵⁰');
    expect(formatSigFromLog10(Number.NaN)).toBe('—');
  });
});

describe('parseNumberText', () => {
  it('reads the forms people type', () => {
    for (const [text, value] of [['0.001', 0.001], ['1e-3', 0.001], ['1.2 × 10^-3', 0.0012], ['1.2x10-3', 0.0012], ['−3', -3], [' 42 ', 42], ['.5', 0.5]] as const) {
      const parsed = parseNumberText(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
    }
  });
  it('rejects empty text, words, separators, overflow and over-long input with a message', () => {
    for (const text of ['', '   ', 'abc', '1,5', '1 000', '1e999', '<script>alert(1)</script>', 'NaN', 'Infinity', '1'.repeat(100)]) {
      const parsed = parseNumberText(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
    }
  });
  it('either returns a finite number or a message, for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const parsed = parseNumberText(text);
      return parsed.ok ? Number.isFinite(parsed.value) : typeof parsed.message === 'string';
    }), { numRuns: 2000 });
  });
});
