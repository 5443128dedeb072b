/**
 * Circuit elements of the impedance workbench (impedance.py's set): their impedances and parameter metadata.
 * Z in Ω at angular frequency ω = 2πf in rad/s; capacitive elements have Z'' < 0.
 * - R: Z = R.  C: Z = 1/(jωC).  L: Z = jωL.
 * - CPE: Z = 1/(Q (jω)^α), Q in S·s^α, 0 < α ≤ 1 (α = 1 is an ideal capacitor).
 * - W (semi-infinite Warburg): Z = A_W (1 − j)/√ω, A_W in Ω·s^-1/2.
 * - Wo (finite length, reflective/open): Z = Z₀ coth(√(jωτ))/√(jωτ); Ws (transmissive/short): Z = Z₀ tanh(√(jωτ))/√(jωτ).
 * Sources: E. Barsoukov, J. R. Macdonald, Impedance Spectroscopy, 3rd ed. (Wiley, 2018), ch. 2;
 * M. D. Murbach et al., J. Open Source Softw. 5 (2020) 2349 (impedance.py, names and parameter order).
 */
import type { ElementKind } from './types';
import type { Range } from '../validate';

/** A complex number; helpers write into one to avoid allocating in loops over frequencies. */
export interface Complex {
  re: number;
  im: number;
}

export interface ParameterSpec {
  /** `_0`, `_1` for multi-parameter elements, '' for one-parameter ones (name = element name + suffix). */
  suffix: string;
  /** Unit for display, e.g. 'Ω', 'F', 'S·sᵅ'; '' for dimensionless. */
  unit: string;
  description: string;
  /** Allowed values (all parameters are > 0; α ≤ 1). */
  range: Range;
  /** How a fit keeps the parameter in range: log for (0, max], logistic for α in (0, 1). */
  transform: 'log' | 'logistic';
}

const positive = (unit: string, max: number, description: string, suffix = ''): ParameterSpec => ({
  suffix,
  unit,
  description,
  range: { min: 0, max, minExclusive: true, unit },
  transform: 'log',
});

/** Parameters of each element kind, in impedance.py's order. */
export const ELEMENT_PARAMETERS: Record<ElementKind, readonly ParameterSpec[]> = {
  R: [positive('Ω', 1e18, 'resistance')],
  C: [positive('F', 1e3, 'capacitance')],
  L: [positive('H', 1e6, 'inductance')],
  CPE: [
    positive('S·sᵅ', 1e6, 'CPE coefficient Q', '_0'),
    { suffix: '_1', unit: '', description: 'CPE exponent α', range: { min: 0, max: 1, minExclusive: true }, transform: 'logistic' },
  ],
  W: [positive('Ω·s^-1/2', 1e18, 'Warburg coefficient A_W')],
  Wo: [positive('Ω', 1e18, 'diffusion resistance Z₀', '_0'), positive('s', 1e12, 'diffusion time constant τ', '_1')],
  Ws: [positive('Ω', 1e18, 'diffusion resistance Z₀', '_0'), positive('s', 1e12, 'diffusion time constant τ', '_1')],
};

/** Element kinds, longest first so that "CPE1" and "Wo1" are not read as C… or W…. */
export const ELEMENT_KINDS: readonly ElementKind[] = ['CPE', 'Wo', 'Ws', 'W', 'R', 'C', 'L'];

/**
 * coth(s)/s (open = true) or tanh(s)/s of s = √(jx), x = ωτ ≥ 0, written into out.
 * Small x: Taylor series in z = jx (the closed forms lose the real part to cancellation);
 * large x: tanh s → 1 (cosh would overflow), so both tend to 1/s = (1 − j)/√(2x).
 */
export function finiteWarburgInto(open: boolean, x: number, out: Complex): Complex {
  if (x < 1e-2) {
    const x2 = x * x;
    // coth(s)/s = 1/z + 1/3 − z/45 + 2z²/945 − z³/4725;  tanh(s)/s = 1 − z/3 + 2z²/15 − 17z³/315 + 62z⁴/2835
    if (open) {
      out.re = 1 / 3 - (2 * x2) / 945;
      out.im = -1 / x - x / 45 + (x * x2) / 4725;
    } else {
      out.re = 1 - (2 * x2) / 15 + (62 * x2 * x2) / 2835;
      out.im = -x / 3 + (17 * x * x2) / 315;
    }
    return out;
  }
  // s = a(1 + j) with a = √(x/2); tanh(a + ja) = (sinh 2a + j sin 2a)/(cosh 2a + cos 2a).
  const a = Math.sqrt(x / 2);
  const y = 2 * a;
  let tr = 1;
  let ti = 0;
  if (y < 40) {
    const d = Math.cosh(y) + Math.cos(y);
    tr = Math.sinh(y) / d;
    ti = Math.sin(y) / d;
  }
  if (open) {
    // 1/(s·tanh s) = 1/(a[(tr − ti) + j(tr + ti)])
    const u = tr - ti;
    const v = tr + ti;
    const m = a * (u * u + v * v);
    out.re = u / m;
    out.im = -v / m;
  } else {
    // tanh(s)/s = (tr + j ti)(1 − j)/(2a)
    out.re = (tr + ti) / y;
    out.im = (ti - tr) / y;
  }
  return out;
}

/** Angular frequencies ω (rad/s) with ln ω and √ω precomputed once for repeated circuit evaluations. */
export interface FrequencyGrid {
  omegas: Float64Array;
  logOmegas: Float64Array;
  sqrtOmegas: Float64Array;
}

/** The grid of angular frequencies ω (rad/s), computed once per spectrum. */
export const frequencyGrid = (omegasRadPerS: ArrayLike<number>): FrequencyGrid => ({
  omegas: Float64Array.from(omegasRadPerS),
  logOmegas: Float64Array.from(omegasRadPerS, Math.log),
  sqrtOmegas: Float64Array.from(omegasRadPerS, Math.sqrt),
});

const scratch: Complex = { re: 0, im: 0 };

/**
 * Impedance (Ω) of one element at every frequency of the grid, its parameters read from p[k], p[k+1];
 * written into zRe, zIm. No validation: callers check parameters once, not at every frequency.
 */
export function elementImpedances(
  kind: ElementKind,
  p: ArrayLike<number>,
  k: number,
  grid: FrequencyGrid,
  zRe: Float64Array,
  zIm: Float64Array,
): void {
  const { omegas: w, logOmegas: lnW, sqrtOmegas: sqrtW } = grid;
  const n = w.length;
  const a = p[k];
  if (kind === 'R') {
    zRe.fill(a);
    zIm.fill(0);
  } else if (kind === 'C' || kind === 'L') {
    zRe.fill(0);
    for (let i = 0; i < n; i++) zIm[i] = kind === 'C' ? -1 / (w[i] * a) : w[i] * a;
  } else if (kind === 'CPE') {
    const alpha = p[k + 1];
    const c = Math.cos((alpha * Math.PI) / 2) / a;
    const s = Math.sin((alpha * Math.PI) / 2) / a;
    for (let i = 0; i < n; i++) {
      const m = Math.exp(-alpha * lnW[i]); // ω^−α
      zRe[i] = c * m;
      zIm[i] = -s * m;
    }
  } else if (kind === 'W') {
    for (let i = 0; i < n; i++) zIm[i] = -(zRe[i] = a / sqrtW[i]);
  } else {
    const tau = p[k + 1];
    for (let i = 0; i < n; i++) {
      finiteWarburgInto(kind === 'Wo', w[i] * tau, scratch);
      zRe[i] = a * scratch.re;
      zIm[i] = a * scratch.im;
    }
  }
}
