/**
 * Theoretical specific capacity of an electrode material.
 * Source: Faraday's law; e.g. R. A. Huggins, Advanced Batteries: Materials Science Aspects (Springer, 2009), ch. 2.
 */
import { FARADAY_C_PER_MOL } from './constants';
import { molarMass } from './formula';
import { checkNumber, checkObject, checkResult } from './validate';

/** Coulombs per milliampere-hour: 1 mAh = 3.6 C. */
const C_PER_MAH = 3.6;
const ELECTRONS_RANGE = { min: 0, max: 100, minExclusive: true } as const;

export interface CapacityResult {
  /** Q = n F / (3.6 M), mAh/g. */
  capacityMahPerG: number;
  molarMassGPerMol: number;
  /** Q·ρ in mAh/cm³ when a density was given, else null. */
  capacityMahPerCm3: number | null;
}

/**
 * Theoretical capacity from a molar mass.
 * Formula: Q = n·F / (3.6·M); mAh/g for M in g/mol, n electrons transferred per formula unit.
 * Valid: full, reversible use of n electrons per formula unit (an upper bound for practical capacity).
 * Source: Faraday's law (Huggins 2009, ch. 2).
 */
export function capacityFromMolarMass(input: {
  molarMassGPerMol: number;
  electrons: number;
  densityGPerCm3?: number;
}): CapacityResult {
  const i = checkObject<{ molarMassGPerMol: number; electrons: number; densityGPerCm3?: number }>('input', input);
  const m = checkNumber('molarMassGPerMol', i.molarMassGPerMol, { min: 0.5, max: 1e7, unit: 'g/mol' });
  const n = checkNumber('electrons', i.electrons, ELECTRONS_RANGE);
  const rho =
    i.densityGPerCm3 === undefined ? null : checkNumber('densityGPerCm3', i.densityGPerCm3, { min: 0, max: 100, minExclusive: true, unit: 'g/cm³' });
  const q = checkResult('capacity', (n * FARADAY_C_PER_MOL) / (C_PER_MAH * m));
  return { capacityMahPerG: q, molarMassGPerMol: m, capacityMahPerCm3: rho === null ? null : checkResult('capacity', q * rho) };
}

/**
 * Theoretical capacity of a material given by its formula.
 * Formula: Q = n·F / (3.6·M), M from molarMass(formula). Checks: LiFePO4 (n = 1) 169.9 mAh/g; LiCoO2 (n = 1)
 * 273.8 mAh/g; S → Li2S (formula "S", n = 2) 1672 mAh/g; Li metal ("Li", n = 1) 3862 mAh/g.
 * Valid: see capacityFromMolarMass. Source: Faraday's law (Huggins 2009, ch. 2); IUPAC/CIAAW 2021 atomic weights.
 */
export function theoreticalCapacity(input: { formula: string; electrons: number; densityGPerCm3?: number }): CapacityResult {
  const i = checkObject<{ formula: string; electrons: number; densityGPerCm3?: number }>('input', input);
  const { molarMassGPerMol } = molarMass(i.formula);
  return capacityFromMolarMass({ molarMassGPerMol, electrons: i.electrons, densityGPerCm3: i.densityGPerCm3 });
}
