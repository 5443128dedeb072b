/**
 * Straight-line and quadratic least squares with weights, covariances and the test for curvature that
 * the Arrhenius, segmented and VTF fits share. Pure numbers in, numbers out; the callers validate.
 *
 * Weighted least squares minimises Σ wᵢ (yᵢ − a − b xᵢ)². With wᵢ = 1 it is ordinary least squares.
 * Parameter covariances are scaled by the residual variance s² = Σ wᵢ rᵢ² / (n − p), so that the weights
 * set only the relative importance of the points and the scatter sets the size of the errors (the usual
 * convention of fitting programs; with correct absolute uncertainties s² is the reduced χ², about 1).
 * Source: N. R. Draper and H. Smith, Applied Regression Analysis, 3rd ed. (Wiley, 1998), ch. 1, 2 and 9;
 * P. R. Bevington and D. K. Robinson, Data Reduction and Error Analysis, 3rd ed. (2003), ch. 6.
 */
import { studentTTwoSidedP } from './distributions';

export interface LineFit {
  /** b in y = a + b·x. */
  slope: number;
  /** a in y = a + b·x. */
  intercept: number;
  varSlope: number;
  varIntercept: number;
  covSlopeIntercept: number;
  /** Σ wᵢ rᵢ² (the residual sum of squares; χ² when the weights are 1/σᵢ²). */
  ssr: number;
  /** n − 2. */
  dof: number;
  /** s² = ssr / dof (0 when dof = 0). */
  residualVariance: number;
  /** yᵢ − a − b xᵢ. */
  residuals: number[];
  /** Weighted means of x and y. */
  xMean: number;
  yMean: number;
  /** Σ wᵢ (xᵢ − x̄)² and Σ wᵢ (yᵢ − ȳ)². */
  sxx: number;
  syy: number;
}

/**
 * Weighted least-squares line y = a + b·x.
 * Formula: b = Sxy/Sxx with weighted means; var b = s²/Sxx; var a = s²(1/Σw + x̄²/Sxx); cov(a, b) = −s² x̄/Sxx.
 * Valid: ≥ 2 points with distinct x, weights > 0 (null weights = all 1). Returns null when all x are equal.
 * Source: Draper & Smith (1998) ch. 1 and 9.
 */
export function fitLine(xs: readonly number[], ys: readonly number[], weights?: readonly number[] | null): LineFit | null {
  const n = xs.length;
  const w = (k: number) => (weights ? weights[k]! : 1);
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let k = 0; k < n; k++) {
    sw += w(k);
    swx += w(k) * xs[k]!;
    swy += w(k) * ys[k]!;
  }
  const xMean = swx / sw;
  const yMean = swy / sw;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = xs[k]! - xMean;
    const dy = ys[k]! - yMean;
    sxx += w(k) * dx * dx;
    sxy += w(k) * dx * dy;
    syy += w(k) * dy * dy;
  }
  // Distinct x relative to their size (1/T values agree to 1e-15 only if the temperatures do).
  if (!(sxx > 0) || sxx <= 1e-24 * sw * xMean * xMean) return null;
  const slope = sxy / sxx;
  const intercept = yMean - slope * xMean;
  const residuals = ys.map((y, k) => {
    const r = y - (intercept + slope * xs[k]!);
    return r === 0 ? 0 : r;
  });
  const ssr = residuals.reduce((a, r, k) => a + w(k) * r * r, 0);
  const dof = n - 2;
  const s2 = dof > 0 ? ssr / dof : 0;
  return {
    slope, intercept, ssr, dof, residuals, xMean, yMean, sxx, syy,
    residualVariance: s2,
    varSlope: s2 / sxx,
    varIntercept: s2 * (1 / sw + (xMean * xMean) / sxx),
    covSlopeIntercept: (-s2 * xMean) / sxx,
  };
}

export interface CurvatureTest {
  /** Coefficient c of the quadratic term in y = a + b·x + c·x². */
  quadratic: number;
  /** Its t statistic c / SE(c), with n − 3 degrees of freedom. */
  t: number;
  dof: number;
  /** Two-sided p value of t: the chance of a quadratic term this large if the data lie on a straight line. */
  p: number;
  /** Slope dy/dx of the quadratic at the smallest and largest x. */
  slopeAtMinX: number;
  slopeAtMaxX: number;
}

/** Solve a 3 × 3 symmetric system by Gaussian elimination with partial pivoting; null if singular. */
function solve3(m: number[][], rhs: number[]): { x: number[]; inverseDiag2: number } | null {
  const a = m.map((row, i) => [...row, rhs[i]!, i === 0 ? 1 : 0, i === 1 ? 1 : 0, i === 2 ? 1 : 0]);
  for (let c = 0; c < 3; c++) {
    let p = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (!(Math.abs(a[p]![c]!) > 1e-300)) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < 3; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 7; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  const x = [0, 1, 2].map((i) => a[i]![3]! / a[i]![i]!);
  return { x, inverseDiag2: a[2]![6]! / a[2]![2]! };
}

/**
 * Test for curvature: fit y = a + b·x + c·x² by weighted least squares and test c = 0 with Student t.
 * Why this and not R²: R² measures how much of the spread the line explains, so it is high for strongly
 * curved data that span a wide range and low for straight but noisy data; it cannot tell bending from
 * scatter. A significant quadratic term can: it is the first term of the Taylor series of any smooth
 * bend (VTF, two merging mechanisms), and its t statistic compares the bend with the scatter itself.
 * Valid: ≥ 4 points (one degree of freedom left) with ≥ 3 distinct x; null otherwise, or for exact data.
 * Source: Draper & Smith (1998) ch. 12 (polynomial models, testing the highest-order term).
 */
export function curvatureTest(xs: readonly number[], ys: readonly number[], weights?: readonly number[] | null): CurvatureTest | null {
  const n = xs.length;
  if (n < 4) return null;
  const w = (k: number) => (weights ? weights[k]! : 1);
  // Centre and scale x for conditioning: z = (x − x̄)/h, so that z is of order 1.
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const h = (xMax - xMin) / 2;
  if (!(h > 0)) return null;
  const mid = (xMax + xMin) / 2;
  const zs = xs.map((x) => (x - mid) / h);
  if (new Set(zs.map((z) => z.toPrecision(12))).size < 3) return null;
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  for (let k = 0; k < n; k++) {
    const z = zs[k]!;
    for (let p = 0; p <= 4; p++) s[p]! += w(k) * z ** p;
    for (let p = 0; p <= 2; p++) t[p]! += w(k) * z ** p * ys[k]!;
  }
  const sol = solve3([[s[0]!, s[1]!, s[2]!], [s[1]!, s[2]!, s[3]!], [s[2]!, s[3]!, s[4]!]], t);
  if (!sol) return null;
  const [b0, b1, b2] = sol.x as [number, number, number];
  let ssr = 0;
  for (let k = 0; k < n; k++) {
    const z = zs[k]!;
    const r = ys[k]! - (b0 + b1 * z + b2 * z * z);
    ssr += w(k) * r * r;
  }
  const dof = n - 3;
  const varB2 = (ssr / dof) * sol.inverseDiag2;
  // Exact (or rounding-only) data: no scatter to compare a bend with.
  const scale = Math.max(...ys.map(Math.abs), 1);
  if (!(varB2 > 0) || Math.sqrt(ssr / dof) < 1e-12 * scale) return null;
  const tStat = b2 / Math.sqrt(varB2);
  if (!Number.isFinite(tStat)) return null;
  return {
    quadratic: b2 / (h * h),
    t: tStat,
    dof,
    p: studentTTwoSidedP(tStat, dof),
    // dy/dx = (b1 + 2 b2 z)/h at z = −1 (smallest x) and z = +1 (largest x).
    slopeAtMinX: (b1 - 2 * b2) / h,
    slopeAtMaxX: (b1 + 2 * b2) / h,
  };
}
