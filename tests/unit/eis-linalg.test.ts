import { describe, expect, it } from 'vitest';
import {
  invertSymmetricPositive,
  leastSquares,
  nonNegativeLeastSquares,
  solveSymmetricPositive,
  type Matrix,
} from '~/lib/eis/linalg';
import { PhysicsInputError } from '~/lib/errors';

const matVec = (a: Matrix, x: number[]): number[] => a.map((row) => row.reduce((s, v, j) => s + v * x[j], 0));
const transpose = (a: Matrix): Matrix => a[0].map((_, j) => a.map((row) => row[j]));
const matMul = (a: Matrix, b: Matrix): Matrix => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
const residualNorm = (a: Matrix, x: number[], b: number[]): number =>
  Math.hypot(...matVec(a, x).map((v, i) => v - b[i]));

/** Deterministic pseudo-random numbers in [−1, 1) (linear congruential), so failures are reproducible. */
const rng = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 2147483648 - 1;
};

describe('solveSymmetricPositive', () => {
  // Classic example: A = L Lᵀ with L = [[2,0,0],[6,1,0],[−8,5,3]].
  const a = [
    [4, 12, -16],
    [12, 37, -43],
    [-16, -43, 98],
  ];
  it('solves A x = b exactly for a known SPD matrix', () => {
    const x = solveSymmetricPositive(a, matVec(a, [1, -2, 3]))!;
    [1, -2, 3].forEach((v, i) => expect(x[i]).toBeCloseTo(v, 10));
  });
  it('returns null for indefinite and singular matrices', () => {
    expect(solveSymmetricPositive([[1, 2], [2, 1]], [1, 1])).toBeNull();
    expect(solveSymmetricPositive([[1, 1], [1, 1]], [1, 1])).toBeNull();
    expect(solveSymmetricPositive([[0]], [1])).toBeNull();
  });
  it('throws a PhysicsInputError for mismatched shapes', () => {
    expect(() => solveSymmetricPositive(a, [1, 2])).toThrow(PhysicsInputError);
    expect(() => solveSymmetricPositive([[1, 2]], [1])).toThrow(PhysicsInputError);
  });
});

describe('invertSymmetricPositive', () => {
  it('A · A⁻¹ = I', () => {
    const a = [
      [4, 12, -16],
      [12, 37, -43],
      [-16, -43, 98],
    ];
    const p = matMul(a, invertSymmetricPositive(a)!);
    p.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 9)));
  });
  it('handles parameters of wildly different scales (JᵀJ of R in Ω and C in F)', () => {
    // Diagonal scaling D A D of a well-conditioned matrix must stay invertible.
    const d = [1e-3, 1e12];
    const base = [
      [2, 1],
      [1, 2],
    ];
    const a = base.map((row, i) => row.map((v, j) => v * d[i] * d[j]));
    const inv = invertSymmetricPositive(a)!;
    expect(inv).not.toBeNull();
    // (DAD)⁻¹ = D⁻¹ A⁻¹ D⁻¹ with A⁻¹ = [[2,−1],[−1,2]]/3.
    expect(inv[0][0]).toBeCloseTo(2 / 3 / (d[0] * d[0]), 0);
    expect(inv[0][1] * d[0] * d[1]).toBeCloseTo(-1 / 3, 9);
    expect(inv[1][0]).toBe(inv[0][1]);
  });
  it('returns null when not positive definite', () => {
    expect(invertSymmetricPositive([[1, 2], [2, 1]])).toBeNull();
  });
});

describe('leastSquares', () => {
  it('recovers an exact straight line y = 2 + 3x', () => {
    const xs = [0, 1, 2, 3, 4];
    const x = leastSquares(xs.map((v) => [1, v]), xs.map((v) => 2 + 3 * v));
    expect(x[0]).toBeCloseTo(2, 12);
    expect(x[1]).toBeCloseTo(3, 12);
  });
  it('matches the normal-equation solution for a noisy overdetermined system', () => {
    const r = rng(7);
    const a = Array.from({ length: 30 }, () => [r(), r(), r(), r()]);
    const b = a.map(() => r());
    const x = leastSquares(a, b);
    const at = transpose(a);
    const ref = solveSymmetricPositive(matMul(at, a), matVec(at, b))!;
    ref.forEach((v, i) => expect(x[i]).toBeCloseTo(v, 10));
    // Residual orthogonal to the columns: Aᵀ(b − Ax) = 0.
    matVec(at, matVec(a, x).map((v, i) => b[i] - v)).forEach((g) => expect(Math.abs(g)).toBeLessThan(1e-12));
  });
  it('gives a finite minimiser when a column repeats (rank deficient)', () => {
    const a = [
      [1, 1, 0],
      [1, 1, 1],
      [1, 1, 2],
      [1, 1, 3],
    ];
    const b = [1, 3, 5, 7];
    const x = leastSquares(a, b);
    x.forEach((v) => expect(Number.isFinite(v)).toBe(true));
    expect(residualNorm(a, x, b)).toBeLessThan(1e-10);
  });
  it('rejects underdetermined systems and wrong lengths', () => {
    expect(() => leastSquares([[1, 2]], [1])).toThrow(PhysicsInputError);
    expect(() => leastSquares([[1], [2]], [1])).toThrow(PhysicsInputError);
  });
});

describe('nonNegativeLeastSquares', () => {
  it('clips a negative unconstrained solution to zero (A = I)', () => {
    expect(nonNegativeLeastSquares([[1, 0], [0, 1]], [1, -2])).toEqual([1, 0]);
  });
  it('equals the unconstrained solution when that is already non-negative', () => {
    const xs = [0, 1, 2, 3];
    const x = nonNegativeLeastSquares(xs.map((v) => [1, v]), xs.map((v) => 2 + 3 * v));
    expect(x[0]).toBeCloseTo(2, 10);
    expect(x[1]).toBeCloseTo(3, 10);
  });
  it('finds the global optimum: agrees with brute force over all active sets', () => {
    const r = rng(42);
    for (let trial = 0; trial < 20; trial++) {
      const n = 4;
      const a = Array.from({ length: 8 }, () => Array.from({ length: n }, () => r()));
      const b = a.map(() => r());
      const x = nonNegativeLeastSquares(a, b);
      x.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
      // Best feasible unconstrained solution over every subset of free columns.
      let best = residualNorm(a, new Array(n).fill(0), b);
      for (let mask = 1; mask < 1 << n; mask++) {
        const cols = [...Array(n).keys()].filter((j) => mask & (1 << j));
        const z = leastSquares(a.map((row) => cols.map((j) => row[j])), b);
        if (z.some((v) => v < 0)) continue;
        const full = new Array(n).fill(0);
        cols.forEach((j, k) => (full[j] = z[k]));
        best = Math.min(best, residualNorm(a, full, b));
      }
      expect(residualNorm(a, x, b)).toBeLessThanOrEqual(best + 1e-10);
    }
  });
  it('handles dependent columns (singular AᵀA: the QR fallback)', () => {
    const a = [
      [1, 1, 0],
      [1, 1, 1],
      [1, 1, 2],
      [1, 1, 3],
    ];
    const b = [1, 3, 5, 7]; // = 1 + 2t: x0 + x1 = 1, x2 = 2
    const x = nonNegativeLeastSquares(a, b);
    x.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
    expect(x[0] + x[1]).toBeCloseTo(1, 10);
    expect(x[2]).toBeCloseTo(2, 10);
  });
  it('satisfies the KKT conditions on a wide (m < n) problem', () => {
    const r = rng(3);
    const a = Array.from({ length: 5 }, () => Array.from({ length: 9 }, () => r()));
    const b = a.map(() => r());
    const x = nonNegativeLeastSquares(a, b);
    const w = matVec(transpose(a), matVec(a, x).map((v, i) => b[i] - v));
    x.forEach((v, j) => {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(w[j]).toBeLessThan(1e-9); // no descent direction into the feasible set
      if (v > 0) expect(Math.abs(w[j])).toBeLessThan(1e-9);
    });
  });
});
