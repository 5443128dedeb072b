import { describe, expect, it } from 'vitest';
import {
  CircuitSyntaxError,
  checkParameters,
  circuitParameterInfo,
  circuitParameterNames,
  parseCircuit,
} from '~/lib/eis/circuit';
import { PhysicsInputError } from '~/lib/errors';

/** The CircuitSyntaxError thrown by parseCircuit(text). */
const syntaxError = (text: string): CircuitSyntaxError => {
  try {
    parseCircuit(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CircuitSyntaxError);
    return e as CircuitSyntaxError;
  }
  throw new Error(`"${text}" parsed without error`);
};

describe('parseCircuit: structure', () => {
  it('R0-p(R1,CPE1)-Wo1 is a series of R0, a parallel block and Wo1, with positions', () => {
    expect(parseCircuit('R0-p(R1,CPE1)-Wo1')).toEqual({
      type: 'series',
      children: [
        { type: 'element', kind: 'R', name: 'R0', position: 0 },
        {
          type: 'parallel',
          children: [
            { type: 'element', kind: 'R', name: 'R1', position: 5 },
            { type: 'element', kind: 'CPE', name: 'CPE1', position: 8 },
          ],
        },
        { type: 'element', kind: 'Wo', name: 'Wo1', position: 14 },
      ],
    });
  });

  it('a single element is just that element; Wo/Ws/W and CPE/C are told apart', () => {
    expect(parseCircuit('R12')).toEqual({ type: 'element', kind: 'R', name: 'R12', position: 0 });
    expect(circuitParameterNames('W1-Wo2-Ws3-C4-CPE5-L6')).toEqual(['W1', 'Wo2_0', 'Wo2_1', 'Ws3_0', 'Ws3_1', 'C4', 'CPE5_0', 'CPE5_1', 'L6']);
  });

  it('whitespace around tokens is allowed and does not change the tree (positions aside)', () => {
    const names = circuitParameterNames(' R0 -\tp( R1 , C1 )\n');
    expect(names).toEqual(['R0', 'R1', 'C1']);
    expect(parseCircuit(' R0 - p (R1,C1)').type).toBe('series');
  });

  it('nested parallel blocks with series branches', () => {
    const node = parseCircuit('p(R1,p(C1,R2-L3))');
    expect(node.type).toBe('parallel');
    if (node.type !== 'parallel') return;
    expect(node.children[1].type).toBe('parallel');
    const inner = node.children[1];
    if (inner.type !== 'parallel') return;
    expect(inner.children[1]).toMatchObject({ type: 'series', children: [{ name: 'R2' }, { name: 'L3' }] });
  });

  it('parameter names and order of a complex circuit follow impedance.py', () => {
    expect(circuitParameterNames('R0-p(R1,CPE1)-p(R2,CPE2)-CPE3')).toEqual([
      'R0', 'R1', 'CPE1_0', 'CPE1_1', 'R2', 'CPE2_0', 'CPE2_1', 'CPE3_0', 'CPE3_1',
    ]);
    expect(circuitParameterNames('L0-R0-p(R1-Wo1,CPE1,p(C2,Ws3))-W4')).toEqual([
      'L0', 'R0', 'R1', 'Wo1_0', 'Wo1_1', 'CPE1_0', 'CPE1_1', 'C2', 'Ws3_0', 'Ws3_1', 'W4',
    ]);
    // A node works as well as text.
    expect(circuitParameterNames(parseCircuit('R0-p(R1,C1)'))).toEqual(['R0', 'R1', 'C1']);
  });

  it('parameter metadata: units and bounds', () => {
    const info = Object.fromEntries(circuitParameterInfo('R0-C1-L2-CPE3-W4-Wo5').map((p) => [p.name, p]));
    expect(info.R0.unit).toBe('Ω');
    expect(info.C1.unit).toBe('F');
    expect(info.L2.unit).toBe('H');
    expect(info.CPE3_0.unit).toBe('S·sᵅ');
    expect(info.CPE3_1).toMatchObject({ unit: '', transform: 'logistic', range: { min: 0, max: 1, minExclusive: true } });
    expect(info.W4.unit).toBe('Ω·s^-1/2');
    expect(info.Wo5_0.unit).toBe('Ω');
    expect(info.Wo5_1.unit).toBe('s');
    expect(info.Wo5_1.element).toBe('Wo5');
    expect(Object.values(info).every((p) => p.range.min === 0 && p.range.minExclusive)).toBe(true);
  });
});

describe('parseCircuit: errors name the position and what was expected', () => {
  // [text, position, words the message must contain]
  const cases: [string, number, RegExp][] = [
    ['', 0, /empty/],
    ['   ', 0, /empty/],
    ['X1', 0, /unknown element 'X1'/],
    ['R0-X1', 3, /unknown element 'X1'.*R, C, L, CPE, W, Wo, Ws/],
    ['R-p(R1,C1)', 1, /expected a number after 'R' \(e\.g\. R1\) but found '-'/],
    ['R1-p(R2,C1)-R1', 12, /'R1' is used twice \(first at character 1\)/],
    ['R0-p(R1)', 7, /at least two branches/],
    ['R0-p(R1,C1', 10, /close the p\( opened at character 4.*end of the circuit/],
    ['R0-p(R1,C1))', 11, /'\)' without a matching 'p\('/],
    ['R0-p(R1,C1) x', 12, /expected '-' or the end of the circuit but found 'x'/],
    ['R0-p(R1 C1)', 8, /expected '-', ',' or '\)' inside the p\( opened at character 4 but found 'C'/],
    ['R0-R12-)', 7, /expected an element such as R1 or p\(…\) but found '\)'/],
    ['R0-', 3, /expected an element .* found the end of the circuit/],
    ['R0--R1', 3, /found '-'/],
    ['p(R1,)', 5, /found '\)'/],
    ['12', 0, /expected an element .* found '1'/],
    ['r1', 0, /case-sensitive: write R1/],
    ['R0-cpe1', 3, /case-sensitive: write CPE1/],
    ['wo1', 0, /case-sensitive: write Wo1/],
    ['P(R1,C1)', 0, /lower-case p/],
    ['p1', 0, /unknown element 'p1'/],
  ];
  for (const [text, position, words] of cases) {
    it(`${JSON.stringify(text)} → position ${position}`, () => {
      const e = syntaxError(text);
      expect(e.position).toBe(position);
      expect(e.message).toMatch(new RegExp(`^At character ${position + 1}: `));
      expect(e.message).not.toMatch(/position/i); // one way of counting, from 1, everywhere
      expect(e.message).toMatch(words);
      expect(e).toBeInstanceOf(PhysicsInputError);
      expect(e.field).toBe('circuit');
      expect(e.name).toBe('CircuitSyntaxError');
    });
  }

  it('the example message of the brief, word for word', () => {
    expect(syntaxError('R0-R12-)').message).toBe("At character 8: expected an element such as R1 or p(…) but found ')'.");
  });

  it('non-text, over-long and over-nested circuits are rejected', () => {
    expect(() => parseCircuit(42 as unknown as string)).toThrow(PhysicsInputError);
    expect(() => parseCircuit(undefined as unknown as string)).toThrow(/text such as/);
    expect(syntaxError(`R0${'-R1'.repeat(400)}`).message).toMatch(/longer than 1000/);
    const deep = Array.from({ length: 25 }, (_, k) => `p(R${k},`).join('') + 'C0' + ')'.repeat(25);
    expect(syntaxError(deep).message).toMatch(/more than 20 levels/);
  });
});

describe('checkParameters', () => {
  const info = circuitParameterInfo('R0-p(R1,CPE1)');
  const good = { R0: 5, R1: 100, CPE1_0: 1e-6, CPE1_1: 0.9 };
  const fieldOf = (parameters: unknown, partial = false): string | null => {
    try {
      checkParameters(info, parameters, 'parameters', partial);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(PhysicsInputError);
      return (e as PhysicsInputError).field;
    }
  };
  it('returns values in circuit order', () => {
    expect(checkParameters(info, good)).toEqual([5, 100, 1e-6, 0.9]);
  });
  it('names the missing, extra, non-finite or out-of-range parameter', () => {
    expect(fieldOf({ ...good, R1: undefined })).toBe('R1');
    expect(fieldOf({ ...good, R9: 1 })).toBe('R9');
    expect(fieldOf({ ...good, CPE1_0: NaN })).toBe('CPE1_0');
    expect(fieldOf({ ...good, R0: Infinity })).toBe('R0');
    expect(fieldOf({ ...good, R0: -1 })).toBe('R0');
    expect(fieldOf({ ...good, R0: 0 })).toBe('R0');
    expect(fieldOf({ ...good, CPE1_1: 1.01 })).toBe('CPE1_1');
    expect(fieldOf({ ...good, CPE1_1: 0 })).toBe('CPE1_1');
    expect(fieldOf({ ...good, R1: '100' })).toBe('R1');
    expect(fieldOf(null)).toBe('parameters');
    expect(fieldOf({ R0: 5 }, true)).toBeNull();
  });
  it('α = 1 (ideal capacitor) is allowed', () => {
    expect(fieldOf({ ...good, CPE1_1: 1 })).toBeNull();
  });
});
