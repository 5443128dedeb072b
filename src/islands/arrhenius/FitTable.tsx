// The two Arrhenius fits side by side (σT form and σ form): Eₐ in eV and kJ/mol with its standard error and
// 95 % interval, ln A with its standard error, their correlation, R², the curvature check and the prefactor.
// The form used for the plot and the extrapolation is marked.
import type { JSX } from 'preact';
import type { ArrheniusFitKind, ArrheniusFitResult, ArrheniusForm } from '~/lib/arrhenius';
import { formatSig, formatWithError } from '~/lib/format';
import { evToKjPerMol } from '~/lib/units';
import type { Attempt } from '../shared/attempt';
import { useIdScope } from '../shared/idScope';

export const FORM_LABEL: Record<ArrheniusForm, string> = { sigmaT: 'σT form: ln(σT) against 1/T', sigma: 'σ form: ln σ against 1/T' };

interface Props { fits: Record<ArrheniusForm, Attempt<ArrheniusFitResult>>; chosen: ArrheniusForm }

/** Three significant figures, trailing zeros kept (0.320, not 0.32). */
export const sig3 = (value: number) => (Math.abs(value) >= 1e-2 && Math.abs(value) < 1e3 ? value.toPrecision(3).replace('-', '−') : formatSig(value));

function cells(fit: Attempt<ArrheniusFitResult>, row: (f: ArrheniusFitResult) => string): string {
  return fit.ok ? row(fit.value) : '—';
}

/** An interval "low to high" to the decimals of its half-width's second significant figure. */
export function interval(low: number, high: number): string {
  const half = (high - low) / 2;
  if (!(half > 0)) return `${sig3(low)} to ${sig3(high)}`;
  const decimals = Math.min(6, Math.max(0, 1 - Math.floor(Math.log10(half))));
  if (Math.abs(low) >= 1e4 || Math.abs(high) >= 1e4) return `${sig3(low)} to ${sig3(high)}`;
  return `${low.toFixed(decimals).replace('-', '−')} to ${high.toFixed(decimals).replace('-', '−')}`;
}

const ROWS: { label: string; row: (f: ArrheniusFitResult) => string }[] = [
  { label: 'Activation energy Eₐ (eV)', row: (f) => formatWithError(f.activationEnergyEv, f.activationEnergyStdErrEv) },
  { label: '95 % interval of Eₐ (eV)', row: (f) => (f.activationEnergyCi95Ev ? interval(f.activationEnergyCi95Ev.low, f.activationEnergyCi95Ev.high) : 'needs 3 points') },
  { label: 'Activation energy Eₐ (kJ/mol)', row: (f) => formatWithError(f.activationEnergyKjPerMol, f.activationEnergyStdErrEv === null ? null : evToKjPerMol(f.activationEnergyStdErrEv)) },
  { label: 'ln A', row: (f) => formatWithError(f.lnPrefactor, f.lnPrefactorStdErr) },
  {
    label: 'Prefactor A',
    row: (f) => {
      const a = f.form === 'sigmaT' ? f.prefactorSKPerCm : f.prefactorSPerCm;
      return a === null ? `ln A = ${formatSig(f.lnPrefactor, 4)} (A in ${f.prefactorUnit})` : `${formatSig(a)} ${f.prefactorUnit}`;
    },
  },
  { label: 'Correlation of Eₐ and ln A', row: (f) => (f.correlationEaLnA === null ? 'needs 3 points' : f.correlationEaLnA.toFixed(4).replace('-', '−')) },
  { label: 'R² of the line', row: (f) => (f.n >= 3 ? f.rSquared.toFixed(4) : 'needs 3 points') },
  {
    label: 'Curvature (quadratic-term test)',
    row: (f) => {
      if (f.n < 4) return 'needs 4 points';
      if (!f.curvature) return 'none (exact line)';
      const p = f.curvature.p < 0.001 ? 'p < 0.001' : `p = ${f.curvature.p.toFixed(3)}`;
      return f.curved ? `bends (${p})` : `straight (${p})`;
    },
  },
];

/** What each fit kind is, for the sentence under the table. */
export const FIT_KIND_TEXT: Record<ArrheniusFitKind, string> = {
  ordinary: 'Ordinary least squares: every point counts equally.',
  weighted: 'Weighted least squares: each point weighted by 1/(δσ/σ)², from the uncertainty column.',
  'effective-variance': 'Weighted least squares by the effective variance (σ and T uncertainties together; Orear 1982): each point weighted by 1/[(δσ/σ)² + (∂y/∂T)² δT²].',
};

const SHORT: Record<ArrheniusForm, string> = { sigmaT: 'σT form', sigma: 'σ form' };
/** Keep a number's parts together ("2.37 × 10⁴") while letting a line break fall before "±" parts and units. */
const keep = (text: string) => text.replace(/(\d) × 10/g, '$1\u00a0×\u00a010').replace(/± /g, '±\u00a0');

export function FitTable({ fits, chosen }: Props): JSX.Element {
  const forms: ArrheniusForm[] = ['sigmaT', 'sigma'];
  const captionId = useIdScope()('arr-fits-caption');
  const picked = fits[chosen];
  const any = picked.ok ? picked.value : null;
  const tText = any?.tFactor95 ? `n = ${any.n}, ${any.n - 2} degree${any.n - 2 === 1 ? '' : 's'} of freedom, t = ${any.tFactor95.toFixed(2)}` : '';
  const cellStyle = (form: ArrheniusForm) => ({ textAlign: 'right', fontWeight: form === chosen ? 700 : 400, fontVariantNumeric: 'tabular-nums' }) as const;
  return (
    <>
      <p class="calc-working" id={captionId}>
        The same points fitted in both forms: the σT form fits ln(σT) against 1/T, the σ form ln σ against 1/T. The bold column
        ({SHORT[chosen]}) is used for the plot and the extrapolation. ± is one standard error; a 95 % interval is the value ± t × SE,
        with Student's t for n − 2 degrees of freedom{tText ? ` (here ${tText})` : ''}: with 3 points t = 12.71, with 10 points t = 2.31, so few points give wide intervals.
      </p>
      <div class="calc-scroll" tabIndex={0} role="region" aria-label="Fit results in both Arrhenius forms">
      <table class="calc-results-table calc-arrhenius-fits" aria-describedby={captionId}>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            {forms.map((f) => <th scope="col" style={{ textAlign: 'right', fontWeight: f === chosen ? 700 : 400 }}>{SHORT[f]}{f === chosen ? ' (used)' : ''}</th>)}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ label, row }) => (
            <tr>
              <th scope="row">{label}</th>
              {forms.map((f) => <td style={cellStyle(f)}>{keep(cells(fits[f], row))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}
