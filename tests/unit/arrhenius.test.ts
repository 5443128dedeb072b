import { describe, expect, it } from 'vitest';
import { arrheniusFit, arrheniusLine, arrheniusTwoPoint, sigmaAtTemperature } from '~/lib/arrhenius';
import { BOLTZMANN_EV_PER_K } from '~/lib/constants';
import { PhysicsInputError } from '~/lib/errors';

const expectRel = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));

/** Exact synthetic data: σT = A exp(−Ea/kT) ('sigmaT') or σ = A exp(−Ea/kT) ('sigma'). */
const synth = (ea: number, lnA: number, temps: number[], form: 'sigma' | 'sigmaT') =>
  temps.map((t) => ({
    temperatureK: t,
    sigmaSPerCm: Math.exp(lnA - ea / (BOLTZMANN_EV_PER_K * t)) / (form === 'sigmaT' ? t : 1),
  }));

describe('arrheniusFit', () => {
  it('recovers Ea and ln A of exact synthetic data to 1e-9 (both forms)', () => {
    const temps = [253.15, 273.15, 298.15, 323.15, 348.15, 373.15];
    for (const form of ['sigma', 'sigmaT'] as const) {
      for (const ea of [0.05, 0.25, 0.42, 1.1]) {
        const lnA = form === 'sigmaT' ? Math.log(3.3e5) : Math.log(120);
        const fit = arrheniusFit(synth(ea, lnA, temps, form), form);
        expect(Math.abs(fit.activationEnergyEv - ea)).toBeLessThan(1e-9);
        expect(Math.abs(fit.lnPrefactor - lnA)).toBeLessThan(1e-9 * Math.max(1, Math.abs(lnA)));
        expect(fit.rSquared).toBeCloseTo(1, 12);
        expect(fit.activationEnergyStdErrEv).not.toBeNull();
        expect(fit.activationEnergyStdErrEv!).toBeLessThan(1e-9);
        expect(fit.n).toBe(6);
        fit.residuals.forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-9));
        expect(fit.prefactorUnit).toBe(form === 'sigma' ? 'S/cm' : 'S K/cm');
        expect(form === 'sigma' ? fit.prefactorSKPerCm : fit.prefactorSPerCm).toBeNull();
      }
    }
  });

  it('two points by hand: 1e-4 S/cm at 300 K, 1e-3 S/cm at 400 K', () => {
    // 'sigma':  Ea = k_B ln(10)/(1/300 − 1/400) = 8.617333e-5 × 2.302585 / 8.333333e-4 = 0.238106 eV
    //           A = 1e-4 × exp(Ea/(k_B·300)) = 1e-4 × 10^4 = 1 S/cm
    // 'sigmaT': Ea = k_B ln(10 × 400/300)/(8.333333e-4) = 8.617333e-5 × 2.590267 / 8.333333e-4 = 0.267854 eV
    const p1 = { temperatureK: 300, sigmaSPerCm: 1e-4 };
    const p2 = { temperatureK: 400, sigmaSPerCm: 1e-3 };
    const a = arrheniusTwoPoint({ point1: p1, point2: p2, form: 'sigma' });
    expectRel(a.activationEnergyEv, 0.23810571732932687, 1e-12);
    expectRel(a.prefactorSPerCm!, 1, 1e-12);
    expect(a.activationEnergyStdErrEv).toBeNull();
    const b = arrheniusTwoPoint({ point1: p1, point2: p2, form: 'sigmaT' });
    expectRel(b.activationEnergyEv, 0.2678543448316659, 1e-12);
    // 1 eV = 96.485332 kJ/mol (e·N_A/1000)
    expectRel(b.activationEnergyKjPerMol, 0.2678543448316659 * 96.48533212331, 1e-12);
  });

  it('σ form gives Ea lower than σT form by about k_B·T for the same data', () => {
    const temps = [300, 325, 350, 375, 400];
    const fitT = arrheniusFit(synth(0.3, Math.log(1e5), temps, 'sigmaT'), 'sigmaT');
    const fitS = arrheniusFit(synth(0.3, Math.log(1e5), temps, 'sigmaT'), 'sigma');
    const diff = fitT.activationEnergyEv - fitS.activationEnergyEv;
    expect(diff).toBeGreaterThan(BOLTZMANN_EV_PER_K * 300);
    expect(diff).toBeLessThan(BOLTZMANN_EV_PER_K * 400);
  });

  it('standard error of the slope matches an OLS computed by hand', () => {
    // x = 1/T, y = ln σT; noise added by hand to exact 0.3 eV data
    const temps = [300, 320, 340, 360];
    const noise = [0.02, -0.03, 0.01, 0.0];
    const pts = synth(0.3, 10, temps, 'sigmaT').map((p, k) => ({ ...p, sigmaSPerCm: p.sigmaSPerCm * Math.exp(noise[k]!) }));
    const fit = arrheniusFit(pts, 'sigmaT');
    const xs = temps.map((t) => 1 / t);
    const ys = pts.map((p) => Math.log(p.sigmaSPerCm * p.temperatureK));
    const xm = xs.reduce((a, b) => a + b) / 4;
    const ym = ys.reduce((a, b) => a + b) / 4;
    const sxx = xs.reduce((a, x) => a + (x - xm) ** 2, 0);
    const slope = xs.reduce((a, x, k) => a + (x - xm) * (ys[k]! - ym), 0) / sxx;
    const ssr = xs.reduce((a, x, k) => a + (ys[k]! - ym - slope * (x - xm)) ** 2, 0);
    expectRel(fit.activationEnergyEv, -slope * BOLTZMANN_EV_PER_K, 1e-10);
    expectRel(fit.activationEnergyStdErrEv!, BOLTZMANN_EV_PER_K * Math.sqrt(ssr / 2 / sxx), 1e-9);
    expect(fit.rSquared).toBeLessThan(1);
    expect(fit.rSquared).toBeGreaterThan(0.9);
    expect(fit.residuals.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
  });

  it('needs two distinct temperatures', () => {
    expect(() => arrheniusFit([{ temperatureK: 300, sigmaSPerCm: 1e-3 }], 'sigmaT')).toThrow(PhysicsInputError);
    expect(() =>
      arrheniusFit(
        [
          { temperatureK: 300, sigmaSPerCm: 1e-3 },
          { temperatureK: 300, sigmaSPerCm: 2e-3 },
        ],
        'sigmaT',
      ),
    ).toThrow(PhysicsInputError);
    expect(() => arrheniusFit([{ temperatureK: 300, sigmaSPerCm: 1e-3 }, { temperatureK: -5, sigmaSPerCm: 1e-3 }])).toThrow(
      /points\[1\]\.temperatureK/,
    );
  });

  it('warns about a negative activation energy', () => {
    const fit = arrheniusFit(
      [
        { temperatureK: 300, sigmaSPerCm: 1e-3 },
        { temperatureK: 400, sigmaSPerCm: 1e-4 },
      ],
      'sigma',
    );
    expect(fit.activationEnergyEv).toBeLessThan(0);
    expect(fit.warnings.join(' ')).toMatch(/negative/);
  });
});

describe('sigmaAtTemperature', () => {
  it('by hand: Ea 0.3 eV, 1 mS/cm at 25 °C → 80 °C', () => {
    // 'sigma':  1e-3 × exp(−0.3/8.617333e-5 × (1/353.15 − 1/298.15)) = 6.16270e-3 S/cm
    // 'sigmaT': the same × 298.15/353.15 = 5.20292e-3 S/cm
    const base = { activationEnergyEv: 0.3, sigmaRefSPerCm: 1e-3, referenceTemperatureK: 298.15, temperatureK: 353.15 };
    expectRel(sigmaAtTemperature({ ...base, form: 'sigma' }).sigmaSPerCm, 0.006162703740340774, 1e-12);
    const r = sigmaAtTemperature({ ...base, form: 'sigmaT' });
    expectRel(r.sigmaSPerCm, 0.005202916947989811, 1e-12);
    expectRel(r.log10SigmaSPerCm, Math.log10(0.005202916947989811), 1e-12);
  });

  it('is consistent with a fit of the generated data, and returns σ_ref at T_ref', () => {
    const r = sigmaAtTemperature({ activationEnergyEv: 0.45, sigmaRefSPerCm: 2e-4, referenceTemperatureK: 300, temperatureK: 300 });
    expectRel(r.sigmaSPerCm, 2e-4, 1e-14);
    const pts = [250, 300, 350, 420].map((t) => ({
      temperatureK: t,
      sigmaSPerCm: sigmaAtTemperature({ activationEnergyEv: 0.45, sigmaRefSPerCm: 2e-4, referenceTemperatureK: 300, temperatureK: t }).sigmaSPerCm,
    }));
    expect(Math.abs(arrheniusFit(pts, 'sigmaT').activationEnergyEv - 0.45)).toBeLessThan(1e-9);
  });

  it('refuses an extrapolation that leaves the physical range', () => {
    expect(() =>
      sigmaAtTemperature({ activationEnergyEv: 5, sigmaRefSPerCm: 1e-3, referenceTemperatureK: 300, temperatureK: 9000 }),
    ).toThrow(PhysicsInputError);
  });
});

describe('arrheniusLine', () => {
  it('reproduces the fitted points and is evenly spaced in 1000/T', () => {
    const fit = arrheniusFit(synth(0.35, Math.log(2e5), [280, 320, 360], 'sigmaT'), 'sigmaT');
    const line = arrheniusLine({
      activationEnergyEv: fit.activationEnergyEv,
      lnPrefactor: fit.lnPrefactor,
      form: 'sigmaT',
      temperatureMinK: 280,
      temperatureMaxK: 360,
      count: 5,
    });
    expect(line).toHaveLength(5);
    expect(line[0]!.temperatureK).toBe(360);
    expect(line[4]!.temperatureK).toBe(280);
    expectRel(line[4]!.sigmaSPerCm, synth(0.35, Math.log(2e5), [280], 'sigmaT')[0]!.sigmaSPerCm, 1e-9);
    const dx = line[1]!.thousandOverTPerK - line[0]!.thousandOverTPerK;
    for (let k = 1; k < 5; k++) expectRel(line[k]!.thousandOverTPerK - line[k - 1]!.thousandOverTPerK, dx, 1e-9);
    expectRel(line[2]!.temperatureC, line[2]!.temperatureK - 273.15, 1e-12);
    expectRel(line[2]!.log10SigmaTSKPerCm, Math.log10(line[2]!.sigmaSPerCm * line[2]!.temperatureK), 1e-12);
  });

  it('rejects an empty temperature window', () => {
    expect(() =>
      arrheniusLine({ activationEnergyEv: 0.3, lnPrefactor: 10, temperatureMinK: 400, temperatureMaxK: 300 }),
    ).toThrow(PhysicsInputError);
  });
});
