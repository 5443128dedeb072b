/**
 * Arcs a fit does not determine, and the circuit without them. A circuit with more arc blocks than the spectrum
 * has arcs still fits, but the spare block ends degenerate: a parameter runs to the edge of its range (a CPE
 * exponent α → 0 turns the CPE into a resistor) or trades off against others so that the data cannot fix it.
 * Its "capacitance" then means nothing, so no conductivity may rest on it; the circuit without the block is
 * the one the data support. Pure; the block structure is that of arcsOfCircuit (material.ts).
 */
import { formatSig } from '../format';
import { circuitParameterInfo, parseCircuit } from './circuit';
import { fitCircuit } from './fit';
import { arcsOfCircuit, type CircuitArc } from './material';
import type { CircuitNode, FitResult, Spectrum, Weighting } from './types';

export interface UndeterminedArc extends CircuitArc {
  /** Why the data do not fix it, in words, naming the parameter. */
  reason: string;
}

type FitFacts = Pick<FitResult, 'circuit' | 'parameters' | 'standardErrors' | 'parametersAtBound'>;

/** The arcs of a fitted circuit that have a parameter at the edge of its range or without a standard error. */
export function undeterminedArcs(fit: FitFacts): UndeterminedArc[] {
  const info = circuitParameterInfo(fit.circuit);
  const atBound = new Set(fit.parametersAtBound);
  return arcsOfCircuit(parseCircuit(fit.circuit)).flatMap((arc) => {
    const own = info.filter((p) => p.element === arc.resistanceName || p.element === arc.capacitorName);
    const edge = own.find((p) => atBound.has(p.name));
    const loose = own.find((p) => fit.standardErrors[p.name] === null);
    const p = edge ?? loose;
    if (!p) return [];
    const value = `${formatSig(fit.parameters[p.name]!, 2)}${p.unit ? ` ${p.unit}` : ''}`;
    const reason = edge
      ? p.transform === 'logistic'
        ? `its ${p.description} ran down to ${value}, so the CPE acts as a resistor and the block is not an arc`
        : `its ${p.description} ran to the edge of its allowed range (${value})`
      : `its ${p.description} trades off against other parameters, so no value of it is better than another`;
    return [{ ...arc, reason }];
  });
}

/** Circuit text of a node (impedance.py syntax, element names as written). */
function circuitText(node: CircuitNode): string {
  if (node.type === 'element') return node.name;
  const parts = node.children.map(circuitText);
  return node.type === 'series' ? parts.join('-') : `p(${parts.join(',')})`;
}

/** The circuit without the top-level arc blocks of the named resistances; null if none of them is such a block or nothing would be left. */
export function circuitWithoutArcs(circuit: string, resistanceNames: string[]): string | null {
  const node = parseCircuit(circuit);
  const children = node.type === 'series' ? node.children : [node];
  const isDropped = (child: CircuitNode): boolean => {
    if (child.type !== 'parallel') return false;
    const arcs = arcsOfCircuit(child);
    return arcs.length === 1 && child.children.length === 2 && resistanceNames.includes(arcs[0]!.resistanceName);
  };
  const kept = children.filter((child) => !isDropped(child));
  if (kept.length === children.length || kept.length === 0) return null;
  return kept.map(circuitText).join('-');
}

/** A simpler circuit for a fit that leaves arcs undetermined, with how well it fits and the fit itself. */
export interface SimplerCircuit { circuit: string; reducedChiSquare: number; stillUndetermined: boolean; fit: FitResult }

/**
 * The circuit the data support when a fit leaves arcs undetermined: drop one undetermined arc at a time (the
 * drop that fits best, by χ²/ν), until every arc left is determined or none can be dropped. One at a time,
 * because two blocks sharing one arc are both undetermined, yet one of them is needed. Null when no drop fits.
 */
export function simplerCircuit(spectrum: Spectrum, fit: FitResult, weighting: Weighting): SimplerCircuit | null {
  let current = fit;
  let found: SimplerCircuit | null = null;
  for (let loose = undeterminedArcs(current); loose.length > 0;) {
    const tries = loose.flatMap((arc) => {
      const circuit = circuitWithoutArcs(current.circuit, [arc.resistanceName]);
      if (circuit === null) return [];
      try {
        return [fitCircuit({ ...spectrum, circuit, weighting })];
      } catch {
        return []; // too few points for it, or it cannot be evaluated: not a candidate
      }
    });
    if (tries.length === 0) break;
    current = tries.reduce((a, b) => (b.reducedChiSquare < a.reducedChiSquare ? b : a));
    loose = undeterminedArcs(current);
    found = { circuit: current.circuit, reducedChiSquare: current.reducedChiSquare, stillUndetermined: loose.length > 0, fit: current };
  }
  return found;
}
