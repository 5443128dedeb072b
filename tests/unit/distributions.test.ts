// Student t and Fisher F against printed tables. Sources: M. Abramowitz and I. A. Stegun, Handbook of
// Mathematical Functions (1964), Table 26.10 (percentage points of t) and Table 26.9 (of F); the same
// values appear in any statistics text (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7).
import { describe, expect, it } from 'vitest';
import { fUpperP, incompleteBeta, lnGamma, studentTQuantile, studentTTwoSidedP } from '~/lib/distributions';
import { PhysicsInputError } from '~/lib/errors';

describe('lnGamma and the incomplete beta function', () => {
  it('match closed forms', () => {
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13); // Γ(1/2) = √π
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12); // Γ(10) = 9!
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b
    expect(incompleteBeta(1, 1, 0.3)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(2.5, 1, 0.4)).toBeCloseTo(0.4 ** 2.5, 13);
    expect(incompleteBeta(1, 3, 0.2)).toBeCloseTo(1 - 0.8 ** 3, 13);
    // symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
    expect(incompleteBeta(3.2, 7.1, 0.6) + incompleteBeta(7.1, 3.2, 0.4)).toBeCloseTo(1, 13);
    expect(incompleteBeta(2, 3, 0)).toBe(0);
    expect(incompleteBeta(2, 3, 1)).toBe(1);
  });
});

describe('Student t', () => {
  it('two-sided 95 % quantiles match the table', () => {
    const table: [number, number][] = [[1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [8, 2.306], [10, 2.228], [20, 2.086], [30, 2.042], [120, 1.980]];
    for (const [dof, t] of table) expect(studentTQuantile(0.95, dof)).toBeCloseTo(t, 3);
    // 1 degree of freedom is the Cauchy distribution: t = tan(π/2 · 0.95) = 12.7062047…
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(Math.tan((Math.PI / 2) * 0.95), 9);
    // many degrees of freedom: the normal 1.959964
    expect(studentTQuantile(0.95, 1e6)).toBeCloseTo(1.959964, 5);
    // 99 % with 5 dof: 4.032
    expect(studentTQuantile(0.99, 5)).toBeCloseTo(4.032, 3);
  });
  it('the tail probability is the inverse of the quantile', () => {
    for (const dof of [1, 3, 7.5, 40]) expect(studentTTwoSidedP(studentTQuantile(0.9, dof), dof)).toBeCloseTo(0.1, 10);
    expect(studentTTwoSidedP(0, 4)).toBe(1);
    // Cauchy: P(|T| ≥ 1) = 1/2
    expect(studentTTwoSidedP(1, 1)).toBeCloseTo(0.5, 13);
  });
  it('refuses bad arguments', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(PhysicsInputError);
    expect(() => studentTQuantile(0.95, 0)).toThrow(PhysicsInputError);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(PhysicsInputError);
  });
});

describe('Fisher F', () => {
  it('upper 5 % points of the table give p = 0.05', () => {
    const table: [number, number, number][] = [[1, 1, 161.45], [2, 10, 4.10], [2, 4, 6.94], [3, 20, 3.10], [2, 60, 3.15], [5, 5, 5.05]];
    for (const [d1, d2, f] of table) expect(fUpperP(f, d1, d2)).toBeCloseTo(0.05, 3);
    // F(1, ν) is t²: P(F ≥ t²) = P(|T| ≥ t)
    expect(fUpperP(2.5 ** 2, 1, 7)).toBeCloseTo(studentTTwoSidedP(2.5, 7), 12);
    expect(fUpperP(0, 2, 5)).toBe(1);
  });
});
