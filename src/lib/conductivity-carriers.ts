/**
 * Mobile-carrier density of a solid electrolyte from its formula and density, and the X-ray (theoretical)
 * density of a cubic cell, for the Nernst–Einstein conversions in conductivity.ts.
 * Sources: molar mass from IUPAC/CIAAW 2021 atomic weights (formula.ts); Maier, Physical Chemistry of
 * Ionic Materials (Wiley, 2004), ch. 6.
 */
import { AVOGADRO_PER_MOL } from './constants';
import { carrierConcentration } from './conductivity';
import { PhysicsInputError } from './errors';
import { molarMass } from './formula';
import { checkNumber, checkObject, checkOption, checkResult } from './validate';

/** Mobile ions the calculator offers, with their charge number z. */
export const MOBILE_IONS = { Li: 1, Na: 1, K: 1, Ag: 1, Cu: 1, Mg: 2 } as const;
export type MobileIon = keyof typeof MOBILE_IONS;
export const MOBILE_ION_SYMBOLS = Object.keys(MOBILE_IONS) as MobileIon[];

/** Densities accepted, g/cm³ (above 0, at most 30: osmium is 22.6). */
export const DENSITY_RANGE_G_PER_CM3 = { min: 0, max: 30, minExclusive: true, unit: 'g/cm³' } as const;

export interface FormulaCarriersResult {
  molarMassGPerMol: number;
  /** Atoms of the mobile element in one formula unit, as the formula gives them. */
  ionsInFormula: number;
  /** Carriers per formula unit used (all ions of the element unless fewer were given). */
  carriersPerFormulaUnit: number;
  /** Charge number of the mobile ion. */
  chargeNumber: number;
  carrierConcentrationPerCm3: number;
  /** The same as an amount concentration, mol/L (n / N_A × 1000). */
  carrierMolPerL: number;
}

/**
 * Number density of mobile ions from a formula and a density.
 * Formula: n = N ρ N_A / M, with M from the formula (g/mol), ρ in g/cm³ and N the mobile ions per formula
 * unit (all atoms of the element by default); n in cm⁻³. Valid: N counts only the ions that move; counting
 * every Li gives an upper bound. Source: elementary; Maier (2004) ch. 6.
 */
export function carriersFromFormula(input: { formula: string; densityGPerCm3: number; ion: MobileIon; carriersPerFormulaUnit?: number }): FormulaCarriersResult {
  const i = checkObject<{ formula: string; densityGPerCm3: number; ion: MobileIon; carriersPerFormulaUnit?: number }>('input', input);
  const ion = checkOption('ion', i.ion, MOBILE_ION_SYMBOLS);
  const rho = checkNumber('densityGPerCm3', i.densityGPerCm3, DENSITY_RANGE_G_PER_CM3);
  const { molarMassGPerMol, elementCounts } = molarMass(i.formula);
  const inFormula = elementCounts[ion] ?? 0;
  if (inFormula === 0) throw new PhysicsInputError('formula', `The formula contains no ${ion}, so it has no ${ion}⁺ to move.`);
  let n = inFormula;
  if (i.carriersPerFormulaUnit !== undefined) {
    n = checkNumber('carriersPerFormulaUnit', i.carriersPerFormulaUnit, { min: 0, max: 1e4, minExclusive: true });
    if (n > inFormula * (1 + 1e-12)) {
      throw new PhysicsInputError('carriersPerFormulaUnit', `The formula has only ${inFormula} ${ion} per formula unit; at most that many can be mobile.`);
    }
  }
  const { carrierConcentrationPerCm3 } = carrierConcentration({ densityGPerCm3: rho, molarMassGPerMol, carriersPerFormulaUnit: n });
  return {
    molarMassGPerMol,
    ionsInFormula: inFormula,
    carriersPerFormulaUnit: n,
    chargeNumber: MOBILE_IONS[ion],
    carrierConcentrationPerCm3,
    carrierMolPerL: checkResult('carrier concentration', (carrierConcentrationPerCm3 / AVOGADRO_PER_MOL) * 1000),
  };
}

/**
 * Theoretical (X-ray) density of a cubic crystal.
 * Formula: ρ = Z M / (N_A a³), with a in Å (1 Å = 10⁻⁸ cm), M in g/mol, Z formula units per cell; g/cm³.
 * Valid for a cubic cell fully occupied as the formula states. Source: elementary crystallography.
 */
export function cubicXrayDensity(input: { molarMassGPerMol: number; formulaUnitsPerCell: number; latticeParameterAngstrom: number }): { densityGPerCm3: number } {
  const i = checkObject<{ molarMassGPerMol: number; formulaUnitsPerCell: number; latticeParameterAngstrom: number }>('input', input);
  const m = checkNumber('molarMassGPerMol', i.molarMassGPerMol, { min: 0.5, max: 1e7, unit: 'g/mol' });
  const z = checkNumber('formulaUnitsPerCell', i.formulaUnitsPerCell, { min: 1, max: 1000, integer: true });
  const a = checkNumber('latticeParameterAngstrom', i.latticeParameterAngstrom, { min: 1, max: 1000, unit: 'Å' });
  const volumeCm3 = (a * 1e-8) ** 3;
  return { densityGPerCm3: checkResult('density', (z * m) / (AVOGADRO_PER_MOL * volumeCm3)) };
}
