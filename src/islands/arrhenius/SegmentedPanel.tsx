// The two-regime (segmented) Arrhenius fit: both slopes with their uncertainties, where the break lies, and
// whether two lines describe the data better than one (F test and AICc, each with what it means).
// Physics in src/lib/arrhenius-segmented.ts.
import type { JSX } from 'preact';
import type { SegmentedFitResult } from '~/lib/arrhenius-segmented';
import { AICC_THRESHOLD } from '~/lib/arrhenius-segmented';
import { formatSig, formatWithError } from '~/lib/format';
import { kelvinToCelsius } from '~/lib/units';
import { interval } from './FitTable';

const tC = (k: number) => `${formatSig(kelvinToCelsius(k), 3)} °C`;
const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** The verdict in words, from the F test and the AICc together. */
function verdict(r: SegmentedFitResult): string {
  if (r.p === null) return 'One line already passes through every point exactly: there is no break to find.';
  const aic = r.deltaAicc;
  if (r.twoRegimes) return 'Two lines describe these data better than one: treat the two regimes separately and quote an activation energy for each.';
  if (aic !== null && aic < -AICC_THRESHOLD) return 'One line is the better description: the extra parameters of a second line are not earned by the data.';
  return 'The data do not show a break clearly: one line is enough unless there is other evidence (a known phase transition, a change in the impedance spectra).';
}

export function SegmentedPanel({ result }: { result: SegmentedFitResult }): JSX.Element {
  const r = result;
  const rows: [string, string, string][] = [
    ['Eₐ (eV) ± SE', formatWithError(r.hot.activationEnergyEv, r.hot.activationEnergyStdErrEv), formatWithError(r.cold.activationEnergyEv, r.cold.activationEnergyStdErrEv)],
    ['95 % interval of Eₐ (eV)', r.hot.activationEnergyCi95Ev ? interval(r.hot.activationEnergyCi95Ev.low, r.hot.activationEnergyCi95Ev.high) : '—',
      r.cold.activationEnergyCi95Ev ? interval(r.cold.activationEnergyCi95Ev.low, r.cold.activationEnergyCi95Ev.high) : '—'],
    ['ln A ± SE', formatWithError(r.hot.lnPrefactor, r.hot.lnPrefactorStdErr), formatWithError(r.cold.lnPrefactor, r.cold.lnPrefactorStdErr)],
    ['Points', String(r.hot.n), String(r.cold.n)],
  ];
  return (
    <div class="calc-arrhenius-segmented">
      <p class="calc-results__title">Two regimes: a line on each side of a break</p>
      <table class="calc-results-table">
        <thead><tr><th scope="col">Quantity</th><th scope="col" style={{ textAlign: 'right' }}>hot side</th><th scope="col" style={{ textAlign: 'right' }}>cold side</th></tr></thead>
        <tbody>
          {rows.map(([label, hot, cold]) => <tr><th scope="row">{label}</th><td style={{ textAlign: 'right' }}>{hot}</td><td style={{ textAlign: 'right' }}>{cold}</td></tr>)}
        </tbody>
      </table>
      <p class="calc-working">
        Best break: between {tC(r.breakBeforeK)} and {tC(r.breakAfterK)} (searched over every gap between neighbouring temperatures, at least 3 points a side)
        {r.crossingK !== null ? `; the two lines cross at ${tC(r.crossingK)}` : ''}.
      </p>
      <p class="calc-working">
        {r.f !== null && r.p !== null
          ? <>F test: F = {formatSig(r.f, 3)} with 2 and {r.single.n - 4} degrees of freedom, {pText(r.p)}: the chance that one straight line plus scatter would improve this much by a second line. It is optimistic, because the break was chosen to fit best.</>
          : r.p === 0 ? <>The two lines pass through their points exactly while one line does not: the break is certain.</> : <>One line is exact; no test is needed.</>}
        {' '}
        {r.deltaAicc !== null
          ? <>AICc (counting the break as a parameter): one line minus two lines = {formatSig(r.deltaAicc, 3)}; above {AICC_THRESHOLD} favours two lines, below −{AICC_THRESHOLD} one line, in between the data cannot tell.</>
          : <>The AICc comparison needs at least 8 points.</>}
      </p>
      <p class={r.twoRegimes ? 'calc-field__hint' : 'calc-working'}><strong>{verdict(r)}</strong></p>
    </div>
  );
}
