// The exercise checker's verdicts: right within the tolerance, wrong, and text that is not a number.
import { describe, expect, it } from 'vitest';
import { exerciseVerdict } from '~/lib/exercise-check';

describe('exerciseVerdict', () => {
  it('accepts an answer within the relative tolerance, in any notation the parser reads', () => {
    expect(exerciseVerdict('4.1e-4', 4.1e-4, 0.02)).toMatch(/^✓/);
    expect(exerciseVerdict('4.18 × 10^-4', 4.1e-4, 0.02)).toMatch(/^✓/);
    expect(exerciseVerdict('−250', -251, 0.01)).toMatch(/^✓/);
  });
  it('rejects an answer just outside the tolerance', () => {
    expect(exerciseVerdict('4.19e-4', 4.1e-4, 0.02)).toMatch(/^✗/);
    expect(exerciseVerdict('4.1e-3', 4.1e-4, 0.02)).toMatch(/powers of ten/);
  });
  it('says what is wrong with text that is not a number', () => {
    expect(exerciseVerdict('', 1, 0.02)).toBe('Enter a value.');
    expect(exerciseVerdict('abc', 1, 0.02)).toMatch(/is not a number/);
    expect(exerciseVerdict('1,5', 1.5, 0.02)).toMatch(/decimal separator/);
  });
});
