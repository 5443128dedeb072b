// Temperature series and the sample pellet: the samples are what they claim to be (checked by hand), and a
// series of fits gives back the activation energies the samples were made with.
import { describe, expect, it } from 'vitest';
import { PhysicsInputError } from '~/lib/errors';
import { effectiveCapacitance } from '~/lib/eis/material';
import { SAMPLE_PELLET, SAMPLE_SERIES_TEMPERATURES_K, sampleParameters, samplePelletSpectrum, sampleTemperatureSeries } from '~/lib/eis/samples';
import { fitTemperatureSeries } from '~/lib/eis/series';

const AREA_CM2 = Math.PI / 4; // 1 cm diameter
const geometry = { thicknessCm: SAMPLE_PELLET.thicknessCm, areaCm2: AREA_CM2 };

describe('sample pellet', () => {
  it('has the stated conductivities and capacitances at 25 °C (values worked by hand)', () => {
    const p = sampleParameters(298.15);
    // R = L/(σA) = 0.1 cm / (1e-3 S/cm × 0.785398 cm²) = 127.324 Ω
    expect(p.R1).toBeCloseTo(127.324, 2);
    // R_gb = 0.1 / (2.3e-3 × 0.785398) = 55.358 Ω
    expect(p.R2).toBeCloseTo(55.358, 2);
    // C_b = ε₀ ε_r A/L = 8.8541878e-14 F/cm × 30 × 0.785398 / 0.1 = 2.08616e-11 F, recovered from the CPE by Brug's formula
    const cb = effectiveCapacitance({ resistanceOhm: p.R1!, cpeQ: p.CPE1_0!, cpeAlpha: p.CPE1_1! }).capacitanceF;
    expect(cb / 2.08616e-11).toBeCloseTo(1, 4);
    const cgb = effectiveCapacitance({ resistanceOhm: p.R2!, cpeQ: p.CPE2_0!, cpeAlpha: p.CPE2_1! }).capacitanceF;
    expect(cb / cgb).toBeCloseTo(SAMPLE_PELLET.boundaryFraction, 10);
  });

  it('follows the σT Arrhenius law: R_bulk T ratio between −100 and −60 °C is exp(Eₐ/k_B (1/T₁ − 1/T₂))', () => {
    const [t1, t2] = [173.15, 213.15];
    const ratio = (sampleParameters(t1).R1! / t1) / (sampleParameters(t2).R1! / t2);
    expect(Math.log(ratio)).toBeCloseTo((0.3 / 8.617333262e-5) * (1 / t1 - 1 / t2), 6);
  });

  it('spectra are 71 points from 1 MHz to 0.1 Hz, the same on every call, with noise of about 0.3 %', () => {
    const a = samplePelletSpectrum();
    expect(a.frequenciesHz).toHaveLength(71);
    expect(a.frequenciesHz[0]).toBeCloseTo(1e6, 6);
    expect(a.frequenciesHz[70]).toBeCloseTo(0.1, 12);
    expect(samplePelletSpectrum()).toEqual(a);
    expect(a.zImagOhm.filter((z) => z < 0).length).toBeGreaterThan(65); // capacitive
    expect(sampleTemperatureSeries().map((s) => s.temperatureK)).toEqual(SAMPLE_SERIES_TEMPERATURES_K);
  });
});

describe('fitTemperatureSeries', () => {
  it('recovers the activation energies the sample series was made with (bulk 0.30 eV, grain boundary 0.42 eV, within 0.005 eV)', () => {
    const progress: [number, number][] = [];
    const r = fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: sampleTemperatureSeries(), ...geometry, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(r.entries.map((e) => e.error)).toEqual([null, null, null, null, null]);
    expect(r.entries.every((e) => e.fit?.converged)).toBe(true);
    expect(r.entries.every((e) => e.pellet?.arcs.map((a) => a.assignment).join() === 'bulk,grainBoundary')).toBe(true);
    expect(r.bulk.fit!.activationEnergyEv).toBeCloseTo(0.3, 2);
    expect(Math.abs(r.bulk.fit!.activationEnergyEv - 0.3)).toBeLessThan(0.005);
    expect(Math.abs(r.grainBoundary.fit!.activationEnergyEv - 0.42)).toBeLessThan(0.005);
    expect(r.bulk.fit!.activationEnergyStdErrEv).toBeGreaterThan(0);
    expect(r.bulk.points).toHaveLength(5);
    expect(r.warnings).toEqual([]);
  });

  it('orders spectra by temperature, whatever order they come in', () => {
    const spectra = sampleTemperatureSeries().reverse().slice(0, 3);
    const r = fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra, ...geometry });
    const temps = r.entries.map((e) => e.temperatureK);
    expect(temps).toEqual([...temps].sort((a, b) => a - b));
  });

  it('keeps going when one spectrum cannot be fitted, and says which', () => {
    const [a, b, c] = sampleTemperatureSeries();
    const broken = { ...b!, frequenciesHz: b!.frequenciesHz.slice(0, 2), zRealOhm: b!.zRealOhm.slice(0, 2), zImagOhm: b!.zImagOhm.slice(0, 2), label: 'broken.csv' };
    const r = fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: [a!, broken, c!], ...geometry });
    expect(r.entries[1]!.error).toBeTruthy();
    expect(r.entries[1]!.error).not.toMatch(/frequenciesHz|zRealOhm|NaN/);
    expect(r.bulk.points).toHaveLength(2);
    expect(r.bulk.fit).not.toBeNull();
    expect(r.warnings.join(' ')).toContain('broken.csv');
  });

  it('needs two temperatures for an activation energy, and says so', () => {
    const r = fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: [samplePelletSpectrum()], ...geometry });
    expect(r.bulk.fit).toBeNull();
    expect(r.bulk.error).toMatch(/one temperature only.*at least two/);
  });

  it('refuses two spectra at one temperature, empty series and bad temperatures with readable messages', () => {
    const s = samplePelletSpectrum();
    expect(() => fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: [{ ...s, label: 'a.z' }, { ...s, label: 'b.z' }], ...geometry })).toThrow(/a\.z and b\.z are both at/);
    expect(() => fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: [], ...geometry })).toThrow(PhysicsInputError);
    expect(() => fitTemperatureSeries({ circuit: SAMPLE_PELLET.circuit, spectra: [{ ...s, temperatureK: -5, label: 'cold.z' }], ...geometry })).toThrow(/The temperature of cold\.z = -5 is out of range/);
    expect(() => fitTemperatureSeries({ circuit: 'R0-p(R1', spectra: [s], ...geometry })).toThrow(PhysicsInputError);
  });
});
