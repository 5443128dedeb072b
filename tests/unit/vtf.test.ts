// VTF fit: recovers the parameters of synthetic VTF data, gives the straight-line fit at fixed T₀, and says
// when the data cannot fix T₀. Synthetic data: σ = A T^(−1/2) exp[−B/(T − T₀)], the form of Bruce (1995) ch. 5.
import { describe, expect, it } from 'vitest';
import { BOLTZMANN_EV_PER_K as K } from '~/lib/constants';
import { PhysicsInputError } from '~/lib/errors';
import { fitLine } from '~/lib/line-fit';
import { vtfFit, vtfSigmaSPerCm } from '~/lib/vtf';

function noise(seed: number, count: number): number[] {
  let s = seed;
  const u = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, () => Array.from({ length: 12 }, u).reduce((a, b) => a + b, 0) - 6);
}
// A PEO–LiTFSI-like polymer: A = 30 S K^½/cm, B = 1100 K (k_B·B = 0.0948 eV), T₀ = 200 K, 20–100 °C.
const temps = Array.from({ length: 9 }, (_, k) => 293.15 + 10 * k);
const vtf = (t: number, lnA = Math.log(30), b = 1100, t0 = 200) => Math.exp(lnA - 0.5 * Math.log(t) - b / (t - t0));

describe('vtfFit', () => {
  it('recovers A, B and T₀ of exact VTF data', () => {
    const r = vtfFit(temps.map((t) => ({ temperatureK: t, sigmaSPerCm: vtf(t) })));
    expect(r.t0K).toBeCloseTo(200, 3);
    expect(r.pseudoActivationK).toBeCloseTo(1100, 1);
    expect(r.pseudoActivationEv).toBeCloseTo(1100 * K, 5);
    expect(r.lnPrefactor).toBeCloseTo(Math.log(30), 4);
    expect(vtfSigmaSPerCm(r, 330)).toBeCloseTo(vtf(330), 9);
  });
  it('with 2 % scatter: T₀ within its 95 % interval, and the fit knows it is determined', () => {
    const e = noise(12, temps.length);
    const r = vtfFit(temps.map((t, k) => ({ temperatureK: t, sigmaSPerCm: vtf(t) * Math.exp(0.02 * e[k]!) })));
    expect(r.determined).toBe(true);
    expect(r.t0Ci95K!.low).toBeLessThan(200);
    expect(r.t0Ci95K!.high).toBeGreaterThan(200);
    expect(r.tFactor95).toBeCloseTo(2.447, 3); // t(0.975, 6), table
    expect(r.deltaAiccVsArrhenius!).toBeGreaterThan(2);
  });
  it('at the fitted T₀, B and ln A are the straight-line fit of ln(σ√T) against 1/(T − T₀) (Draper & Smith ch. 1)', () => {
    const e = noise(3, temps.length);
    const pts = temps.map((t, k) => ({ temperatureK: t, sigmaSPerCm: vtf(t) * Math.exp(0.03 * e[k]!) }));
    const r = vtfFit(pts);
    const line = fitLine(temps.map((t) => 1 / (t - r.t0K)), pts.map((p) => Math.log(p.sigmaSPerCm * Math.sqrt(p.temperatureK))))!;
    expect(r.pseudoActivationK).toBeCloseTo(-line.slope, 8);
    expect(r.lnPrefactor).toBeCloseTo(line.intercept, 10);
    // and it is a minimum: moving T₀ by ±1 K does not lower the residual sum of squares
    const ssr = (t0: number) => fitLine(temps.map((t) => 1 / (t - t0)), pts.map((p) => Math.log(p.sigmaSPerCm * Math.sqrt(p.temperatureK))))!.ssr;
    expect(ssr(r.t0K + 1)).toBeGreaterThanOrEqual(line.ssr);
    expect(ssr(r.t0K - 1)).toBeGreaterThanOrEqual(line.ssr);
  });
  it('Arrhenius data (a straight line) cannot fix T₀, and says so', () => {
    const e = noise(21, temps.length);
    const r = vtfFit(temps.map((t, k) => ({ temperatureK: t, sigmaSPerCm: Math.exp(8 - 0.4 / (K * t) + 0.02 * e[k]!) / t })));
    expect(r.determined).toBe(false);
    expect(r.problem).toMatch(/cannot fix T₀|do not fix T₀/);
  });
  it('needs 5 points', () => {
    expect(() => vtfFit(temps.slice(0, 4).map((t) => ({ temperatureK: t, sigmaSPerCm: vtf(t) })))).toThrow(PhysicsInputError);
  });
});
