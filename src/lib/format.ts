/**
 * Number formatting and strict number parsing for display and user input. Pure; never returns "NaN".
 */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Integer exponent in Unicode superscripts, e.g. -3 → "⁻³". */
export const toSuperscript = (exponent: number): string => String(exponent).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');

/** Mantissa and power of ten of a finite non-zero number with `sig` significant figures, e.g. 0.00123 → { mantissa: "1.23", exponent: -3 }. */
export function scientificParts(value: number, sig = 3): { mantissa: string; exponent: number } {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format a non-finite number (${value})`);
  if (value === 0) return { mantissa: '0', exponent: 0 };
  const [m, e] = value.toExponential(Math.max(0, sig - 1)).split('e');
  return { mantissa: m, exponent: Number(e) };
}

/** Readable number with `sig` significant figures: plain between 10⁻² and 10⁴, else "1.23 × 10⁻³". Non-finite gives "—". */
export function formatSig(value: number, sig = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e-2 && abs < 1e4) {
    const text = Number(value.toPrecision(sig)).toString();
    return text.replace('-', '−');
  }
  const { mantissa, exponent } = scientificParts(value, sig);
  return `${mantissa.replace('-', '−')} × 10${toSuperscript(exponent)}`;
}

/** A number given by its base-10 logarithm, formatted like formatSig: "1.23 × 10⁻¹⁸⁰⁰" even far beyond what a double holds. */
export function formatSigFromLog10(log10Value: number, sig = 3): string {
  if (!Number.isFinite(log10Value)) return '—';
  if (Math.abs(log10Value) < 300) return formatSig(10 ** log10Value, sig);
  let exponent = Math.floor(log10Value);
  let mantissa = Number((10 ** (log10Value - exponent)).toPrecision(sig));
  if (mantissa >= 10) { mantissa /= 10; exponent += 1; } // 9.996 rounds up to 10.0
  return `${mantissa.toFixed(Math.max(0, sig - 1))} × 10${toSuperscript(exponent)}`;
}

/** Value ± standard error: the error to two figures, the value to the same place ("1 ± 12", not "0.89 ± 12.28"); no usable error gives the value alone. */
export function formatWithError(value: number, error: number | null): string {
  if (error === null || !Number.isFinite(error) || error < 0 || !Number.isFinite(value)) return formatSig(value, 4);
  if (error === 0) return `${formatSig(value, 4)} ± 0`;
  if (value === 0) return `0 ± ${formatSig(error, 2)}`;
  const errorPlace = Math.floor(Math.log10(error)) - 1; // the place of the error's second figure
  const valuePlace = Math.floor(Math.log10(Math.abs(value)));
  const digits = Math.min(Math.max(valuePlace - errorPlace + 1, 2), 6);
  // Plain numbers (as formatSig writes them) get the error with the same decimals: 0.30019 ± 0.00012.
  const decimals = -errorPlace;
  if (Math.abs(value) >= 1e-2 && Math.abs(value) < 1e4 && error < 1e4 && decimals >= 0 && decimals <= 8) {
    return `${value.toFixed(decimals).replace('-', '−')} ± ${error.toFixed(decimals)}`;
  }
  return `${formatSig(value, digits)} ± ${formatSig(error, 2)}`;
}

/** Result of parsing what a person typed into a number field. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TIMES_TEN_PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*[x×*·]\s*10\s*\^?\s*\(?([+-]?\d+)\)?$/;

/**
 * Parse a typed number strictly: "0.001", "1e-3", "1.2 × 10^-3", "1.2x10-3", "−3" (Unicode minus).
 * Rejects empty text, words, thousands separators, and anything that is not finite.
 */
export function parseNumberText(raw: string, maxLength = 40): ParsedNumber {
  if (typeof raw !== 'string') return { ok: false, message: 'Enter a number.' };
  if (raw.length > maxLength) return { ok: false, message: `Too long: enter a number of at most ${maxLength} characters.` };
  const text = raw.trim().replace(/[\u2212\u2012\u2013]/g, '-').replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: 'Enter a value.' };
  if (/,/.test(text)) return { ok: false, message: 'Use a point as the decimal separator and no thousands separators (e.g. 1234.5).' };
  let value: number;
  if (NUMBER_PATTERN.test(text)) value = Number(text);
  else {
    const m = text.match(TIMES_TEN_PATTERN);
    if (!m) return { ok: false, message: `"${raw.trim().slice(0, 20)}" is not a number. Examples: 0.0012, 1.2e-3, 1.2 × 10^-3.` };
    value = Number(m[1]) * 10 ** Number(m[2]);
  }
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large to work with.' };
  return { ok: true, value };
}

const PREFIXES: [number, string][] = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k'], [1, ''], [1e-3, 'm'], [1e-6, 'µ'], [1e-9, 'n'], [1e-12, 'p'], [1e-15, 'f']];

/** A value with an SI prefix on its unit, e.g. (1.2e-11, 'F') → "12 pF", (8.1e7, 'Hz') → "81 MHz". */
export function withPrefix(value: number, unit: string, sig = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${unit}`;
  const abs = Math.abs(value);
  const [size, prefix] = PREFIXES.find(([p]) => abs >= p) ?? PREFIXES[PREFIXES.length - 1]!;
  return `${formatSig(value / size, sig)} ${prefix}${unit}`;
}
