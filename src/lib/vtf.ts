/**
 * Vogel–Tammann–Fulcher (VTF) fit for polymer and polymer-rich composite electrolytes, whose conductivity
 * follows the segmental motion of the chains rather than a hopping barrier.
 *
 * Form used: σ(T) = A·T^(−1/2)·exp[−B/(T − T₀)], with A in S K^½ cm⁻¹, B a pseudo-activation temperature
 * (K; k_B·B is the pseudo-activation energy in eV) and T₀ the temperature where free volume vanishes,
 * typically 30–50 K below the glass transition. Source: P. G. Bruce (ed.), Solid State Electrochemistry
 * (Cambridge, 1995), ch. 5 (polymer electrolytes), the form the handbook's ion-transport chapter uses;
 * M. A. Ratner and D. F. Shriver, Chem. Rev. 88, 109 (1988) for the T^(−1/2) prefactor from free-volume theory.
 *
 * Method: for a fixed T₀ the model is a straight line, ln(σ√T) = ln A − B·u with u = 1/(T − T₀), so B and
 * ln A follow by least squares; T₀ is found by a grid over [0, T_min − 1 K] refined by golden-section
 * search on that profile. Errors come from the Jacobian of the full three-parameter model at the optimum,
 * scaled by the residual variance, with Student t on n − 3 degrees of freedom.
 * Source: Draper & Smith, Applied Regression Analysis (1998) ch. 24 (non-linear least squares).
 */
import { arrheniusFit, type ArrheniusPoint, type ArrheniusInterval } from './arrhenius';
import { BOLTZMANN_EV_PER_K } from './constants';
import { studentTQuantile } from './distributions';
import { PhysicsInputError } from './errors';
import { fitLine } from './line-fit';
import { checkArray } from './validate';

/** Fewest points for a VTF fit (three parameters and two degrees of freedom). */
export const VTF_MIN_POINTS = 5;

export interface VtfFitResult {
  /** ln A with A in S K^½/cm. */
  lnPrefactor: number;
  /** A in S K^½/cm, or null if it over- or underflows. */
  prefactorSSqrtKPerCm: number | null;
  /** B in K, and k_B·B in eV. */
  pseudoActivationK: number;
  pseudoActivationEv: number;
  t0K: number;
  /** Standard errors (null if the covariance cannot be formed). */
  lnPrefactorStdErr: number | null;
  pseudoActivationStdErrK: number | null;
  t0StdErrK: number | null;
  /** Two-sided 95 % t factor with n − 3 degrees of freedom, and the 95 % intervals of T₀ and B. */
  tFactor95: number;
  t0Ci95K: ArrheniusInterval | null;
  pseudoActivationCi95K: ArrheniusInterval | null;
  /** Observed minus fitted ln σ, in input order. */
  residuals: number[];
  n: number;
  /** AICc of the T₀ = 0 model (a straight line of ln(σ√T) against 1/T) minus that of VTF; > 2 favours VTF. Null below 6 points. */
  deltaAiccVsArrhenius: number | null;
  /** False when the data cannot fix T₀; then `problem` says why in reader language. */
  determined: boolean;
  problem: string | null;
}

/** σ of a VTF curve at T (S/cm): A·T^(−1/2)·exp[−B/(T − T₀)]; T must exceed T₀. */
export function vtfSigmaSPerCm(fit: Pick<VtfFitResult, 'lnPrefactor' | 'pseudoActivationK' | 't0K'>, temperatureK: number): number {
  if (!(temperatureK > fit.t0K)) throw new PhysicsInputError('temperatureK', 'A VTF curve is defined only above T₀.');
  return Math.exp(fit.lnPrefactor - 0.5 * Math.log(temperatureK) - fit.pseudoActivationK / (temperatureK - fit.t0K));
}

/** Inverse of a symmetric 3 × 3 matrix by cofactors; null if singular. */
function inverse3(m: number[][]): number[][] | null {
  const [[a, b, c], [, e, f], [, , i]] = m as [[number, number, number], [number, number, number], [number, number, number]];
  const d = m[1]![0]!;
  const g = m[2]![0]!;
  const h = m[2]![1]!;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!(Math.abs(det) > 0) || !Number.isFinite(det)) return null;
  return [
    [A / det, -(b * i - c * h) / det, (b * f - c * e) / det],
    [B / det, (a * i - c * g) / det, -(a * f - c * d) / det],
    [C / det, -(a * h - b * g) / det, (a * e - b * d) / det],
  ];
}

const aicc = (ssr: number, n: number, k: number): number | null => (n - k - 1 > 0 && ssr > 0 ? n * Math.log(ssr / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1) : null);

/**
 * VTF fit of (T, σ) points with T₀ found by the fit.
 * Formula: ln(σ√T) = ln A − B/(T − T₀); least squares over ln A, B, T₀ (weights 1/(δσ/σ)² if given).
 * Units: T in K, σ in S/cm → A in S K^½/cm, B and T₀ in K. Valid: ≥ 5 points above 2 K with distinct T.
 * Source: Bruce (1995) ch. 5; Ratner & Shriver (1988); Draper & Smith (1998) ch. 24.
 */
export function vtfFit(points: ArrheniusPoint[]): VtfFitResult {
  const list = checkArray<ArrheniusPoint>('points', points, 2, 10000);
  if (list.length < VTF_MIN_POINTS) throw new PhysicsInputError('points', `A VTF fit has three parameters and needs at least ${VTF_MIN_POINTS} points; there are ${list.length}.`);
  arrheniusFit(list, 'sigma'); // validates every point (numbers, ranges, distinct temperatures)
  const n = list.length;
  const ts = list.map((p) => p.temperatureK);
  const ys = list.map((p) => Math.log(p.sigmaSPerCm) + 0.5 * Math.log(p.temperatureK));
  const ws = list[0]!.sigmaRelErr !== undefined ? list.map((p) => 1 / p.sigmaRelErr! ** 2) : null;
  const tMin = Math.min(...ts);
  if (!(tMin > 2)) throw new PhysicsInputError('points', 'A VTF fit needs every temperature above 2 K.');
  const upper = tMin - 1;
  const profile = (t0: number) => fitLine(ts.map((t) => 1 / (t - t0)), ys, ws);
  const ssrAt = (t0: number) => profile(t0)?.ssr ?? Number.POSITIVE_INFINITY;
  const steps = 160;
  const grid = Array.from({ length: steps + 1 }, (_, k) => (upper * k) / steps);
  const ssrs = grid.map(ssrAt);
  let k0 = 0;
  for (let k = 1; k <= steps; k++) if (ssrs[k]! < ssrs[k0]!) k0 = k;
  // Golden-section refinement in the two cells around the best grid point.
  let lo = grid[Math.max(0, k0 - 1)]!;
  let hi = grid[Math.min(steps, k0 + 1)]!;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = hi - g * (hi - lo);
  let d = lo + g * (hi - lo);
  let fc = ssrAt(c);
  let fd = ssrAt(d);
  for (let it = 0; it < 80 && hi - lo > 1e-9 * Math.max(1, upper); it++) {
    if (fc < fd) { hi = d; d = c; fd = fc; c = hi - g * (hi - lo); fc = ssrAt(c); } else { lo = c; c = d; fc = fd; d = lo + g * (hi - lo); fd = ssrAt(d); }
  }
  let t0 = (lo + hi) / 2;
  if (ssrs[0]! <= ssrAt(t0)) t0 = 0;
  const best = profile(t0);
  if (!best) throw new PhysicsInputError('points', 'The temperatures are too close together for a VTF fit.');
  const b = -best.slope;
  const lnA = best.intercept;
  const dof = n - 3;
  const s2 = best.ssr / dof;
  // Jacobian of y = lnA − B u, u = 1/(T − T₀): ∂y/∂lnA = 1, ∂y/∂B = −u, ∂y/∂T₀ = −B u².
  const jtj = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  ts.forEach((t, k) => {
    const u = 1 / (t - t0);
    const row = [1, -u, -b * u * u];
    const w = ws ? ws[k]! : 1;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) jtj[i]![j]! += w * row[i]! * row[j]!;
  });
  const inv = inverse3(jtj);
  const se = (i: number) => (inv && inv[i]![i]! * s2 >= 0 && Number.isFinite(inv[i]![i]!) ? Math.sqrt(inv[i]![i]! * s2) : null);
  const tFactor = studentTQuantile(0.95, dof);
  const seT0 = se(2);
  const seB = se(1);
  const t0Ci = seT0 === null ? null : { low: t0 - tFactor * seT0, high: t0 + tFactor * seT0 };
  const ssr0 = ssrs[0]!;
  const a0 = aicc(ssr0, n, 3);
  const a1 = aicc(best.ssr, n, 4);
  const fmt = (x: number) => String(Math.round(x));
  let problem: string | null = null;
  if (!(b > 0)) {
    problem = 'The fitted B is not positive: conductivity does not rise with temperature the way VTF describes, so T₀ has no meaning here.';
  } else if (t0 === 0 || k0 === 0) {
    problem = 'The best T₀ is 0 K, the edge of the search: the points show no VTF curvature (they lie on an Arrhenius-like line), so the data cannot fix T₀. Use the Arrhenius fit, or measure closer to the glass transition.';
  } else if (t0 > upper - 1e-6 * upper || k0 === steps) {
    problem = `The best T₀ runs up to the lowest measured temperature (${fmt(tMin)} K): the points bend more sharply than a VTF curve can (a melting step or another phase change?), so the data cannot fix T₀. Fit each side of the bend separately.`;
  } else if (t0Ci === null || t0Ci.low <= 0 || t0Ci.high >= tMin) {
    problem = t0Ci === null
      ? 'T₀ cannot be fixed by these data: its uncertainty cannot be computed.'
      : `T₀ = ${fmt(t0)} K, but its 95 % interval (${fmt(t0Ci.low)} to ${fmt(t0Ci.high)} K) reaches ${t0Ci.low <= 0 ? '0 K' : 'the measured temperatures'}: the data do not fix T₀. Measure over a wider range, especially closer to the glass transition.`;
  }
  const prefactor = Math.exp(lnA);
  return {
    lnPrefactor: lnA,
    prefactorSSqrtKPerCm: Number.isFinite(prefactor) && prefactor > 0 ? prefactor : null,
    pseudoActivationK: b,
    pseudoActivationEv: b * BOLTZMANN_EV_PER_K,
    t0K: t0,
    lnPrefactorStdErr: se(0),
    pseudoActivationStdErrK: seB,
    t0StdErrK: seT0,
    tFactor95: tFactor,
    t0Ci95K: t0Ci,
    pseudoActivationCi95K: seB === null ? null : { low: b - tFactor * seB, high: b + tFactor * seB },
    residuals: best.residuals,
    n,
    deltaAiccVsArrhenius: a0 !== null && a1 !== null ? a0 - a1 : null,
    determined: problem === null,
    problem,
  };
}
