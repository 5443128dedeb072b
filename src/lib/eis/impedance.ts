/**
 * Impedance of an equivalent circuit: series impedances add, parallel admittances add.
 * Z in Ω, Z'' < 0 for capacitive behaviour (Z = Z' + jZ''). Source: Barsoukov & Macdonald, Impedance
 * Spectroscopy, 3rd ed. (Wiley, 2018), ch. 2; circuit syntax as impedance.py (Murbach et al., JOSS 2020).
 */
import { PhysicsInputError } from '../errors';
import { checkArray, checkNumber, checkResult } from '../validate';
import { MAX_POINTS } from './check-spectrum';
import { checkParameters, circuitParameterInfo, parseCircuit } from './circuit';
import { ELEMENT_PARAMETERS, elementImpedances, frequencyGrid, type FrequencyGrid } from './elements';
import type { CircuitNode, Parameters } from './types';

export { MAX_POINTS };
/** Allowed frequencies: > 0 and finite (1 PHz caps it so that ω·L and 1/(ωC) stay finite). */
export const FREQUENCY_RANGE = { min: 0, max: 1e15, minExclusive: true, unit: 'Hz' } as const;

/**
 * Evaluates a circuit on a frequency grid for parameter values p in circuit order; writes Z into zRe, zIm.
 * No validation (used inside fits); non-finite results are the caller's to detect.
 */
export type CircuitEvaluator = (p: ArrayLike<number>, grid: FrequencyGrid, zRe: Float64Array, zIm: Float64Array) => void;

// A compiled node adds its impedance (or, when asAdmittance, its admittance) to the accumulators.
type Adder = (p: ArrayLike<number>, grid: FrequencyGrid, re: Float64Array, im: Float64Array, asAdmittance: boolean) => void;

/** Compile a parsed circuit once into a fast evaluator (parameter offsets in circuit order). */
export function compileCircuit(node: CircuitNode): CircuitEvaluator {
  let offset = 0;
  const buffers = (n: number, b: Float64Array[]): Float64Array[] => (b[0]?.length === n ? b : [new Float64Array(n), new Float64Array(n)]);
  let element: Float64Array[] = []; // shared: each element's values are used at once
  // Add bRe + j·bIm (or, with y, its reciprocal by Smith's algorithm, inlined for speed) to the accumulators.
  const accumulate = (bRe: Float64Array, bIm: Float64Array, re: Float64Array, im: Float64Array, y: boolean): void => {
    if (!y) {
      for (let i = 0; i < re.length; i++) {
        re[i] += bRe[i];
        im[i] += bIm[i];
      }
      return;
    }
    for (let i = 0; i < re.length; i++) {
      const a = bRe[i];
      const b = bIm[i];
      if (Math.abs(a) >= Math.abs(b)) {
        const r = b / a; // 0/0 = NaN for Z = 0: a rejected step, never a silent value
        const d = a + b * r;
        re[i] += 1 / d;
        im[i] -= r / d;
      } else {
        const r = a / b;
        const d = a * r + b;
        re[i] += r / d;
        im[i] -= 1 / d;
      }
    }
  };
  const compile = (n: CircuitNode): Adder => {
    if (n.type === 'element') {
      const k = offset;
      const kind = n.kind;
      offset += ELEMENT_PARAMETERS[kind].length;
      return (p, grid, re, im, y) => {
        element = buffers(re.length, element);
        elementImpedances(kind, p, k, grid, element[0], element[1]);
        accumulate(element[0], element[1], re, im, y);
      };
    }
    const children = n.children.map(compile);
    // A series chain adds impedances, a parallel block admittances; inside a parent of the same kind they add directly.
    const own = n.type === 'parallel';
    let b: Float64Array[] = [];
    return (p, grid, re, im, y) => {
      if (y === own) {
        for (const c of children) c(p, grid, re, im, own);
        return;
      }
      b = buffers(re.length, b);
      b[0].fill(0);
      b[1].fill(0);
      for (const c of children) c(p, grid, b[0], b[1], own);
      accumulate(b[0], b[1], re, im, true);
    };
  };
  const root = compile(node);
  return (p, grid, zRe, zIm) => {
    zRe.fill(0);
    zIm.fill(0);
    root(p, grid, zRe, zIm, false);
  };
}

/** Check a frequency list (each > 0 and finite) and return ω = 2πf in rad/s. */
export function angularFrequencies(frequenciesHz: unknown, minPoints = 1): Float64Array {
  const f = checkArray<unknown>('frequenciesHz', frequenciesHz, minPoints, MAX_POINTS);
  const w = new Float64Array(f.length);
  for (let i = 0; i < f.length; i++) w[i] = 2 * Math.PI * checkNumber(`frequenciesHz[${i}]`, f[i], FREQUENCY_RANGE);
  return w;
}

/**
 * Impedance of a circuit at the given frequencies.
 * Z(f) from the element formulas in elements.ts combined in series (ΣZ) and parallel (1/Σ(1/Z)); Z' and Z'' in Ω.
 * Every parameter of the circuit must be given, finite and in range; throws PhysicsInputError otherwise.
 */
export function circuitImpedance(
  circuit: string | CircuitNode,
  parameters: Parameters,
  frequenciesHz: number[],
): { zRealOhm: number[]; zImagOhm: number[] } {
  const node = typeof circuit === 'string' ? parseCircuit(circuit) : circuit;
  const p = checkParameters(circuitParameterInfo(node), parameters);
  const w = angularFrequencies(frequenciesHz);
  const re = new Float64Array(w.length);
  const im = new Float64Array(w.length);
  compileCircuit(node)(p, frequencyGrid(w), re, im);
  return { zRealOhm: Array.from(re, (v) => checkResult('impedance', v)), zImagOhm: Array.from(im, (v) => checkResult('impedance', v)) };
}
