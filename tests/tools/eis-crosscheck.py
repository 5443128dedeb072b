#!/usr/bin/env python3
"""
Independent cross-check of the impedance code in src/lib/eis/ (fitCircuit, linKK, DRT) with numpy/scipy.

Nothing here is imported from the TypeScript: circuits, elements, the CNLS fit (scipy.optimize.least_squares,
TRF, parameters in log space, many starts), the covariance, the Lin-KK test (Schönleber et al. 2014, as
impedance.py's fit_type='complex') and the DRT (scipy.optimize.nnls) are written again from the definitions.

Input: a JSON dump of the parsed fixture spectra and of our results, made by a throw-away Vitest file that
calls parseImpedanceFile / fitCircuit / linKK / distributionOfRelaxationTimes on every file of
tests/fixtures/eis/ and on samplePelletSpectrum(T) (keys per case: spectrum, fits["circuit|weighting"] =
{parameterNames, parameters, standardErrors, chiSquare, initialGuess, ...}, linKK.down / linKK.up = {m, mu,
maxResidual, valid, residualsReal, residualsImag, ...}, linKKfixed[M], drt = {tauS, gammaOhm, rInfOhm}).

Usage:
  python3 tests/tools/eis-crosscheck.py --write-exporter tests/unit/zz-export.test.ts   # the throw-away Vitest file
  mkdir -p /tmp/eisx && npx vitest run -c tests/vitest.config.ts tests/unit/zz-export.test.ts && rm tests/unit/zz-export.test.ts
  python3 tests/tools/eis-crosscheck.py /tmp/eisx/ours.json [--starts 40] [--previous OLD_REF.json]
      [--write-reference tests/fixtures/eis-reference.json] [--only CASE_SUBSTRING]
  (the reference in the repo: --starts 30, then twice --starts 12/8 with --previous; ~35 min on 2 cores)
Prints one line per fit / Lin-KK case and a list of material differences; exit code 0.
"""
import argparse
import json
import math
import re
import sys
import time

import numpy as np
import scipy
from scipy.optimize import least_squares, nnls

EXPORTER = r"""// TEMPORARY (eis cross-check helper): dumps parsed fixtures and our EIS results to /tmp/eisx/ours.json. Delete after running.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseImpedanceFile } from '~/lib/eis/parse';
import { fitCircuit } from '~/lib/eis/fit';
import { linKK } from '~/lib/eis/lin-kk';
import { distributionOfRelaxationTimes } from '~/lib/eis/drt';
import { samplePelletSpectrum, sampleParameters, SAMPLE_TEMPERATURE_K, SAMPLE_SERIES_TEMPERATURES_K } from '~/lib/eis/samples';

const DIR = 'tests/fixtures/eis/';
const CIRCUITS = ['R0-p(R1,CPE1)-p(R2,CPE2)', 'L0-R0-p(R1,CPE1)-p(R2-Wo1,CPE2)', 'R0-p(R1,CPE1)-Wo1'];

it('exports', () => {
  const out: Record<string, unknown> = {};
  const cases: { name: string; s: { frequenciesHz: number[]; zRealOhm: number[]; zImagOhm: number[] }; circuits: string[]; truth?: unknown }[] = [];
  for (const f of readdirSync(DIR).sort()) {
    if (f === 'LICENSE' || f === 'README.md') continue;
    const p = parseImpedanceFile(new TextDecoder().decode(readFileSync(DIR + f)), f);
    cases.push({ name: f, s: p, circuits: CIRCUITS });
  }
  for (const t of [SAMPLE_TEMPERATURE_K, ...SAMPLE_SERIES_TEMPERATURES_K]) {
    cases.push({ name: `sample@${t.toFixed(2)}K`, s: samplePelletSpectrum(t), circuits: ['R0-p(R1,CPE1)-p(R2,CPE2)-CPE3'], truth: sampleParameters(t) });
  }
  for (const c of cases) {
    const s = { frequenciesHz: c.s.frequenciesHz, zRealOhm: c.s.zRealOhm, zImagOhm: c.s.zImagOhm };
    const fits: Record<string, unknown> = {};
    for (const circuit of c.circuits) {
      for (const weighting of ['modulus', 'unit', 'proportional'] as const) {
        if (weighting !== 'modulus' && circuit !== c.circuits[0]) continue;
        const t0 = performance.now();
        try {
          const r = fitCircuit({ ...s, circuit, weighting });
          fits[`${circuit}|${weighting}`] = {
            ms: performance.now() - t0,
            parameterNames: r.parameterNames, parameters: r.parameters, standardErrors: r.standardErrors, chiSquare: r.chiSquare,
            converged: r.converged, iterations: r.iterations, warnings: r.warnings, initialGuess: r.initialGuess,
          };
        } catch (e) { fits[`${circuit}|${weighting}`] = { error: String(e) }; }
      }
    }
    const kk: Record<string, unknown> = {};
    for (const scan of ['down', 'up'] as const) {
      try {
        const r = linKK({ ...s, scan });
        kk[scan] = { m: r.m, mu: r.mu, maxResidual: r.maxResidual, valid: r.valid, warnings: r.warnings, residualsReal: r.residualsReal, residualsImag: r.residualsImag,
          seriesResistanceOhm: r.seriesResistanceOhm, inductanceH: r.inductanceH, resistancesOhm: r.resistancesOhm, timeConstantsS: r.timeConstantsS };
      } catch (e) { kk[scan] = { error: String(e) }; }
    }
    // fixed-M runs for direct comparison of the linear solve
    const fixed: Record<string, unknown> = {};
    for (const m of [1, 5, 10, 20]) {
      try { const r = linKK({ ...s, maxM: m, c: 1e-9 }); fixed[m] = { m: r.m, mu: r.mu, maxResidual: r.maxResidual, resistancesOhm: r.resistancesOhm, seriesResistanceOhm: r.seriesResistanceOhm, inductanceH: r.inductanceH }; } catch (e) { fixed[m] = { error: String(e) }; }
    }
    let drt: unknown;
    try { const r = distributionOfRelaxationTimes(s); drt = { tauS: r.tauS, gammaOhm: r.gammaOhm, rInfOhm: r.rInfOhm, peaks: r.peaks }; } catch (e) { drt = { error: String(e) }; }
    out[c.name] = { spectrum: s, fits, linKK: kk, linKKfixed: fixed, drt, truth: c.truth };
  }
  writeFileSync('/tmp/eisx/ours.json', JSON.stringify(out));
}, 600_000);
"""

# ----------------------------------------------------------------------------------------------- circuits
# Parameters per element kind (impedance.py order) with (lower, upper) bounds as in src/lib/eis/elements.ts.
KINDS = {
    'R': [(1e-30, 1e18)], 'C': [(1e-30, 1e3)], 'L': [(1e-30, 1e6)],
    'CPE': [(1e-30, 1e6), ('alpha', 1.0)], 'W': [(1e-30, 1e18)],
    'Wo': [(1e-30, 1e18), (1e-30, 1e12)], 'Ws': [(1e-30, 1e18), (1e-30, 1e12)],
}
TOKEN = re.compile(r'\s*(p\(|\)|,|-|(CPE|Wo|Ws|W|R|C|L)(\d+))')


def parse(circuit):
    """Parse impedance.py syntax into nested ('s'|'p', [children]) / ('e', kind, name)."""
    toks = []
    pos = 0
    while pos < len(circuit):
        m = TOKEN.match(circuit, pos)
        if not m:
            raise ValueError(f'bad circuit at {pos}: {circuit}')
        toks.append((m.group(1), m.group(2)))
        pos = m.end()
    i = 0

    def series():
        nonlocal i
        kids = [unit()]
        while i < len(toks) and toks[i][0] == '-':
            i += 1
            kids.append(unit())
        return kids[0] if len(kids) == 1 else ('s', kids)

    def unit():
        nonlocal i
        t, kind = toks[i]
        i += 1
        if t == 'p(':
            kids = [series()]
            while toks[i][0] == ',':
                i += 1
                kids.append(series())
            assert toks[i][0] == ')'
            i += 1
            return ('p', kids)
        return ('e', kind, t)

    tree = series()
    assert i == len(toks)
    return tree


def param_info(tree, out=None):
    """[(name, kind, lo, hi, is_alpha)] in circuit order."""
    out = [] if out is None else out
    if tree[0] == 'e':
        kind, name = tree[1], tree[2]
        specs = KINDS[kind]
        for j, (lo, hi) in enumerate(specs):
            pname = name if len(specs) == 1 else f'{name}_{j}'
            out.append((pname, kind, 2e-9 if lo == 'alpha' else lo, hi, lo == 'alpha'))
    else:
        for c in tree[1]:
            param_info(c, out)
    return out


def coth_over_s(x, open_):
    """coth(s)/s (open) or tanh(s)/s, s = sqrt(j x), x = ωτ ≥ 0 (series at small x, 1/s at large x)."""
    x = np.asarray(x, dtype=float)
    s = np.sqrt(1j * x)
    out = np.empty(x.shape, dtype=complex)
    small = x < 1e-3
    big = x > 1e4
    mid = ~small & ~big
    z = 1j * x[small]
    if open_:
        out[small] = 1 / z + 1 / 3 - z / 45 + 2 * z**2 / 945
        out[mid] = 1 / (np.tanh(s[mid]) * s[mid])
    else:
        out[small] = 1 - z / 3 + 2 * z**2 / 15 - 17 * z**3 / 315
        out[mid] = np.tanh(s[mid]) / s[mid]
    out[big] = 1 / s[big]
    return out


def impedance(tree, p, w):
    """Z(ω) of the circuit; p is consumed in circuit order (list, popped from the front via an index)."""
    idx = [0]

    def ev(t):
        if t[0] == 'e':
            kind = t[1]
            a = p[idx[0]]
            if kind == 'R':
                idx[0] += 1
                return np.full(w.shape, a, dtype=complex)
            if kind == 'C':
                idx[0] += 1
                return 1 / (1j * w * a)
            if kind == 'L':
                idx[0] += 1
                return 1j * w * a
            if kind == 'W':
                idx[0] += 1
                return a * (1 - 1j) / np.sqrt(w)
            b = p[idx[0] + 1]
            idx[0] += 2
            if kind == 'CPE':
                return 1 / (a * (1j * w) ** b)
            return a * coth_over_s(w * b, kind == 'Wo')
        zs = [ev(c) for c in t[1]]
        if t[0] == 's':
            return sum(zs)
        return 1 / sum(1 / z for z in zs)

    return ev(tree)


# ----------------------------------------------------------------------------------------------- CNLS fit
def weights(Z, weighting):
    mod = np.abs(Z)
    if weighting == 'unit':
        return np.ones_like(mod), np.ones_like(mod)
    if weighting == 'modulus':
        return 1 / mod, 1 / mod
    return 1 / np.maximum(np.abs(Z.real), 1e-2 * mod), 1 / np.maximum(np.abs(Z.imag), 1e-2 * mod)


class Problem:
    def __init__(self, circuit, f, Z, weighting):
        self.tree = parse(circuit)
        self.info = param_info(self.tree)
        self.w = 2 * np.pi * np.asarray(f)
        self.Z = Z
        self.sr, self.si = weights(Z, weighting)
        # u = ln p for every parameter (α too, with ln α ≤ 0).
        self.lo = np.array([math.log(i[2]) for i in self.info])
        self.hi = np.array([math.log(i[3]) for i in self.info])

    def resid_p(self, p):
        z = impedance(self.tree, p, self.w)
        r = np.concatenate([self.sr * (z.real - self.Z.real), self.si * (z.imag - self.Z.imag)])
        return r if np.all(np.isfinite(r)) else np.full(r.shape, 1e150)

    def resid_u(self, u):
        return self.resid_p(np.exp(u))

    def chi2(self, p):
        r = self.resid_p(np.asarray(p, dtype=float))
        return float(r @ r)

    def fit_from(self, p0, max_nfev=300, tol=1e-12):
        u0 = np.clip(np.log(np.asarray(p0, dtype=float)), self.lo + 1e-9, self.hi - 1e-9)
        try:
            r = least_squares(self.resid_u, u0, bounds=(self.lo, self.hi), method='trf', x_scale='jac',
                              ftol=tol, xtol=tol, gtol=tol, max_nfev=max_nfev)
        except Exception:
            return None
        return np.exp(r.x), 2 * r.cost

    def covariance(self, p):
        """s²(JᵀJ)⁻¹ in the parameters' own units, SVD pseudo-inverse of the column-scaled J.

        J by central differences at relative steps 1e-2 … 1e-6; per parameter the estimate where two successive
        steps agree best is kept (rounding noise at small steps, truncation at large ones). A parameter whose
        column vanishes (run to 0 or to a bound) is left out (null), as is one the data cannot fix.
        """
        p = np.asarray(p, dtype=float)
        m = 2 * len(self.w)
        J = np.empty((m, len(p)))
        for j in range(len(p)):
            ests = []
            for h in (1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5, 3e-6, 1e-6):
                a, b = p.copy(), p.copy()
                a[j] *= 1 + h
                b[j] *= 1 - h
                ests.append((self.resid_p(a) - self.resid_p(b)) / (a[j] - b[j]))
            diffs = [np.linalg.norm(ests[k] - ests[k + 1]) / max(np.linalg.norm(ests[k + 1]), 1e-300) for k in range(len(ests) - 1)]
            J[:, j] = ests[int(np.argmin(diffs)) + 1]
        chi2 = self.chi2(p)
        s2 = chi2 / (m - len(p))
        norms = np.linalg.norm(J, axis=0)
        Js = J / np.where(norms > 0, norms, 1)
        U, sv, Vt = np.linalg.svd(Js, full_matrices=False)
        keep = sv**2 > 1e-10 * sv[0] ** 2
        inv = (Vt[keep].T / sv[keep] ** 2) @ Vt[keep]
        undetermined = (Vt[~keep] ** 2).sum(axis=0)
        with np.errstate(divide='ignore', invalid='ignore'):
            cov = s2 * inv / np.outer(norms, norms)
        se = [math.sqrt(max(cov[j, j], 0)) if undetermined[j] < 1e-2 and norms[j] > 0 else None for j in range(len(p))]
        cond = sv[0] / sv[-1] if sv[-1] > 0 else math.inf
        return se, cond


def permutations(circuit, names):
    """Index maps under which the circuit is unchanged: p(R1,CPE1) and p(R2,CPE2) in series may swap."""
    ident = list(range(len(names)))
    if 'p(R1,CPE1)' not in circuit or 'p(R2,CPE2)' not in circuit:
        return [ident]
    pairs = {'R1': 'R2', 'CPE1_0': 'CPE2_0', 'CPE1_1': 'CPE2_1'}
    pairs.update({v: k for k, v in pairs.items()})
    return [ident, [names.index(pairs.get(n, n)) for n in names]]


def well_determined(circuit, names, pb, chib, se, found, mine, chi_mine):
    """Parameters with σ < 10 % of the value on which every minimum within 1 % of the best χ² (scipy's starts and
    ours) agrees to 2 σ, under the better relabelling per minimum: a local σ says nothing about a second minimum."""
    cand = [n for n, v, e in zip(names, pb, se) if e is not None and e < 0.1 * abs(v)]
    others = [p for p, c in found if c <= 1.01 * chib] + ([mine] if chi_mine <= 1.01 * chib else [])
    idx = {n: k for k, n in enumerate(names)}
    for p in others:
        best = None
        for perm in permutations(circuit, names):
            dev = {n: abs(p[perm[idx[n]]] - pb[idx[n]]) / se[idx[n]] for n in cand}
            if best is None or max(dev.values(), default=0) < max(best.values(), default=0):
                best = dev
        cand = [n for n in cand if best[n] <= 2]
    return cand


def multistart(prob, ours, n_starts, rng, previous=None):
    """Best χ² from our result, our starting guess, random starts around the guess, and perturbations of the best."""
    names = [i[0] for i in prob.info]
    alpha = np.array([i[4] for i in prob.info])
    guess = np.array([ours['initialGuess'][n] for n in names], dtype=float)
    mine = np.array([ours['parameters'][n] for n in names], dtype=float)
    results = []
    for p0 in (mine, guess) if previous is None else (mine, guess, previous):
        r = prob.fit_from(p0, max_nfev=2000)
        if r:
            results.append(r)
    n_random = n_starts // 2
    for k in range(n_starts):
        base = guess if k < n_random else min(results, key=lambda t: t[1])[0]
        spread = 2.0 if k < n_random else 0.7
        p0 = base * np.exp(rng.normal(0, spread, len(base)))
        p0 = np.where(alpha, rng.uniform(0.4, 1.0, len(base)) if k < n_random else np.minimum(base * np.exp(rng.normal(0, 0.1, len(base))), 1), p0)
        r = prob.fit_from(p0)
        if r:
            results.append(r)
    # Polish the best once more (TRF sometimes stops early in a flat valley).
    best = min(results, key=lambda t: t[1])
    again = prob.fit_from(best[0], max_nfev=5000, tol=1e-15)
    if again and again[1] < best[1]:
        best = again
    return best, len(results), results + [best]


# ----------------------------------------------------------------------------------------------- Lin-KK
def tau_grid(f, M, style='ours'):
    tmin, tmax = 1 / (2 * np.pi * np.max(f)), 1 / (2 * np.pi * np.min(f))
    if M == 1:
        return np.array([tmax if style == 'impy' else math.sqrt(tmin * tmax)])
    return np.logspace(np.log10(tmin), np.log10(tmax), M)


def kk_fit(f, Z, M, style='ours', with_l=True, with_c=False, extend=1.0):
    """Linear Voigt-chain fit (R0 + Σ R_k/(1+jωτ_k) [+ jωL] [+ 1/(jωC)]) of Z, rows weighted by 1/|Z|, by SVD lstsq."""
    w = 2 * np.pi * np.asarray(f)
    taus = tau_grid(f, M, style)
    if extend != 1.0 and M > 1:
        taus = np.logspace(np.log10(taus[0] / extend), np.log10(taus[-1] * extend), M)
    g = 1 / np.abs(Z)
    cols = [np.ones_like(w, dtype=complex)] + [1 / (1 + 1j * w * t) for t in taus]
    if with_l:
        cols.append(1j * w)
    if with_c:
        cols.append(-1j / w)
    A = np.array(cols).T * g[:, None]
    A2 = np.vstack([A.real, A.imag])
    b = np.concatenate([Z.real * g, Z.imag * g])
    x = np.linalg.lstsq(A2, b, rcond=None)[0]
    zf = (np.array(cols).T) @ x
    rr, ri = (Z.real - zf.real) * g, (Z.imag - zf.imag) * g
    rk = x[1:1 + M]
    pos, neg = rk[rk >= 0].sum(), -rk[rk < 0].sum()
    mu = 1 - neg / pos if pos > 0 else 0.0
    return dict(M=M, x=x, mu=mu, rr=rr, ri=ri, chi2=float(rr @ rr + ri @ ri), maxres=float(max(np.abs(rr).max(), np.abs(ri).max())))


def kk_impy(f, Z, c=0.85, max_M=50, **kw):
    """impedance.py's rule: M = 1, 2, … until μ ≤ c (or M > max_M)."""
    M, fit = 0, None
    while (fit is None or fit['mu'] > c) and M <= max_M:
        M += 1
        fit = kk_fit(f, Z, M, style='impy', **kw)
    return fit


def kk_ours_rule(f, Z, scan, c=0.85, **kw):
    """Our documented rules ('down' with UNDERFIT_FACTOR 2 and default maxM; 'up'), re-implemented."""
    n = len(f)
    default = min(50, max(5, math.ceil(5 * math.log10(max(f) / min(f)))))
    max_m = min(default, n)
    if scan == 'up':
        fit = kk_fit(f, Z, 1, **kw)
        while fit['mu'] >= c and fit['M'] < max_m:
            fit = kk_fit(f, Z, fit['M'] + 1, **kw)
        return fit
    allowed = [kk_fit(f, Z, max_m, **kw)]
    while allowed[0]['mu'] < c and allowed[0]['M'] > 1:
        lower = kk_fit(f, Z, allowed[0]['M'] - 1, **kw)
        if lower['mu'] >= c:
            break
        allowed.insert(0, lower)
    best = min(a['chi2'] for a in allowed)
    return next((a for a in allowed if a['chi2'] <= 2 * best), allowed[-1])


def kk_yb(f, Z, c=0.85, beta=0.75, **kw):
    """Yrjänä & Bobacka (2024) rule: from the default maxM down, the contiguous M with μ < c; of these the largest
    score S = −log10(χ²_ps)/(c − μ)^β (rewards a good fit, penalises μ far below c)."""
    default = min(50, max(5, math.ceil(5 * math.log10(max(f) / min(f)))))
    fits = []
    for M in range(min(default, len(f)), 0, -1):
        fit = kk_fit(f, Z, M, **kw)
        if fit['mu'] >= c:
            break
        fits.append(fit)
    if not fits:
        return kk_fit(f, Z, min(default, len(f)), **kw)
    return max(fits, key=lambda t: -math.log10(t['chi2']) / (c - t['mu']) ** beta)


def kk_verdict(fit, f):
    """Our validity rule: max |Δ| ≤ 1 % and no smooth (lag-1 autocorrelation ≥ 0.5) residual of RMS ≥ 0.1 %."""
    order = np.argsort(f, kind='stable')
    why = []
    if fit['maxres'] > 0.01:
        why.append('max')
    for lab, r in (('re', fit['rr']), ('im', fit['ri'])):
        r = r[order]
        d = r - r.mean()
        ac = float((d[1:] * d[:-1]).sum() / (d @ d)) if d @ d > 0 else 0.0
        if ac >= 0.5 and math.sqrt((r @ r) / len(r)) >= 1e-3:
            why.append('smooth-' + lab)
    return not why, why


# ----------------------------------------------------------------------------------------------- DRT
def drt_nnls(f, Z, lam=1e-3, per_decade=10):
    """Our DRT problem (module comment of drt.ts) solved again with scipy's NNLS."""
    f = np.asarray(f)
    lo = math.log10(1 / (2 * np.pi * f.max())) - 1
    hi = math.log10(1 / (2 * np.pi * f.min())) + 1
    k = round((hi - lo) * per_decade) + 1
    taus = 10 ** (lo + np.arange(k) / per_decade)
    d = math.log(10) / per_decade
    w = 2 * np.pi * f
    mod = np.abs(Z)
    scale = mod.max()
    K = d / (1 + 1j * w[:, None] * taus[None, :])
    A = np.hstack([np.ones((len(f), 1)), K]) * (scale / mod)[:, None]
    rows = np.vstack([A.real, A.imag])
    rhs = np.concatenate([Z.real / mod, Z.imag / mod])
    L = np.zeros((k + 1, k + 1))
    root = math.sqrt(lam / d)
    for j in range(k + 1):
        if j < k:
            L[j, 1 + j] = root
        if j > 0:
            L[j, j] = -root
    x, _ = nnls(np.vstack([rows, L]), np.concatenate([rhs, np.zeros(k + 1)]), maxiter=50 * (k + 1))
    return taus, x[1:] * scale, x[0] * scale


# ----------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('ours', nargs='?')
    ap.add_argument('--write-exporter', help='write the Vitest file that dumps our results to /tmp/eisx/ours.json, and stop')
    ap.add_argument('--starts', type=int, default=40)
    ap.add_argument('--write-reference')
    ap.add_argument('--only', help='substring of the case names to run')
    ap.add_argument('--previous', help='an earlier reference JSON whose best parameters are used as extra starts')
    ap.add_argument('--debug', action='store_true')
    args = ap.parse_args()
    if args.write_exporter:
        open(args.write_exporter, 'w').write(EXPORTER)
        return 0
    data = json.load(open(args.ours))
    rng = np.random.default_rng(20240601)
    prev = json.load(open(args.previous))['cases'] if args.previous else {}
    issues = []
    reference = {}
    print(f'scipy {scipy.__version__}, numpy {np.__version__}')
    print('case | circuit|weighting | χ²_ours | χ²_scipy | ratio-1 | max|Δp|/σ | SE ratio ours/py (min..max) | notes')
    for case, d in data.items():
        if args.only and args.only not in case:
            continue
        s = d['spectrum']
        f = np.array(s['frequenciesHz'])
        Z = np.array(s['zRealOhm']) + 1j * np.array(s['zImagOhm'])
        for key, ours in d['fits'].items():
            if 'error' in ours:
                issues.append(f'{case} {key}: our fit threw {ours["error"]}')
                continue
            circuit, weighting = key.split('|')
            prob = Problem(circuit, f, Z, weighting)
            names = [i[0] for i in prob.info]
            t0 = time.time()
            p_prev = prev.get(case, {}).get(key, {}).get('parameters')
            p_prev = None if p_prev is None else np.array([p_prev[n] for n in names])
            (pb, chib), nres, found = multistart(prob, ours, args.starts, rng, p_prev)
            mine = np.array([ours['parameters'][n] for n in names])
            chi_mine = prob.chi2(mine)
            ratio = ours['chiSquare'] / chib - 1
            se_py_mine, _ = prob.covariance(mine)
            se_py_best, cond = prob.covariance(pb)
            se_ours = [ours['standardErrors'][n] for n in names]
            # SE definitions compared at the same point (our optimum).
            # Compared only where the parameter is determined (σ < |p|): a σ larger than the value is "unknown" either way.
            det = [b is not None and 0 < b < abs(v) for v, b in zip(mine, se_py_mine)]
            se_ratios = [a / b for a, b, k in zip(se_ours, se_py_mine, det) if k and a is not None]
            se_null_mismatch = [n for n, a, k in zip(names, se_ours, det) if k and a is None]
            # Largest |p_ours − p_scipy|/σ_scipy, under the better of the circuit's symmetric relabellings.
            worst = (float('inf'), '')
            for perm in permutations(circuit, names):
                dev = [(abs(a - pb[k]) / se_py_best[k], n) for n, a, k in zip(names, mine, perm) if se_py_best[k]]
                w = max(dev) if dev else (0.0, '')
                worst = min(worst, w)
            if args.debug:
                print(names, mine, pb, se_py_best, se_ours, sep='\n')
            notes = []
            if abs(chi_mine - ours['chiSquare']) > 1e-6 * ours['chiSquare']:
                notes.append(f'χ² recomputed {chi_mine:.6g} ≠ reported')
            if ratio > 0.01:
                notes.append('MISSED MINIMUM')
                issues.append(f'{case} {key}: χ² {ours["chiSquare"]:.5g} vs scipy {chib:.5g} (+{100 * ratio:.1f} %)')
            non_unique = abs(ratio) < 1e-3 and worst[0] > 1
            if non_unique:
                notes.append(f'non-unique: {worst[1]} off by {worst[0]:.1f}σ')
            if se_ratios and (max(se_ratios) > 1.1 or min(se_ratios) < 0.9):
                bad = [(n, a / b) for n, a, b, k in zip(names, se_ours, se_py_mine, det) if k and a is not None and abs(a / b - 1) > 0.1]
                notes.append('SE differ ' + ', '.join(f'{n}×{r:.3g}' for n, r in bad))
                issues.append(f'{case} {key}: standard errors differ >10 %: ' + ', '.join(f'{n} ours/py={r:.3g}' for n, r in bad))
            if se_null_mismatch:
                notes.append('ours null where py determined: ' + ','.join(se_null_mismatch))
                issues.append(f'{case} {key}: our standard error is null for {",".join(se_null_mismatch)}, determined in py')
            sr = f'{min(se_ratios):.3f}..{max(se_ratios):.3f}' if se_ratios else '-'
            print(f'{case} | {key} | {ours["chiSquare"]:.6g} | {chib:.6g} | {ratio:+.2e} | {worst[0]:.2g} {worst[1]} | {sr} | '
                  f'{"; ".join(notes)} [{time.time() - t0:.1f}s, {nres} starts, cond {cond:.1e}]')
            reference.setdefault(case, {})[key] = {
                'chiSquare': chib,
                'parameters': dict(zip(names, pb.tolist())),
                'standardErrors': dict(zip(names, se_py_best)),
                'oursChiSquare': ours['chiSquare'],
                # σ/|p| < 10 % and no equally good minimum elsewhere: worth asserting on.
                'wellDetermined': well_determined(circuit, names, pb, chib, se_py_best, found, mine, ours['chiSquare']),
            }
        # ---------------- Lin-KK
        for M, ofit in d.get('linKKfixed', {}).items():
            if 'error' in ofit:
                continue
            M = ofit['m']  # c = 1e-9 still steps down while μ < 0
            pf = kk_fit(f, Z, M)
            dx = np.max(np.abs(np.array(ofit['resistancesOhm']) - pf['x'][1:1 + M])) / max(1e-300, np.abs(pf['x'][1:1 + M]).max())
            if abs(ofit['maxResidual'] - pf['maxres']) > 1e-6 * max(pf['maxres'], 1e-3) or abs(ofit['mu'] - pf['mu']) > 1e-6 or dx > 1e-5:
                issues.append(f'{case} Lin-KK fixed M={M}: ours max {ofit["maxResidual"]:.6g} μ {ofit["mu"]:.6g}; py {pf["maxres"]:.6g} μ {pf["mu"]:.6g}; ΔR_k/max {dx:.2e}')
        inductive = int((Z.imag > 0).sum())
        rows = []
        for scan in ('down', 'up'):
            o = d['linKK'][scan]
            rep = kk_ours_rule(f, Z, scan)
            if rep['M'] != o['m'] or abs(rep['maxres'] - o['maxResidual']) > 1e-6 * max(rep['maxres'], 1e-3):
                issues.append(f'{case} Lin-KK {scan}: our code M={o["m"]} max {o["maxResidual"]:.4g}, re-implemented rule M={rep["M"]} max {rep["maxres"]:.4g}')
            valid_py, why = kk_verdict(rep, f)
            if valid_py != o['valid']:
                issues.append(f'{case} Lin-KK {scan}: verdict ours {o["valid"]} vs same rule in py {valid_py} ({why})')
            rows.append(f'{scan}: M={o["m"]} μ={o["mu"]:.3f} max={100 * o["maxResidual"]:.2f}% {"valid" if o["valid"] else "INVALID"}')
        def row(label, fit, ff):
            v, why = kk_verdict(fit, ff)
            return f'{label}: M={fit["M"]} μ={fit["mu"]:.2f} max={100 * fit["maxres"]:.2f}% {"valid" if v else "INVALID " + ",".join(why)}'

        rows.append(row('impy', kk_impy(f, Z), f))
        rows.append(row('impy+C', kk_impy(f, Z, with_c=True), f))
        rows.append(row('down+C', kk_ours_rule(f, Z, 'down', with_c=True), f))
        rows.append(row('Y&B+C', kk_yb(f, Z, with_c=True), f))
        keep = Z.imag <= 0
        if inductive and keep.sum() >= 5:
            rows.append(row(f'impy+C w/o {inductive} Z\'\'>0', kk_impy(f[keep], Z[keep], with_c=True), f[keep]))
        print(f'  Lin-KK {case} (N={len(f)}, {inductive} inductive): ' + ' | '.join(rows))
        # ---------------- DRT
        o = d.get('drt')
        if o and 'error' not in o:
            taus, gam, rinf = drt_nnls(f, Z)
            og = np.array(o['gammaOhm'])
            scale = max(gam.max(), 1e-300)
            err = np.abs(og - gam).max() / scale
            if len(og) != len(gam) or err > 1e-3 or abs(o['rInfOhm'] - rinf) > 1e-3 * np.abs(Z).max():
                issues.append(f'{case} DRT: max |Δγ|/max γ = {err:.2e}, R∞ ours {o["rInfOhm"]:.6g} py {rinf:.6g}')
            print(f'  DRT {case}: max |Δγ|/max γ = {err:.1e}, R∞ {o["rInfOhm"]:.5g} vs {rinf:.5g}')
    print('\nMaterial differences:')
    for i in issues:
        print(' -', i)
    if args.write_reference:
        note = (f'Reference CNLS fits for tests/unit/eis-crosscheck.test.ts, made by tests/tools/eis-crosscheck.py '
                f'(scipy {scipy.__version__} least_squares TRF, parameters in log space, starts per case: our fit, our initial '
                f'guess, {args.starts} random{", the best of an earlier run" if args.previous else ""}; '
                'weighting as named in each key; chiSquare = Σ w(ΔZ\'² + ΔZ\'\'²); standardErrors from s²(JᵀJ)⁻¹ at the optimum, '
                'J by central differences, null = not determined; wellDetermined: σ < 10 % of the value and no equally good '
                'minimum elsewhere (p(R1,CPE1) and p(R2,CPE2) may be swapped); oursChiSquare: fitCircuit at the time).')
        def rounded(v):
            if isinstance(v, float):
                return float(f'{v:.8g}')
            if isinstance(v, dict):
                return {k: rounded(x) for k, x in v.items()}
            if isinstance(v, list):
                return [rounded(x) for x in v]
            return v

        # One line per fit, so that a regenerated file diffs case by case.
        lines = [f'{{"note": {json.dumps(note, ensure_ascii=False)},', ' "cases": {']
        for ci, (case, fits) in enumerate(reference.items()):
            lines.append(f'  {json.dumps(case)}: {{')
            for ki, (key, val) in enumerate(fits.items()):
                comma = ',' if ki < len(fits) - 1 else ''
                lines.append(f'   {json.dumps(key)}: {json.dumps(rounded(val), ensure_ascii=False)}{comma}')
            lines.append('  }' + (',' if ci < len(reference) - 1 else ''))
        lines.append(' }}')
        with open(args.write_reference, 'w') as out:
            out.write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
