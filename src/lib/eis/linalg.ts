/**
 * Small dense linear algebra for the impedance workbench: Cholesky solve and inverse of symmetric
 * positive-definite matrices, Householder-QR least squares and non-negative least squares.
 * Sizes here are tens to a few hundred rows, so plain row-major arrays are fast enough.
 * Source: G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §4.2 and §5.2;
 * C. L. Lawson, R. J. Hanson, Solving Least Squares Problems (1974), ch. 23.
 */
import { PhysicsInputError } from '../errors';

export type Matrix = number[][]; // row-major

/**
 * A Cholesky pivot smaller than this fraction of its own diagonal entry counts as "not positive definite".
 * The test is invariant under diagonal scaling (parameters of very different units), and it rejects
 * matrices whose scaled condition number exceeds ~1e12, where a solution keeps fewer than 4 digits.
 */
const PIVOT_TOLERANCE = 1e-12;
/** A QR diagonal smaller than this fraction of its column's norm marks a dependent column (its unknown is set to 0). */
const RANK_TOLERANCE = 1e-12;

const checkShape = (a: Matrix, rows: number, cols: number, field = 'a'): void => {
  if (!Array.isArray(a) || a.length !== rows || a.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new PhysicsInputError(field, `${field} must be a ${rows} × ${cols} matrix (an array of equal-length rows).`);
  }
};

const allFinite = (x: number[]): boolean => x.every(Number.isFinite);

/** Euclidean norm of x[from..], scaled to avoid overflow and underflow of the squares. */
const norm2 = (x: ArrayLike<number>, from: number): number => {
  let scale = 0;
  for (let i = from; i < x.length; i++) scale = Math.max(scale, Math.abs(x[i]));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  const inv = 1 / scale;
  let s = 0;
  for (let i = from; i < x.length; i++) {
    const t = x[i] * inv;
    s += t * t;
  }
  return scale * Math.sqrt(s);
};

/** Lower-triangular Cholesky factor of a (only its lower triangle is read), or null if a is not positive definite. */
function cholesky(a: Matrix): Matrix | null {
  const n = a.length;
  checkShape(a, n, n);
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const ajj = a[j][j];
    if (!(ajj > 0) || !Number.isFinite(ajj)) return null;
    let d = ajj;
    const lj = l[j];
    for (let k = 0; k < j; k++) d -= lj[k] * lj[k];
    if (!(d > PIVOT_TOLERANCE * ajj)) return null;
    const ljj = Math.sqrt(d);
    lj[j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const li = l[i];
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= li[k] * lj[k];
      li[j] = s / ljj;
    }
  }
  return l;
}

/** Solve L Lᵀ x = b given the Cholesky factor L. */
function choleskySolve(l: Matrix, b: number[]): number[] {
  const n = l.length;
  const y = b.slice();
  for (let i = 0; i < n; i++) {
    let s = y[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * y[k];
    y[i] = s / l[i][i];
  }
  return y;
}

/**
 * Solve A x = b for symmetric positive-definite A by Cholesky factorisation (A = L Lᵀ).
 * Returns null when A is not (numerically) positive definite or the solution is not finite.
 */
export function solveSymmetricPositive(a: Matrix, b: number[]): number[] | null {
  const l = cholesky(a);
  if (!l) return null;
  if (!Array.isArray(b) || b.length !== a.length) {
    throw new PhysicsInputError('b', `b must have ${a.length} entries, one per row of the matrix.`);
  }
  const x = choleskySolve(l, b);
  return allFinite(x) ? x : null;
}

/** Inverse of a symmetric positive-definite matrix via Cholesky (e.g. a covariance from JᵀJ); null if not positive definite. */
export function invertSymmetricPositive(a: Matrix): Matrix | null {
  const l = cholesky(a);
  if (!l) return null;
  const n = a.length;
  const inv: Matrix = [];
  for (let j = 0; j < n; j++) {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    const col = choleskySolve(l, e);
    if (!allFinite(col)) return null;
    inv.push(col);
  }
  // inv holds columns; symmetrise to remove rounding asymmetry (the inverse of a symmetric matrix is symmetric).
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) inv[i][j] = inv[j][i] = 0.5 * (inv[i][j] + inv[j][i]);
  }
  return inv;
}

/**
 * Least-squares solution of A x ≈ b (minimises ‖Ax − b‖₂) by Householder QR; A is m × n with m ≥ n.
 * Columns that are (numerically) linear combinations of earlier ones get x = 0 instead of a huge value.
 */
export function leastSquares(a: Matrix, b: number[]): number[] {
  const m = a.length;
  const n = m > 0 ? a[0].length : 0;
  checkShape(a, m, n);
  if (m < n || n === 0) {
    throw new PhysicsInputError('a', `leastSquares needs at least as many rows as columns (got ${m} × ${n}).`);
  }
  if (!Array.isArray(b) || b.length !== m) {
    throw new PhysicsInputError('b', `b must have ${m} entries, one per row of the matrix.`);
  }
  // Work column-major (typed arrays): each Householder step touches whole columns.
  const q: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const c = new Float64Array(m);
    for (let i = 0; i < m; i++) c[i] = a[i][j];
    q.push(c);
  }
  const y = Float64Array.from(b);
  const columnNorms = q.map((c) => norm2(c, 0));
  const diag = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = q[k];
    const norm = norm2(v, k);
    if (norm === 0) continue;
    const alpha = v[k] > 0 ? -norm : norm;
    // v = x − alpha·e1 stored in column k from row k on; H = I − 2vvᵀ/(vᵀv), applied to later columns and y.
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < m; i++) vv += v[i] * v[i];
    const f = 2 / vv;
    for (let j = k + 1; j <= n; j++) {
      const c = j < n ? q[j] : y;
      let s = 0;
      for (let i = k; i < m; i++) s += v[i] * c[i];
      s *= f;
      for (let i = k; i < m; i++) c[i] -= s * v[i];
    }
    diag[k] = alpha;
  }
  const x = new Array<number>(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    if (!(Math.abs(diag[k]) > RANK_TOLERANCE * columnNorms[k])) continue; // dependent column: x_k = 0
    let s = y[k];
    for (let j = k + 1; j < n; j++) s -= q[j][k] * x[j];
    x[k] = s / diag[k];
  }
  if (!allFinite(x)) {
    throw new PhysicsInputError('a', 'The least-squares system has non-finite entries; check the input data.');
  }
  return x;
}

/**
 * Non-negative least squares: minimise ‖Ax − b‖₂ subject to x ≥ 0 (Lawson–Hanson active-set method).
 * Passive-set subproblems use the Gram matrix AᵀA (formed once) with Cholesky plus one step of iterative
 * refinement against A itself ("corrected semi-normal equations", accurate while cond(A)² ≪ 1/eps), and fall
 * back to Householder QR on the passive columns when the Cholesky factorisation fails. Works for any m × n;
 * stops after 3n outer steps at the latest.
 * Sources: Lawson & Hanson (1974), ch. 23; R. Bro, S. de Jong, J. Chemometrics 11 (1997) 393 (Gram-matrix NNLS);
 * Å. Björck, Numerical Methods for Least Squares Problems (1996), §2.8 (corrected semi-normal equations).
 */
export function nonNegativeLeastSquares(a: Matrix, b: number[]): number[] {
  const m = a.length;
  const n = m > 0 ? a[0].length : 0;
  checkShape(a, m, n);
  if (n === 0) throw new PhysicsInputError('a', 'nonNegativeLeastSquares needs a matrix with at least one column.');
  if (!Array.isArray(b) || b.length !== m) {
    throw new PhysicsInputError('b', `b must have ${m} entries, one per row of the matrix.`);
  }
  const cols: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const c = new Float64Array(m);
    for (let i = 0; i < m; i++) c[i] = a[i][j];
    cols.push(c);
  }
  const dot = (u: ArrayLike<number>, v: ArrayLike<number>): number => {
    let s = 0;
    for (let i = 0; i < m; i++) s += u[i] * v[i];
    return s;
  };
  const gram: Matrix = cols.map((ci) => cols.map((cj) => dot(ci, cj)));
  const atb = cols.map((c) => dot(c, b));
  // Gradient tolerance as in MATLAB lsqnonneg: 10·eps·‖A‖₁·max(m, n).
  let norm1 = 0;
  for (const c of cols) norm1 = Math.max(norm1, c.reduce((acc, v) => acc + Math.abs(v), 0));
  const tol = 10 * Number.EPSILON * norm1 * Math.max(m, n);

  const x = new Array<number>(n).fill(0);
  const passive = new Array<boolean>(n).fill(false);
  // w = Aᵀ(b − Ax) = Aᵀb − AᵀA x.
  const gradient = (): number[] =>
    atb.map((h, j) => {
      let s = h;
      for (let k = 0; k < n; k++) if (x[k] !== 0) s -= gram[j][k] * x[k];
      return s;
    });
  // Unconstrained least squares on the passive columns (zeros elsewhere).
  const solvePassive = (): number[] => {
    const idx: number[] = [];
    for (let j = 0; j < n; j++) if (passive[j]) idx.push(j);
    const s = new Array<number>(n).fill(0);
    if (idx.length === 0) return s;
    const l = cholesky(idx.map((i) => idx.map((j) => gram[i][j])));
    let z: number[];
    if (l) {
      z = choleskySolve(l, idx.map((j) => atb[j]));
      // One refinement step with the residual computed from A (not AᵀA) restores QR-like accuracy.
      const r = Float64Array.from(b);
      idx.forEach((j, k) => {
        const c = cols[j];
        for (let i = 0; i < m; i++) r[i] -= c[i] * z[k];
      });
      const dz = choleskySolve(l, idx.map((j) => dot(cols[j], r)));
      z = z.map((v, k) => v + dz[k]);
    } else {
      const sub = a.map((row) => idx.map((j) => row[j]));
      // QR needs rows ≥ columns; zero rows leave the minimiser unchanged.
      while (sub.length < idx.length) sub.push(new Array<number>(idx.length).fill(0));
      z = leastSquares(sub, b.concat(new Array<number>(sub.length - m).fill(0)));
    }
    idx.forEach((j, k) => (s[j] = z[k]));
    return s;
  };

  for (let outer = 0; outer < 3 * n; outer++) {
    const w = gradient();
    let best = -1;
    for (let j = 0; j < n; j++) if (!passive[j] && w[j] > tol && (best < 0 || w[j] > w[best])) best = j;
    if (best < 0) break;
    passive[best] = true;
    for (let inner = 0; inner < 3 * n; inner++) {
      const s = solvePassive();
      let alpha = Infinity;
      let blocking = -1;
      for (let j = 0; j < n; j++) {
        if (passive[j] && s[j] <= 0) {
          const t = x[j] / (x[j] - s[j]);
          if (t < alpha) [alpha, blocking] = [t, j];
        }
      }
      if (blocking < 0) {
        for (let j = 0; j < n; j++) x[j] = s[j];
        break;
      }
      // Step towards s until the first passive variable reaches zero; release it (and any others at ~0).
      let xMax = 0;
      for (let j = 0; j < n; j++) {
        x[j] += alpha * (s[j] - x[j]);
        xMax = Math.max(xMax, Math.abs(x[j]));
      }
      for (let j = 0; j < n; j++) {
        if (passive[j] && (j === blocking || x[j] <= 1e-14 * xMax)) {
          passive[j] = false;
          x[j] = 0;
        }
      }
    }
  }
  for (let j = 0; j < n; j++) if (!(x[j] > 0)) x[j] = 0;
  if (!allFinite(x)) {
    throw new PhysicsInputError('a', 'The non-negative least-squares system has non-finite entries; check the input data.');
  }
  return x;
}
