/**
 * From a fitted equivalent circuit to material properties of a pellet: effective capacitance of R‖CPE
 * arcs, assignment of each arc to bulk, grain boundary or electrode by its capacitance, and the bulk,
 * grain-boundary and total conductivities and bulk permittivity.
 * Sources: G. J. Brug, A. L. G. van den Eeden, M. Sluyters-Rehbach, J. H. Sluyters, J. Electroanal. Chem.
 * 176 (1984) 275 (effective capacitance); C. H. Hsu, F. Mansfeld, Corrosion 57 (2001) 747;
 * J. T. S. Irvine, D. C. Sinclair, A. R. West, Adv. Mater. 2 (1990) 132, Table 1 (capacitance ranges).
 */
import { conductivity, conductivityFromEis, specificGrainBoundaryConductivity } from '../conductivity';
import { VACUUM_PERMITTIVITY_F_PER_M } from '../constants';
import { PhysicsInputError } from '../errors';
import { formatSig, withPrefix } from '../format';
import { RANGES, checkNumber, checkObject, checkOption, checkResult, type Range } from '../validate';
import type { CircuitNode, Parameters } from './types';

export type ArcAssignment = 'bulk' | 'grainBoundary' | 'electrode' | 'unassigned';
export const ARC_ASSIGNMENTS: readonly ArcAssignment[] = ['bulk', 'grainBoundary', 'electrode', 'unassigned'];

const CPE_Q_RANGE = { min: 0, max: 1e6, minExclusive: true, unit: 'S·sᵅ' } as const;
const CPE_ALPHA_RANGE = { min: 0, max: 1, minExclusive: true } as const;
const SERIES_RESISTANCE_RANGE = { ...RANGES.resistanceOhm, min: 0 } as const;
/** ε₀ in F/cm (CODATA 2018 value in F/m ÷ 100). */
const VACUUM_PERMITTIVITY_F_PER_CM = VACUUM_PERMITTIVITY_F_PER_M / 100;

/**
 * Effective capacitance of an R‖CPE arc (Z_CPE = 1/(Q (jω)^α)).
 * Formula: C = (Q R^(1−α))^(1/α) = (RQ)^(1/α)/R, so that RC equals the arc's time constant τ = (RQ)^(1/α).
 * Units: R in Ω, Q in S·s^α → C in F; α = 1 returns Q exactly. Valid for a CPE in parallel with a resistance
 * (where the formulas of Brug et al. and of Hsu & Mansfeld coincide), 0 < α ≤ 1.
 * Sources: Brug et al., J. Electroanal. Chem. 176 (1984) 275; Hsu & Mansfeld, Corrosion 57 (2001) 747.
 */
export function effectiveCapacitance(input: { resistanceOhm: number; cpeQ: number; cpeAlpha: number }): { capacitanceF: number } {
  const i = checkObject<{ resistanceOhm: number; cpeQ: number; cpeAlpha: number }>('input', input);
  const r = checkNumber('resistanceOhm', i.resistanceOhm, RANGES.resistanceOhm);
  const q = checkNumber('cpeQ', i.cpeQ, CPE_Q_RANGE);
  const alpha = checkNumber('cpeAlpha', i.cpeAlpha, CPE_ALPHA_RANGE);
  if (alpha === 1) return { capacitanceF: q };
  // In logarithms: Q^(1/α) alone over- or underflows for small α.
  return { capacitanceF: checkResult('effective capacitance', Math.exp((Math.log(q) + (1 - alpha) * Math.log(r)) / alpha)) };
}

/**
 * Capacitance ranges of Irvine, Sinclair & West (1990), Table 1, for a cell constant L/A = 1 cm⁻¹, applied to
 * C·L/A: bulk ~1e-12 F (here < 1e-11 F); grain boundary 1e-11–1e-8 F; 1e-8–1e-7 F ambiguous (surface layer,
 * poorly sintered grain boundary), left unassigned; sample–electrode interface ≥ 1e-7 F.
 */
export const ARC_CAPACITANCE_LIMITS_F = { bulkBelow: 1e-11, grainBoundaryBelow: 1e-8, electrodeFrom: 1e-7 } as const;

const CITE = 'Irvine et al. 1990';

/**
 * Which part of the pellet an arc belongs to, from its capacitance scaled to a unit cell constant.
 * Formula: C_n = C·L/A (F; L in cm, A in cm²), compared with ARC_CAPACITANCE_LIMITS_F.
 * Valid for parallel-plate pellets with permittivity ~10–100 (typical oxides and sulfides); a rule of thumb,
 * to be overridden when other evidence (temperature dependence, microstructure) says otherwise.
 * Source: Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132, Table 1.
 */
export function assignArc(input: { capacitanceF: number; thicknessCm: number; areaCm2: number }): {
  assignment: ArcAssignment;
  normalisedCapacitanceF: number;
  reason: string;
} {
  const i = checkObject<{ capacitanceF: number; thicknessCm: number; areaCm2: number }>('input', input);
  const c = checkNumber('capacitanceF', i.capacitanceF, RANGES.capacitanceF);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const cn = checkResult('normalised capacitance', (c * l) / a);
  const head = `C·L/A = ${withPrefix(cn, 'F')}`;
  const { bulkBelow, grainBoundaryBelow, electrodeFrom } = ARC_CAPACITANCE_LIMITS_F;
  if (cn < bulkBelow) {
    return { assignment: 'bulk', normalisedCapacitanceF: cn, reason: `${head}, typical of grain interiors (~1 pF; ${CITE}).` };
  }
  if (cn < grainBoundaryBelow) {
    return {
      assignment: 'grainBoundary',
      normalisedCapacitanceF: cn,
      reason: `${head}, typical of grain boundaries (10 pF–10 nF; ${CITE}).`,
    };
  }
  if (cn < electrodeFrom) {
    return {
      assignment: 'unassigned',
      normalisedCapacitanceF: cn,
      reason: `${head} lies between grain-boundary and electrode values (10–100 nF): a surface layer or a poorly sintered boundary (${CITE}); assign it by hand.`,
    };
  }
  return {
    assignment: 'electrode',
    normalisedCapacitanceF: cn,
    reason: `${head}, typical of the sample–electrode interface (≥ 100 nF; ${CITE}).`,
  };
}

/**
 * Relative permittivity from the bulk (geometric) capacitance of a parallel-plate pellet.
 * Formula: ε_r = C·L/(ε₀·A), with ε₀ = 8.854e-14 F/cm; C in F, L in cm, A in cm².
 * Valid when the arc is the bulk arc and edge (fringe) fields are negligible (electrode diameter ≫ L).
 * Source: Irvine, Sinclair & West (1990); ε₀ from CODATA 2018.
 */
export function relativePermittivity(input: { capacitanceF: number; thicknessCm: number; areaCm2: number }): {
  relativePermittivity: number;
} {
  const i = checkObject<{ capacitanceF: number; thicknessCm: number; areaCm2: number }>('input', input);
  const c = checkNumber('capacitanceF', i.capacitanceF, RANGES.capacitanceF);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  return { relativePermittivity: checkResult('relative permittivity', (c * l) / (VACUUM_PERMITTIVITY_F_PER_CM * a)) };
}

/** One arc of a circuit: a resistance in parallel with a capacitor or CPE. */
export interface CircuitArc {
  resistanceName: string;
  capacitorName: string;
  kind: 'C' | 'CPE';
}

/**
 * The arcs of a circuit, in circuit order: every parallel block of exactly two elements, one R and one C or
 * CPE (either order). Other parallel blocks are not arcs; arcs nested inside them are still found.
 */
export function arcsOfCircuit(node: CircuitNode): CircuitArc[] {
  const n = checkObject<CircuitNode>('node', node);
  if (n.type === 'element') return [];
  if (!Array.isArray(n.children)) throw new PhysicsInputError('node', 'A series or parallel circuit node needs a list of children.');
  n.children.forEach((child, k) => checkObject(`node.children[${k}]`, child));
  if (n.type === 'parallel' && n.children.length === 2) {
    const [a, b] = n.children;
    if (a.type === 'element' && b.type === 'element') {
      const [r, other] = a.kind === 'R' ? [a, b] : [b, a];
      if (r.kind === 'R' && (other.kind === 'C' || other.kind === 'CPE')) {
        return [{ resistanceName: r.name, capacitorName: other.name, kind: other.kind }];
      }
    }
  }
  return n.children.flatMap(arcsOfCircuit);
}

/** Resistors in series at the top level of the circuit (not inside any parallel block), e.g. R0 in R0-p(R1,C1). */
const seriesResistors = (node: CircuitNode): string[] => {
  if (node.type === 'element') return node.kind === 'R' ? [node.name] : [];
  return node.type === 'series' ? node.children.flatMap(seriesResistors) : [];
};

/**
 * Real impedance where the last arc of a fitted circuit ends (Ω): the series resistances plus every arc's R,
 * whatever it is assigned to, so a view cut there shows all arcs and leaves out only a series C, CPE or
 * Warburg tail. Null when the circuit has no arc or a value is missing.
 */
export function arcsEndOhm(node: CircuitNode, parameters: Parameters): number | null {
  const arcs = arcsOfCircuit(node);
  if (arcs.length === 0) return null;
  const names = [...seriesResistors(node), ...arcs.map((arc) => arc.resistanceName)];
  const sum = names.reduce((acc, name) => acc + (parameters[name] ?? NaN), 0);
  return Number.isFinite(sum) && sum > 0 ? sum : null;
}

export interface PelletArc extends CircuitArc {
  resistanceOhm: number;
  /** C of a C element, or the Brug effective capacitance of a CPE, F. */
  capacitanceF: number;
  /** CPE exponent α, or null for an ideal capacitor. */
  cpeAlpha: number | null;
  /** C·L/A in F (L in cm, A in cm²). */
  normalisedCapacitanceF: number;
  assignment: ArcAssignment;
  /** What the capacitance alone suggests (equal to `assignment` unless overridden). */
  automaticAssignment: ArcAssignment;
  overridden: boolean;
  reason: string;
}

export interface PelletInput {
  node: CircuitNode;
  parameters: Parameters;
  thicknessCm: number;
  areaCm2: number;
  /** Manual assignment by resistance name (e.g. { R2: 'grainBoundary' }), overriding the capacitance rule. */
  assignments?: Record<string, ArcAssignment>;
  /** With no bulk arc, use the series resistance(s) as the bulk resistance (the reader's decision). */
  seriesResistanceAsBulk?: boolean;
}

export interface PelletAnalysis {
  arcs: PelletArc[];
  /** Sum of the top-level series resistors (leads, contacts, or an unresolved bulk), Ω; null if none. */
  seriesResistanceOhm: number | null;
  /** Where the bulk resistance comes from: an arc, the series resistance (by request), or nowhere. */
  bulkSource: 'arc' | 'seriesResistance' | null;
  bulkResistanceOhm: number | null;
  grainBoundaryResistanceOhm: number | null;
  /** Sample resistance without the electrode: bulk + grain boundary (see warnings for what was included). */
  totalResistanceOhm: number | null;
  bulkSigmaSPerCm: number | null;
  /** Apparent (macroscopic) grain-boundary conductivity L/(A R_gb). */
  grainBoundaryApparentSigmaSPerCm: number | null;
  /** Specific (brick-layer) grain-boundary conductivity (L/A)(C_b/C_gb)/R_gb. */
  grainBoundarySpecificSigmaSPerCm: number | null;
  totalSigmaSPerCm: number | null;
  /** ε_r of the bulk from the bulk arc's capacitance. */
  bulkRelativePermittivity: number | null;
  warnings: string[];
}

/**
 * Material properties of a pellet from a fitted circuit: each arc's R, effective C, C·L/A and assignment,
 * then σ_bulk = L/(A R_b), apparent and specific grain-boundary σ, σ_total = L/(A (R_b + R_gb)) and ε_r of
 * the bulk. Electrode arcs and (when a bulk arc exists) series resistors are excluded from the total.
 * Units: Ω, F, cm, cm² → S/cm. Fields are null where the circuit does not determine them; `warnings` says why.
 * Sources: Irvine, Sinclair & West (1990); Brug et al. (1984); Haile et al., J. Mater. Res. 13 (1998) 1576.
 */
export function analysePellet(input: PelletInput): PelletAnalysis {
  const i = checkObject<PelletInput>('input', input);
  const params = checkObject<Parameters>('parameters', i.parameters);
  const l = checkNumber('thicknessCm', i.thicknessCm, RANGES.thicknessCm);
  const a = checkNumber('areaCm2', i.areaCm2, RANGES.areaCm2);
  const overrides = i.assignments === undefined ? {} : checkObject<Record<string, ArcAssignment>>('assignments', i.assignments);
  const seriesAsBulk = i.seriesResistanceAsBulk ?? false;
  if (typeof seriesAsBulk !== 'boolean') {
    throw new PhysicsInputError('seriesResistanceAsBulk', 'seriesResistanceAsBulk must be true or false.');
  }
  const circuitArcs = arcsOfCircuit(i.node);
  for (const key of Object.keys(overrides)) {
    if (!circuitArcs.some((arc) => arc.resistanceName === key)) {
      const names = circuitArcs.map((arc) => arc.resistanceName).join(', ') || 'none';
      throw new PhysicsInputError('assignments', `${key} is not the resistance of an arc in this circuit (arcs: ${names}).`);
    }
  }
  const value = (name: string, range: Range): number => checkNumber(name, params[name], range);

  const arcs: PelletArc[] = circuitArcs.map((arc) => {
    const r = value(arc.resistanceName, RANGES.resistanceOhm);
    const alpha = arc.kind === 'CPE' ? value(`${arc.capacitorName}_1`, CPE_ALPHA_RANGE) : null;
    const c =
      arc.kind === 'C'
        ? value(arc.capacitorName, RANGES.capacitanceF)
        : effectiveCapacitance({ resistanceOhm: r, cpeQ: value(`${arc.capacitorName}_0`, CPE_Q_RANGE), cpeAlpha: alpha! }).capacitanceF;
    const auto = assignArc({ capacitanceF: c, thicknessCm: l, areaCm2: a });
    const manual = overrides[arc.resistanceName];
    const assignment = manual === undefined ? auto.assignment : checkOption(`assignments.${arc.resistanceName}`, manual, ARC_ASSIGNMENTS);
    const overridden = manual !== undefined && assignment !== auto.assignment;
    return {
      ...arc,
      resistanceOhm: r,
      capacitanceF: c,
      cpeAlpha: alpha,
      normalisedCapacitanceF: auto.normalisedCapacitanceF,
      assignment,
      automaticAssignment: auto.assignment,
      overridden,
      reason: overridden ? `Assigned by hand; the capacitance alone suggests otherwise: ${auto.reason}` : auto.reason,
    };
  });

  const warnings: string[] = [];
  const names = (list: PelletArc[]): string => list.map((arc) => `${arc.resistanceName}‖${arc.capacitorName}`).join(' and ');
  const sumR = (list: PelletArc[]): number => list.reduce((acc, arc) => acc + arc.resistanceOhm, 0);
  const bulkArcs = arcs.filter((arc) => arc.assignment === 'bulk');
  const gbArcs = arcs.filter((arc) => arc.assignment === 'grainBoundary');
  const seriesNames = seriesResistors(i.node);
  // A fitted series resistance may vanish (leads and contacts negligible): zero is allowed there.
  const seriesR = seriesNames.length ? seriesNames.reduce((acc, name) => acc + value(name, SERIES_RESISTANCE_RANGE), 0) : null;
  const seriesLabel = seriesNames.join(' + ');

  // Bulk resistance: one bulk arc, or (by request, without one) the series resistance.
  let bulkSource: PelletAnalysis['bulkSource'] = null;
  let bulkR: number | null = null;
  const bulkC = bulkArcs.length === 1 ? bulkArcs[0].capacitanceF : null;
  if (bulkArcs.length > 1) {
    warnings.push(
      `${names(bulkArcs)} are all assigned to the bulk; a pellet has one bulk arc. Bulk values are left out (their sum still enters the total); reassign one of them.`,
    );
  } else if (bulkArcs.length === 1) {
    bulkSource = 'arc';
    bulkR = bulkArcs[0].resistanceOhm;
    if (seriesAsBulk) {
      warnings.push('The series resistance is not used as the bulk resistance: an arc is already assigned to the bulk.');
    }
  } else if (seriesR !== null && seriesAsBulk) {
    bulkSource = 'seriesResistance';
    bulkR = seriesR;
    warnings.push(
      `${seriesLabel} is used as the bulk resistance, as requested. It also contains lead and contact resistance, and without a bulk arc the bulk capacitance (hence ε_r and the specific grain-boundary conductivity) is unknown.`,
    );
  } else if (seriesR !== null) {
    warnings.push(
      `No arc is assigned to the bulk, so the bulk arc lies above the highest measured frequency: only the total resistance is known. ${seriesLabel} may be taken as the bulk resistance if leads and contacts are negligible (choose to use the series resistance as the bulk).`,
    );
  } else {
    warnings.push('No arc is assigned to the bulk and the circuit has no series resistance: the bulk conductivity cannot be determined.');
  }
  const gbR = gbArcs.length === 1 ? gbArcs[0].resistanceOhm : null;
  if (gbArcs.length > 1) {
    warnings.push(
      `${names(gbArcs)} are all assigned to the grain boundary; grain-boundary values are left out (their sum still enters the total).`,
    );
  }
  const unassigned = arcs.filter((arc) => arc.assignment === 'unassigned');
  if (unassigned.length > 0) {
    warnings.push(`${names(unassigned)} ${unassigned.length > 1 ? 'are' : 'is'} not assigned and left out of the total; assign by hand if the origin is known.`);
  }

  // Total: bulk (arc(s), or the series resistance standing in for an unresolved bulk) + grain boundary.
  const bulkPart = bulkArcs.length > 0 ? sumR(bulkArcs) : seriesR;
  const totalR = bulkPart === null ? null : checkResult('total resistance', bulkPart + sumR(gbArcs));

  const sigma = (r: number | null): number | null =>
    r === null ? null : conductivity({ resistanceOhm: r, thicknessCm: l, areaCm2: a }).sigmaSPerCm;
  let bulkSigma = sigma(bulkR);
  let gbSigma = sigma(gbR);
  if (bulkR !== null && gbR !== null) {
    const eis = conductivityFromEis({ bulkResistanceOhm: bulkR, grainBoundaryResistanceOhm: gbR, thicknessCm: l, areaCm2: a });
    bulkSigma = eis.bulkSigmaSPerCm;
    gbSigma = eis.grainBoundaryApparentSigmaSPerCm;
  }
  let gbSpecific: number | null = null;
  if (bulkC !== null && gbArcs.length === 1) {
    const sp = specificGrainBoundaryConductivity({
      grainBoundaryResistanceOhm: gbArcs[0].resistanceOhm,
      bulkCapacitanceF: bulkC,
      grainBoundaryCapacitanceF: gbArcs[0].capacitanceF,
      thicknessCm: l,
      areaCm2: a,
    });
    gbSpecific = sp.sigmaGbSpecificSPerCm;
    warnings.push(...sp.warnings);
  }
  return {
    arcs,
    seriesResistanceOhm: seriesR,
    bulkSource,
    bulkResistanceOhm: bulkR,
    grainBoundaryResistanceOhm: gbR,
    totalResistanceOhm: totalR,
    bulkSigmaSPerCm: bulkSigma,
    grainBoundaryApparentSigmaSPerCm: gbSigma,
    grainBoundarySpecificSigmaSPerCm: gbSpecific,
    totalSigmaSPerCm: sigma(totalR),
    bulkRelativePermittivity: bulkC === null ? null : relativePermittivity({ capacitanceF: bulkC, thicknessCm: l, areaCm2: a }).relativePermittivity,
    warnings,
  };
}
