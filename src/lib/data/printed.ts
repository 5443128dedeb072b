/**
 * Reading the printed form of a simple quantity ("7 × 10⁻⁴ S cm⁻¹", "31.1 kJ mol⁻¹", "200 nm")
 * back into a number in a canonical unit, to catch transcription slips between `printed` and `value`.
 * Anything that is not a single plain number (ranges, lists, prose) returns null: no check is made.
 */
import { kjPerMolToEv, mmToUm, mSPerCmToSPerCm, nmToUm, daysToHours } from '../units';

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-', '⁺': '+',
};

/** Replace Unicode superscript digits by ASCII and minus signs by "-". */
export function normaliseSuperscripts(s: string): string {
  return s.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/g, (c) => SUPERSCRIPTS[c] ?? c).replace(/[−–]/g, '-');
}

/** Units the printed forms use, mapped to a canonical unit and a conversion to it. */
const UNIT_TABLE: { pattern: RegExp; canonical: string; toCanonical: (x: number) => number }[] = [
  { pattern: /^mS\s*cm-1$/, canonical: 'S/cm', toCanonical: mSPerCmToSPerCm },
  { pattern: /^S\s*cm-1$/, canonical: 'S/cm', toCanonical: (x) => x },
  { pattern: /^kJ\s*mol-1$/, canonical: 'eV', toCanonical: kjPerMolToEv },
  { pattern: /^eV$/, canonical: 'eV', toCanonical: (x) => x },
  { pattern: /^nm$/, canonical: 'µm', toCanonical: nmToUm },
  { pattern: /^[µμ]m$/, canonical: 'µm', toCanonical: (x) => x },
  { pattern: /^mm$/, canonical: 'µm', toCanonical: mmToUm },
  { pattern: /^h$|^hours?$/, canonical: 'h', toCanonical: (x) => x },
  { pattern: /^days?$/, canonical: 'h', toCanonical: daysToHours },
  { pattern: /^min$/, canonical: 'h', toCanonical: (x) => x / 60 },
  { pattern: /^mA\s*cm-2$/, canonical: 'mA/cm²', toCanonical: (x) => x },
  { pattern: /^mA\s*h\s*g-1$|^mAh\s*g-1$/, canonical: 'mAh/g', toCanonical: (x) => x },
  { pattern: /^°C$/, canonical: '°C', toCanonical: (x) => x },
  { pattern: /^%$/, canonical: '%', toCanonical: (x) => x },
  { pattern: /^V$/, canonical: 'V', toCanonical: (x) => x },
  { pattern: /^Ω$|^ohm$/, canonical: 'Ω', toCanonical: (x) => x },
];

export interface PrintedNumber {
  /** The number as printed, before unit conversion. */
  number: number;
  /** The unit as printed (normalised), or undefined if the cell prints no unit. */
  unit?: string;
  /** Canonical unit and value when the printed unit is known. */
  canonicalUnit?: string;
  canonicalValue?: number;
  /** Significant figures of the printed mantissa. */
  significantFigures: number;
}

/** Count significant figures of a decimal string such as "7.25", "0.050", "200". */
export function countSignificantFigures(mantissa: string): number {
  const m = mantissa.replace(/^[-+]/, '');
  const digits = m.replace('.', '').replace(/^0+/, '');
  if (digits === '') return 1;
  if (!m.includes('.')) return digits.replace(/0+$/, '').length || 1;
  return digits.length;
}

/**
 * Parse a simple printed quantity. Accepts an optional qualifier sign (~, ≈, <, >, ≤, ≥), an
 * optional "± u" uncertainty, a mantissa with "× 10⁻ⁿ" (or a bare "10⁻ⁿ"), a unit, and a trailing
 * parenthetical remark such as "(30 °C)" or "(bulk)". Returns null for anything else.
 */
export function parsePrinted(printed: string): PrintedNumber | null {
  let s = normaliseSuperscripts(printed).replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*\([^)]*\)\s*$/, '').trim(); // trailing remark
  s = s.replace(/^(~|≈|<|>|≤|≥|less than|more than)\s*/i, '');
  const num = String.raw`(\d+(?:\.\d+)?)`;
  const re = new RegExp(
    String.raw`^(?:` +
      num + String.raw`(?:\s*±\s*\d+(?:\.\d+)?)?(?:\s*[×x]\s*10\s*\^?\s*\{?([-+]?\d+)\}?)?` +
      String.raw`|10\s*\^?\s*\{?([-+]?\d+)\}?)` +
      String.raw`(?:\s+(.+))?$`,
  );
  const m = re.exec(s);
  if (!m) return null;
  const [, mantissa, exp1, exp2, unitRaw] = m;
  let number: number;
  let significantFigures: number;
  if (mantissa !== undefined) {
    number = Number(mantissa) * (exp1 !== undefined ? 10 ** Number(exp1) : 1);
    significantFigures = countSignificantFigures(mantissa);
  } else {
    number = 10 ** Number(exp2);
    significantFigures = 1;
  }
  // a value such as 4.49 ± 0.31 × 10⁻³ is handled above; anything with more words is not simple
  const result: PrintedNumber = { number, significantFigures };
  if (unitRaw !== undefined) {
    const unit = unitRaw.trim();
    const hit = UNIT_TABLE.find((u) => u.pattern.test(unit));
    if (!hit) return null;
    result.unit = unit;
    result.canonicalUnit = hit.canonical;
    result.canonicalValue = hit.toCanonical(number);
  }
  return result;
}

/** Canonical unit names accepted in column headers and quantity cells, with unit-free converters. */
export function canonicalValueOf(parsed: PrintedNumber, expectedUnit: string | undefined): number | null {
  if (parsed.canonicalUnit !== undefined) {
    if (expectedUnit !== undefined && parsed.canonicalUnit !== expectedUnit) return null;
    return parsed.canonicalValue ?? null;
  }
  return parsed.number; // no printed unit: assume the column's unit
}
