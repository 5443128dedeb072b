// Turn a field's text and unit into a canonical number, or a message to show beside the field.
import { parseNumberText } from '~/lib/format';
import { unitChoice, type UnitChoice } from '~/lib/unit-choices';

export type FieldReading = { ok: true; value: number } | { ok: false; message: string };

interface Limits {
  /** Allowed range in the canonical unit. */
  min: number;
  max: number;
  minExclusive?: boolean;
  /** How to describe the range to a person, e.g. "between 1 nm and 10 cm". */
  rangeText: string;
}

/** Parse `text` in `unit` (from `choices`, or already canonical when omitted) and check it lies within `limits`. */
export function readField(text: string, limits: Limits, choices?: UnitChoice[], unit?: string): FieldReading {
  const parsed = parseNumberText(text);
  if (!parsed.ok) return parsed;
  const value = choices && unit ? unitChoice(choices, unit).toCanonical(parsed.value) : parsed.value;
  const low = limits.minExclusive ? value <= limits.min : value < limits.min;
  if (!Number.isFinite(value) || low || value > limits.max) return { ok: false, message: `Out of range: enter ${/^an? /.test(limits.rangeText) ? '' : 'a value '}${limits.rangeText}.` };
  return { ok: true, value };
}
