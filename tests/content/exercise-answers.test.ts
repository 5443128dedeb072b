// Numeric exercise answers in the chapters, recomputed with the physics library from the numbers given
// in each question: an answer may not drift from what the site's own calculators would say.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '~/lib';
import { synthesisBatch } from '~/lib/synthesis';
import { LI_S_STACK, ncm811Value } from '~/lib/worked-stacks';

const C = lib.celsiusToKelvin;
const answerOf = (file: string, title: string): { value: number; tolerance: number } => {
  const source = readFileSync(`content/docs/${file}`, 'utf8');
  const m = source.match(new RegExp(`<Exercise title="${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" answer=\\{\\{ value: ([^,]+), unit: "[^"]*", tolerance: ([\\d.]+) \\}\\}>`));
  if (!m) throw new Error(`no numeric exercise "${title}" in ${file}`);
  return { value: Number(m[1]), tolerance: Number(m[2]) };
};

const CASES: [file: string, title: string, compute: () => number][] = [
  ['fundamentals/from-material-to-cell.mdx', 'Capacity of Li₂S', () => lib.theoreticalCapacity({ formula: 'Li2S', electrons: 2 }).capacityMahPerG],
  ['cells/all-solid-state-li-s.mdx', 'Capacity of FeS₂', () => lib.theoreticalCapacity({ formula: 'FeS2', electrons: 4 }).capacityMahPerG],
  ['cells/all-solid-state-li-s.mdx', 'N/P of a lithium–sulfur cell', () =>
    lib.cellEnergyDensity({ ...LI_S_STACK, cathode: { ...LI_S_STACK.cathode, activeLoadingMgPerCm2: 4 }, anode: { type: 'lithium', foilThicknessUm: 40 } }).npRatio],
  ['fundamentals/from-material-to-cell.mdx', 'How much lithium foil?', () => 0.5 * 4.0 * lib.LITHIUM_UM_PER_MAH_PER_CM2],
  ['fundamentals/measuring-conductivity.mdx', 'Conductivity of a sulfide pellet', () =>
    lib.conductivity({ resistanceOhm: 520, thicknessCm: 0.08, areaCm2: lib.areaFromDiameter({ diameterCm: 1.3 }).areaCm2 }).sigmaSPerCm],
  ['fundamentals/measuring-conductivity.mdx', 'Activation energy from two temperatures', () =>
    lib.arrheniusTwoPoint({ point1: { temperatureK: C(25), sigmaSPerCm: 3.0e-4 }, point2: { temperatureK: C(85), sigmaSPerCm: 2.4e-3 }, form: 'sigmaT' }).activationEnergyEv],
  ['fundamentals/measuring-conductivity.mdx', 'A thin separator', () =>
    lib.layerVoltageDrop({ thicknessUm: 30, sigmaSPerCm: 4.0e-4, currentDensityMaPerCm2: 1.0 }).voltageDropV * 1000],
  ['fundamentals/ion-transport.mdx', 'Units of an activation energy', () => lib.kjPerMolToEv(31.1)],
  ['nasicon/conduction.mdx', 'Converting an activation energy', () => lib.kjPerMolToEv(16.62)],
  ['fundamentals/ion-transport.mdx', 'Warming a NASICON pellet', () =>
    lib.sigmaAtTemperature({ activationEnergyEv: 0.30, sigmaRefSPerCm: 4.0e-4, referenceTemperatureK: C(25), temperatureK: C(80), form: 'sigmaT' }).sigmaSPerCm],
  ['fundamentals/interfaces-and-space-charge.mdx', 'Debye length in a NASICON-type oxide', () =>
    lib.debyeLength({ relativePermittivity: 20, concentrationPerCm3: 5.0e19, temperatureK: C(25), chargeNumber: 1, convention: 'one-species' }).debyeLengthNm],
  ['fundamentals/interfaces-and-space-charge.mdx', 'Depletion width', () =>
    lib.mottSchottkyWidth({ relativePermittivity: 20, concentrationPerCm3: 5.0e19, temperatureK: C(25), chargeNumber: 1, potentialStepV: 0.40 }).widthNm],
  ['cells/lagp-full-cells.mdx', 'Space-charge width', () =>
    lib.mottSchottkyWidth({ relativePermittivity: 10, concentrationPerCm3: 2.5e19, temperatureK: C(25), chargeNumber: 1, potentialStepV: 0.5 }).widthNm],
  ['interfaces/sulfide-cathode-buffer-layers.mdx', 'Debye length at higher defect concentration', () =>
    lib.debyeLength({ relativePermittivity: 30, concentrationPerCm3: 1e21, temperatureK: C(25), chargeNumber: 1, convention: 'one-species' }).debyeLengthNm],
  ['interfaces/sulfide-cathode-buffer-layers.mdx', 'Resistance of a 10 nm buffer coating', () => lib.layerAsr({ thicknessUm: 0.010, sigmaSPerCm: 1e-7 }).asrOhmCm2],
  ['interfaces/protective-interlayers.mdx', 'A LiPON interlayer', () => lib.layerAsr({ thicknessUm: 0.200, sigmaSPerCm: 2e-6 }).asrOhmCm2],
  ['nasicon/synthesis.mdx', 'Area-specific resistance of a tape', () => lib.layerAsr({ thicknessUm: 75, sigmaSPerCm: 3.38e-4 }).asrOhmCm2],
  ['fundamentals/from-material-to-cell.mdx', 'A thicker separator', () => ncm811Value('gravimetricWhPerKg', { separatorUm: 50 })],
  ['fundamentals/from-material-to-cell.mdx', 'Critical overpotential for a larger flaw', () =>
    lib.criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 10, geometryFactor: 1.12 }).criticalOverpotentialV * 1000],
  ['interfaces/sulfide-lithium-anode.mdx', 'Critical overpotential for a 0.1 µm flaw', () =>
    lib.criticalPlatingOverpotential({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 0.1, geometryFactor: 1.12 }).criticalOverpotentialV * 1000],
  ['interfaces/nasicon-lithium-failure.mdx', 'Critical overpotential in microcracked LATP', () =>
    lib.crackCriterion({ fractureToughnessMPaSqrtM: 1.1, flawSizeUm: 4.8, geometryFactor: 1.12 }).criticalOverpotentialMV],
  ['interfaces/nasicon-lithium-failure.mdx', 'Monroe–Newman ratio of LATP', () =>
    lib.monroeNewman({ electrolyteShearModulusGPa: 46, lithiumShearModulusGPa: 3.4 }).ratio],
  ['interfaces/nasicon-lithium-failure.mdx', 'Fine grains against coarse grains', () =>
    lib.crackCriterion({ fractureToughnessMPaSqrtM: 1.1, flawSizeUm: 1.7 }).criticalOverpotentialMV / lib.crackCriterion({ fractureToughnessMPaSqrtM: 1.1, flawSizeUm: 4.8 }).criticalOverpotentialMV],
  ['cells/lagp-full-cells.mdx', 'Diffusion time in a cathode particle', () =>
    lib.sphereUptakeTime({ radiusUm: 5, diffusivityCm2PerS: 0.7e-11, fraction: 0.9 }).timeS / 3600],
  ['fundamentals/measuring-conductivity.mdx', 'Apex frequency of a bulk arc', () =>
    lib.arcApexFrequency({ sigmaSPerCm: 7e-4, relativePermittivity: 17 }).frequencyHz / 1e6],
  ['fundamentals/measuring-conductivity.mdx', 'Current in a DC polarisation', () =>
    lib.dcPolarisationCurrent({ sigmaSPerCm: 1e-9, voltageV: 0.5, thicknessCm: 0.1, areaCm2: lib.areaFromDiameter({ diameterCm: 1.0 }).areaCm2 }).currentA * 1e9],
  ['interfaces/stability-windows.mdx', 'Lithium consumed by reducing LATP to Ti³⁺', () =>
    lib.theoreticalCapacity({ formula: 'Li1.3Al0.3Ti1.7(PO4)3', electrons: 1.7 }).capacityMahPerG],
  // LATP + 30.3 Li → 0.3 TiAl + 0.467 Ti₃P + 2.533 Li₃P + 12 Li₂O (products from Zhu, He & Mo 2015)
  ['interfaces/stability-windows.mdx', 'Full decomposition of LATP at 0 V', () =>
    lib.theoreticalCapacity({ formula: 'Li1.3Al0.3Ti1.7(PO4)3', electrons: 30.3 }).capacityMahPerG],
  ['interfaces/stability-windows.mdx', 'Lithium lost to a decomposed layer', () =>
    lib.theoreticalCapacity({ formula: 'Li1.3Al0.3Ti1.7(PO4)3', electrons: 30.3 }).capacityMahPerG * 2.94 * 1.0e-4],
  ['nasicon/synthesis.mdx', 'Critical grain size after a cooler firing', () =>
    lib.microcrackGrainSize({ fractureToughnessMPaSqrtM: 1.1, youngsModulusGPa: 115, expansionAnisotropyPerK: 1e-5, coolingRangeK: 600 }).criticalGrainSizeUm],
];

describe('numeric exercise answers agree with the physics library', () => {
  for (const [file, title, compute] of CASES) {
    it(`${file}: ${title}`, () => {
      const { value, tolerance } = answerOf(file, title);
      const computed = compute();
      expect(Math.abs(computed - value) / Math.abs(value), `page says ${value}, library gives ${computed}`).toBeLessThanOrEqual(tolerance);
    });
  }
  it('the LAGP batch exercise matches the synthesis calculator', () => {
    const { value, tolerance } = answerOf('nasicon/synthesis.mdx', 'Batch for LAGP by solid-state reaction');
    const batch = synthesisBatch({ targetFormula: 'Li1.5Al0.5Ge1.5(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'GeO2', 'NH4H2PO4'] });
    const lithiumCarbonate = batch.precursors.find((p) => p.formula === 'Li2CO3')!;
    expect(Math.abs(lithiumCarbonate.massG - value) / value).toBeLessThanOrEqual(tolerance);
  });
});
