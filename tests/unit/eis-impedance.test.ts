import { describe, expect, it } from 'vitest';
import { parseCircuit } from '~/lib/eis/circuit';
import { circuitImpedance } from '~/lib/eis/impedance';
import { PhysicsInputError } from '~/lib/errors';

// Independent complex arithmetic for hand formulas (tuples, nothing shared with the library).
type C = [number, number];
const add = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const div = (a: C, b: C): C => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const inv = (a: C): C => div([1, 0], a);
const cexp = (a: C): C => [Math.exp(a[0]) * Math.cos(a[1]), Math.exp(a[0]) * Math.sin(a[1])];
const sqrtJ = (x: number): C => [Math.sqrt(x / 2), Math.sqrt(x / 2)]; // √(jx)
/** tanh s = (e^{2s} − 1)/(e^{2s} + 1) */
const tanh = (s: C): C => {
  const e = cexp([2 * s[0], 2 * s[1]]);
  return div([e[0] - 1, e[1]], [e[0] + 1, e[1]]);
};

/** Z of `circuit` at one frequency. */
const z = (circuit: string, parameters: Record<string, number>, fHz: number): C => {
  const r = circuitImpedance(circuit, parameters, [fHz]);
  return [r.zRealOhm[0], r.zImagOhm[0]];
};
/** |actual − expected| ≤ rel·|expected| (complex modulus). */
const expectClose = (actual: C, expected: C, rel = 1e-12): void => {
  const err = Math.hypot(actual[0] - expected[0], actual[1] - expected[1]);
  expect(err).toBeLessThanOrEqual(rel * Math.hypot(expected[0], expected[1]));
};
const fOf = (omega: number): number => omega / (2 * Math.PI);

describe('element impedances against hand-computed values', () => {
  it('R, C, L', () => {
    expectClose(z('R1', { R1: 47 }, 123), [47, 0]);
    // ω = 1 rad/s, C = 1 mF: Z = 1/(jωC) = −1000j Ω
    expectClose(z('C1', { C1: 1e-3 }, fOf(1)), [0, -1000]);
    // ω = 1000 rad/s, L = 1 mH: Z = jωL = 1j Ω
    expectClose(z('L1', { L1: 1e-3 }, fOf(1000)), [0, 1]);
  });

  it('R‖C at ω = 1/RC is R/2 − jR/2; R-C in series adds', () => {
    // R = 100 Ω, C = 1 µF: ω = 1e4 rad/s
    expectClose(z('p(R1,C1)', { R1: 100, C1: 1e-6 }, fOf(1e4)), [50, -50]);
    // Z = R/(1 + jωRC) at ω = 3e4: 100/(1 + 3j) = 10 − 30j
    expectClose(z('p(C1,R1)', { R1: 100, C1: 1e-6 }, fOf(3e4)), [10, -30]);
    expectClose(z('R1-C1', { R1: 100, C1: 1e-6 }, fOf(1e4)), [100, -100]);
  });

  it('CPE: α = 1 equals C; α = 0.5 at ω = 1 is (1 − j)/(√2 Q); |Z| = 1/(Qω^α), phase −απ/2', () => {
    for (const f of [1e-2, 1, 1e3, 1e6]) {
      expectClose(z('CPE1', { CPE1_0: 2e-6, CPE1_1: 1 }, f), z('C1', { C1: 2e-6 }, f));
    }
    expectClose(z('CPE1', { CPE1_0: 0.5, CPE1_1: 0.5 }, fOf(1)), [Math.SQRT2, -Math.SQRT2]);
    const [re, im] = z('CPE1', { CPE1_0: 3e-9, CPE1_1: 0.8 }, fOf(1e5));
    expect(Math.hypot(re, im)).toBeCloseTo(1 / (3e-9 * 1e5 ** 0.8), 6);
    expect(Math.atan2(im, re)).toBeCloseTo((-0.8 * Math.PI) / 2, 12);
  });

  it('W: Z = A(1 − j)/√ω, the same as a CPE with α = ½ and Q = 1/(A√2)', () => {
    expectClose(z('W1', { W1: 10 }, fOf(4)), [5, -5]);
    for (const f of [1e-3, 1, 1e4]) expectClose(z('W1', { W1: 7 }, f), z('CPE1', { CPE1_0: 1 / (7 * Math.SQRT2), CPE1_1: 0.5 }, f), 1e-12);
  });

  it('Wo and Ws equal Z₀coth(s)/s and Z₀tanh(s)/s, s = √(jωτ), over ωτ = 0.005 … 30', () => {
    const z0 = 250;
    const tau = 2;
    for (const wt of [5e-3, 0.0099999, 0.01, 0.1, 0.5, 1, 3, 10, 30]) {
      const s = sqrtJ(wt);
      const t = tanh(s);
      // 1e-9: the closed form itself loses digits to cancellation at the smallest ωτ (why the library uses a series there)
      expectClose(z('Wo1', { Wo1_0: z0, Wo1_1: tau }, fOf(wt / tau)), mul([z0, 0], inv(mul(s, t))), 1e-9);
      expectClose(z('Ws1', { Ws1_0: z0, Ws1_1: tau }, fOf(wt / tau)), mul([z0, 0], div(t, s)), 1e-9);
    }
  });

  it('Wo/Ws limits: Ws → Z₀ and Wo → Z₀/3 − jZ₀/(ωτ) at low f; both → (1 − j)Z₀/√(2ωτ) at high f', () => {
    const p = { Wo1_0: 100, Wo1_1: 10 };
    const q = { Ws1_0: 100, Ws1_1: 10 };
    const wt = 1e-6; // ωτ
    const lowF = fOf(wt / 10);
    expectClose(z('Ws1', q, lowF), [100, 0], 1e-6);
    const [re, im] = z('Wo1', p, lowF);
    expect(re).toBeCloseTo(100 / 3, 9);
    expect(im / (-100 / wt)).toBeCloseTo(1, 12);
    for (const big of [1e4, 1e12]) {
      const warburg: C = [100 / Math.sqrt(2 * big), -100 / Math.sqrt(2 * big)];
      expectClose(z('Wo1', p, fOf(big / 10)), warburg, 1e-12);
      expectClose(z('Ws1', q, fOf(big / 10)), warburg, 1e-12);
    }
  });

  it('Wo and Ws never give NaN or Infinity, from ωτ = 1e-15 to 1e20, and are continuous where the series takes over', () => {
    const f = Array.from({ length: 351 }, (_, k) => 10 ** (-20 + k / 10)); // 1e-20 … 1e15 Hz
    const tau = 1e5 / (2 * Math.PI); // ωτ = 1e5·f
    for (const c of ['Wo1', 'Ws1']) {
      const p = { [`${c}_0`]: 1, [`${c}_1`]: tau };
      const r = circuitImpedance(c, p, f);
      expect([...r.zRealOhm, ...r.zImagOhm].every(Number.isFinite)).toBe(true);
      // The series (ωτ < 0.01) and the closed form (ωτ ≥ 0.01) agree at the switch to 1e-9.
      expectClose(z(c, p, 1e-7 * (1 - 1e-12)), z(c, p, 1e-7), 1e-9);
    }
  });
});

describe('series and parallel algebra', () => {
  const f = fOf(2e3);
  const w = 2e3;
  it('p(R1,R2) = R1R2/(R1 + R2); R1-R2 = R1 + R2', () => {
    expectClose(z('p(R1,R2)', { R1: 30, R2: 60 }, f), [20, 0]);
    expectClose(z('R1-R2', { R1: 30, R2: 60 }, f), [90, 0]);
  });

  it('nested p(R1,p(C1,R2)) equals the flat p(R1,C1,R2) and 1/(1/R1 + 1/R2 + jωC)', () => {
    const p = { R1: 100, R2: 300, C1: 2e-6 };
    const hand = inv([1 / 100 + 1 / 300, w * 2e-6]);
    expectClose(z('p(R1,p(C1,R2))', p, f), hand);
    expectClose(z('p(R1,C1,R2)', p, f), hand);
  });

  it('p(R1-C1,R2) and the Randles circuit R0-p(R1-W1,C1) by hand', () => {
    const zC: C = [0, -1 / (w * 1e-6)];
    expectClose(z('p(R1-C1,R2)', { R1: 100, C1: 1e-6, R2: 500 }, f), inv(add(inv(add([100, 0], zC)), [1 / 500, 0])));
    const zW: C = [40 / Math.sqrt(w), -40 / Math.sqrt(w)];
    const randles = add([10, 0], inv(add(inv(add([200, 0], zW)), [0, w * 1e-6])));
    expectClose(z('R0-p(R1-W1,C1)', { R0: 10, R1: 200, W1: 40, C1: 1e-6 }, f), randles);
  });

  it('series elements commute; a parsed node gives the same as the text', () => {
    const p = { R0: 5, R1: 1e3, CPE1_0: 2e-8, CPE1_1: 0.9, Wo2_0: 300, Wo2_1: 0.5 };
    const freqs = [1e5, 10, 0.1];
    const a = circuitImpedance('R0-p(R1,CPE1)-Wo2', p, freqs);
    const b = circuitImpedance('Wo2-p(CPE1,R1)-R0', p, freqs);
    const c = circuitImpedance(parseCircuit('R0-p(R1,CPE1)-Wo2'), p, freqs);
    a.zRealOhm.forEach((v, k) => {
      expectClose([v, a.zImagOhm[k]], [b.zRealOhm[k], b.zImagOhm[k]]);
      expect([c.zRealOhm[k], c.zImagOhm[k]]).toEqual([v, a.zImagOhm[k]]);
    });
  });

  it('an RC spectrum is capacitive (Z″ < 0) everywhere and tends to R0 and R0 + R1 at the ends', () => {
    const p = { R0: 5, R1: 1e3, C1: 1e-9 };
    const r = circuitImpedance('R0-p(R1,C1)', p, [1e12, 1e6, 1e3, 1e-3]);
    expect(r.zImagOhm.every((v) => v < 0)).toBe(true);
    expect(r.zRealOhm[0]).toBeCloseTo(5, 4);
    expect(r.zRealOhm[3]).toBeCloseTo(1005, 4);
  });
});

describe('circuitImpedance input checks', () => {
  const p = { R0: 5, R1: 100, C1: 1e-6 };
  const fieldOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(PhysicsInputError);
      return (e as PhysicsInputError).field;
    }
    throw new Error('no error thrown');
  };
  it('names the missing, extra, non-finite or out-of-range parameter', () => {
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', { R0: 5, R1: 100 }, [1]))).toBe('C1');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', { ...p, L9: 1 }, [1]))).toBe('L9');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', { ...p, R1: NaN }, [1]))).toBe('R1');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,CPE1)', { R0: 1, R1: 1, CPE1_0: 1, CPE1_1: 1.5 }, [1]))).toBe('CPE1_1');
    expect(() => circuitImpedance('R0-p(R1,C1)', { ...p, C1: -1e-6 }, [1])).toThrow(/C1 = −1\.00 × 10⁻⁶ is out of range/);
  });
  it('frequencies must be > 0 and finite; the circuit must parse', () => {
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, [1, 0]))).toBe('frequenciesHz[1]');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, [-5]))).toBe('frequenciesHz[0]');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, [NaN]))).toBe('frequenciesHz[0]');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, [Infinity]))).toBe('frequenciesHz[0]');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, []))).toBe('frequenciesHz');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,C1)', p, 'x' as unknown as number[]))).toBe('frequenciesHz');
    expect(fieldOf(() => circuitImpedance('R0-p(R1,', p, [1]))).toBe('circuit');
  });
  it('results that would overflow throw instead of returning Infinity', () => {
    // 1/(ωC) with C = 1e-18 F at 1e-300 Hz is ~1e317 Ω
    expect(fieldOf(() => circuitImpedance('C1', { C1: 1e-18 }, [1e-300]))).toBe('result');
  });
});
