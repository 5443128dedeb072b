// fitCircuit against an independent implementation: scipy's best χ² (many starts) for three circuits on every
// instrument fixture and for the sample pellet spectra, from tests/fixtures/eis-reference.json (made by
// tests/tools/eis-crosscheck.py; see the note in that file).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitCircuit } from '~/lib/eis/fit';
import { parseImpedanceFile } from '~/lib/eis/parse';
import { SAMPLE_SERIES_TEMPERATURES_K, SAMPLE_TEMPERATURE_K, samplePelletSpectrum } from '~/lib/eis/samples';
import type { Spectrum, Weighting } from '~/lib/eis/types';

interface ReferenceFit {
  chiSquare: number;
  parameters: Record<string, number>;
  standardErrors: Record<string, number | null>;
  /** Parameters with σ < 10 % of the value and no equally good minimum elsewhere. */
  wellDetermined: string[];
}
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const reference = JSON.parse(readFileSync(FIXTURES + 'eis-reference.json', 'utf8')) as {
  cases: Record<string, Record<string, ReferenceFit>>;
};

/**
 * Fits where our χ² is more than 1 % above scipy's when the reference was made (local minima, see the
 * cross-check report). Marked `it.fails`: when fit.ts finds these minima the test turns red, so take the case off.
 */
const KNOWN_MISSES = new Set<string>([
  'Circuit1_EIS_1.z L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'Circuit1_EIS_2.z L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'Circuit2_EIS_2.z R0-p(R1,CPE1)-p(R2,CPE2)|unit',
  'Circuit2_EIS_2.z R0-p(R1,CPE1)-p(R2,CPE2)|proportional',
  'Circuit3_EIS_1.z R0-p(R1,CPE1)-p(R2,CPE2)|unit',
  'Circuit3_EIS_1.z L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'Circuit3_EIS_2.z L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataAutolab.txt L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataCHInstruments.txt L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataCHInstruments.txt R0-p(R1,CPE1)-Wo1|modulus',
  'exampleDataGamry.DTA L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataGamryABORT.DTA L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataVersaStudio.par L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)|modulus',
  'exampleDataZPlot.z R0-p(R1,CPE1)-p(R2,CPE2)|unit',
  'exampleDataZPlot_noComments.z R0-p(R1,CPE1)-p(R2,CPE2)|unit',
  'exampleDataZPlot_noComments.z R0-p(R1,CPE1)-p(R2,CPE2)|proportional',
]);

/** p(R1,CPE1) and p(R2,CPE2) in series may come out in either order: the same fit with the labels swapped. */
const SWAP: Record<string, string> = { R1: 'R2', R2: 'R1', CPE1_0: 'CPE2_0', CPE2_0: 'CPE1_0', CPE1_1: 'CPE2_1', CPE2_1: 'CPE1_1' };
const relabellings = (circuit: string): ((name: string) => string)[] =>
  circuit.includes('p(R1,CPE1)') && circuit.includes('p(R2,CPE2)') ? [(n) => n, (n) => SWAP[n] ?? n] : [(n) => n];

const spectrumOf = (name: string): Spectrum => {
  const temperatureK = [SAMPLE_TEMPERATURE_K, ...SAMPLE_SERIES_TEMPERATURES_K].find((t) => name === `sample@${t.toFixed(2)}K`);
  if (temperatureK !== undefined) return samplePelletSpectrum(temperatureK);
  return parseImpedanceFile(new TextDecoder().decode(readFileSync(FIXTURES + 'eis/' + name)), name);
};

describe('fitCircuit reaches the best χ² found by scipy (within 1 %)', () => {
  for (const [name, fits] of Object.entries(reference.cases)) {
    const spectrum = spectrumOf(name);
    const { frequenciesHz, zRealOhm, zImagOhm } = spectrum;
    for (const [key, ref] of Object.entries(fits)) {
      const [circuit, weighting] = key.split('|') as [string, Weighting];
      const id = `${name} ${key}`;
      (KNOWN_MISSES.has(id) ? it.fails : it)(id, () => {
        const r = fitCircuit({ frequenciesHz, zRealOhm, zImagOhm, circuit, weighting });
        expect(r.chiSquare).toBeLessThanOrEqual(1.01 * ref.chiSquare);
        // χ² within 1 % moves a parameter by at most ≈ √(0.01·dof) σ ≈ 1 σ (dof ≈ 100): 2 σ leaves room.
        const offBy = (label: (n: string) => string): number =>
          Math.max(0, ...ref.wellDetermined.map((p) => Math.abs(r.parameters[label(p)] - ref.parameters[p]) / (ref.standardErrors[p] as number)));
        expect(Math.min(...relabellings(circuit).map(offBy)), 'largest |p − p_ref|/σ_ref').toBeLessThanOrEqual(2);
      });
    }
  }
});
