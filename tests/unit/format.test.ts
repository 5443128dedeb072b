import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSig, formatSigFromLog10, formatWithError, parseNumberText, scientificParts, toSuperscript, withPrefix } from '~/lib/format';

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

describe('formatWithError', () => {
  it('gives a value to the place of its standard error\'s second figure', () => {
    expect(formatWithError(0.30019, 0.00012)).toBe('0.30019 ± 0.00012');
    expect(formatWithError(0.95034, 0.0012)).toBe('0.9503 ± 0.0012');
    expect(formatWithError(47063.2, 74.1)).toBe('4.7063 × 10⁴ ± 74');
    expect(formatWithError(4.149e-11, 6.8e-13)).toBe('4.149 × 10⁻¹¹ ± 6.8 × 10⁻¹³');
    expect(formatWithError(22.5, 27.1)).toBe('23 ± 27');
    expect(formatWithError(1.5, null)).toBe('1.5');
    // A poorly determined value: the error keeps two figures and the value is rounded to the same place.
    expect(formatWithError(0.89, 12.28)).toBe('1 ± 12');
    expect(formatWithError(1, 1.9774e10)).toBe('1 ± 2.0 × 10¹⁰');
    expect(formatWithError(1, 1841.1)).toBe('1 ± 1800');
  });
  it('shows an exact zero error, a zero value, and no error it cannot use', () => {
    expect(formatWithError(0.32, 0)).toBe('0.32 ± 0');
    expect(formatWithError(0, 0.042)).toBe('0 ± 0.042');
    expect(formatWithError(0.341246, Number.NaN)).toBe('0.3412');
    expect(formatWithError(0.341246, Number.POSITIVE_INFINITY)).toBe('0.3412');
    expect(formatWithError(0.341246, -0.01)).toBe('0.3412');
    expect(formatWithError(Number.NaN, 0.01)).toBe('—');
  });
  it('never prints NaN or Infinity', () => {
    fc.assert(fc.property(fc.double(), fc.oneof(fc.double(), fc.constant(null)), (value, error) => {
      expect(formatWithError(value, error)).not.toMatch(/NaN|Infinity|undefined/);
    }));
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

describe('withPrefix', () => {
  it('puts SI prefixes on units, and never shows a non-number', () => {
    expect(withPrefix(2.09e-11, 'F')).toBe('20.9 pF');
    expect(withPrefix(4.2e-12, 'F')).toBe('4.2 pF');
    expect(withPrefix(1.62e5, 'Hz')).toBe('162 kHz');
    expect(withPrefix(-3.4e-4, 'Ω')).toBe('−340 µΩ');
    expect(withPrefix(0, 'Ω')).toBe('0 Ω');
    expect(withPrefix(Number.NaN, 'Ω')).toBe('—');
    expect(withPrefix(Number.POSITIVE_INFINITY, 'Ω')).toBe('—');
  });
  it('falls back to powers of ten below the smallest prefix, keeping the unit', () => {
    expect(withPrefix(2e-18, 'F')).toBe('2.00 × 10⁻³ fF');
  });
});
