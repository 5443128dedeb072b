/**
 * From the apparent conductivity of a porous pellet to the conductivity of the dense material, for
 * insulating pores: Maxwell–Garnett (the Hashin–Shtrikman upper bound), Bruggeman's differential
 * effective medium and Archie's law with a chosen exponent.
 * Sources: J. C. Maxwell Garnett, Phil. Trans. R. Soc. A 203 (1904) 385; D. A. G. Bruggeman,
 * Ann. Phys. 416 (1935) 636; G. E. Archie, Trans. AIME 146 (1942) 54; Z. Hashin, S. Shtrikman,
 * J. Appl. Phys. 33 (1962) 3125.
 */
import { RANGES, checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

export type PorosityModel = 'maxwellGarnett' | 'bruggeman' | 'archie';
export const POROSITY_MODELS: readonly PorosityModel[] = ['maxwellGarnett', 'bruggeman', 'archie'];

/** Archie exponent used when none is given: m = 2, a common value for sintered porous ceramics and rocks. */
export const DEFAULT_ARCHIE_EXPONENT = 2;
/**
 * Allowed Archie exponents: 1.5 (Bruggeman; a smaller m would exceed the Hashin–Shtrikman bound for isotropic
 * pores at common densities) to 5 (beyond any reported pellet).
 */
export const ARCHIE_EXPONENT_RANGE = { min: 1.5, max: 5 } as const;
/** Relative densities accepted (fraction of the theoretical density): above 0, at most 1. */
export const RELATIVE_DENSITY_RANGE = { min: 0, max: 1, minExclusive: true } as const;
/** Below this relative density the pores are taken as no longer isolated (Maxwell–Garnett out of range). */
export const ISOLATED_PORES_ABOVE = 0.85;
/** Below this relative density the pores are taken as connected: no model here is reliable. */
export const CONNECTED_PORES_BELOW = 0.7;

/**
 * σ_eff/σ_dense for insulating pores at a given relative density ρ_rel = 1 − p (p = porosity).
 * Formulas: Maxwell–Garnett 2ρ_rel/(3 − ρ_rel) = 2(1 − p)/(2 + p); Bruggeman ρ_rel^(3/2); Archie ρ_rel^m.
 * Valid: Maxwell–Garnett for isolated spherical pores (p ≲ 0.15) and an upper bound for any isotropic
 * insulating pores (Hashin–Shtrikman); Bruggeman for dispersed near-spherical pores (ρ_rel ≳ 0.7);
 * Archie empirical, m fitted to a series of pellets. All give 1 at ρ_rel = 1.
 * Sources: Maxwell Garnett (1904); Bruggeman (1935); Archie (1942); Hashin & Shtrikman (1962).
 */
export function porosityFactor(input: { relativeDensity: number; model: PorosityModel; archieExponent?: number }): { factor: number } {
  const i = checkObject<{ relativeDensity: number; model: PorosityModel; archieExponent?: number }>('input', input);
  const rho = checkNumber('relativeDensity', i.relativeDensity, RELATIVE_DENSITY_RANGE);
  const m = checkNumber('archieExponent', orDefault(i.archieExponent, DEFAULT_ARCHIE_EXPONENT), ARCHIE_EXPONENT_RANGE);
  const model = checkOption('model', i.model, POROSITY_MODELS);
  switch (model) {
    case 'maxwellGarnett':
      return { factor: checkResult('porosity factor', (2 * rho) / (3 - rho)) };
    case 'bruggeman':
      return { factor: checkResult('porosity factor', rho ** 1.5) };
    case 'archie':
      return { factor: checkResult('porosity factor', rho ** m) };
  }
}

export interface PorosityModelResult {
  model: PorosityModel;
  /** σ_eff/σ_dense (0–1). */
  factor: number;
  /** σ_dense = σ_apparent / factor, S/cm. */
  sigmaDenseSPerCm: number;
}

export interface DenseConductivityResult {
  /** p = 1 − ρ_rel. */
  porosity: number;
  models: PorosityModelResult[];
  /** Largest over smallest dense conductivity of the three models (≥ 1): how much the choice of model matters. */
  modelSpread: number;
  /** Which validity limits the relative density crosses: isolated pores (Maxwell–Garnett) and connected pores (all). */
  beyondIsolatedPores: boolean;
  beyondConnectedPores: boolean;
}

/**
 * Dense-material conductivity from a porous pellet's apparent conductivity with each model.
 * Formula: σ_dense = σ_apparent / f(ρ_rel), f from porosityFactor. Units: S/cm in and out.
 * Valid: insulating (empty) pores, conduction through the solid only, ρ_rel ≳ 0.7 (see porosityFactor);
 * Maxwell–Garnett gives the lowest σ_dense, a lower bound for any isotropic pore shape.
 * Sources: as porosityFactor.
 */
export function denseConductivityFromPorous(input: { sigmaApparentSPerCm: number; relativeDensity: number; archieExponent?: number }): DenseConductivityResult {
  const i = checkObject<{ sigmaApparentSPerCm: number; relativeDensity: number; archieExponent?: number }>('input', input);
  const s = checkNumber('sigmaApparentSPerCm', i.sigmaApparentSPerCm, RANGES.sigmaSPerCm);
  const rho = checkNumber('relativeDensity', i.relativeDensity, RELATIVE_DENSITY_RANGE);
  const models = POROSITY_MODELS.map((model) => {
    const { factor } = porosityFactor({ relativeDensity: rho, model, archieExponent: i.archieExponent });
    return { model, factor, sigmaDenseSPerCm: checkResult('dense conductivity', s / factor) };
  });
  const dense = models.map((m) => m.sigmaDenseSPerCm);
  return {
    porosity: 1 - rho,
    models,
    modelSpread: Math.max(...dense) / Math.min(...dense),
    beyondIsolatedPores: rho < ISOLATED_PORES_ABOVE,
    beyondConnectedPores: rho < CONNECTED_PORES_BELOW,
  };
}
