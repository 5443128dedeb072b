// Distribution of relaxation times: λ stated and adjustable, the peaks with their time constants and
// resistances, the plot and its CSV.
import type { JSX } from 'preact';
import type { DrtResult } from '~/lib/eis/drt';
import { formatSig, withPrefix } from '~/lib/format';
import { NumberField } from '../fields/NumberField';
import type { Attempt } from '../shared/attempt';
import { csvText, downloadText } from '../shared/download';
import { DrtPlot } from './DrtPlot';

interface Props { value: string; onInput: (t: string) => void; error?: string; drt: Attempt<DrtResult> | null; busy: boolean; name: string }

const n8 = (x: number) => Number(x.toPrecision(8));

export function DrtPanel({ value, onInput, error, drt, busy, name }: Props): JSX.Element {
  const r = drt?.ok ? drt.value : null;
  const csv = () => r && downloadText('drt.csv', 'text/csv', csvText(['tau_s', 'gamma_ohm'], r.tauS.map((t, k) => [n8(t), n8(r.gammaOhm[k]!)])));
  return (
    <section class="eis-panel" aria-labelledby="eis-drt-title">
      <p id="eis-drt-title" class="eis-subtitle">Distribution of relaxation times (DRT)</p>
      <NumberField id="eis-lam" label="Regularisation λ (larger is smoother)" value={value} onInput={onInput} error={error}
        hint="Tikhonov regularisation with γ ≥ 0; try a few values a decade apart: a peak that survives them all is real." />
      {busy && <p class="calc-field__hint">Computing…</p>}
      {drt && !drt.ok && <p class="calc-field__error" role="alert">{drt.message}</p>}
      {r && (
        <>
          <p class="calc-working">λ = {formatSig(r.lambda, 2)}; R∞ = {withPrefix(r.rInfOhm, 'Ω')}; {r.peaks.length} peak{r.peaks.length === 1 ? '' : 's'}.</p>
          {r.peaks.length > 0 && (
            <table class="eis-table">
              <caption>DRT peaks</caption>
              <thead><tr><th scope="col">τ</th><th scope="col">f = 1/(2πτ)</th><th scope="col">R (area)</th></tr></thead>
              <tbody>{r.peaks.map((p) => <tr><td>{withPrefix(p.tauS, 's')}</td><td>{withPrefix(p.frequencyHz, 'Hz')}</td><td>{withPrefix(p.resistanceOhm, 'Ω')}</td></tr>)}</tbody>
            </table>
          )}
          {r.warnings.length > 0 && <ul class="calc-warnings">{r.warnings.map((w) => <li>{w}</li>)}</ul>}
          <DrtPlot drt={r} name={name} />
          <button type="button" class="eis-small-button" onClick={csv}>Download the DRT (CSV)</button>
        </>
      )}
    </section>
  );
}
