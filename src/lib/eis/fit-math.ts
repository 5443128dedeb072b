/**
 * Numerical core of the circuit fit: a box-constrained Levenberg–Marquardt minimiser of ‖r(u)‖² and a
 * pseudo-inverse of a symmetric positive semi-definite matrix (for covariances of poorly determined fits).
 * Sources: K. Madsen, H. B. Nielsen, O. Tingleff, Methods for Non-Linear Least Squares Problems, 2nd ed.
 * (DTU, 2004), §3.2 (damping update); J. J. Moré, "The Levenberg–Marquardt algorithm", Lect. Notes Math.
 * 630 (1978) 105 (scaling, stopping tests); G. H. Golub, C. F. Van Loan, Matrix Computations (2013), §8.5 (Jacobi).
 */
import { solveSymmetricPositive, type Matrix } from './linalg';

export interface LeastSquaresProblem {
  /** Number of residuals. */
  m: number;
  /** Write the residuals at u into out; return false if any is not finite (the step is then rejected). */
  residuals(u: Float64Array, out: Float64Array): boolean;
  /** Box on u (the fit variables are transforms, so the box only guards against overflow). */
  lower: Float64Array;
  upper: Float64Array;
}

export interface LmOutcome {
  u: Float64Array;
  chiSquare: number;
  iterations: number;
  /** True when a stopping test was met before maxIterations. */
  converged: boolean;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** JᵀJ of the columns of J (each entry computed once: the matrix is symmetric). */
export function gramMatrix(cols: Float64Array[]): Matrix {
  const a: Matrix = cols.map(() => new Array<number>(cols.length).fill(0));
  for (let i = 0; i < cols.length; i++) for (let j = 0; j <= i; j++) a[i][j] = a[j][i] = dot(cols[i], cols[j]);
  return a;
}

/** Jacobian columns ∂r/∂u_j by forward differences (backward if the forward point is not finite; zero if neither is). */
function jacobian(problem: LeastSquaresProblem, u: Float64Array, r: Float64Array, cols: Float64Array[], scratch: Float64Array): void {
  const h = 1e-7; // u are logarithms or logits: a relative step, ≈ √ε
  for (let j = 0; j < u.length; j++) {
    const uj = u[j];
    let step = uj + h <= problem.upper[j] ? h : -h;
    u[j] = uj + step;
    let ok = problem.residuals(u, scratch);
    if (!ok) {
      step = -step;
      u[j] = uj + step;
      ok = problem.residuals(u, scratch);
    }
    u[j] = uj;
    const c = cols[j];
    for (let i = 0; i < c.length; i++) c[i] = ok ? (scratch[i] - r[i]) / step : 0;
  }
}

/**
 * Minimise ‖r(u)‖² from u0 inside the box. Marquardt-scaled damping with Nielsen's update of λ;
 * a step that gives a non-finite residual or a larger χ² is rejected. Stops when χ² or the step stops
 * changing (relative 1e-10), three steps in a row lower χ² by less than 10⁻⁴·χ²/(m − n) (each moves the fit
 * by ~1 % of a standard error: a flat valley of correlated parameters), the gradient is orthogonal to r
 * (cosine < 1e-10), or after maxIterations.
 */
export function levenbergMarquardt(problem: LeastSquaresProblem, u0: ArrayLike<number>, maxIterations: number): LmOutcome {
  const n = u0.length;
  const clamp = (v: number, j: number): number => Math.min(problem.upper[j], Math.max(problem.lower[j], v));
  let u = Float64Array.from(u0, clamp);
  let r = new Float64Array(problem.m);
  let rTry = new Float64Array(problem.m);
  if (!problem.residuals(u, r)) return { u, chiSquare: Infinity, iterations: 0, converged: false };
  let chi = dot(r, r);
  const cols = Array.from({ length: n }, () => new Float64Array(problem.m));
  const uTry = new Float64Array(n);
  const d = new Float64Array(n);
  let a: Matrix = [];
  let g: number[] = [];
  let lambda = 1e-3;
  let nu = 2;
  let needJacobian = true;
  let converged = false;
  let idle = 0; // successive accepted steps that moved the fit by less than a hundredth of a standard error
  const dof = Math.max(problem.m - n, 1);
  let iterations = 0;
  while (iterations < maxIterations && !converged) {
    iterations++;
    if (needJacobian) {
      jacobian(problem, u, r, cols, rTry);
      a = gramMatrix(cols);
      g = cols.map((c) => dot(c, r));
      needJacobian = false;
      const cosine = Math.max(0, ...g.map((gj, j) => Math.abs(gj) / Math.sqrt(a[j][j] * chi || 1)));
      if (chi === 0 || cosine < 1e-10) {
        converged = true;
        break;
      }
    }
    const diagMax = Math.max(...a.map((row, j) => row[j]));
    const m = a.map((row, i) => row.map((v, j) => (i === j ? v + lambda * Math.max(v, 1e-12 * diagMax) : v)));
    const step = solveSymmetricPositive(m, g.map((x) => -x));
    let stepMax = 0;
    if (step) {
      for (let j = 0; j < n; j++) {
        uTry[j] = clamp(u[j] + step[j], j);
        d[j] = uTry[j] - u[j];
        stepMax = Math.max(stepMax, Math.abs(d[j]));
      }
      if (stepMax <= 1e-12) {
        converged = true; // the step vanished: at a minimum or pressed against the box
        break;
      }
    }
    const ok = step !== null && problem.residuals(uTry, rTry);
    const chiTry = ok ? dot(rTry, rTry) : Infinity;
    if (chiTry < chi) {
      let predicted = 0; // χ² − ‖r + J d‖² = −2 dᵀg − dᵀ A d
      for (let i = 0; i < n; i++) {
        let ad = 0;
        for (let j = 0; j < n; j++) ad += a[i][j] * d[j];
        predicted -= d[i] * (2 * g[i] + ad);
      }
      const rho = (chi - chiTry) / Math.max(predicted, Number.MIN_VALUE);
      // Δχ² below 1e-4·s² (s² = χ²/dof) means a move of about 0.01 σ: along a flat valley such steps never end.
      idle = chi - chiTry <= (1e-4 * chi) / dof ? idle + 1 : 0;
      converged = chi - chiTry <= 1e-10 * chi || stepMax <= 1e-10 || idle >= 3;
      [r, rTry] = [rTry, r];
      u = Float64Array.from(uTry);
      chi = chiTry;
      lambda *= Math.max(1 / 3, 1 - (2 * Math.min(rho, 1) - 1) ** 3);
      nu = 2;
      needJacobian = true;
    } else {
      lambda *= nu;
      nu *= 2;
      if (lambda > 1e16) converged = true; // no damped step lowers χ²: a minimum to rounding
    }
  }
  return { u, chiSquare: chi, iterations, converged };
}

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
 * Returns eigenvalues and the eigenvectors as columns: a = V diag(values) Vᵀ.
 */
export function symmetricEigen(matrix: Matrix): { values: number[]; vectors: Matrix } {
  const n = matrix.length;
  const a = matrix.map((row) => row.slice());
  const v = a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) (i === j ? (total += a[i][j] ** 2) : (off += a[i][j] ** 2));
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const rotate = (x: number[][], byColumns: boolean): void => {
          for (let k = 0; k < n; k++) {
            const xp = byColumns ? x[k][p] : x[p][k];
            const xq = byColumns ? x[k][q] : x[q][k];
            if (byColumns) [x[k][p], x[k][q]] = [c * xp - s * xq, s * xp + c * xq];
            else [x[p][k], x[q][k]] = [c * xp - s * xq, s * xp + c * xq];
          }
        };
        rotate(a, true);
        rotate(a, false);
        rotate(v, true);
      }
    }
  }
  return { values: a.map((row, i) => row[i]), vectors: v };
}

/**
 * Pseudo-inverse of a symmetric positive semi-definite matrix, keeping eigen-directions with eigenvalue
 * > relTol·max. `undetermined[i]` is the weight (0…1) of discarded directions in unknown i: near 0 means
 * unknown i is determined, near 1 that the data cannot fix it (its variance is then meaningless).
 */
export function pseudoInverseSymmetric(matrix: Matrix, relTol = 1e-10): { inverse: Matrix; undetermined: number[] } {
  const { values, vectors } = symmetricEigen(matrix);
  const cutoff = relTol * Math.max(0, ...values);
  const keep = values.map((x) => x > cutoff && x > 0);
  const n = matrix.length;
  const inverse = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (__, j) => values.reduce((s, x, k) => (keep[k] ? s + (vectors[i][k] * vectors[j][k]) / x : s), 0)),
  );
  const undetermined = vectors.map((row) => row.reduce((s, x, k) => (keep[k] ? s : s + x * x), 0));
  return { inverse, undetermined };
}
