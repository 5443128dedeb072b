/**
 * Layer model of the energy density of a solid-state cell, per cm² of one repeat unit.
 *
 * Repeat unit: [cathode current collector (Al)] | cathode composite | solid-electrolyte separator |
 * anode (lithium metal, anode-free, Li–In, graphite or silicon) | [anode current collector (Cu)].
 * Collector convention: in a stacked or wound cell with double-sided electrodes each foil serves two
 * repeat units, so half of each foil is counted ('double-sided', default); 'single-sided' counts whole
 * foils (a single-layer cell; a bipolar stack with one Al|Cu plate per unit is modelled by setting one of
 * the two foils to the plate and the other to 0).
 *
 * Where the cycled lithium is counted (once): a lithiated cathode (NCM, LFP, LCO, Li₂S) is weighed with
 * its lithium, so the anode adds only what it holds at assembly; a non-lithiated cathode (S, FeS₂, Fe₃S₄,
 * I₂) is weighed without it, so the anode must hold the cycled lithium at assembly and it is weighed there.
 * The total mass is the same in the charged and the discharged state; the thickness is not (plated lithium,
 * In → LiIn, lithiated graphite or silicon, S → Li₂S), and is counted in the state the caller chooses.
 *
 * N/P ratio (the common convention, anode-free = 0): N/P = Q_N/Q_P, Q_P the cathode's areal capacity and
 * Q_N the lithium-storage capacity of the negative electrode as assembled: for lithium metal the capacity
 * of the lithium put in, for a host (In, graphite, Si) the capacity of the host to take up lithium.
 * (S. Nanda, A. Gupta, A. Manthiram, Adv. Energy Mater. 11 (2021) 2000804; J. Liu et al., Nat. Energy 4
 * (2019) 180.)
 *
 * Method: the bottom-up stack accounting of S. Randau et al., "Benchmarking the performance of all-solid-state
 * lithium batteries", Nat. Energy 5 (2020) 259–270. Material constants: src/lib/energy-density-materials.ts.
 */
import {
  DENSITIES_G_PER_CM3,
  HOST_ANODES,
  INDIUM_MAH_PER_G,
  LITHIUM_MG_PER_MAH,
  LITHIUM_UM_PER_MAH_PER_CM2,
  type HostAnodeType,
} from './energy-density-materials';
import { PhysicsInputError } from './errors';
import { checkNumber, checkObject, checkOption, checkResult, orDefault } from './validate';

export { INDIUM_MAH_PER_G, LITHIUM_MG_PER_MAH, LITHIUM_UM_PER_MAH_PER_CM2 };

/** Material constants used as defaults, each with its source. */
export const MATERIAL_DEFAULTS = {
  /** Aluminium, g/cm³ (CRC Handbook). */
  aluminiumDensityGPerCm3: DENSITIES_G_PER_CM3.aluminium,
  /** Copper, g/cm³ (CRC Handbook). */
  copperDensityGPerCm3: DENSITIES_G_PER_CM3.copper,
  /** Lithium metal, g/cm³ (CRC Handbook). */
  lithiumDensityGPerCm3: DENSITIES_G_PER_CM3.lithium,
  /** Indium metal, g/cm³ (CRC Handbook). */
  indiumDensityGPerCm3: DENSITIES_G_PER_CM3.indium,
  /** Cathode Al foil, µm: typical of commercial electrodes (10–20 µm; Randau et al. 2020 use thin foils). */
  aluminiumFoilUm: 12,
  /** Anode Cu foil, µm: typical of commercial electrodes (6–10 µm). */
  copperFoilUm: 8,
  /**
   * Potential of the two-phase Li–In (LiIn/In) electrode vs Li⁺/Li, V: 0.62 V, which lowers the cell voltage
   * by that much. Source: A. L. Santhosha, L. Medenbach, J. R. Buchheim, P. Adelhelm, Batteries & Supercaps 2
   * (2019) 524–529.
   */
  liInOffsetV: HOST_ANODES['li-in'].potentialV,
} as const;

/** 'lithiated': the cathode is made with the lithium it cycles (NCM, LFP, LCO, Li₂S); 'non-lithiated': it is not (S, FeS₂, Fe₃S₄, I₂). */
export type CathodeKind = 'lithiated' | 'non-lithiated';

export interface CathodeSpec {
  /** Areal capacity, mAh/cm². Give this or activeLoadingMgPerCm2, not both. */
  arealCapacityMahPerCm2?: number;
  /** Areal loading of active material as made (S for a sulfur cathode, Li₂S for a Li₂S one), mg/cm². */
  activeLoadingMgPerCm2?: number;
  /** Practical specific capacity per gram of the active material as made, mAh/g (e.g. LFP 160, NCM811 200, S 1000). */
  specificCapacityMahPerG: number;
  /** Average discharge voltage of the cathode vs Li⁺/Li, V (e.g. LFP 3.4, NCM811 3.8, S 2.0). */
  averageVoltageV: number;
  /** Mass fraction of active material in the composite solids (0–1]. */
  activeMassFraction: number;
  /** Density of the active material as made, g/cm³ (LFP 3.6, NCM811 4.75, S 2.07, Li₂S 1.66). */
  activeDensityGPerCm3: number;
  /** Mean density of the non-active solids (catholyte SE, carbon, binder), g/cm³. */
  inactiveDensityGPerCm3: number;
  /** Void fraction of the composite electrode as made (0–0.9). */
  porosity: number;
  /** Whether the cathode is made with its lithium (default 'lithiated'). */
  kind?: CathodeKind;
  /** Volume of the active material discharged over charged (S → Li₂S 1.79; default 1: no change). */
  activeVolumeRatio?: number;
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
      /** N/P: capacity of the lithium metal at assembly over the cathode capacity (0 = anode-free). */
      npRatio?: number;
      /** Or the lithium foil at assembly, µm. */
      foilThicknessUm?: number;
      /** Or lithium beyond what the cathode cycles, as a ratio to the cathode capacity (= N/P for a lithiated cathode, N/P − 1 otherwise). */
      excessRatio?: number;
      /** Or lithium beyond what the cathode cycles, µm. */
      excessThicknessUm?: number;
      /** Older form of StackVolume 'charged' (true) / 'discharged' (false); volumeState wins when both are given. */
      includePlatedLithiumVolume?: boolean;
    }
  | {
      type: HostAnodeType;
      /** N/P: lithium the host can take up (In as LiIn, C₆ as LiC₆, Si as Li₁₅Si₄) over the cathode capacity; default 1. */
      npRatio?: number;
      /** Or the thickness of the host layer at assembly, µm (overrides npRatio). */
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
  /** Mass of a stack-pressure fixture (end plates, bolts) per cm² of cell footprint, g/cm²; default 0. */
  fixtureMassGPerCm2?: number;
  /** Repeat units stacked inside that fixture; default 1. */
  fixtureRepeatUnits?: number;
}

/** State whose thicknesses are counted: 'larger' takes the state with the thicker stack. */
export type VolumeState = 'charged' | 'discharged' | 'larger';

export interface CellStack {
  cathode: CathodeSpec;
  separator: SeparatorSpec;
  anode: AnodeSpec;
  collectors?: CollectorSpec;
  packaging?: PackagingSpec;
  /** Default 'charged'. */
  volumeState?: VolumeState;
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
  /** N/P ratio of the anode in the common convention (anode-free = 0). */
  npRatio: number;
  cathodeKind: CathodeKind;
  /** State whose thicknesses are reported (for 'larger', the thicker one). */
  volumeState: 'charged' | 'discharged';
  /** Layers of one repeat unit, from cathode collector to anode collector; masses as assembled, thicknesses in volumeState. */
  layers: LayerResult[];
  /** Share of the total mass per layer name, 'packaging' and 'fixture' (sums to 1). */
  massFractions: Record<LayerName | 'packaging' | 'fixture', number>;
  /** Repeat-unit thickness without packaging in volumeState, µm. */
  stackThicknessUm: number;
  /** Repeat-unit thickness in the charged and in the discharged state, µm. */
  chargedStackThicknessUm: number;
  dischargedStackThicknessUm: number;
  /** Repeat-unit areal mass without packaging, mg/cm². */
  stackArealMassMgPerCm2: number;
  /** Share of the stack-pressure fixture per repeat unit, mg/cm². */
  fixtureArealMassMgPerCm2: number;
  /** Total areal mass including packaging and fixture, mg/cm². */
  totalArealMassMgPerCm2: number;
  /** Gravimetric energy density without the fixture, Wh/kg. */
  gravimetricWithoutFixtureWhPerKg: number;
  warnings: string[];
}

const FRACTION = { min: 0, max: 1, minExclusive: true } as const;
const DENSITY = { min: 0.05, max: 25, unit: 'g/cm³' } as const;
const THICKNESS = { min: 0, max: 1e4, unit: 'µm' } as const;
const PACKAGING = { min: 0, max: 0.95 } as const;
const NP = { min: 0, max: 100 } as const;

const layer = (name: LayerName, thicknessUm: number, densityGPerCm3: number, fraction = 1): LayerResult => ({
  name,
  thicknessUm: thicknessUm * fraction,
  // µm × g/cm³ → 1e-4 cm × g/cm³ = 1e-4 g/cm² = 0.1 mg/cm²
  arealMassMgPerCm2: thicknessUm * fraction * densityGPerCm3 * 0.1,
});

/** An anode as assembled, and its thickness in the two states. */
interface AnodeLayer {
  massMgPerCm2: number;
  chargedUm: number;
  dischargedUm: number;
  npRatio: number;
  offsetV: number;
}

const fmtNp = (x: number) => String(Number(x.toPrecision(3)));

/**
 * Lithium-metal anode. Q_foil = N/P·Q (or from a foil or excess); a lithiated cathode adds its Q on charge,
 * a non-lithiated one takes Q out of the foil on discharge. Mass = Q_foil × 0.259 mg/mAh; thickness 4.85 µm per mAh/cm².
 */
function lithiumAnode(a: Extract<AnodeSpec, { type: 'lithium' }>, capA: number, lithiated: boolean): AnodeLayer {
  const given = (['npRatio', 'foilThicknessUm', 'excessRatio', 'excessThicknessUm'] as const).filter((k) => a[k] !== undefined);
  if (given.length > 1) {
    throw new PhysicsInputError(`anode.${given[1]}`, `Give the lithium as one of N/P ratio, foil thickness or excess, not ${given.length} of them.`);
  }
  const field = `anode.${given[0] ?? 'npRatio'}`;
  const cycled = lithiated ? 0 : capA; // lithium the foil must hold for a cathode that brings none
  let foilMah: number;
  if (a.foilThicknessUm !== undefined) foilMah = checkNumber('anode.foilThicknessUm', a.foilThicknessUm, THICKNESS) / LITHIUM_UM_PER_MAH_PER_CM2;
  else if (a.excessThicknessUm !== undefined) foilMah = checkNumber('anode.excessThicknessUm', a.excessThicknessUm, THICKNESS) / LITHIUM_UM_PER_MAH_PER_CM2 + cycled;
  else if (a.excessRatio !== undefined) foilMah = checkNumber('anode.excessRatio', a.excessRatio, NP) * capA + cycled;
  else foilMah = checkNumber('anode.npRatio', orDefault(a.npRatio, 0), NP) * capA;
  const np = foilMah / capA;
  if (!lithiated && foilMah === 0) {
    throw new PhysicsInputError(field, 'A cathode without lithium (sulfur, FeS₂, Fe₃S₄, I₂) cannot be paired with an anode-free cell: there is no lithium to cycle. Give the lithium foil an N/P ratio of at least 1.');
  }
  if (!lithiated && np < 1 - 1e-12) {
    throw new PhysicsInputError(field, `The lithium foil (N/P = ${fmtNp(np)}) holds less lithium than the cathode takes up; a cathode without lithium needs N/P of at least 1.`);
  }
  const chargedMah = lithiated ? foilMah + capA : foilMah;
  return {
    massMgPerCm2: foilMah * LITHIUM_MG_PER_MAH,
    chargedUm: chargedMah * LITHIUM_UM_PER_MAH_PER_CM2,
    dischargedUm: (chargedMah - capA) * LITHIUM_UM_PER_MAH_PER_CM2,
    npRatio: np,
    offsetV: 0,
  };
}

/**
 * Host anode (In, graphite, Si) sized by N/P = Q_host/Q: m_host = N/P·Q/q_host. Discharged it is the bare host;
 * charged it holds Q, which lithiates a fraction 1/(N/P) of it: t = t₀(1 + (r − 1)/(N/P)), r the volume ratio
 * of the lithiated host. With a non-lithiated cathode the host is lithiated at assembly and its lithium weighed.
 */
function hostAnode(a: Extract<AnodeSpec, { type: HostAnodeType }>, type: HostAnodeType, capA: number, lithiated: boolean, warnings: string[]): AnodeLayer {
  const host = HOST_ANODES[type];
  let massHost: number; // mg/cm²
  let field = 'anode.npRatio';
  if (a.foilThicknessUm !== undefined) {
    field = 'anode.foilThicknessUm';
    massHost = checkNumber('anode.foilThicknessUm', a.foilThicknessUm, { ...THICKNESS, minExclusive: true }) * host.densityGPerCm3 * 0.1;
  } else {
    const np = checkNumber('anode.npRatio', orDefault(a.npRatio, 1), { ...NP, minExclusive: true });
    massHost = (np * capA * 1000) / host.specificCapacityMahPerG;
  }
  const hostMah = (massHost * host.specificCapacityMahPerG) / 1000;
  const np = hostMah / capA;
  const t0 = (massHost / host.densityGPerCm3) * 10;
  if (np < 1 - 1e-12) {
    if (!lithiated) {
      throw new PhysicsInputError(field, `The ${host.label} anode (N/P = ${fmtNp(np)}) cannot hold the lithium that a cathode without lithium needs at assembly; use N/P of at least 1.`);
    }
    warnings.push(`The ${host.label} anode (N/P = ${fmtNp(np)}) can take up only part of the cathode's lithium; the rest would plate as lithium metal (counted in the charged thickness).`);
  }
  const lithiatedFraction = Math.min(1, 1 / np);
  const platedUm = Math.max(0, capA - hostMah) * LITHIUM_UM_PER_MAH_PER_CM2;
  return {
    massMgPerCm2: massHost + (lithiated ? 0 : capA * LITHIUM_MG_PER_MAH),
    chargedUm: t0 * (1 + (host.lithiatedVolumeRatio - 1) * lithiatedFraction) + platedUm,
    dischargedUm: t0,
    npRatio: np,
    offsetV: host.potentialV,
  };
}

/**
 * Gravimetric and volumetric energy density of a cell from its layer stack.
 * Formulas: Q_A = m_act·q (or given); m_comp = m_act/w_act; t_cath = (m_act/ρ_act + m_inact/ρ_inact)/(1 − φ) as made,
 * the active volume scaled by its discharged/charged ratio in the other state; layer mass = t·ρ; anode as in
 * lithiumAnode / hostAnode; E_A = Q_A·(V_cathode − V_anode) (mWh/cm²);
 * E_m = E_A/(Σm/(1 − f_m) + m_fixture/N) (Wh/kg); E_V = E_A/(Σt/(1 − f_V)) (Wh/L).
 * Units: µm, g/cm³, mAh/g, V. Valid: a planar stack; pores do not take up volume changes; no electrolyte overfill
 * or tabs. Source: Randau et al., Nat. Energy 5 (2020) 259.
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
  const cathodeKind = checkOption('cathode.kind', orDefault(c.kind, 'lithiated'), ['lithiated', 'non-lithiated'] as const);
  const lithiated = cathodeKind === 'lithiated';
  const volRatio = checkNumber('cathode.activeVolumeRatio', orDefault(c.activeVolumeRatio, 1), { min: 0.2, max: 5 });
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
  const tActMade = (mAct / rhoAct) * 10;
  const tCathMade = (tActMade + (mInact / rhoInact) * 10) / (1 - porosity);
  // as made: discharged if lithiated, charged if not; the active volume changes one to one into the thickness
  const tActCharged = lithiated ? tActMade / volRatio : tActMade;
  const tActDischarged = lithiated ? tActMade : tActMade * volRatio;
  const cathodeUm = { charged: tCathMade - tActMade + tActCharged, discharged: tCathMade - tActMade + tActDischarged };

  // separator
  const separator = layer(
    'separator',
    checkNumber('separator.thicknessUm', sep.thicknessUm, THICKNESS),
    checkNumber('separator.densityGPerCm3', sep.densityGPerCm3, DENSITY),
  );

  // anode
  const anodeType = checkOption('anode.type', an.type, ['lithium', 'li-in', 'graphite', 'silicon'] as const);
  const anodeLayer =
    anodeType === 'lithium'
      ? lithiumAnode(an as Extract<AnodeSpec, { type: 'lithium' }>, capA, lithiated)
      : hostAnode(an as Extract<AnodeSpec, { type: HostAnodeType }>, anodeType, capA, lithiated, warnings);

  // which state's thickness is counted
  let stateChoice: VolumeState = 'charged';
  if (s.volumeState !== undefined) stateChoice = checkOption('volumeState', s.volumeState, ['charged', 'discharged', 'larger'] as const);
  else if (anodeType === 'lithium') {
    const plated = (an as Extract<AnodeSpec, { type: 'lithium' }>).includePlatedLithiumVolume;
    if (plated !== undefined && typeof plated !== 'boolean') {
      throw new PhysicsInputError('anode.includePlatedLithiumVolume', 'anode.includePlatedLithiumVolume must be true or false.');
    }
    if (plated === false) stateChoice = 'discharged';
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

  // packaging, fixture and totals
  const fm = checkNumber('packaging.massFraction', orDefault(pack.massFraction, 0), PACKAGING);
  const fv = checkNumber('packaging.volumeFraction', orDefault(pack.volumeFraction, 0), PACKAGING);
  const fixtureG = checkNumber('packaging.fixtureMassGPerCm2', orDefault(pack.fixtureMassGPerCm2, 0), { min: 0, max: 1000, unit: 'g/cm²' });
  const fixtureUnits = checkNumber('packaging.fixtureRepeatUnits', orDefault(pack.fixtureRepeatUnits, 1), { min: 1, max: 1e4, integer: true });
  const cellVoltageV = vCath - anodeLayer.offsetV;
  if (!(cellVoltageV > 0)) {
    throw new PhysicsInputError('cathode.averageVoltageV', `With this anode (${anodeLayer.offsetV} V vs Li⁺/Li) the cathode voltage must exceed ${anodeLayer.offsetV} V.`);
  }
  const fixed = cathodeCollector.thicknessUm + separator.thicknessUm + anodeCollector.thicknessUm;
  const chargedStackThicknessUm = fixed + cathodeUm.charged + anodeLayer.chargedUm;
  const dischargedStackThicknessUm = fixed + cathodeUm.discharged + anodeLayer.dischargedUm;
  const volumeState: 'charged' | 'discharged' =
    stateChoice === 'larger' ? (dischargedStackThicknessUm > chargedStackThicknessUm ? 'discharged' : 'charged') : stateChoice;
  const cathode: LayerResult = { name: 'cathode', thicknessUm: cathodeUm[volumeState], arealMassMgPerCm2: mComp };
  const anode: LayerResult = {
    name: 'anode',
    thicknessUm: volumeState === 'charged' ? anodeLayer.chargedUm : anodeLayer.dischargedUm,
    arealMassMgPerCm2: anodeLayer.massMgPerCm2,
  };
  const layers = [cathodeCollector, cathode, separator, anode, anodeCollector].map((l) => ({
    name: l.name,
    thicknessUm: checkResult(`${l.name} thickness`, l.thicknessUm),
    arealMassMgPerCm2: checkResult(`${l.name} mass`, l.arealMassMgPerCm2),
  }));
  const stackMass = layers.reduce((a, l) => a + l.arealMassMgPerCm2, 0);
  const stackThickness = layers.reduce((a, l) => a + l.thicknessUm, 0);
  const cellMass = stackMass / (1 - fm);
  const fixtureMg = (fixtureG * 1000) / fixtureUnits;
  const totalMass = cellMass + fixtureMg;
  const totalThicknessUm = stackThickness / (1 - fv);
  const energy = capA * cellVoltageV; // mAh/cm² × V = mWh/cm²
  const massFractions = Object.fromEntries([
    ...layers.map((l) => [l.name, l.arealMassMgPerCm2 / totalMass]),
    ['packaging', (cellMass - stackMass) / totalMass],
    ['fixture', fixtureMg / totalMass],
  ]) as Record<LayerName | 'packaging' | 'fixture', number>;
  if (porosity > 0.4) warnings.push(`Cathode porosity ${porosity} is high for a solid-state composite (dense composites reach < 0.2).`);
  return {
    // mWh/cm² ÷ mg/cm² = Wh/g → × 1000 Wh/kg
    gravimetricWhPerKg: checkResult('gravimetric energy density', (energy / totalMass) * 1000),
    // mWh/cm² ÷ (µm × 1e-4 cm) = mWh/cm³ = Wh/L
    volumetricWhPerL: checkResult('volumetric energy density', energy / (totalThicknessUm * 1e-4)),
    cellVoltageV,
    arealCapacityMahPerCm2: checkResult('areal capacity', capA),
    arealEnergyMWhPerCm2: checkResult('areal energy', energy),
    npRatio: checkResult('N/P ratio', anodeLayer.npRatio),
    cathodeKind,
    volumeState,
    layers,
    massFractions,
    stackThicknessUm: checkResult('thickness', stackThickness),
    chargedStackThicknessUm: checkResult('thickness', chargedStackThicknessUm),
    dischargedStackThicknessUm: checkResult('thickness', dischargedStackThicknessUm),
    stackArealMassMgPerCm2: checkResult('mass', stackMass),
    fixtureArealMassMgPerCm2: checkResult('mass', fixtureMg),
    totalArealMassMgPerCm2: checkResult('mass', totalMass),
    gravimetricWithoutFixtureWhPerKg: checkResult('gravimetric energy density', (energy / cellMass) * 1000),
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
