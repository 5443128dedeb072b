/**
 * Automatic starting values for a circuit fit, read off the spectrum so that nobody has to type a guess:
 * - series R: the high-frequency real intercept (extrapolated along the first arc);
 * - each parallel block (and a Ws): one arc of −Z'' in turn, from high to low frequency in circuit order,
 *   with R = arc diameter, τ = 1/(2π f_apex), C = τ/R, Q = τ^α/R (α = 0.9);
 * - series C, CPE, W, Wo: the low-frequency tail (e.g. C = −1/(ωZ'') at the lowest frequency, α from the
 *   slope of log(−Z'') vs log f); series L: the high-frequency positive Z''.
 * Arcs are the local maxima of −Z'' over log f after light smoothing (and after taking off the tail). When the
 * circuit has more arc blocks than the data show arcs, the first block gets an arc above the sweep if −Z'' is
 * still large at the highest frequency, and the largest arc is split into two a decade either side of it; when
 * it has fewer, the tallest arcs are used. Alternative starts (other splits, τ ×10 and ×0.1, arcs reversed,
 * α = 0.7) are returned too, for fits that end poorly.
 * Source: practice of ZView / Boukamp's EQUIVCRT (B. A. Boukamp, Solid State Ionics 20 (1986) 31).
 */
import { circuitElements, circuitParameterInfo, parseCircuit } from './circuit';
import { finiteWarburgInto, type ParameterSpec } from './elements';
import { checkSpectrum } from './check-spectrum';
import type { CircuitNode, Parameters, Spectrum } from './types';

interface Arc {
  apexHz: number;
  diameterOhm: number;
  /** −Z'' at the apex (after smoothing). */
  heightOhm: number;
}

/** ωτ at the −Z'' maximum of tanh(√(jωτ))/√(jωτ) (a Ws arc). */
const WS_APEX_OMEGA_TAU = 2.541;
const ARC_ALPHA = 0.9;

const TAIL_KINDS = new Set(['C', 'CPE', 'W', 'Wo']);

/**
 * What the data show: HF intercept, arcs (high → low frequency), and the low-frequency tail. With `tail`, a
 * CPE-like tail fitted to the lowest frequencies is taken off first, so an arc it swamps still shows a peak.
 */
function readSpectrum(s: Spectrum, tail: boolean) {
  const n0 = s.frequenciesHz.length;
  const order = Array.from({ length: n0 }, (_, i) => i).sort((a, b) => s.frequenciesHz[b] - s.frequenciesHz[a]);
  const stride = Math.ceil(n0 / 2000); // a guess needs no more points than this
  const idx = order.filter((_, k) => k % stride === 0 || k === n0 - 1);
  const f = idx.map((i) => s.frequenciesHz[i]);
  const x = idx.map((i) => s.zRealOhm[i]);
  const y = idx.map((i) => -s.zImagOhm[i]);
  const n = f.length;
  const zScale = Math.max(...x.map(Math.abs), ...y.map(Math.abs));
  // Tail: −Z'' ∝ ω^−α, α from the slope of ln(−Z'') vs ln f over the last few points.
  const last = idx.length - 1;
  const lows = Array.from({ length: Math.min(Math.max(3, Math.round(n / 10)), n) }, (_, k) => last - k).filter((i) => y[i] > 0);
  let slope = NaN;
  if (lows.length >= 2) {
    const lx = lows.map((i) => Math.log(f[i]));
    const ly = lows.map((i) => Math.log(y[i]));
    const mx = lx.reduce((a, b) => a + b) / lx.length;
    const my = ly.reduce((a, b) => a + b) / ly.length;
    const sxx = lx.reduce((a, v) => a + (v - mx) ** 2, 0);
    slope = lx.reduce((a, v, k) => a + (v - mx) * (ly[k] - my), 0) / sxx;
  }
  const tailAlpha = Number.isFinite(slope) ? Math.min(1, Math.max(0.5, -slope)) : 0.85;
  const xa = x.slice();
  const ya = y.slice();
  if (tail && -slope > 0.3 && y[last] > 0) {
    const omegaLast = 2 * Math.PI * f[last];
    const phase = (tailAlpha * Math.PI) / 2;
    for (let i = 0; i < n; i++) {
      const m = (y[last] / Math.sin(phase)) * (omegaLast / (2 * Math.PI * f[i])) ** tailAlpha; // |Z_CPE|
      xa[i] -= m * Math.cos(phase);
      ya[i] -= m * Math.sin(phase);
    }
  }
  // Light smoothing (a few points ≈ a quarter decade at 10–20 points per decade) so noise makes no peaks.
  const h = n >= 30 ? 2 : n >= 10 ? 1 : 0;
  const ys = ya.map((_, i) => {
    const lo = Math.max(0, i - h);
    const hi = Math.min(n - 1, i + h);
    let sum = 0;
    for (let j = lo; j <= hi; j++) sum += ya[j];
    return sum / (hi - lo + 1);
  });
  // Local maxima that stand at least 2 % above the lower of the valleys on either side (overlapping arcs barely
  // dip between them) and are at least a tenth of |Z| there (what is left of a large tail after subtraction is noise).
  const peaks: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    if (!(ys[i] > 0.1 * Math.hypot(x[i], y[i]) && ys[i] > ys[i - 1] && ys[i] >= ys[i + 1])) continue;
    let left = ys[i];
    for (let j = i - 1; j >= 0 && ys[j] <= ys[i]; j--) left = Math.min(left, ys[j]);
    let right = ys[i];
    for (let j = i + 1; j < n && ys[j] <= ys[i]; j++) right = Math.min(right, ys[j]);
    if (ys[i] - Math.max(left, right) >= 0.02 * ys[i]) peaks.push(i);
  }
  const argMin = (from: number, to: number): number => {
    let best = from;
    for (let j = from; j <= to; j++) if (ys[j] < ys[best]) best = j;
    return best;
  };
  // Arcs end at the valleys between peaks; the last one where −Z'' has fallen to a tenth of its apex (beyond, a
  // tail taken off imperfectly leaves noise).
  const end = (p: number): number => {
    let j = p;
    while (j < n - 1 && ys[j] > 0.1 * ys[p]) j++;
    return argMin(p, j);
  };
  const bounds = peaks.map((p, k) => [k === 0 ? 0 : argMin(peaks[k - 1], p), k + 1 < peaks.length ? argMin(p, peaks[k + 1]) : end(p)]);
  const span = (k: number, from: number): number => Math.max(xa[bounds[k][1]] - from, 2 * ys[peaks[k]]);
  // HF intercept: extrapolate from the first point along a circle of the first arc's diameter.
  let rInf = x[0];
  if (peaks.length) {
    const r = span(0, x[0]) / 2;
    rInf = x[0] - r + Math.sqrt(Math.max(r * r - Math.max(y[0], 0) ** 2, 0));
  }
  rInf = Math.max(rInf, 1e-3 * Math.hypot(x[0], y[0]));
  const arcs: Arc[] = peaks.map((p, k) => ({ apexHz: f[p], diameterOhm: span(k, k === 0 ? rInf : xa[bounds[k][0]]), heightOhm: ys[p] }));
  return { f, x, y, n, rInf, arcs, tailAlpha, zScale };
}

/** ωτ at which arg(coth(s)/s), s = √(jωτ), equals phase (rad, clamped to −89.9° … −46°, where it is monotonic). */
function woOmegaTau(phase: number): number {
  const target = Math.min(-0.8029, Math.max(-1.5691, phase));
  const z = { re: 0, im: 0 };
  let [lo, hi] = [-4, 0.65];
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    finiteWarburgInto(true, 10 ** mid, z);
    if (Math.atan2(z.im, z.re) < target) lo = mid;
    else hi = mid;
  }
  return 10 ** ((lo + hi) / 2);
}

/**
 * Starting points for a fit, in circuit parameter order: the main guess first, then alternatives
 * (τ's ×10 and ×0.1, arcs in reverse order, lower α) for when the main one ends in a poor fit.
 * The spectrum must already be checked.
 */
export function guessCandidates(circuit: string | CircuitNode, spectrum: Spectrum): number[][] {
  const node = typeof circuit === 'string' ? parseCircuit(circuit) : circuit;
  const info = circuitParameterInfo(node);
  const offset = new Map<string, number>();
  info.forEach((p, k) => offset.has(p.element) || offset.set(p.element, k));
  const top = node.type === 'series' ? node.children : [node];
  const arcSlots = top.filter((c) => c.type === 'parallel' || (c.type === 'element' && c.kind === 'Ws'));
  const elements = circuitElements(node);
  const seriesTails = elements.filter((e) => top.includes(e) && TAIL_KINDS.has(e.kind));
  // Without a series tail element, diffusion elements inside arc blocks (Randles: p(R1-Wo1,CPE1)) make the tail.
  const tails = seriesTails.length ? seriesTails : elements.filter((e) => !top.includes(e) && (e.kind === 'W' || e.kind === 'Wo'));
  const seriesR = elements.filter((e) => top.includes(e) && e.kind === 'R');
  const seriesL = elements.filter((e) => top.includes(e) && e.kind === 'L');
  const d = readSpectrum(spectrum, tails.length > 0);

  // As many arcs as arc blocks: keep the tallest; or, when blocks are left over, add the arc whose low-frequency
  // side shows at the top of the sweep (−Z'' still ≥ 2 % of |Z| there) and split the largest arc a decade either side.
  const hfOpen = d.y[0] > 0.02 * Math.hypot(d.x[0], d.y[0]);
  const assign = (aboveSweep: boolean): { arcs: Arc[]; rInf: number } => {
    let arcs = d.arcs.slice();
    let rInf = d.rInf;
    if (arcs.length > arcSlots.length) {
      const keep = new Set(arcs.slice().sort((a, b) => b.heightOhm - a.heightOhm).slice(0, arcSlots.length));
      arcs = arcs.filter((a) => keep.has(a));
    }
    if (aboveSweep && arcs.length < arcSlots.length) {
      arcs.unshift({ apexHz: 3 * d.f[0], diameterOhm: 0.9 * rInf, heightOhm: 0 });
      rInf *= 0.1;
    }
    while (arcs.length < arcSlots.length) {
      if (!arcs.length) {
        arcs.push({ apexHz: Math.sqrt(d.f[0] * d.f[d.n - 1]), diameterOhm: Math.max(d.x[d.n - 1] - rInf, 0.5 * d.zScale), heightOhm: 0 });
        continue;
      }
      const k = arcs.reduce((best, a, i) => (a.diameterOhm > arcs[best].diameterOhm ? i : best), 0);
      const a = arcs[k];
      const half = { diameterOhm: a.diameterOhm / 2, heightOhm: a.heightOhm / 2 };
      arcs.splice(k, 1, { apexHz: a.apexHz * 10, ...half }, { apexHz: a.apexHz / 10, ...half });
    }
    return { arcs, rInf };
  };

  const build = ({ arcs: order, rInf }: { arcs: Arc[]; rInf: number }, tauScale: number, alpha: number): number[] => {
    const p = info.map(() => 1);
    const arcSum = order.reduce((sum, a) => sum + a.diameterOhm, 0);
    // Generic values for every element of a block with resistance scale rc (Ω) and time constant tc (s).
    const fill = (n: CircuitNode, rc: number, tc: number): void => {
      for (const e of circuitElements(n)) {
        const k = offset.get(e.name)!;
        const values: Record<typeof e.kind, number[]> = {
          R: [rc],
          C: [tc / rc],
          L: [1e-3 * rc * tc],
          CPE: [tc ** alpha / rc, alpha],
          W: [rc / Math.sqrt(2 * tc)],
          Wo: [rc, tc],
          Ws: [rc, tc],
        };
        values[e.kind].forEach((v, j) => (p[k + j] = v));
      }
    };
    arcSlots.forEach((slot, j) => {
      const a = order[j];
      const tau = (tauScale * (slot.type === 'element' ? WS_APEX_OMEGA_TAU : 1)) / (2 * Math.PI * a.apexHz);
      fill(slot, a.diameterOhm, tau);
    });
    for (const e of seriesR) fill(e, rInf / seriesR.length, 1);
    // Tail: what is left of Z at the lowest frequency after the intercept and the arcs, shared by the tail elements.
    const w = 2 * Math.PI * d.f[d.n - 1];
    const last = d.n - 1;
    const yt = d.y[last] / Math.max(tails.length, 1);
    const xt = (d.x[last] - rInf - arcSum) / Math.max(tails.length, 1);
    const capacitive = yt > 1e-6 * d.zScale;
    const ytail = capacitive ? yt : 0.1 * d.zScale; // no tail seen: start with a small one
    for (const e of tails) {
      const k = offset.get(e.name)!;
      if (e.kind === 'C') p[k] = 1 / (w * ytail);
      if (e.kind === 'CPE') [p[k], p[k + 1]] = [Math.sin((d.tailAlpha * Math.PI) / 2) / (ytail * w ** d.tailAlpha), d.tailAlpha];
      if (e.kind === 'W') p[k] = ytail * Math.sqrt(w);
      if (e.kind === 'Wo') {
        const wt = woOmegaTau(Math.atan2(-ytail, Math.max(xt, 0)));
        const z = finiteWarburgInto(true, wt, { re: 0, im: 0 });
        [p[k], p[k + 1]] = [Math.hypot(Math.max(xt, 0), ytail) / Math.hypot(z.re, z.im), wt / w];
      }
    }
    // Series L from a positive Z'' at the highest frequency, else small.
    for (const e of seriesL) p[offset.get(e.name)!] = (d.y[0] < 0 ? -d.y[0] : 1e-4 * Math.hypot(d.x[0], d.y[0])) / (2 * Math.PI * d.f[0]);
    return p.map((v, k) => clampToRange(v, info[k]));
  };
  const main = assign(hfOpen);
  const other = assign(!hfOpen);
  const candidates = [build(main, 1, ARC_ALPHA), build(main, 10, ARC_ALPHA), build(main, 0.1, ARC_ALPHA)];
  if (other.arcs.some((a, k) => a.apexHz !== main.arcs[k].apexHz)) candidates.splice(1, 0, build(other, 1, ARC_ALPHA));
  if (main.arcs.length > 1) candidates.push(build({ ...main, arcs: main.arcs.slice().reverse() }, 1, ARC_ALPHA));
  if (info.some((p) => p.transform === 'logistic')) candidates.push(build(main, 1, 0.7));
  return candidates;
}

/** Keep a guessed value strictly inside its parameter's range (and α ≤ 0.99, so a fit can still move it). */
function clampToRange(v: number, p: { range: ParameterSpec['range']; transform: ParameterSpec['transform'] }): number {
  const hi = p.transform === 'logistic' ? 0.99 : p.range.max;
  const lo = p.transform === 'logistic' ? 0.05 : 1e-30;
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : Math.sqrt(lo * hi);
}

/**
 * Starting values for fitting `circuit` to a spectrum, read off the data (see the module comment).
 * Needs at least 3 points; returns every parameter of the circuit by name, each inside its allowed range.
 */
export function guessParameters(circuit: string | CircuitNode, spectrum: Spectrum): Parameters {
  const node = typeof circuit === 'string' ? parseCircuit(circuit) : circuit;
  const checked = checkSpectrum(spectrum, 3, { why: ' to read arcs off the spectrum' });
  const values = guessCandidates(node, checked)[0];
  return Object.fromEntries(circuitParameterInfo(node).map((p, k) => [p.name, values[k]]));
}
