/**
 * Material cost of a solid-electrolyte separator per m² and per kWh, and the price at which it uses up a cost
 * budget. The budget argument is that of M. Balaish et al., Nat. Energy 6 (2021) 227 (quoted by review 004):
 * the electrolyte layer may cost at most about US$4 per m² of repeat unit. Material only: processing, yield
 * and scrap are not counted.
 */
import { checkNumber, checkObject, checkResult, orDefault } from './validate';

/** Electrolyte budget per m² of repeat unit, US$ (Balaish et al. 2021, via review 004). */
export const ELECTROLYTE_BUDGET_USD_PER_M2 = 4;

export interface ElectrolyteCostInput {
  /** Separator thickness, µm. */
  thicknessUm: number;
  /** Separator density, g/cm³. */
  densityGPerCm3: number;
  /** Price of the electrolyte material, US$/kg. */
  priceUsdPerKg: number;
  /** Areal energy of the repeat unit, mWh/cm² (from cellEnergyDensity). */
  arealEnergyMWhPerCm2: number;
  /** Budget for the electrolyte layer, US$/m²; default 4. */
  budgetUsdPerM2?: number;
  /** Mass fraction of one costly element in the electrolyte (Ge in LAGP ≈ 0.261), [0, 1]; default 0 (none). */
  elementMassFraction?: number;
}

export interface ElectrolyteCostResult {
  /** Electrolyte mass per m², kg. */
  arealMassKgPerM2: number;
  /** Material cost per m² of repeat unit, US$. */
  costUsdPerM2: number;
  /** Material cost per kWh stored, US$. */
  costUsdPerKWh: number;
  /** Electrolyte price that uses up the budget, US$/kg. */
  breakEvenPriceUsdPerKg: number;
  /** Price of the costly element that alone uses up the budget, US$/kg; null without an element fraction. */
  elementBreakEvenPriceUsdPerKg: number | null;
}

/**
 * Cost of the separator material. Formulas: m = t·ρ (µm × g/cm³ × 10⁻³ = kg/m²); C = m·p (US$/m²);
 * C/E with E = E_A × 0.01 kWh/m² (1 mWh/cm² = 10 Wh/m²); break-even p* = B/m, for an element p*_el = B/(m·w).
 * Check: 36 µm LAGP at 3.43 g/cm³ with w_Ge = 0.261 gives p*_Ge = 4/(0.1235 × 0.261) = US$124/kg.
 * Units: µm, g/cm³, US$/kg, mWh/cm². Valid: material cost only. Source: Balaish et al., Nat. Energy 6 (2021) 227.
 */
export function electrolyteCost(input: ElectrolyteCostInput): ElectrolyteCostResult {
  const i = checkObject<ElectrolyteCostInput>('input', input);
  const t = checkNumber('thicknessUm', i.thicknessUm, { min: 0, max: 1e4, minExclusive: true, unit: 'µm' });
  const rho = checkNumber('densityGPerCm3', i.densityGPerCm3, { min: 0.05, max: 25, unit: 'g/cm³' });
  const price = checkNumber('priceUsdPerKg', i.priceUsdPerKg, { min: 0, max: 1e6, unit: 'US$/kg' });
  const energy = checkNumber('arealEnergyMWhPerCm2', i.arealEnergyMWhPerCm2, { min: 0, max: 1e4, minExclusive: true, unit: 'mWh/cm²' });
  const budget = checkNumber('budgetUsdPerM2', orDefault(i.budgetUsdPerM2, ELECTROLYTE_BUDGET_USD_PER_M2), { min: 0, max: 1e6, minExclusive: true, unit: 'US$/m²' });
  const w = checkNumber('elementMassFraction', orDefault(i.elementMassFraction, 0), { min: 0, max: 1 });
  // µm × g/cm³: 1e-6 m × 1000 kg/m³ per g/cm³ = 1e-3 kg/m²
  const mass = t * rho * 1e-3;
  const cost = mass * price;
  return {
    arealMassKgPerM2: checkResult('electrolyte mass', mass),
    costUsdPerM2: checkResult('electrolyte cost', cost),
    costUsdPerKWh: checkResult('electrolyte cost per kWh', cost / (energy * 0.01)),
    breakEvenPriceUsdPerKg: checkResult('break-even price', budget / mass),
    elementBreakEvenPriceUsdPerKg: w > 0 ? checkResult('break-even price', budget / (mass * w)) : null,
  };
}
