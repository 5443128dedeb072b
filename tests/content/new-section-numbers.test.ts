// Numbers in the worked examples of the frequency-window, DC-polarisation, stability-window and microcracking
// sections, recomputed with the physics library: the page's arithmetic may not drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '~/lib';
import { LATP_WINDOW_CASE, measurementValue } from '~/lib/worked-measurement';

const page = (file: string) => readFileSync(`content/docs/${file}`, 'utf8');
const section = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));

describe('measuring conductivity: frequency window and DC polarisation', () => {
  const text = page('fundamentals/measuring-conductivity.mdx');
  const win = section(text, '## The frequency window', '## Electronic conductivity');
  it('renders its computed numbers from the library, not typed', () => {
    expect(win).toMatch(/<MeasurementValue q="latpApexMHz" \/>/);
    expect(win).toMatch(/<MeasurementValue q="latpCoolToC" \/>/);
    expect(win).not.toMatch(/\b74 MHz|−8[0-9] °C/);
  });
  it('the LATP case uses the cited total conductivity and the worked pellet’s permittivity', () => {
    expect(LATP_WINDOW_CASE.sigmaSPerCm).toBe(7e-4);
    expect(LATP_WINDOW_CASE.relativePermittivity).toBe(17);
    // the worked LAGP pellet: ε_r = C_b L/(ε₀ A) = 12e-12 × 0.100 / (8.854e-14 × 0.785) = 17
    expect((12e-12 * 0.1) / (8.8541878128e-14 * Math.PI * 0.25)).toBeCloseTo(17, 0);
  });
  it('the apex lies far above 1 MHz and cooling brings it to 100 kHz well below 0 °C', () => {
    expect(measurementValue('latpApexMHz')).toBeGreaterThan(50);
    const cold = measurementValue('latpCoolToC');
    expect(cold).toBeLessThan(-50);
    expect(cold).toBeGreaterThan(-150);
  });
});

describe('stability windows: lithium consumed by LATP', () => {
  const text = page('interfaces/stability-windows.mdx');
  const worked = section(text, '## Worked example', '## Key numbers');
  const q = (n: number) => lib.theoreticalCapacity({ formula: 'Li1.3Al0.3Ti1.7(PO4)3', electrons: n }).capacityMahPerG;
  it('balances the 0 V decomposition: 30.3 Li per formula unit', () => {
    // products: 0.3 TiAl + (1.7 − 0.3)/3 Ti₃P + (3 − 1.4/3) Li₃P + 12 Li₂O
    const li = 3 * (3 - 1.4 / 3) + 2 * 12 - 1.3;
    expect(li).toBeCloseTo(30.3, 10);
    expect(worked).toMatch(/30\.3 more/);
  });
  it('states the capacities the library gives', () => {
    expect(worked).toMatch(/= 119 mAh g⁻¹/);
    expect(q(1.7)).toBeCloseTo(119, 0);
    expect(worked).toMatch(/= 2118 mAh g⁻¹/);
    expect(q(30.3)).toBeCloseTo(2118, 0);
    expect(worked).toMatch(/0\.035 mAh cm⁻²/);
    expect(q(1.7) * 2.94e-4).toBeCloseTo(0.035, 3);
    expect(worked).toMatch(/0\.62 mAh cm⁻²/);
    expect(q(30.3) * 2.94e-4).toBeCloseTo(0.62, 2);
  });
});

describe('synthesis: critical grain size for microcracking', () => {
  const text = page('nasicon/synthesis.mdx');
  const worked = section(text, '## Microcracking', '## Thin films');
  it('states the stress and size the library gives', () => {
    const r = lib.microcrackGrainSize({ fractureToughnessMPaSqrtM: 1.1, youngsModulusGPa: 115, expansionAnisotropyPerK: 1e-5, coolingRangeK: 800 });
    expect(worked).toMatch(/= 920 MPa/);
    expect(r.mismatchStressMPa).toBeCloseTo(920, 6);
    expect(worked).toMatch(/about 1\.4 µm/);
    expect(r.criticalGrainSizeUm).toBeCloseTo(1.4, 1);
  });
  it('the germanium cost at the 2019 price is ten times the electrolyte budget', () => {
    const cost = section(text, '**What that means for LAGP.**', '## Comparing the routes');
    expect(cost).toMatch(/US\\\$1,240 kg⁻¹/);
    expect(0.0322 * 1240).toBeCloseTo(40, 0);
    expect(cost).toMatch(/≈ US\\\$40 m⁻²/);
  });
});
