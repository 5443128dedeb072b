// The verdict of an exercise's answer checker: pure, so the page script that shows it stays tiny.
import { parseNumberText } from './format';

/** Message for a reader's answer text against `expected`, accepted within a relative tolerance. */
export function exerciseVerdict(answerText: string, expected: number, relativeTolerance: number): string {
  const parsed = parseNumberText(answerText);
  if (!parsed.ok) return parsed.message;
  if (Math.abs(parsed.value - expected) <= relativeTolerance * Math.abs(expected)) return '✓ Correct within the tolerance.';
  return '✗ Not yet: check units and powers of ten, then try again or open the hint.';
}
