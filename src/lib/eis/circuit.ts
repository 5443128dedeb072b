/**
 * Equivalent-circuit strings in impedance.py's syntax: elements joined by `-` in series and `p(…,…)` in
 * parallel (two or more branches, nestable), each element a kind plus a number, e.g. `R0-p(R1,CPE1)-Wo1`.
 * Case-sensitive like impedance.py; whitespace around tokens is allowed.
 * Parameter names follow impedance.py: `R0`, `C1`, `W1` for one-parameter elements, `CPE1_0`, `CPE1_1`, `Wo1_0`… otherwise.
 */
import { PhysicsInputError } from '../errors';
import { checkNumber, checkObject, type Range } from '../validate';
import { ELEMENT_KINDS, ELEMENT_PARAMETERS, type ParameterSpec } from './elements';
import type { CircuitNode, ElementKind, Parameters } from './types';

/** A malformed circuit string; `position` is the 0-based offset of the problem in the text. Its message counts
 *  characters from 1 as readers do ("At character 8: …"), in the prefix and inside the message alike. */
export class CircuitSyntaxError extends PhysicsInputError {
  readonly position: number;

  constructor(position: number, message: string) {
    super('circuit', `At character ${position + 1}: ${message}`);
    this.name = 'CircuitSyntaxError';
    this.position = position;
  }
}

const MAX_LENGTH = 1000;
const MAX_DEPTH = 20;

/** Parse a circuit string (e.g. "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3"); throws CircuitSyntaxError naming the position. */
export function parseCircuit(text: string): CircuitNode {
  if (typeof text !== 'string') throw new PhysicsInputError('circuit', 'The circuit must be text such as R0-p(R1,CPE1).');
  if (text.length > MAX_LENGTH) throw new CircuitSyntaxError(MAX_LENGTH, `the circuit is longer than ${MAX_LENGTH} characters.`);
  let i = 0;
  const seen = new Map<string, number>();
  const skip = (): void => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const found = (): string => (i < text.length ? `'${text[i]}'` : 'the end of the circuit');
  const fail = (message: string, at = i): never => {
    throw new CircuitSyntaxError(at, message);
  };
  const read = (pattern: RegExp): string => {
    pattern.lastIndex = i;
    const match = pattern.exec(text)?.[0] ?? '';
    i += match.length;
    return match;
  };

  const series = (depth: number): CircuitNode => {
    const children = [term(depth)];
    for (skip(); text[i] === '-'; skip()) {
      i++;
      children.push(term(depth));
    }
    return children.length === 1 ? children[0] : { type: 'series', children };
  };

  const term = (depth: number): CircuitNode => {
    skip();
    const start = i;
    const letters = read(/[A-Za-z]+/y);
    if (!letters) {
      if (text.trim() === '') fail('the circuit is empty; expected an element such as R1 or p(…).', 0);
      fail(`expected an element such as R1 or p(…) but found ${found()}.`);
    }
    skip();
    if ((letters === 'p' || letters === 'P') && text[i] === '(') {
      if (letters === 'P') fail("write parallel blocks with a lower-case p, as in p(R1,C1).", start);
      if (depth >= MAX_DEPTH) fail(`the circuit nests p(…) more than ${MAX_DEPTH} levels deep.`, start);
      i++;
      const children = [series(depth + 1)];
      for (skip(); text[i] === ','; skip()) {
        i++;
        children.push(series(depth + 1));
      }
      if (i >= text.length) fail(`expected ',' or ')' to close the p( opened at character ${start + 1}, but found the end of the circuit.`);
      if (text[i] !== ')') fail(`expected '-', ',' or ')' inside the p( opened at character ${start + 1} but found ${found()}.`);
      if (children.length < 2) fail("p(…) needs at least two branches separated by ',' (e.g. p(R1,C1)) but found ')'.");
      i++;
      return { type: 'parallel', children };
    }
    i = start + letters.length;
    const digits = read(/[0-9]+/y);
    const kind = ELEMENT_KINDS.find((k) => k === letters);
    if (!kind) {
      const hint = ELEMENT_KINDS.find((k) => k.toLowerCase() === letters.toLowerCase());
      fail(
        `unknown element '${letters}${digits}'; ` +
          (hint
            ? `names are case-sensitive: write ${hint}${digits || '1'}.`
            : 'expected one of R, C, L, CPE, W, Wo, Ws followed by a number (e.g. R1), or p(…,…).'),
        start,
      );
    }
    if (!digits) fail(`expected a number after '${letters}' (e.g. ${letters}1) but found ${found()}.`);
    const name = letters + digits;
    const first = seen.get(name);
    if (first !== undefined) fail(`the element name '${name}' is used twice (first at character ${first + 1}); give each element its own number.`, start);
    seen.set(name, start);
    return { type: 'element', kind: kind as ElementKind, name, position: start };
  };

  const root = series(0);
  skip();
  if (i < text.length) {
    fail(text[i] === ')' ? "found ')' without a matching 'p('." : `expected '-' or the end of the circuit but found ${found()}.`);
  }
  return root;
}

/** The element nodes of a circuit in circuit (reading) order. */
export function circuitElements(node: CircuitNode): Extract<CircuitNode, { type: 'element' }>[] {
  return node.type === 'element' ? [node] : node.children.flatMap(circuitElements);
}

export interface ParameterInfo {
  /** e.g. "CPE1_0". */
  name: string;
  /** The element it belongs to, e.g. "CPE1". */
  element: string;
  kind: ElementKind;
  unit: string;
  description: string;
  range: Range;
  transform: ParameterSpec['transform'];
}

const asNode = (circuit: string | CircuitNode): CircuitNode =>
  typeof circuit === 'string' ? parseCircuit(circuit) : checkObject<CircuitNode>('circuit', circuit);

/** Parameters of a circuit in circuit order, with unit, description and allowed range. */
export function circuitParameterInfo(circuit: string | CircuitNode): ParameterInfo[] {
  return circuitElements(asNode(circuit)).flatMap((e) =>
    ELEMENT_PARAMETERS[e.kind].map((spec) => ({
      name: e.name + spec.suffix,
      element: e.name,
      kind: e.kind,
      unit: spec.unit,
      description: spec.description,
      range: spec.range,
      transform: spec.transform,
    })),
  );
}

/** Parameter names of a circuit in circuit order, e.g. R0-p(R1,CPE1) → ["R0", "R1", "CPE1_0", "CPE1_1"]. */
export function circuitParameterNames(circuit: string | CircuitNode): string[] {
  return circuitParameterInfo(circuit).map((p) => p.name);
}

/**
 * Check a parameter object against a circuit's parameters: every value finite and inside its range, no unknown
 * names, and (unless partial) none missing. Returns the values in circuit order (NaN for ones left out when partial).
 */
export function checkParameters(info: ParameterInfo[], parameters: unknown, field = 'parameters', partial = false): number[] {
  const given = checkObject<Parameters>(field, parameters);
  const names = new Set(info.map((p) => p.name));
  for (const key of Object.keys(given)) {
    if (!names.has(key)) {
      throw new PhysicsInputError(key, `${key} is not a parameter of this circuit; its parameters are ${[...names].join(', ')}.`);
    }
  }
  return info.map((p) => {
    if (partial && given[p.name] === undefined) return NaN;
    if (given[p.name] === undefined) {
      throw new PhysicsInputError(p.name, `${p.name} (${p.description}) is missing; give a value for every parameter.`);
    }
    return checkNumber(p.name, given[p.name], p.range);
  });
}
