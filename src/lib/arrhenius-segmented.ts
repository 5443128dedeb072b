/**
 * Two-regime (segmented) Arrhenius fit: the data split at the break that gives the smallest total residual
 * sum of squares, one straight line on each side, and two tests of whether two lines describe the data
 * better than one. A kink is common in solid electrolytes: a phase transition (Li₇P₃S₁₁, tetragonal to
 * cubic LLZO), or grain-boundary-limited conduction at low and bulk-limited at high temperature.
 *
 * The break is searched over the gaps between neighbouring temperatures, each segment keeping at least
 * 3 points (so that each slope has a standard error). The lines are fitted independently (not forced to
 * meet), as a phase transition can make σ jump.
 *
 * Tests (same weights as the single line):
 * - F = [(SSR₁ − SSR₂)/2] / [SSR₂/(n − 4)], with (2, n − 4) degrees of freedom: the chance that one line
 *   plus scatter would improve this much. The break was chosen to make SSR₂ small, which this nominal p
 *   does not count, so it overstates the evidence; read it together with the AICc.
 * - AICc = n ln(SSR/n) + 2k + 2k(k + 1)/(n − k − 1), k = 3 for one line (a, b, s²) and 6 for two
 *   (two a, two b, the break, s²): the break is counted as a parameter. ΔAICc = AICc₁ − AICc₂ > 2 favours
 *   two lines, < −2 one; in between the data cannot tell. Needs n ≥ 8.
 * Source: Draper & Smith, Applied Regression Analysis (1998) §6 (extra sum of squares F test);
 * K. P. Burnham and D. R. Anderson, Model Selection and Multimodel Inference, 2nd ed. (Springer, 2002), §2.4, §2.6.
 */
import { arrheniusFit, type ArrheniusFitResult, type ArrheniusForm, type ArrheniusPoint } from './arrhenius';
import { fUpperP } from './distributions';
import { PhysicsInputError } from './errors';
import { checkArray } from './validate';

/** Fewest points on either side of the break. */
export const SEGMENT_MIN_POINTS = 3;
/** ΔAICc beyond which one model is preferred (Burnham & Anderson 2002, §2.6). */
export const AICC_THRESHOLD = 2;

export interface SegmentedFitResult {
  /** The single line over all points. */
  single: ArrheniusFitResult;
  /** The hot (small 1/T) and cold segments, each a full Arrhenius fit of its points. */
  hot: ArrheniusFitResult;
  cold: ArrheniusFitResult;
  /** The break lies between these temperatures (K): the coldest point of the hot segment and the hottest of the cold one. */
  breakAfterK: number;
  breakBeforeK: number;
  /** Temperature (K) where the two lines cross, or null if they are parallel or cross outside the data. */
  crossingK: number | null;
  /** Weighted residual sums of squares of one line and of two. */
  ssrSingle: number;
  ssrTwo: number;
  /** F statistic and its nominal p value, (2, n − 4) degrees of freedom; f null when SSR₂ = 0 (then p = 0, or null if one line is exact too). */
  f: number | null;
  p: number | null;
  /** AICc₁ − AICc₂ (positive favours two lines); null for fewer than 8 points or exact data. */
  deltaAicc: number | null;
  /** True when the nominal p < 0.05 and ΔAICc (where available) > 2. */
  twoRegimes: boolean;
}

const aicc = (ssr: number, n: number, k: number): number | null => (n - k - 1 > 0 && ssr > 0 ? n * Math.log(ssr / n) + 2 * k + (2 * k * (k + 1)) / (n - k - 1) : null);

/** Residual sum of squares of a fit, weighted as the fit was: s²·(n − 2). */
const ssrOf = (fit: ArrheniusFitResult) => (fit.reducedChiSquared ?? 0) * (fit.n - 2);

/**
 * Two-regime Arrhenius fit with breakpoint search, F test and AICc comparison with a single line.
 * Formula: per segment ln σ(T) (or ln σT) = ln A − E_a/(k_B T); break = argmin SSR_hot + SSR_cold; tests as above.
 * Units: T in K, σ in S/cm → E_a in eV. Valid: ≥ 6 points (3 a side) with distinct temperatures.
 * Source: Draper & Smith (1998); Burnham & Anderson (2002).
 */
export function arrheniusSegmentedFit(points: ArrheniusPoint[], form: ArrheniusForm = 'sigmaT'): SegmentedFitResult {
  const list = checkArray<ArrheniusPoint>('points', points, 2, 10000);
  if (list.length < 2 * SEGMENT_MIN_POINTS) {
    throw new PhysicsInputError('points', `A two-regime fit needs at least ${2 * SEGMENT_MIN_POINTS} points, ${SEGMENT_MIN_POINTS} on each side of the break; there are ${list.length}.`);
  }
  const single = arrheniusFit(list, form); // validates every point and the form
  const n = single.n;
  // Hot to cold: increasing 1/T.
  const sorted = [...list].sort((a, b) => b.temperatureK - a.temperatureK);
  const xs = sorted.map((p) => 1 / p.temperatureK);
  const ys = sorted.map((p) => Math.log(form === 'sigmaT' ? p.sigmaSPerCm * p.temperatureK : p.sigmaSPerCm));
  // Search weights: 1/(δ ln σ)² and, for T errors, the effective variance at the single line's slope.
  const slope = single.line.slopeK;
  const weighted = single.fitKind !== 'ordinary';
  const ws = weighted ? sorted.map((p) => {
    const drdT = (form === 'sigmaT' ? 1 / p.temperatureK : 0) + slope / (p.temperatureK * p.temperatureK);
    return 1 / ((p.sigmaRelErr ?? 0) ** 2 + (drdT * (p.temperatureErrK ?? 0)) ** 2);
  }) : null;
  // Prefix sums of w, wx, wy, wx², wxy, wy² (x and y shifted by their means against cancellation), so each
  // split's two sums of squares, SSR = Syy − Sxy²/Sxx per side, cost O(1): the search is O(n).
  const x0 = xs.reduce((a, x) => a + x, 0) / n;
  const y0 = ys.reduce((a, y) => a + y, 0) / n;
  const acc = [[0, 0, 0, 0, 0, 0]];
  for (let k = 0; k < n; k++) {
    const w = ws ? ws[k]! : 1;
    const x = xs[k]! - x0;
    const y = ys[k]! - y0;
    const last = acc[k]!;
    acc.push([last[0]! + w, last[1]! + w * x, last[2]! + w * y, last[3]! + w * x * x, last[4]! + w * x * y, last[5]! + w * y * y]);
  }
  const ssrBetween = (from: number, to: number): number | null => {
    const [sw, sx, sy, sxx, sxy, syy] = acc[to]!.map((v, i) => v - acc[from]![i]!) as [number, number, number, number, number, number];
    const cxx = sxx - (sx * sx) / sw;
    if (!(cxx > 1e-12 * sxx) || !(cxx > 0)) return null;
    const cxy = sxy - (sx * sy) / sw;
    const cyy = syy - (sy * sy) / sw;
    return Math.max(0, cyy - (cxy * cxy) / cxx);
  };
  let best: { k: number; ssr: number } | null = null;
  for (let k = SEGMENT_MIN_POINTS; k <= n - SEGMENT_MIN_POINTS; k++) {
    // Only split between different temperatures.
    if (xs[k - 1] === xs[k]) continue;
    const a = ssrBetween(0, k);
    const b = ssrBetween(k, n);
    if (a === null || b === null) continue;
    const ssr = a + b;
    if (!best || ssr < best.ssr) best = { k, ssr };
  }
  if (!best) throw new PhysicsInputError('points', `No break leaves ${SEGMENT_MIN_POINTS} points at distinct temperatures on each side.`);
  const hot = arrheniusFit(sorted.slice(0, best.k), form);
  const cold = arrheniusFit(sorted.slice(best.k), form);
  const ssrSingle = ssrOf(single);
  const ssrTwo = ssrOf(hot) + ssrOf(cold);
  const dofTwo = n - 4;
  // Sums of squares below rounding of the data count as zero.
  const meanW = ws ? ws.reduce((a, w) => a + w, 0) / n : 1;
  const tol = 1e-24 * n * meanW * Math.max(...ys.map((y) => y * y), 1);
  const singleExact = ssrSingle <= tol;
  const twoExact = ssrTwo <= tol;
  const f = twoExact ? null : Math.max(0, ssrSingle - ssrTwo) / 2 / (ssrTwo / dofTwo);
  // Exact two-line data that one line does not fit: the evidence is complete (p = 0).
  const p = twoExact ? (singleExact ? null : 0) : fUpperP(Math.min(f!, 1e150), 2, dofTwo);
  const a1 = aicc(ssrSingle, n, 3);
  const a2 = twoExact ? null : aicc(ssrTwo, n, 6);
  const deltaAicc = a1 !== null && a2 !== null ? a1 - a2 : null;
  // Crossing of the two lines: a₁ + b₁x = a₂ + b₂x.
  const db = hot.line.slopeK - cold.line.slopeK;
  const xCross = db !== 0 ? (cold.line.intercept - hot.line.intercept) / db : Number.NaN;
  const crossingK = Number.isFinite(xCross) && xCross >= xs[0]! && xCross <= xs[n - 1]! ? 1 / xCross : null;
  return {
    single, hot, cold,
    breakAfterK: sorted[best.k - 1]!.temperatureK,
    breakBeforeK: sorted[best.k]!.temperatureK,
    crossingK,
    ssrSingle, ssrTwo, f, p, deltaAicc,
    twoRegimes: p !== null && p < 0.05 && (deltaAicc === null || deltaAicc > AICC_THRESHOLD),
  };
}
