// Kramers–Kronig check of the data (Lin-KK): the cutoff c, the number of Voigt elements M and μ chosen,
// whether the residuals pass, and the residual plot.
import type { JSX } from 'preact';
import { MAX_RESIDUAL, residualPercentText, type LinKkResult } from '~/lib/eis/lin-kk';
import { formatSig } from '~/lib/format';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import type { Attempt } from '../shared/attempt';
import { ResidualPlot } from './ResidualPlot';

interface Props {
  value: string; onInput: (t: string) => void; error?: string;
  capacitance: string; onCapacitance: (x: string) => void; capacitanceUsed: boolean; capacitanceError?: string;
  kk: Attempt<LinKkResult> | null; busy: boolean; frequenciesHz: number[]; name: string }

export function KkPanel({ value, onInput, error, capacitance, onCapacitance, capacitanceUsed, capacitanceError, kk, busy, frequenciesHz, name }: Props): JSX.Element {
  const r = kk?.ok ? kk.value : null;
  return (
    <section class="eis-panel" aria-labelledby="eis-kk-title">
      <p id="eis-kk-title" class="eis-subtitle">Kramers–Kronig check (Lin-KK)</p>
      <NumberField id="eis-kk" label="μ cutoff c (fewer Voigt elements when lower)" value={value} onInput={onInput} error={error}
        hint="0.85 as Schönleber et al. propose. Of the chains whose μ lies below c, the smallest that fits nearly as well as the best is used." />
      <SelectField id="eis-kkC" label="Series capacitance in the test" value={capacitance} onChange={onCapacitance} options={[
        { value: 'auto', label: 'when the circuit has a C or CPE in series' }, { value: 'yes', label: 'always (blocking electrodes)' }, { value: 'no', label: 'never' }]}
        hint={capacitanceUsed ? 'Included: the Voigt chain alone cannot follow the capacitive tail of blocking electrodes.' : 'Not included: the Voigt chain and a series resistance (and inductance) only.'} />
      {capacitanceError && <p class="calc-field__error" role="alert">{capacitanceError}</p>}
      {busy && <p class="calc-field__hint">Testing…</p>}
      {kk && !kk.ok && <p class="calc-field__error" role="alert">{kk.message}</p>}
      {r && (
        <>
          <p class={r.valid ? 'eis-pass' : 'eis-fail'}>
            {r.valid ? 'Passes' : 'Fails'}: M = {r.m} Voigt elements, μ = {formatSig(r.mu, 3)} (cutoff {formatSig(r.c, 2)}), largest residual {residualPercentText(r.maxResidual)} (limit {residualPercentText(MAX_RESIDUAL)}).
            {r.valid ? ' The data are consistent with a linear, causal, stable system.' : ' Part of the spectrum cannot come from a linear, stable system; a fit to it is not trustworthy there.'}
          </p>
          {r.warnings.length > 0 && <ul class="calc-warnings">{r.warnings.map((w) => <li>{w}</li>)}</ul>}
          <ResidualPlot title="Kramers–Kronig residuals" file="kk-residuals.svg" frequenciesHz={frequenciesHz} real={r.residualsReal} imag={r.residualsImag}
            description={`${name}: residuals of the Lin-KK fit with ${r.m} elements, largest ${residualPercentText(r.maxResidual)}.`} />
        </>
      )}
    </section>
  );
}
