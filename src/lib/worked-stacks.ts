/**
 * The cell stacks of the handbook's worked energy-density examples, defined once. The chapter
 * "From material to cell" and the energy-density Tools page both compute their numbers from these
 * definitions (through src/components/worked/StackValue.astro and EnergyDensityWorked.astro), so the
 * page and the worked example cannot drift apart. The calculator preset 'ncm811-li-oxide-20um'
 * (src/lib/presets/energy-density.ts) holds the same inputs as text; tests/content/worked-numbers.test.ts
 * checks that it stays equal to NCM811_OXIDE_STACK.
 */
import { cellEnergyDensity, type CellStack, type EnergyDensityResult } from './energy-density';
import { SULFUR_TO_LI2S_VOLUME_RATIO } from './energy-density-materials';

/** Density (g/cm³) of a mixture whose masses and volumes add: Σm / Σ(m/ρ), from [mass, density in g/cm³] pairs. */
export const volumeAdditiveDensityGPerCm3 = (parts: readonly (readonly [number, number])[]): number =>
  parts.reduce((a, [m]) => a + m, 0) / parts.reduce((a, [m, rho]) => a + m / rho, 0);

/** Masses (mg) of electrolyte and carbon per 70 mg of NCM811 in the worked composite (70 : 25 : 5 by weight). */
export const NCM811_COMPOSITE_WT = { active: 70, electrolyte: 25, carbon: 5 } as const;

/** Densities (g/cm³) assumed for the composite's non-active solids: LAGP-type oxide and carbon. */
export const NCM811_INACTIVE_DENSITIES = { electrolyte: 3.4, carbon: 2.0 } as const;
/**
 * Volume-additive mean density of the non-active solids: masses add and volumes add, so
 * ρ = (m_SE + m_C) / (m_SE/ρ_SE + m_C/ρ_C) = 30 / (25/3.4 + 5/2.0) ≈ 3.045 g/cm³, used rounded to 3.04.
 */
export const NCM811_INACTIVE_DENSITY_EXACT = volumeAdditiveDensityGPerCm3([
  [NCM811_COMPOSITE_WT.electrolyte, NCM811_INACTIVE_DENSITIES.electrolyte], [NCM811_COMPOSITE_WT.carbon, NCM811_INACTIVE_DENSITIES.carbon]]);

/**
 * Worked example of "From material to cell" and of the energy-density Tools page: 15 mg/cm² NCM811 at
 * 200 mAh/g and 3.8 V, 70 wt% active, 10 % porosity, a 20 µm oxide separator (3.4 g/cm³), a lithium foil
 * holding as much lithium as the cathode cycles (N/P = 1, i.e. 100 % excess over the lithiated cathode), half
 * of a 12 µm Al and of an 8 µm Cu foil; thickness in the charged state.
 */
export const NCM811_OXIDE_STACK: CellStack = {
  cathode: {
    activeLoadingMgPerCm2: 15,
    specificCapacityMahPerG: 200,
    averageVoltageV: 3.8,
    activeMassFraction: NCM811_COMPOSITE_WT.active / 100,
    activeDensityGPerCm3: 4.8,
    inactiveDensityGPerCm3: Math.round(NCM811_INACTIVE_DENSITY_EXACT * 100) / 100,
    porosity: 0.1,
  },
  separator: { thicknessUm: 20, densityGPerCm3: 3.4 },
  anode: { type: 'lithium', npRatio: 1 },
  collectors: { cathodeThicknessUm: 12, anodeThicknessUm: 8, sharing: 'double-sided' },
};

/** Changes to the worked stack that the pages discuss. */
export interface StackVariant {
  /** Separator thickness, µm. */
  separatorUm?: number;
  /** Separator density, g/cm³. */
  separatorDensityGPerCm3?: number;
  /** N/P ratio of the lithium foil (lithium at assembly over cathode capacity; 0 = anode-free). */
  npRatio?: number;
}

/** The worked stack with the given changes. */
export function ncm811Stack(variant: StackVariant = {}): CellStack {
  const base = NCM811_OXIDE_STACK;
  return {
    ...base,
    separator: {
      thicknessUm: variant.separatorUm ?? base.separator.thicknessUm,
      densityGPerCm3: variant.separatorDensityGPerCm3 ?? base.separator.densityGPerCm3,
    },
    anode: variant.npRatio === undefined ? base.anode : { type: 'lithium', npRatio: variant.npRatio },
  };
}

/** Energy density of the worked stack with the given changes. */
export const ncm811Result = (variant: StackVariant = {}): EnergyDensityResult => cellEnergyDensity(ncm811Stack(variant));

/** Masses (mg) of carbon and sulfide electrolyte per 30 mg of sulfur in the Li–S composite (30 : 10 : 60 by weight). */
export const LI_S_COMPOSITE_WT = { active: 30, carbon: 10, electrolyte: 60 } as const;
/** Densities (g/cm³): α-sulfur (CRC), carbon, and an argyrodite Li₆PS₅Cl electrolyte. */
export const LI_S_DENSITIES = { sulfur: 2.07, carbon: 2.0, electrolyte: 1.64 } as const;
/** Volume-additive mean density of carbon and electrolyte: 70/(10/2.0 + 60/1.64) ≈ 1.683, used rounded to 1.68 g/cm³. */
export const LI_S_INACTIVE_DENSITY_EXACT = volumeAdditiveDensityGPerCm3([
  [LI_S_COMPOSITE_WT.carbon, LI_S_DENSITIES.carbon], [LI_S_COMPOSITE_WT.electrolyte, LI_S_DENSITIES.electrolyte]]);

/**
 * Worked Li–S stack of the chapter "All-solid-state Li–S" (and the calculator preset 'li-s-sulfide'): 3 mg/cm²
 * of sulfur delivering 1000 mAh/g at 2.0 V in the 30 : 10 : 60 composite of that chapter, 10 % porosity, a non-
 * lithiated cathode whose sulfur grows by 79 % to Li₂S; a 30 µm Li₆PS₅Cl separator; a lithium foil holding twice
 * the cycled capacity (N/P = 2); thickness counted in the larger of the two states (illustrative values).
 */
export const LI_S_STACK: CellStack = {
  cathode: {
    activeLoadingMgPerCm2: 3,
    specificCapacityMahPerG: 1000,
    averageVoltageV: 2.0,
    activeMassFraction: LI_S_COMPOSITE_WT.active / 100,
    activeDensityGPerCm3: LI_S_DENSITIES.sulfur,
    inactiveDensityGPerCm3: Math.round(LI_S_INACTIVE_DENSITY_EXACT * 100) / 100,
    porosity: 0.1,
    kind: 'non-lithiated',
    activeVolumeRatio: Math.round(SULFUR_TO_LI2S_VOLUME_RATIO * 100) / 100,
  },
  separator: { thicknessUm: 30, densityGPerCm3: LI_S_DENSITIES.electrolyte },
  anode: { type: 'lithium', npRatio: 2 },
  collectors: { cathodeThicknessUm: 12, anodeThicknessUm: 8, sharing: 'double-sided' },
  volumeState: 'larger',
};

/** The worked stacks pages may quote, by name. */
export const WORKED_STACKS = { ncm811: NCM811_OXIDE_STACK, 'li-s': LI_S_STACK } as const;
export type WorkedStackName = keyof typeof WORKED_STACKS;

/** Quantities a page can quote from the worked stack. */
export const STACK_QUANTITIES = {
  gravimetricWhPerKg: (r: EnergyDensityResult) => r.gravimetricWhPerKg,
  volumetricWhPerL: (r: EnergyDensityResult) => r.volumetricWhPerL,
  arealCapacityMahPerCm2: (r: EnergyDensityResult) => r.arealCapacityMahPerCm2,
  arealEnergyMWhPerCm2: (r: EnergyDensityResult) => r.arealEnergyMWhPerCm2,
  stackMassMgPerCm2: (r: EnergyDensityResult) => r.stackArealMassMgPerCm2,
  stackThicknessUm: (r: EnergyDensityResult) => r.stackThicknessUm,
  cathodeMassMgPerCm2: (r: EnergyDensityResult) => layerOf(r, 'cathode').arealMassMgPerCm2,
  cathodeThicknessUm: (r: EnergyDensityResult) => layerOf(r, 'cathode').thicknessUm,
  separatorMassMgPerCm2: (r: EnergyDensityResult) => layerOf(r, 'separator').arealMassMgPerCm2,
  anodeMassMgPerCm2: (r: EnergyDensityResult) => layerOf(r, 'anode').arealMassMgPerCm2,
  anodeThicknessUm: (r: EnergyDensityResult) => layerOf(r, 'anode').thicknessUm,
  cathodeCollectorMassMgPerCm2: (r: EnergyDensityResult) => layerOf(r, 'cathodeCollector').arealMassMgPerCm2,
  anodeCollectorMassMgPerCm2: (r: EnergyDensityResult) => layerOf(r, 'anodeCollector').arealMassMgPerCm2,
  chargedStackThicknessUm: (r: EnergyDensityResult) => r.chargedStackThicknessUm,
  dischargedStackThicknessUm: (r: EnergyDensityResult) => r.dischargedStackThicknessUm,
  npRatio: (r: EnergyDensityResult) => r.npRatio,
  /** Everything in the repeat unit except the separator, mg/cm². */
  restMassMgPerCm2: (r: EnergyDensityResult) => r.stackArealMassMgPerCm2 - layerOf(r, 'separator').arealMassMgPerCm2,
} as const;

export type StackQuantity = keyof typeof STACK_QUANTITIES;

function layerOf(r: EnergyDensityResult, name: EnergyDensityResult['layers'][number]['name']) {
  const layer = r.layers.find((l) => l.name === name);
  if (!layer) throw new Error(`worked stack has no ${name} layer`);
  return layer;
}

/** One quantity of the worked stack with the given changes. */
export const ncm811Value = (quantity: StackQuantity, variant: StackVariant = {}): number => STACK_QUANTITIES[quantity](ncm811Result(variant));

/** A named worked stack with the given changes (the separator and, for a lithium anode, its N/P ratio). */
export function workedStack(name: WorkedStackName, variant: StackVariant = {}): CellStack {
  const base = WORKED_STACKS[name];
  if (name === 'ncm811') return ncm811Stack(variant);
  return {
    ...base,
    separator: {
      thicknessUm: variant.separatorUm ?? base.separator.thicknessUm,
      densityGPerCm3: variant.separatorDensityGPerCm3 ?? base.separator.densityGPerCm3,
    },
    anode: variant.npRatio === undefined ? base.anode : { type: 'lithium', npRatio: variant.npRatio },
  };
}

/** One quantity of a named worked stack with the given changes. */
export const workedValue = (name: WorkedStackName, quantity: StackQuantity, variant: StackVariant = {}): number =>
  STACK_QUANTITIES[quantity](cellEnergyDensity(workedStack(name, variant)));

/** Stacks of the two review-004 presets ('li-ncm811-lagp-004', 'li-lfp-lagp-004'), cathodes assumed. */
const LAGP_004 = { thicknessUm: 40, densityGPerCm3: 3.43 };
const LITHIUM_20UM_EXCESS = { type: 'lithium', excessThicknessUm: 20 } as const;
export const NCM811_LAGP_004_STACK: CellStack = {
  cathode: { activeLoadingMgPerCm2: 25, specificCapacityMahPerG: 200, averageVoltageV: 3.8, activeMassFraction: 0.9, activeDensityGPerCm3: 4.75, inactiveDensityGPerCm3: 2.0, porosity: 0.1 },
  separator: LAGP_004,
  anode: LITHIUM_20UM_EXCESS,
};
export const LFP_LAGP_004_STACK: CellStack = {
  cathode: { activeLoadingMgPerCm2: 30, specificCapacityMahPerG: 160, averageVoltageV: 3.4, activeMassFraction: 0.85, activeDensityGPerCm3: 3.6, inactiveDensityGPerCm3: 2.0, porosity: 0.1 },
  separator: { ...LAGP_004, thicknessUm: 36 },
  anode: LITHIUM_20UM_EXCESS,
};
