// The VTF fit for polymer and composite electrolytes: T₀, B (and k_B·B) and A with uncertainties, the AICc
// comparison with a straight line, and a plain message when the data cannot fix T₀. Physics in src/lib/vtf.ts.
import type { JSX } from 'preact';
import type { VtfFitResult } from '~/lib/vtf';
import { formatSig, formatWithError } from '~/lib/format';
import { kelvinToCelsius } from '~/lib/units';
import { interval } from './FitTable';

export function VtfPanel({ result }: { result: VtfFitResult }): JSX.Element {
  const r = result;
  const dof = r.n - 3;
  return (
    <div class="calc-arrhenius-vtf">
      <p class="calc-results__title">VTF fit: σ = A T<sup>−1/2</sup> exp[−B/(T − T<sub>0</sub>)]</p>
      {r.problem && <p class="calc-field__error" role="alert">{r.problem}</p>}
      {r.determined && <table class="calc-results-table">
        <tbody>
          <tr><th scope="row">T<sub>0</sub> (K) ± SE</th><td>{formatWithError(r.t0K, r.t0StdErrK)}</td><td>{formatSig(kelvinToCelsius(r.t0K), 3)} °C</td></tr>
          <tr><th scope="row">95 % interval of T<sub>0</sub> (K)</th><td>{r.t0Ci95K ? interval(r.t0Ci95K.low, r.t0Ci95K.high) : '—'}</td><td /></tr>
          <tr><th scope="row">B (K) ± SE</th><td>{formatWithError(r.pseudoActivationK, r.pseudoActivationStdErrK)}</td><td>k<sub>B</sub>B = {formatSig(r.pseudoActivationEv, 3)} eV</td></tr>
          <tr><th scope="row">A</th><td>{r.prefactorSSqrtKPerCm === null ? `ln A = ${formatSig(r.lnPrefactor, 4)}` : formatSig(r.prefactorSSqrtKPerCm)}</td><td>S K<sup>1/2</sup>/cm</td></tr>
        </tbody>
      </table>}
      {!r.determined && <p class="calc-working">Best curve found: T<sub>0</sub> = {formatSig(r.t0K, 3)} K, B = {formatSig(r.pseudoActivationK, 3)} K; neither is meaningful while T<sub>0</sub> is not fixed by the data.</p>}
      <p class="calc-working">
        Fitted by least squares on ln σ: for each trial T<sub>0</sub> the model ln(σ√T) = ln A − B/(T − T<sub>0</sub>) is a straight line in 1/(T − T<sub>0</sub>), and
        T<sub>0</sub> is the value between 0 K and 1 K below the coldest point that leaves the smallest scatter. Errors from the three-parameter model
        at that optimum, 95 % intervals with Student's t for {dof} degree{dof === 1 ? '' : 's'} of freedom (t = {r.tFactor95.toFixed(2)}).
        {r.deltaAiccVsArrhenius !== null && ` Compared with T₀ fixed at 0 K (a straight line of ln(σ√T) against 1/T): AICc of the line minus AICc of VTF = ${formatSig(r.deltaAiccVsArrhenius, 3)}; ${r.deltaAiccVsArrhenius > 2 ? 'above 2, so the curvature is real' : r.deltaAiccVsArrhenius < -2 ? 'below −2, so the straight line is the better description' : 'between −2 and 2, so the data cannot tell the two apart'}.`}
      </p>
    </div>
  );
}
