/**
 * Material constants of the energy-density model (src/lib/energy-density.ts): lithium as a thickness and a
 * mass per mAh, the host anodes (In as LiIn, graphite as LiC₆, silicon as Li₁₅Si₄) with their capacities,
 * densities, volume changes and potentials, and the volume change of sulfur on its way to Li₂S. Capacities
 * follow from Faraday's law (capacity.ts) and IUPAC atomic weights; densities are CRC Handbook values; each
 * volume ratio is a ratio of molar volumes, computed here from the densities or lattice parameters quoted.
 */
import { capacityFromMolarMass } from './capacity';
import { AVOGADRO_PER_MOL } from './constants';
import { atomicWeight } from './elements';

const M = (symbol: string): number => atomicWeight(symbol)!;

/** Densities, g/cm³ (CRC Handbook of Chemistry and Physics, 97th ed., 2016): metals, α-sulfur, Li₂S. */
export const DENSITIES_G_PER_CM3 = {
  lithium: 0.534,
  indium: 7.31,
  graphite: 2.26,
  silicon: 2.33,
  aluminium: 2.7,
  copper: 8.96,
  sulfur: 2.07,
  lithiumSulfide: 1.66,
} as const;

/** Lithium capacity per volume, mAh/cm³ (F/(3.6 M_Li)·ρ_Li ≈ 2062). */
const LI_MAH_PER_CM3 = capacityFromMolarMass({ molarMassGPerMol: M('Li'), electrons: 1, densityGPerCm3: DENSITIES_G_PER_CM3.lithium })
  .capacityMahPerCm3!;
/** Thickness of lithium metal holding 1 mAh/cm², µm (≈ 4.85). */
export const LITHIUM_UM_PER_MAH_PER_CM2 = 1e4 / LI_MAH_PER_CM3;
/** Mass of lithium holding 1 mAh, mg (M_Li/(3.6 F) × 1000 ≈ 0.259). */
export const LITHIUM_MG_PER_MAH = 1000 / capacityFromMolarMass({ molarMassGPerMol: M('Li'), electrons: 1 }).capacityMahPerG;
/** Specific capacity of In alloyed to LiIn (one Li per In), mAh/g (≈ 233.4). */
export const INDIUM_MAH_PER_G = capacityFromMolarMass({ molarMassGPerMol: M('In'), electrons: 1 }).capacityMahPerG;

/**
 * Molar volume of cubic NaTl-type LiIn (8 formula units per cell), cm³/mol: N_A a³/8 with a = 6.786 Å
 * (P. Villars, L. D. Calvert, Pearson's Handbook of Crystallographic Data for Intermetallic Phases, 2nd ed.,
 * ASM, 1991) = 23.5 cm³/mol, against 114.82/7.31 = 15.7 cm³/mol for indium: a ratio of 1.50.
 */
const LIIN_LATTICE_CM = 6.786e-8;
export const LIIN_VOLUME_RATIO = ((AVOGADRO_PER_MOL * LIIN_LATTICE_CM ** 3) / 8) / (M('In') / DENSITIES_G_PER_CM3.indium);

/**
 * Volume of Li₂S over that of the sulfur it forms from, per mole of S: (45.94/1.66)/(32.06/2.07) = 1.787,
 * i.e. +79 % (densities: CRC Handbook; the +79 % is also review 003's figure).
 */
export const SULFUR_TO_LI2S_VOLUME_RATIO =
  ((2 * M('Li') + M('S')) / DENSITIES_G_PER_CM3.lithiumSulfide) / (M('S') / DENSITIES_G_PER_CM3.sulfur);

/** A host anode that stores lithium up to a fixed capacity. */
export interface HostAnodeMaterial {
  /** Shown to readers. */
  label: string;
  /** Capacity of the host per gram of the unlithiated host, mAh/g. */
  specificCapacityMahPerG: number;
  /** Density of the unlithiated host, g/cm³. */
  densityGPerCm3: number;
  /** Volume of the fully lithiated host over the unlithiated one. */
  lithiatedVolumeRatio: number;
  /** Mean potential of the host vs Li⁺/Li, V: subtracted from the cathode voltage. */
  potentialV: number;
  /** Where the numbers come from. */
  source: string;
}

/** The host anodes the model knows, at their theoretical capacity as a dense layer. */
export const HOST_ANODES = {
  'li-in': {
    label: 'Li–In alloy (In + LiIn)',
    specificCapacityMahPerG: INDIUM_MAH_PER_G,
    densityGPerCm3: DENSITIES_G_PER_CM3.indium,
    lithiatedVolumeRatio: LIIN_VOLUME_RATIO,
    // two-phase In/LiIn plateau: A. L. Santhosha et al., Batteries & Supercaps 2 (2019) 524
    potentialV: 0.62,
    source: 'In → LiIn, 233 mAh/g (Faraday); In 7.31 g/cm³ (CRC); LiIn a = 6.786 Å (Pearson); 0.62 V (Santhosha et al. 2019)',
  },
  graphite: {
    label: 'graphite (LiC₆)',
    // one Li per C₆: F/(3.6 × 6 × 12.011) = 372 mAh/g
    specificCapacityMahPerG: capacityFromMolarMass({ molarMassGPerMol: 6 * M('C'), electrons: 1 }).capacityMahPerG,
    densityGPerCm3: DENSITIES_G_PER_CM3.graphite,
    // interlayer spacing 3.35 → 3.70 Å (M. Winter, J. O. Besenhard, M. E. Spahr, P. Novák, Adv. Mater. 10 (1998) 725)
    lithiatedVolumeRatio: 3.7 / 3.35,
    potentialV: 0.1,
    source: 'LiC₆, 372 mAh/g (Faraday); 2.26 g/cm³ (CRC); +10 % and about 0.1 V (Winter et al. 1998)',
  },
  silicon: {
    label: 'silicon (Li₁₅Si₄)',
    // 3.75 Li per Si: 3.75 F/(3.6 × 28.085) = 3579 mAh/g
    specificCapacityMahPerG: capacityFromMolarMass({ molarMassGPerMol: M('Si'), electrons: 3.75 }).capacityMahPerG,
    densityGPerCm3: DENSITIES_G_PER_CM3.silicon,
    // +280 % at Li₁₅Si₄, mean delithiation potential about 0.4 V (M. N. Obrovac, V. L. Chevrier, Chem. Rev. 114 (2014) 11444)
    lithiatedVolumeRatio: 3.8,
    potentialV: 0.4,
    source: 'Li₁₅Si₄, 3579 mAh/g (Faraday); 2.33 g/cm³ (CRC); +280 % and about 0.4 V (Obrovac & Chevrier 2014)',
  },
} as const satisfies Record<string, HostAnodeMaterial>;

export type HostAnodeType = keyof typeof HOST_ANODES;
