/**
 * Distributions used by the fits' confidence intervals and model tests: Student t (two-sided quantiles
 * and tail probabilities) and Fisher F (upper-tail probability), both through the regularised
 * incomplete beta function. Pure; every function validates its inputs and never returns NaN.
 *
 * Source: W. H. Press et al., Numerical Recipes, 3rd ed. (Cambridge, 2007), §6.1 (ln Γ, Lanczos),
 * §6.4 (incomplete beta by its continued fraction, Lentz's method), §6.14 (t and F from it);
 * M. Abramowitz and I. A. Stegun, Handbook of Mathematical Functions (1964), 26.5.27 and 26.6.2.
 */
import { PhysicsInputError } from './errors';
import { checkNumber } from './validate';

const LANCZOS = [57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199, 0.339946499848118887e-4,
  0.465236289270485756e-4, -0.983744753048795646e-4, 0.158088703224912494e-3, -0.210264441724104883e-3, 0.217439618115212643e-3,
  -0.164318106536763890e-3, 0.844182239838527433e-4, -0.261908384015814087e-4, 0.368991826595316234e-5];

/** ln Γ(x) for x > 0 (Lanczos approximation, relative error below 10⁻¹⁵; Numerical Recipes §6.1). */
export function lnGamma(x: number): number {
  const v = checkNumber('x', x, { min: 0, max: 1e300, minExclusive: true });
  let y = v;
  const tmp = v + 5.24218750000000000;
  const t = (v + 0.5) * Math.log(tmp) - tmp;
  let ser = 0.999999999999997092;
  for (const c of LANCZOS) ser += c / ++y;
  return t + Math.log((2.5066282746310005 * ser) / v);
}

/** Continued fraction of the incomplete beta function (modified Lentz; Numerical Recipes §6.4). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) return h;
  }
  return h;
}

/** Regularised incomplete beta function I_x(a, b), 0 ≤ x ≤ 1, a, b > 0 (Numerical Recipes §6.4). */
export function incompleteBeta(a: number, b: number, x: number): number {
  const aa = checkNumber('a', a, { min: 0, max: 1e8, minExclusive: true });
  const bb = checkNumber('b', b, { min: 0, max: 1e8, minExclusive: true });
  const xx = checkNumber('x', x, { min: 0, max: 1 });
  if (xx === 0 || xx === 1) return xx;
  const front = Math.exp(lnGamma(aa + bb) - lnGamma(aa) - lnGamma(bb) + aa * Math.log(xx) + bb * Math.log(1 - xx));
  // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) otherwise.
  if (xx < (aa + 1) / (aa + bb + 2)) return Math.min(1, Math.max(0, (front * betaContinuedFraction(aa, bb, xx)) / aa));
  return Math.min(1, Math.max(0, 1 - (front * betaContinuedFraction(bb, aa, 1 - xx)) / bb));
}

const checkDof = (field: string, dof: number) => checkNumber(field, dof, { min: 0, max: 1e7, minExclusive: true });

/** Two-sided tail probability P(|T| ≥ |t|) of Student's t with `dof` degrees of freedom (A&S 26.5.27 via I_x). */
export function studentTTwoSidedP(t: number, dof: number): number {
  const v = checkDof('dof', dof);
  const tt = checkNumber('t', t, { min: -1e150, max: 1e150 });
  return incompleteBeta(v / 2, 0.5, v / (v + tt * tt));
}

/**
 * Two-sided Student t quantile: the t with P(|T| ≤ t) = confidence, e.g. confidence 0.95 and 1 degree of
 * freedom give 12.706, 2 give 4.303, 10 give 2.228 (any table of t, e.g. Abramowitz & Stegun Table 26.10).
 * Found by bisection on studentTTwoSidedP, to a relative precision of 10⁻¹².
 */
export function studentTQuantile(confidence: number, dof: number): number {
  const c = checkNumber('confidence', confidence, { min: 0, max: 1 - 1e-12, minExclusive: true });
  const v = checkDof('dof', dof);
  const alpha = 1 - c;
  let lo = 0;
  let hi = 1;
  while (studentTTwoSidedP(hi, v) > alpha) {
    hi *= 2;
    if (hi > 1e150) throw new PhysicsInputError('confidence', 'The requested confidence is too close to 1 for these degrees of freedom.');
  }
  for (let k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (studentTTwoSidedP(mid, v) > alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Upper-tail probability P(F ≥ f) of Fisher's F with (d1, d2) degrees of freedom (A&S 26.6.2 via I_x). */
export function fUpperP(f: number, d1: number, d2: number): number {
  const ff = checkNumber('f', f, { min: 0, max: 1e150 });
  const a = checkDof('d1', d1);
  const b = checkDof('d2', d2);
  return incompleteBeta(b / 2, a / 2, b / (b + a * ff));
}
