// Two-regime Arrhenius fit: one line finds no break, two lines find theirs, and the tests by hand.
import { describe, expect, it } from 'vitest';
import { arrheniusSegmentedFit } from '~/lib/arrhenius-segmented';
import { BOLTZMANN_EV_PER_K as K } from '~/lib/constants';
import { fUpperP } from '~/lib/distributions';
import { PhysicsInputError } from '~/lib/errors';
import { fitLine } from '~/lib/line-fit';

function noise(seed: number, count: number): number[] {
  let s = seed;
  const u = () => ((s = (s * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: count }, () => Array.from({ length: 12 }, u).reduce((a, b) => a + b, 0) - 6);
}
/** σT form points: ln(σT) = lnA − Ea/(kT) + scatter. */
const line = (temps: number[], ea: (t: number) => number, lnA: (t: number) => number, scatter: number[]) =>
  temps.map((t, k) => ({ temperatureK: t, sigmaSPerCm: Math.exp(lnA(t) - ea(t) / (K * t) + scatter[k]!) / t }));

const temps = Array.from({ length: 14 }, (_, k) => 240 + 12 * k); // 240 … 396 K

describe('arrheniusSegmentedFit', () => {
  it('data from one line find no break (5 seeds, 2 % scatter)', () => {
    for (const seed of [3, 11, 29, 101, 777]) {
      const r = arrheniusSegmentedFit(line(temps, () => 0.35, () => 12, noise(seed, temps.length).map((e) => 0.02 * e)), 'sigmaT');
      expect(r.twoRegimes).toBe(false);
      expect(r.single.activationEnergyEv).toBeCloseTo(0.35, 1);
    }
  });
  it('data from two lines find the break and both slopes (kink at 306 K, midway between two points: 0.50 eV cold, 0.25 eV hot)', () => {
    // Continuous at 306 K: lnA_cold − 0.50/(k·306) = lnA_hot − 0.25/(k·306).
    const lnAHot = 8;
    const lnACold = lnAHot + (0.5 - 0.25) / (K * 306);
    const pts = line(temps, (t) => (t < 306 ? 0.5 : 0.25), (t) => (t < 306 ? lnACold : lnAHot), noise(8, temps.length).map((e) => 0.02 * e));
    const r = arrheniusSegmentedFit(pts, 'sigmaT');
    expect(r.twoRegimes).toBe(true);
    expect(r.breakAfterK).toBe(312);
    expect(r.breakBeforeK).toBe(300);
    expect(r.hot.activationEnergyEv).toBeCloseTo(0.25, 1);
    expect(r.cold.activationEnergyEv).toBeCloseTo(0.5, 1);
    expect(Math.abs(r.hot.activationEnergyEv - 0.25)).toBeLessThan(3 * r.hot.activationEnergyStdErrEv!);
    expect(Math.abs(r.cold.activationEnergyEv - 0.5)).toBeLessThan(3 * r.cold.activationEnergyStdErrEv!);
    expect(r.crossingK!).toBeGreaterThan(295);
    expect(r.crossingK!).toBeLessThan(325);
    expect(r.p!).toBeLessThan(1e-6);
    expect(r.deltaAicc!).toBeGreaterThan(10);
  });
  it('exact two-line data: p = 0, the break exact', () => {
    const pts = line(temps, (t) => (t < 310 ? 0.5 : 0.25), (t) => (t < 310 ? 17 : 8), temps.map(() => 0));
    const r = arrheniusSegmentedFit(pts, 'sigmaT');
    expect(r.p).toBe(0);
    expect(r.twoRegimes).toBe(true);
    expect(r.hot.activationEnergyEv).toBeCloseTo(0.25, 9);
    expect(r.cold.activationEnergyEv).toBeCloseTo(0.5, 9);
  });
  it('F and AICc by hand from the two sums of squares', () => {
    const pts = line(temps, () => 0.35, () => 12, noise(3, temps.length).map((e) => 0.02 * e));
    const r = arrheniusSegmentedFit(pts, 'sigmaT');
    const n = temps.length;
    // F = [(SSR1 − SSR2)/2]/[SSR2/(n − 4)]; AICc = n ln(SSR/n) + 2k + 2k(k+1)/(n − k − 1), k = 3 and 6
    const f = ((r.ssrSingle - r.ssrTwo) / 2) / (r.ssrTwo / (n - 4));
    expect(r.f!).toBeCloseTo(f, 10);
    expect(r.p!).toBeCloseTo(fUpperP(f, 2, n - 4), 12);
    const aicc = (ssr: number, k: number) => n * Math.log(ssr / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1);
    expect(r.deltaAicc!).toBeCloseTo(aicc(r.ssrSingle, 3) - aicc(r.ssrTwo, 6), 10);
    // the single line's SSR is the sum of squared residuals
    expect(r.ssrSingle).toBeCloseTo(r.single.residuals.reduce((a, x) => a + x * x, 0), 12);
    expect(r.ssrTwo).toBeLessThanOrEqual(r.ssrSingle);
  });
  it('the fast search (prefix sums) picks the break a brute-force search with fitLine picks', () => {
    for (const seed of [2, 5, 9]) {
      const pts = line(temps, (t) => (t < 330 ? 0.45 : 0.3), (t) => (t < 330 ? 13.3 : 8), noise(seed, temps.length).map((e) => 0.05 * e));
      const r = arrheniusSegmentedFit(pts, 'sigmaT');
      const xs = temps.map((t) => 1 / t).reverse();
      const ys = [...pts].reverse().map((p) => Math.log(p.sigmaSPerCm * p.temperatureK));
      let bestK = 0;
      let bestSsr = Infinity;
      for (let k = 3; k <= xs.length - 3; k++) {
        const ssr = fitLine(xs.slice(0, k), ys.slice(0, k))!.ssr + fitLine(xs.slice(k), ys.slice(k))!.ssr;
        if (ssr < bestSsr) { bestSsr = ssr; bestK = k; }
      }
      expect(r.breakAfterK).toBeCloseTo(1 / xs[bestK - 1]!, 9);
      expect(r.ssrTwo).toBeCloseTo(bestSsr, 12);
    }
  });
  it('needs 6 points; fewer than 8 gives no AICc', () => {
    const six = line(temps.slice(0, 6), () => 0.3, () => 10, noise(4, 6).map((e) => 0.02 * e));
    expect(() => arrheniusSegmentedFit(six.slice(0, 5), 'sigmaT')).toThrow(PhysicsInputError);
    expect(arrheniusSegmentedFit(six, 'sigmaT').deltaAicc).toBeNull();
  });
});

describe('hostile input', () => {
  it('random point arrays give finite results or a PhysicsInputError (segmented, VTF, band)', async () => {
    const fc = (await import('fast-check')).default;
    const { vtfFit } = await import('~/lib/vtf');
    const { arrheniusFit, fitBandHalfWidth } = await import('~/lib/arrhenius');
    const finite = (v: unknown): boolean => (typeof v === 'number' ? Number.isFinite(v) : Array.isArray(v) ? v.every(finite) : v && typeof v === 'object' ? Object.values(v).every(finite) : true);
    const point = fc.record({ temperatureK: fc.oneof(fc.double(), fc.double({ min: 1, max: 2000 })), sigmaSPerCm: fc.oneof(fc.double(), fc.double({ min: 1e-12, max: 10 })) });
    fc.assert(fc.property(fc.array(point, { maxLength: 30 }), fc.constantFrom('sigmaT', 'sigma', 'bad'), (pts, form) => {
      for (const run of [() => arrheniusSegmentedFit(pts, form as never), () => vtfFit(pts), () => fitBandHalfWidth(arrheniusFit(pts, 'sigmaT'), 300)]) {
        try {
          expect(finite(run())).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(PhysicsInputError);
        }
      }
    }), { numRuns: 300 });
    expect(() => fitBandHalfWidth({} as never, 300)).toThrow(PhysicsInputError);
  });
});
