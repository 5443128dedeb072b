// Arcs a fit does not determine, the circuit without them, and where the arcs end: a one-arc spectrum fitted with
// the workbench's two-arc default leaves one block degenerate, and the circuit without it fits and is determined.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCircuit } from '~/lib/eis/circuit';
import { fitCircuit } from '~/lib/eis/fit';
import { circuitImpedance } from '~/lib/eis/impedance';
import { arcsEndOhm } from '~/lib/eis/material';
import { parseImpedanceFile } from '~/lib/eis/parse/index';
import { circuitWithoutArcs, simplerCircuit, undeterminedArcs } from '~/lib/eis/undetermined-arcs';
import { runJobNow, type JobResults } from '~/islands/impedance/compute';
import { samplePelletSpectrum } from '~/lib/eis/samples';

const DEFAULT = 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3';
const F = Array.from({ length: 60 }, (_, i) => 10 ** (6 - (7 * i) / 59));

describe('undeterminedArcs', () => {
  it('names the arc whose parameter ran to the edge, with the parameter and its value in words', () => {
    const fit = { circuit: DEFAULT, parameters: { R0: 10, R1: 100, CPE1_0: 1e-9, CPE1_1: 2e-9, R2: 500, CPE2_0: 1e-8, CPE2_1: 0.9, CPE3_0: 1e-6, CPE3_1: 0.8 },
      standardErrors: { R0: 0.1, R1: 5, CPE1_0: 1e-10, CPE1_1: 1e-10, R2: 3, CPE2_0: 1e-9, CPE2_1: 0.01, CPE3_0: 1e-8, CPE3_1: 0.01 }, parametersAtBound: ['CPE1_1'] };
    const arcs = undeterminedArcs(fit);
    expect(arcs.map((a) => `${a.resistanceName}‖${a.capacitorName}`)).toEqual(['R1‖CPE1']);
    expect(arcs[0]!.reason).toBe('its CPE exponent α ran down to 2.0 × 10⁻⁹, so the CPE acts as a resistor and the block is not an arc');
  });

  it('counts a parameter without a standard error, and nothing for a fully determined fit', () => {
    const base = { circuit: 'R0-p(R1,C1)', parameters: { R0: 1, R1: 2, C1: 1e-9 }, parametersAtBound: [] };
    expect(undeterminedArcs({ ...base, standardErrors: { R0: 0.1, R1: null, C1: 1e-11 } })[0]!.reason).toMatch(/^its resistance trades off against other parameters/);
    expect(undeterminedArcs({ ...base, standardErrors: { R0: 0.1, R1: 0.1, C1: 1e-11 } })).toEqual([]);
  });
});

describe('circuitWithoutArcs', () => {
  it('drops the named top-level arc blocks and keeps everything else as written', () => {
    expect(circuitWithoutArcs(DEFAULT, ['R1'])).toBe('R0-p(R2,CPE2)-CPE3');
    expect(circuitWithoutArcs(DEFAULT, ['R1', 'R2'])).toBe('R0-CPE3');
    expect(circuitWithoutArcs('p(R1-Wo1,CPE1)-R0', ['R1'])).toBeNull(); // not an arc block
    expect(circuitWithoutArcs(DEFAULT, ['R9'])).toBeNull();
    expect(circuitWithoutArcs('p(R1,C1)', ['R1'])).toBeNull(); // nothing would be left
  });
});

describe('arcsEndOhm', () => {
  it('adds the series resistances and every arc, and leaves out the tail', () => {
    expect(arcsEndOhm(parseCircuit(DEFAULT), { R0: 10, R1: 100, CPE1_0: 1e-9, CPE1_1: 0.9, R2: 500, CPE2_0: 1e-8, CPE2_1: 0.9, CPE3_0: 1e-6, CPE3_1: 0.8 })).toBe(610);
    expect(arcsEndOhm(parseCircuit('R0-CPE1'), { R0: 10, CPE1_0: 1e-6, CPE1_1: 0.8 })).toBeNull();
  });
});

describe('a one-arc spectrum fitted with two arcs', () => {
  it('synthetic: the spare arc is reported, and the circuit without it fits and is determined', () => {
    const truth = { R0: 20, R1: 1000, CPE1_0: 2e-10, CPE1_1: 0.9, CPE3_0: 1e-6, CPE3_1: 0.85 };
    const spectrum = { frequenciesHz: F, ...circuitImpedance('R0-p(R1,CPE1)-CPE3', truth, F) };
    const fit = fitCircuit({ ...spectrum, circuit: DEFAULT, weighting: 'modulus' });
    expect(undeterminedArcs(fit).length).toBeGreaterThan(0);
    const simpler = simplerCircuit(spectrum, fit, 'modulus')!;
    expect(simpler.circuit).toMatch(/^R0-p\(R[12],CPE[12]\)-CPE3$/);
    expect(simpler.stillUndetermined).toBe(false);
    const refit = fitCircuit({ ...spectrum, circuit: simpler.circuit, weighting: 'modulus' });
    expect(undeterminedArcs(refit)).toEqual([]);
    const arc = Object.keys(refit.parameters).find((k) => /^R[12]$/.test(k))!;
    expect(refit.parameters[arc]).toBeCloseTo(1000, 0);
  });

  it('a real single-arc file (ZPlot, Circuit2_EIS_1.z): the fit job offers the one-arc circuit, which finds the arc', () => {
    const file = 'tests/fixtures/eis/Circuit2_EIS_1.z';
    const spectrum = parseImpedanceFile(readFileSync(file, 'latin1'), 'Circuit2_EIS_1.z');
    const result = runJobNow({ kind: 'fit', spectrum, circuit: DEFAULT, weighting: 'modulus' }) as JobResults['fit'];
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.undetermined.length).toBeGreaterThan(0);
    const simpler = result.value.simpler!;
    expect(simpler.circuit).toMatch(/^R0-p\(R[12],CPE[12]\)-CPE3$/);
    expect(simpler.stillUndetermined).toBe(false);
    // The arc's resistance is its diameter on the Nyquist plot: Z′ where −Z″ is near its minimum after the arc, less the intercept.
    const refit = fitCircuit({ ...spectrum, circuit: simpler.circuit, weighting: 'modulus' });
    const r = refit.parameters[simpler.circuit.match(/p\((R\d)/)![1]!]!;
    const zMax = Math.max(...spectrum.zRealOhm);
    expect(r).toBeGreaterThan(0.3 * zMax);
    expect(r).toBeLessThan(zMax);
  });

  it('the simpler circuit comes with its own outcome, the same as the fit job gives for it, so taking it needs no second fit', () => {
    const spectrum = parseImpedanceFile(readFileSync('tests/fixtures/eis/Circuit2_EIS_1.z', 'latin1'), 'Circuit2_EIS_1.z');
    const result = runJobNow({ kind: 'fit', spectrum, circuit: DEFAULT, weighting: 'modulus' }) as JobResults['fit'];
    if (!result.ok) throw new Error(result.message);
    const simpler = result.value.simpler!;
    const direct = runJobNow({ kind: 'fit', spectrum, circuit: simpler.circuit, weighting: 'modulus' }) as JobResults['fit'];
    expect(direct).toEqual({ ok: true, value: simpler.outcome });
    expect(simpler.outcome.reducedChiSquare).toBe(simpler.reducedChiSquare);
  });

  it('the two-arc sample pellet: every arc determined, nothing offered', () => {
    const result = runJobNow({ kind: 'fit', spectrum: samplePelletSpectrum(), circuit: DEFAULT, weighting: 'modulus' }) as JobResults['fit'];
    expect(result.ok && result.value.undetermined).toEqual([]);
    expect(result.ok && result.value.simpler).toBeNull();
  });
});
