/**
 * Layer model of the energy density of a solid-state cell, per cm² of one repeat unit.
 *
 * Repeat unit: [cathode current collector (Al)] | cathode composite | solid-electrolyte separator |
 * anode (Li metal excess, anode-free, or Li–In alloy) | [anode current collector (Cu)].
 * Collector convention: in a stacked or wound cell with double-sided electrodes each foil serves two
 * repeat units, so half of each foil is counted ('double-sided', default); 'single-sided' counts whole
 * foils (a single-layer cell; a bipolar stack with one Al|Cu plate per unit is modelled by setting one of
 * the two foils to the plate and the other to 0).
 * Mass is counted in the discharged (lithiated-cathode) state: the cyclable Li sits in the cathode, so a
 * lithium anode adds only its excess. Volume is counted in the charged state when
 * includePlatedLithiumVolume is true (default): the plated Li (4.85 µm per mAh/cm²) adds thickness.
 * Packaging (tabs, pouch, casing) is a fraction of the total mass and of the total volume.
 *
 * Method: the same bottom-up stack accounting as S. Randau et al., "Benchmarking the performance of
 * all-solid-state lithium batteries", Nat. Energy 5 (2020) 259–270. Densities of metals: CRC Handbook of
 * Chemistry and Physics (Al 2.70, Cu 8.96, Li 0.534, In 7.31 g/cm³).
 */
import { capacityFromMolarMass } from './capacity';
import { atomicWeight } from './elements';
import { PhysicsInputError } from './errors';
import { checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

/** Material constants used as defaults, each with its source. */
export const MATERIAL_DEFAULTS = {
  /** Aluminium, g/cm³ (CRC Handbook). */
  aluminiumDensityGPerCm3: 2.7,
  /** Copper, g/cm³ (CRC Handbook). */
  copperDensityGPerCm3: 8.96,
  /** Lithium metal, g/cm³ (CRC Handbook). */
  lithiumDensityGPerCm3: 0.534,
  /** Indium metal, g/cm³ (CRC Handbook). */
  indiumDensityGPerCm3: 7.31,
  /** Cathode Al foil, µm: typical of commercial electrodes (10–20 µm; Randau et al. 2020 use thin foils). */
  aluminiumFoilUm: 12,
  /** Anode Cu foil, µm: typical of commercial electrodes (6–10 µm). */
  copperFoilUm: 8,
  /**
   * Potential of the two-phase Li–In (LiIn/In) electrode vs Li⁺/Li, V: 0.62 V, which lowers the cell voltage
   * by that much. Source: A. L. Santhosha, L. Medenbach, J. R. Buchheim, P. Adelhelm, Batteries & Supercaps 2
   * (2019) 524–529.
   */
  liInOffsetV: 0.62,
} as const;

export interface CathodeSpec {
  /** Areal capacity, mAh/cm². Give this or activeLoadingMgPerCm2, not both. */
  arealCapacityMahPerCm2?: number;
  /** Areal loading of active material, mg/cm². */
  activeLoadingMgPerCm2?: number;
  /** Practical specific capacity of the active material, mAh/g (e.g. LFP 160, NCM811 200). */
  specificCapacityMahPerG: number;
  /** Average discharge voltage of the cathode vs Li⁺/Li, V (e.g. LFP 3.4, NCM811 3.8). */
  averageVoltageV: number;
  /** Mass fraction of active material in the composite solids (0–1]. */
  activeMassFraction: number;
  /** Density of the active material, g/cm³ (LFP 3.6, NCM811 4.75). */
  activeDensityGPerCm3: number;
  /** Mean density of the non-active solids (catholyte SE, carbon, binder), g/cm³. */
  inactiveDensityGPerCm3: number;
  /** Void fraction of the composite electrode (0–0.9). */
  porosity: number;
}

export interface SeparatorSpec {
  /** Solid-electrolyte separator thickness, µm (0 allowed as a limit). */
  thicknessUm: number;
  /** Its density, g/cm³ (LAGP ≈ 3.43, LLZO ≈ 5.1, LATP ≈ 2.9, Li6PS5Cl ≈ 1.64). */
  densityGPerCm3: number;
}

export type AnodeSpec =
  | {
      type: 'lithium';
      /** Excess Li as a capacity ratio to the cathode (0 = anode-free, 1 = 100 % excess). */
      excessRatio?: number;
      /** Or excess Li as a foil thickness, µm. */
      excessThicknessUm?: number;
      /** Count the Li plated at full charge in the thickness (default true). */
      includePlatedLithiumVolume?: boolean;
    }
  | {
      type: 'li-in';
      /** Capacity ratio of In (as LiIn, 233 mAh/g) to the cathode; default 1 (the minimum). */
      npRatio?: number;
      /** Or the In foil thickness, µm (overrides npRatio). */
      foilThicknessUm?: number;
    };

export interface CollectorSpec {
  cathodeThicknessUm?: number;
  cathodeDensityGPerCm3?: number;
  anodeThicknessUm?: number;
  anodeDensityGPerCm3?: number;
  /** 'double-sided' (default): half of each foil per repeat unit; 'single-sided': whole foils. */
  sharing?: 'double-sided' | 'single-sided';
}

export interface PackagingSpec {
  /** Packaging mass as a fraction of the total cell mass, [0, 0.95]; default 0. */
  massFraction?: number;
  /** Packaging volume as a fraction of the total cell volume, [0, 0.95]; default 0. */
  volumeFraction?: number;
}

export interface CellStack {
  cathode: CathodeSpec;
  separator: SeparatorSpec;
  anode: AnodeSpec;
  collectors?: CollectorSpec;
  packaging?: PackagingSpec;
}

export type LayerName = 'cathodeCollector' | 'cathode' | 'separator' | 'anode' | 'anodeCollector';

export interface LayerResult {
  name: LayerName;
  thicknessUm: number;
  arealMassMgPerCm2: number;
}

export interface EnergyDensityResult {
  gravimetricWhPerKg: number;
  volumetricWhPerL: number;
  cellVoltageV: number;
  arealCapacityMahPerCm2: number;
  arealEnergyMWhPerCm2: number;
  /** Layers of one repeat unit, from cathode collector to anode collector. */
  layers: LayerResult[];
  /** Share of the total mass per layer name and 'packaging' (sums to 1). */
  massFractions: Record<LayerName | 'packaging', number>;
  /** Repeat-unit thickness without packaging, µm. */
  stackThicknessUm: number;
  /** Repeat-unit areal mass without packaging, mg/cm². */
  stackArealMassMgPerCm2: number;
  /** Total areal mass including packaging, mg/cm². */
  totalArealMassMgPerCm2: number;
  warnings: string[];
}

const FRACTION = { min: 0, max: 1, minExclusive: true } as const;
const DENSITY = { min: 0.05, max: 25, unit: 'g/cm³' } as const;
const THICKNESS = { min: 0, max: 1e4, unit: 'µm' } as const;
const PACKAGING = { min: 0, max: 0.95 } as const;

/** Li capacity per volume, mAh/cm³ (F/(3.6 M_Li)·ρ_Li ≈ 2062), and the plated thickness per mAh/cm², µm. */
const LI_MAH_PER_CM3 = capacityFromMolarMass({
  molarMassGPerMol: atomicWeight('Li')!,
  electrons: 1,
  densityGPerCm3: MATERIAL_DEFAULTS.lithiumDensityGPerCm3,
}).capacityMahPerCm3!;
/** Thickness of Li metal holding 1 mAh/cm², µm (≈ 4.85). */
export const LITHIUM_UM_PER_MAH_PER_CM2 = 1e4 / LI_MAH_PER_CM3;
/** Specific capacity of In alloyed to LiIn (one Li per In), mAh/g (≈ 233.4). */
export const INDIUM_MAH_PER_G = capacityFromMolarMass({ molarMassGPerMol: atomicWeight('In')!, electrons: 1 }).capacityMahPerG;

const layer = (name: LayerName, thicknessUm: number, densityGPerCm3: number, fraction = 1): LayerResult => ({
  name,
  thicknessUm: thicknessUm * fraction,
  // µm × g/cm³ → 1e-4 cm × g/cm³ = 1e-4 g/cm² = 0.1 mg/cm²
  arealMassMgPerCm2: thicknessUm * fraction * densityGPerCm3 * 0.1,
});

/**
 * Gravimetric and volumetric energy density of a cell from its layer stack.
 * Formulas: Q_A = m_act·q (or given); m_comp = m_act/w_act; t_cath = (m_act/ρ_act + m_inact/ρ_inact)/(1 − φ);
 * layer mass = t·ρ; E_A = Q_A·V_cell (mWh/cm²); E_m = E_A/(Σm/(1 − f_m)) (Wh/kg); E_V = E_A/(Σt/(1 − f_V)) (Wh/L);
 * V_cell = V_cathode − 0.62 V for Li–In. Units: µm, g/cm³, mAh/g, V. Valid: a planar stack; no electrolyte
 * overfill, tabs or cell-level swelling beyond the plated Li. Source: Randau et al., Nat. Energy 5 (2020) 259.
 */
export function cellEnergyDensity(stack: CellStack): EnergyDensityResult {
  const s = checkObject<CellStack>('stack', stack);
  const c = checkObject<CathodeSpec>('cathode', s.cathode);
  const sep = checkObject<SeparatorSpec>('separator', s.separator);
  const an = checkObject<AnodeSpec>('anode', s.anode);
  const col = s.collectors === undefined ? {} : checkObject<CollectorSpec>('collectors', s.collectors);
  const pack = s.packaging === undefined ? {} : checkObject<PackagingSpec>('packaging', s.packaging);
  const warnings: string[] = [];

  // cathode
  const q = checkNumber('cathode.specificCapacityMahPerG', c.specificCapacityMahPerG, { min: 0, max: 5000, minExclusive: true, unit: 'mAh/g' });
  const vCath = checkNumber('cathode.averageVoltageV', c.averageVoltageV, { min: 0, max: 6, minExclusive: true, unit: 'V' });
  const wAct = checkNumber('cathode.activeMassFraction', c.activeMassFraction, FRACTION);
  const rhoAct = checkNumber('cathode.activeDensityGPerCm3', c.activeDensityGPerCm3, DENSITY);
  const rhoInact = checkNumber('cathode.inactiveDensityGPerCm3', c.inactiveDensityGPerCm3, DENSITY);
  const porosity = checkNumber('cathode.porosity', c.porosity, { min: 0, max: 0.9 });
  const hasCap = c.arealCapacityMahPerCm2 !== undefined;
  const hasLoad = c.activeLoadingMgPerCm2 !== undefined;
  if (hasCap === hasLoad) {
    throw new PhysicsInputError('cathode.arealCapacityMahPerCm2', 'Give exactly one of cathode.arealCapacityMahPerCm2 and cathode.activeLoadingMgPerCm2.');
  }
  let mAct: number; // mg/cm²
  let capA: number; // mAh/cm²
  if (hasCap) {
    capA = checkNumber('cathode.arealCapacityMahPerCm2', c.arealCapacityMahPerCm2, { min: 0, max: 100, minExclusive: true, unit: 'mAh/cm²' });
    mAct = (capA / q) * 1000;
  } else {
    mAct = checkNumber('cathode.activeLoadingMgPerCm2', c.activeLoadingMgPerCm2, { min: 0, max: 1000, minExclusive: true, unit: 'mg/cm²' });
    capA = (mAct * q) / 1000;
  }
  const mComp = mAct / wAct;
  const mInact = mComp - mAct;
  // mg/cm² ÷ g/cm³ = 1e-3 cm = 10 µm per (mg/cm²)/(g/cm³)
  const tCath = ((mAct / rhoAct + mInact / rhoInact) * 10) / (1 - porosity);
  const cathode: LayerResult = { name: 'cathode', thicknessUm: tCath, arealMassMgPerCm2: mComp };

  // separator
  const separator = layer(
    'separator',
    checkNumber('separator.thicknessUm', sep.thicknessUm, THICKNESS),
    checkNumber('separator.densityGPerCm3', sep.densityGPerCm3, DENSITY),
  );

  // anode
  const anodeType = checkOption('anode.type', an.type, ['lithium', 'li-in'] as const);
  let anode: LayerResult;
  let offset = 0;
  if (anodeType === 'lithium') {
    const a = an as Extract<AnodeSpec, { type: 'lithium' }>;
    if (a.excessRatio !== undefined && a.excessThicknessUm !== undefined) {
      throw new PhysicsInputError('anode.excessRatio', 'Give at most one of anode.excessRatio and anode.excessThicknessUm.');
    }
    const excessUm =
      a.excessThicknessUm !== undefined
        ? checkNumber('anode.excessThicknessUm', a.excessThicknessUm, THICKNESS)
        : checkNumber('anode.excessRatio', orDefault(a.excessRatio, 0), { min: 0, max: 100 }) * capA * LITHIUM_UM_PER_MAH_PER_CM2;
    if (a.includePlatedLithiumVolume !== undefined && typeof a.includePlatedLithiumVolume !== 'boolean') {
      throw new PhysicsInputError('anode.includePlatedLithiumVolume', 'anode.includePlatedLithiumVolume must be true or false.');
    }
    const platedUm = a.includePlatedLithiumVolume === false ? 0 : capA * LITHIUM_UM_PER_MAH_PER_CM2;
    anode = {
      name: 'anode',
      thicknessUm: excessUm + platedUm,
      arealMassMgPerCm2: excessUm * MATERIAL_DEFAULTS.lithiumDensityGPerCm3 * 0.1,
    };
  } else {
    const a = an as Extract<AnodeSpec, { type: 'li-in' }>;
    offset = MATERIAL_DEFAULTS.liInOffsetV;
    let foilUm: number;
    if (a.foilThicknessUm !== undefined) {
      foilUm = checkNumber('anode.foilThicknessUm', a.foilThicknessUm, { ...THICKNESS, min: 0, minExclusive: true });
      const inCap = (foilUm * MATERIAL_DEFAULTS.indiumDensityGPerCm3 * 0.1 * INDIUM_MAH_PER_G) / 1000;
      if (inCap < capA) {
        warnings.push(`The In foil holds ${inCap.toPrecision(3)} mAh/cm² as LiIn, less than the cathode's ${capA.toPrecision(3)} mAh/cm².`);
      }
    } else {
      const np = checkNumber('anode.npRatio', orDefault(a.npRatio, 1), { min: 0, max: 100, minExclusive: true });
      if (np < 1) warnings.push('anode.npRatio < 1: the Li–In anode cannot take up the full cathode capacity.');
      foilUm = ((capA * np) / INDIUM_MAH_PER_G / MATERIAL_DEFAULTS.indiumDensityGPerCm3) * 1e4;
    }
    anode = layer('anode', foilUm, MATERIAL_DEFAULTS.indiumDensityGPerCm3);
  }

  // collectors
  const sharing = checkOption('collectors.sharing', orDefault(col.sharing, 'double-sided'), ['double-sided', 'single-sided'] as const);
  const share = sharing === 'double-sided' ? 0.5 : 1;
  const cathodeCollector = layer(
    'cathodeCollector',
    checkNumber('collectors.cathodeThicknessUm', orDefault(col.cathodeThicknessUm, MATERIAL_DEFAULTS.aluminiumFoilUm), THICKNESS),
    checkNumber('collectors.cathodeDensityGPerCm3', orDefault(col.cathodeDensityGPerCm3, MATERIAL_DEFAULTS.aluminiumDensityGPerCm3), DENSITY),
    share,
  );
  const anodeCollector = layer(
    'anodeCollector',
    checkNumber('collectors.anodeThicknessUm', orDefault(col.anodeThicknessUm, MATERIAL_DEFAULTS.copperFoilUm), THICKNESS),
    checkNumber('collectors.anodeDensityGPerCm3', orDefault(col.anodeDensityGPerCm3, MATERIAL_DEFAULTS.copperDensityGPerCm3), DENSITY),
    share,
  );

  // packaging and totals
  const fm = checkNumber('packaging.massFraction', orDefault(pack.massFraction, 0), PACKAGING);
  const fv = checkNumber('packaging.volumeFraction', orDefault(pack.volumeFraction, 0), PACKAGING);
  const cellVoltageV = vCath - offset;
  if (!(cellVoltageV > 0)) {
    throw new PhysicsInputError('cathode.averageVoltageV', `With a Li–In anode the cathode voltage must exceed ${offset} V.`);
  }
  const layers = [cathodeCollector, cathode, separator, anode, anodeCollector].map((l) => ({
    name: l.name,
    thicknessUm: checkResult(`${l.name} thickness`, l.thicknessUm),
    arealMassMgPerCm2: checkResult(`${l.name} mass`, l.arealMassMgPerCm2),
  }));
  const stackMass = layers.reduce((a, l) => a + l.arealMassMgPerCm2, 0);
  const stackThickness = layers.reduce((a, l) => a + l.thicknessUm, 0);
  const totalMass = stackMass / (1 - fm);
  const totalThicknessUm = stackThickness / (1 - fv);
  const energy = capA * cellVoltageV; // mAh/cm² × V = mWh/cm²
  const massFractions = Object.fromEntries([
    ...layers.map((l) => [l.name, l.arealMassMgPerCm2 / totalMass]),
    ['packaging', fm],
  ]) as Record<LayerName | 'packaging', number>;
  if (porosity > 0.4) warnings.push(`Cathode porosity ${porosity} is high for a solid-state composite (dense composites reach < 0.2).`);
  return {
    // mWh/cm² ÷ mg/cm² = Wh/g → × 1000 Wh/kg
    gravimetricWhPerKg: checkResult('gravimetric energy density', (energy / totalMass) * 1000),
    // mWh/cm² ÷ (µm × 1e-4 cm) = mWh/cm³ = Wh/L
    volumetricWhPerL: checkResult('volumetric energy density', energy / (totalThicknessUm * 1e-4)),
    cellVoltageV,
    arealCapacityMahPerCm2: checkResult('areal capacity', capA),
    arealEnergyMWhPerCm2: checkResult('areal energy', energy),
    layers,
    massFractions,
    stackThicknessUm: checkResult('thickness', stackThickness),
    stackArealMassMgPerCm2: checkResult('mass', stackMass),
    totalArealMassMgPerCm2: checkResult('mass', totalMass),
    warnings,
  };
}

const withSeparator = (stack: CellStack, thicknessUm: number): CellStack => {
  const s = checkObject<CellStack>('stack', stack);
  const sep = checkObject<SeparatorSpec>('separator', s.separator);
  return { ...s, separator: { ...sep, thicknessUm } };
};

export interface SweepPoint {
  thicknessUm: number;
  gravimetricWhPerKg: number;
  volumetricWhPerL: number;
}

/**
 * Energy density as a function of separator thickness, the rest of the stack unchanged.
 * Formula: cellEnergyDensity with separator.thicknessUm replaced by each value. Units: µm → Wh/kg, Wh/L.
 * Valid: 1–1000 thicknesses in [0, 1e4] µm. Source: as cellEnergyDensity (Randau et al. 2020).
 */
export function separatorSweep(stack: CellStack, thicknessesUm: number[]): SweepPoint[] {
  if (!Array.isArray(thicknessesUm) || thicknessesUm.length < 1 || thicknessesUm.length > 1000) {
    throw new PhysicsInputError('thicknessesUm', 'thicknessesUm must be an array of 1 to 1000 thicknesses in µm.');
  }
  return thicknessesUm.map((t, k) => {
    const tt = checkNumber(`thicknessesUm[${k}]`, t, THICKNESS);
    const r = cellEnergyDensity(withSeparator(stack, tt));
    return { thicknessUm: tt, gravimetricWhPerKg: r.gravimetricWhPerKg, volumetricWhPerL: r.volumetricWhPerL };
  });
}

export type ThicknessForTargetResult =
  | { reachable: true; thicknessUm: number; gravimetricWhPerKg: number }
  | { reachable: false; reason: string; maxGravimetricWhPerKg: number };

/**
 * Largest separator thickness that still gives a target gravimetric energy density.
 * Method: bisection on the separator thickness in [0, 1e4] µm (energy density falls monotonically with it),
 * to 1e-9 µm or 200 steps. Returns reachable: false when even a zero-thickness separator misses the target;
 * returns 1e4 µm when the target is met even at that thickness. Units: Wh/kg → µm.
 * Source: as cellEnergyDensity (Randau et al. 2020).
 */
export function separatorThicknessForTarget(stack: CellStack, targetWhPerKg: number): ThicknessForTargetResult {
  const target = checkNumber('targetWhPerKg', targetWhPerKg, { min: 0, max: 1e4, minExclusive: true, unit: 'Wh/kg' });
  const at = (t: number) => cellEnergyDensity(withSeparator(stack, t)).gravimetricWhPerKg;
  const best = at(0);
  if (best < target) {
    return {
      reachable: false,
      reason: `Even without a separator this stack gives ${best.toFixed(1)} Wh/kg, below the target of ${target} Wh/kg; change the cathode, anode or packaging instead.`,
      maxGravimetricWhPerKg: best,
    };
  }
  let lo = 0;
  let hi: number = THICKNESS.max;
  if (at(hi) >= target) return { reachable: true, thicknessUm: hi, gravimetricWhPerKg: at(hi) };
  for (let k = 0; k < 200 && hi - lo > 1e-9; k++) {
    const mid = (lo + hi) / 2;
    if (at(mid) >= target) lo = mid;
    else hi = mid;
  }
  return { reachable: true, thicknessUm: lo, gravimetricWhPerKg: at(lo) };
}
