/**
 * A pellet's two impedance arcs, typed in by hand: bulk, apparent and specific (brick-layer) grain-boundary
 * and total conductivity, the effective capacitance of each arc (ideal C or CPE), the bulk permittivity and
 * whether each capacitance fits the part of the pellet it is said to come from. The conductivity calculator's
 * counterpart of analysePellet (eis/material.ts), which reads the same quantities off a fitted circuit.
 * Sources: Irvine, Sinclair & West, Adv. Mater. 2 (1990) 132; Haile, West & Campbell, J. Mater. Res. 13
 * (1998) 1576; Brug et al., J. Electroanal. Chem. 176 (1984) 275.
 */
import { conductivityFromEis, specificGrainBoundaryConductivity } from './conductivity';
import { assignArc, effectiveCapacitance, relativePermittivity, type ArcAssignment } from './eis/material';
import { PhysicsInputError } from './errors';
import { checkNumber, checkObject } from './validate';

/** One arc: its resistance and its capacitor, an ideal C (α = 1) or a CPE with Q in S·s^α. */
export interface ArcInput {
  resistanceOhm: number;
  /** C in F when cpeAlpha = 1, else the CPE's Q in S·s^α. */
  capacitorValue: number;
  cpeAlpha: number;
}

export interface ArcResult {
  /** Effective capacitance (Brug), F; equal to the typed value for α = 1. */
  capacitanceF: number;
  /** C·L/A, F (the capacitance of a cell with L/A = 1 cm⁻¹). */
  normalisedCapacitanceF: number;
  /** Where the capacitance alone places the arc (Irvine et al. 1990). */
  capacitanceSuggests: ArcAssignment;
}

export interface TwoArcInput {
  bulk: ArcInput;
  grainBoundary: ArcInput;
  thicknessCm: number;
  areaCm2: number;
  /** Mean grain size d, µm, for the electrical boundary thickness δ = d·C_b/C_gb; omit if unknown. */
  grainSizeUm?: number;
}

export interface TwoArcResult {
  bulk: ArcResult;
  grainBoundary: ArcResult;
  bulkSigmaSPerCm: number;
  grainBoundaryApparentSigmaSPerCm: number;
  grainBoundarySpecificSigmaSPerCm: number;
  totalSigmaSPerCm: number;
  totalResistanceOhm: number;
  /** R_gb/(R_b + R_gb), 0–1. */
  grainBoundaryResistanceFraction: number;
  /** ε_r of the grains from the bulk arc's capacitance. */
  bulkRelativePermittivity: number;
  /** C_b/C_gb, which the brick-layer model equates with δ/d. */
  capacitanceRatio: number;
  /** δ in nm, or null when no grain size was given. */
  grainBoundaryThicknessNm: number | null;
  /** C_b/C_gb ≥ 0.1: the boundaries are not thin beside the grains, so the brick-layer result is doubtful. */
  thickBoundaries: boolean;
}

/** Limit of C_b/C_gb above which the brick layer's thin-boundary assumption (δ ≪ d) is doubtful. */
export const THIN_BOUNDARY_RATIO_BELOW = 0.1;

const arcResult = (arc: ArcInput, name: string, thicknessCm: number, areaCm2: number): ArcResult => {
  const a = checkObject<ArcInput>(name, arc);
  const r = checkNumber(`${name}.resistanceOhm`, a.resistanceOhm, { min: 1e-9, max: 1e18, minExclusive: true, unit: 'Ω' });
  const alpha = checkNumber(`${name}.cpeAlpha`, a.cpeAlpha, { min: 0.5, max: 1 });
  const { capacitanceF } = effectiveCapacitance({ resistanceOhm: r, cpeQ: a.capacitorValue, cpeAlpha: alpha });
  const placed = assignArc({ capacitanceF, thicknessCm, areaCm2 });
  return { capacitanceF, normalisedCapacitanceF: placed.normalisedCapacitanceF, capacitanceSuggests: placed.assignment };
};

/**
 * Conductivities of a pellet from its bulk and grain-boundary arcs.
 * Formulas: C_eff = (Q R^(1−α))^(1/α); σ_b = L/(A R_b); σ_gb,app = L/(A R_gb); σ_total = L/(A (R_b + R_gb));
 * σ_gb,sp = (L/A)(C_b/C_gb)/R_gb; δ = d C_b/C_gb; ε_r = C_b L/(ε₀ A). Units: Ω, F or S·s^α, cm, cm², µm → S/cm, nm.
 * Valid for a series brick layer with thin boundaries of the grains' permittivity; α from 0.5 to 1.
 */
export function twoArcPellet(input: TwoArcInput): TwoArcResult {
  const i = checkObject<TwoArcInput>('input', input);
  const bulk = arcResult(i.bulk, 'bulk', i.thicknessCm, i.areaCm2);
  const grainBoundary = arcResult(i.grainBoundary, 'grainBoundary', i.thicknessCm, i.areaCm2);
  if (grainBoundary.capacitanceF <= bulk.capacitanceF) {
    throw new PhysicsInputError(
      'grainBoundary.capacitorValue',
      'The grain-boundary arc must have the larger capacitance: thin boundaries in series with the grains store more charge than the grains do. Check that the two arcs are not swapped.',
    );
  }
  const eis = conductivityFromEis({
    bulkResistanceOhm: i.bulk.resistanceOhm,
    grainBoundaryResistanceOhm: i.grainBoundary.resistanceOhm,
    thicknessCm: i.thicknessCm,
    areaCm2: i.areaCm2,
  });
  const specific = specificGrainBoundaryConductivity({
    grainBoundaryResistanceOhm: i.grainBoundary.resistanceOhm,
    bulkCapacitanceF: bulk.capacitanceF,
    grainBoundaryCapacitanceF: grainBoundary.capacitanceF,
    thicknessCm: i.thicknessCm,
    areaCm2: i.areaCm2,
    grainSizeUm: i.grainSizeUm,
  });
  return {
    bulk,
    grainBoundary,
    ...eis,
    grainBoundarySpecificSigmaSPerCm: specific.sigmaGbSpecificSPerCm,
    bulkRelativePermittivity: relativePermittivity({ capacitanceF: bulk.capacitanceF, thicknessCm: i.thicknessCm, areaCm2: i.areaCm2 }).relativePermittivity,
    capacitanceRatio: specific.capacitanceRatio,
    grainBoundaryThicknessNm: specific.grainBoundaryThicknessNm,
    thickBoundaries: specific.capacitanceRatio >= THIN_BOUNDARY_RATIO_BELOW,
  };
}
