/**
 * Complex non-linear least-squares (CNLS) fit of an equivalent circuit to an impedance spectrum.
 * Minimises χ² = Σ w'(Z'_fit − Z'_data)² + w''(Z''_fit − Z''_data)² by Levenberg–Marquardt in transformed
 * variables (log of every positive parameter, logit of each CPE α ∈ (0, 1]), from automatic starting values
 * (initial-guess.ts) with a few alternative starts when the first fit is poor.
 * Weights: 'unit' w = 1; 'modulus' w = 1/|Z_data|² (default; ZView/Boukamp practice for spectra spanning
 * decades); 'proportional' w' = 1/Z'², w'' = 1/Z''² (floored at 1 % of |Z|: a smaller component is zero within
 * measurement accuracy and must not dominate χ²).
 * Standard errors from the covariance s²(JᵀWJ)⁻¹, s² = χ²/(2N − p), with J taken by central differences in
 * the parameters' own units. Sources: J. R. Macdonald, Electrochim. Acta 35 (1990) 1483 (CNLS);
 * B. A. Boukamp, Solid State Ionics 20 (1986) 31; Barsoukov & Macdonald, Impedance Spectroscopy (2018), §3.3.
 */
import { PhysicsInputError } from '../errors';
import { formatSig } from '../format';
import { checkObject, checkOption, orDefault } from '../validate';
import { checkParameters, circuitParameterInfo, parseCircuit, type ParameterInfo } from './circuit';
import { gramMatrix, levenbergMarquardt, pseudoInverseSymmetric, type LeastSquaresProblem, type LmOutcome } from './fit-math';
import { frequencyGrid } from './elements';
import { checkSpectrum } from './check-spectrum';
import { compileCircuit } from './impedance';
import { guessCandidates } from './initial-guess';
import type { FitInput, FitResult, Weighting } from './types';

export const WEIGHTINGS: readonly Weighting[] = ['unit', 'modulus', 'proportional'];

/** rms of |Z_data − Z_fit|/|Z_data| above which alternative starts are tried, and above which a fit is called poor. */
const RETRY_MISFIT = 0.02;
const POOR_MISFIT = 0.05;
/** Alternative starts are tried only up to this many points, within about this many point evaluations in all. */
const MULTI_START_MAX_POINTS = 20_000;
const MULTI_START_BUDGET = 3e6;

const LOG_MIN = Math.log(1e-30);
// α from 2·10⁻⁹ to 1 − 8·10⁻⁷, reported as 1 at the top: α → 1 (a capacitor) must not take the fit long to reach.
const LOGIT_RANGE = [-20, 14];

const toReal = (u: number, p: ParameterInfo): number => (p.transform === 'logistic' ? 1 / (1 + Math.exp(-u)) : Math.exp(u));
const toFit = (x: number, p: ParameterInfo): number => (p.transform === 'logistic' ? Math.log(x / (1 - x)) : Math.log(x));

/** Fit a circuit (impedance.py syntax) to a spectrum; see the module comment for the method. */
export function fitCircuit(input: FitInput): FitResult {
  const i = checkObject<FitInput>('input', input);
  const node = parseCircuit(i.circuit);
  const info = circuitParameterInfo(node);
  const np = info.length;
  const weighting = checkOption('weighting', orDefault(i.weighting, 'modulus'), WEIGHTINGS);
  const minPoints = Math.floor(np / 2) + 1;
  const why = ` to fit ${np} parameters (each point gives two numbers, Z′ and Z″, and they must outnumber the parameters)`;
  const data = checkSpectrum(i, minPoints, { why });
  const given = i.initialGuess === undefined ? info.map(() => NaN) : checkParameters(info, i.initialGuess, 'initialGuess', true);
  const n = data.frequenciesHz.length;
  const grid = frequencyGrid(data.frequenciesHz.map((f) => 2 * Math.PI * f));
  const dRe = Float64Array.from(data.zRealOhm);
  const dIm = Float64Array.from(data.zImagOhm);
  const mod = Float64Array.from(dRe, (re, k) => Math.hypot(re, dIm[k]));
  // √w per component; data |Z| > 0 is guaranteed by the check.
  const sRe = new Float64Array(n);
  const sIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    if (weighting === 'unit') sRe[k] = sIm[k] = 1;
    else if (weighting === 'modulus') sRe[k] = sIm[k] = 1 / mod[k];
    else [sRe[k], sIm[k]] = [1 / Math.max(Math.abs(dRe[k]), 1e-2 * mod[k]), 1 / Math.max(Math.abs(dIm[k]), 1e-2 * mod[k])];
  }

  const evaluate = compileCircuit(node);
  const zRe = new Float64Array(n);
  const zIm = new Float64Array(n);
  // Weighted residuals at real parameter values x; false if not finite.
  const residualsAt = (x: ArrayLike<number>, out: Float64Array): boolean => {
    evaluate(x, grid, zRe, zIm);
    let s = 0;
    for (let k = 0; k < n; k++) {
      const a = sRe[k] * (zRe[k] - dRe[k]);
      const b = sIm[k] * (zIm[k] - dIm[k]);
      out[2 * k] = a;
      out[2 * k + 1] = b;
      s += a * a + b * b;
    }
    return Number.isFinite(s);
  };
  const x = new Float64Array(np);
  const real = (u: ArrayLike<number>): Float64Array => Float64Array.from(u, (v, j) => toReal(v, info[j]));
  const problem: LeastSquaresProblem = {
    m: 2 * n,
    residuals: (u, out) => {
      for (let j = 0; j < np; j++) x[j] = toReal(u[j], info[j]);
      return residualsAt(x, out);
    },
    lower: Float64Array.from(info, (p) => (p.transform === 'logistic' ? LOGIT_RANGE[0] : LOG_MIN)),
    upper: Float64Array.from(info, (p) => (p.transform === 'logistic' ? LOGIT_RANGE[1] : Math.log(p.range.max))),
  };
  // rms relative misfit |Z_data − Z_fit|/|Z_data| (independent of the weighting), from the last evaluation.
  const misfit = (): number => {
    let s = 0;
    for (let k = 0; k < n; k++) s += ((zRe[k] - dRe[k]) ** 2 + (zIm[k] - dIm[k]) ** 2) / mod[k] ** 2;
    return Math.sqrt(s / n);
  };
  const atEdge = (u: Float64Array, j: number): boolean => u[j] <= problem.lower[j] + 1e-6 || u[j] >= problem.upper[j] - 1e-6;
  // Worth a retry: any edge except α = 1, which is a plain result (the CPE is a capacitor).
  const atBound = (u: Float64Array): boolean => info.some((p, j) => atEdge(u, j) && !(p.transform === 'logistic' && u[j] > 0));
  const quality = (r: LmOutcome): number => (Number.isFinite(r.chiSquare) && problem.residuals(r.u, new Float64Array(2 * n)) ? misfit() : Infinity);

  // Starts: the given values completed by the automatic guess, then (in case they lead astray) the automatic ones.
  const auto = guessCandidates(node, data);
  const starts = given.every(Number.isNaN) ? auto : [auto[0].map((v, j) => (Number.isNaN(given[j]) ? v : given[j])), ...auto];
  const maxIterations = n > 100_000 ? 50 : 300;
  const run = (start: ArrayLike<number>, iterations: number): LmOutcome =>
    levenbergMarquardt(problem, Array.from(start, (v, j) => toFit(v, info[j])), iterations);
  let best = run(starts[0], maxIterations);
  let bestStart = 0;
  let bestQuality = quality(best);
  // A parameter the data cannot fix often means a trapped fit (e.g. a series R driven to ~0 in log space,
  // where its gradient vanishes): restart from the fit with such parameters reset to their guess.
  const stuck = (r: LmOutcome): boolean[] =>
    Number.isFinite(r.chiSquare) ? covarianceAt(real(r.u), residualsAt, 2 * n, 1, 1e-5).standardErrors.map((se) => se === null) : [];
  const dead = stuck(best);
  if ((bestQuality > RETRY_MISFIT || !best.converged || atBound(best.u) || dead.includes(true)) && n <= MULTI_START_MAX_POINTS) {
    const first = real(best.u);
    if (dead.includes(true)) starts.splice(1, 0, starts[0].map((v, j) => (dead[j] ? v : first[j])));
    // Each iteration costs about np + 1 evaluations of n points.
    const iterations = Math.max(10, Math.min(100, Math.floor(MULTI_START_BUDGET / (n * (np + 1) * (starts.length - 1)))));
    for (let s = 1; s < starts.length; s++) {
      const r = run(starts[s], iterations);
      if (r.chiSquare < best.chiSquare * (1 - 1e-9)) [best, bestStart] = [r, s];
    }
    if (bestStart > 0 && !best.converged) {
      const polished = run(real(best.u), maxIterations);
      best = { ...polished, iterations: best.iterations + polished.iterations };
    }
    bestQuality = quality(best);
  }
  if (!Number.isFinite(best.chiSquare)) {
    throw new PhysicsInputError(
      'result',
      'The circuit gives non-finite impedances at these frequencies from every starting point; check the circuit and the starting values.',
    );
  }
  const xb = real(best.u).map((v, j) => (info[j].transform === 'logistic' && best.u[j] >= LOGIT_RANGE[1] ? 1 : v));
  const r0 = new Float64Array(2 * n);
  residualsAt(xb, r0);
  const chiSquare = r0.reduce((s, v) => s + v * v, 0);
  const zFitRealOhm = Array.from(zRe);
  const zFitImagOhm = Array.from(zIm);
  const dof = 2 * n - np;
  const { covariance, standardErrors } = covarianceAt(xb, residualsAt, 2 * n, chiSquare / dof, 1e-3);

  const names = info.map((p) => p.name);
  const warnings: string[] = [];
  const fmt = (v: number): string => formatSig(v, 3);
  if (!best.converged) {
    warnings.push(
      `The fit stopped after ${best.iterations} iterations without settling; the parameters may not be the best fit (try another circuit or starting values).`,
    );
  }
  if (bestQuality > POOR_MISFIT) {
    warnings.push(
      `The fit misses the data by ${fmt(100 * bestQuality)} % (rms of |Z_data − Z_fit|/|Z_data|): the circuit may not describe this spectrum.`,
    );
  }
  const parametersAtBound: string[] = [];
  info.forEach((p, j) => {
    const v = xb[j];
    const unit = p.unit ? ` ${p.unit}` : '';
    if (p.transform === 'logistic' && v === 1) {
      warnings.push(`${p.name} = 1 is at its upper bound: the CPE acts as an ideal capacitor (a C element would do).`);
      return;
    }
    if (atEdge(best.u, j)) {
      parametersAtBound.push(p.name);
      warnings.push(`${p.name} (${p.description}) ran to the edge of its allowed range (${fmt(v)}${unit}); the data may not need this element.`);
      return;
    }
    const se = standardErrors[j];
    if (se === null) warnings.push(`${p.name} cannot be determined from these data: it trades off against other parameters.`);
    else if (se > v) {
      warnings.push(`${p.name} is poorly determined: its standard error (${fmt(se)}${unit}) is larger than its value (${fmt(v)}${unit}).`);
    }
  });
  const distinct = new Set(data.frequenciesHz).size;
  if (distinct < n) {
    warnings.push(`${n - distinct} frequencies appear more than once; that is allowed (e.g. repeated sweeps) but check that it is intended.`);
  }

  const rel = (k: number): number => Math.hypot(zFitRealOhm[k], zFitImagOhm[k]) || mod[k];
  return {
    circuit: i.circuit,
    weighting,
    parameterNames: names,
    parameters: Object.fromEntries(names.map((name, j) => [name, xb[j]])),
    standardErrors: Object.fromEntries(names.map((name, j) => [name, standardErrors[j]])),
    covariance,
    chiSquare,
    reducedChiSquare: chiSquare / dof,
    initialGuess: Object.fromEntries(names.map((name, j) => [name, starts[bestStart][j]])),
    zFitRealOhm,
    zFitImagOhm,
    residualsReal: zFitRealOhm.map((z, k) => (dRe[k] - z) / rel(k)),
    residualsImag: zFitImagOhm.map((z, k) => (dIm[k] - z) / rel(k)),
    iterations: best.iterations,
    converged: best.converged,
    parametersAtBound,
    warnings,
  };
}

/**
 * Covariance s²(JᵀWJ)⁻¹ in the parameters' own units, J by central differences with the given relative step.
 * The reported errors use 10⁻³: with 10⁻⁵ the column of a parameter whose effect is tiny is rounding noise,
 * which shrank the errors of the parameters correlated with it up to sixfold (found by a scipy cross-check);
 * central differences stay exact for parameters that enter linearly. The test for trapped fits keeps 10⁻⁵.
 * Columns are scaled to unit norm before a pseudo-inverse, so parameters of very different sizes do not
 * spoil the conditioning; a parameter the data cannot fix gets a null standard error and a zero row.
 */
function covarianceAt(
  x: Float64Array,
  residualsAt: (x: ArrayLike<number>, out: Float64Array) => boolean,
  m: number,
  s2: number,
  relativeStep: number,
): { covariance: number[][]; standardErrors: (number | null)[] } {
  const np = x.length;
  const plus = new Float64Array(m);
  const minus = new Float64Array(m);
  const cols = Array.from({ length: np }, (_, j) => {
    const h = relativeStep * x[j];
    const xs = Float64Array.from(x);
    xs[j] = x[j] + h;
    let ok = residualsAt(xs, plus);
    xs[j] = x[j] - h;
    ok = ok && residualsAt(xs, minus);
    const c = new Float64Array(m);
    if (ok) for (let i = 0; i < m; i++) c[i] = (plus[i] - minus[i]) / (2 * h);
    return c;
  });
  const gram = gramMatrix(cols);
  const norms = gram.map((row, j) => Math.sqrt(row[j]));
  const scaled = gram.map((row, i) => row.map((v, j) => (norms[i] > 0 && norms[j] > 0 ? v / (norms[i] * norms[j]) : i === j ? 1 : 0)));
  const { inverse, undetermined } = pseudoInverseSymmetric(scaled);
  const known = norms.map((v, j) => v > 0 && Number.isFinite(v) && undetermined[j] < 1e-2);
  const covariance = inverse.map((row, i) =>
    row.map((v, j) => (known[i] && known[j] ? (s2 * v) / (norms[i] * norms[j]) : 0)),
  );
  const standardErrors = covariance.map((row, j) => (known[j] && Number.isFinite(row[j]) ? Math.sqrt(Math.max(row[j], 0)) : null));
  return { covariance, standardErrors };
}
