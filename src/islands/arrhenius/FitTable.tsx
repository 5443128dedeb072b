// The two Arrhenius fits side by side (σT form and σ form): Eₐ in eV and kJ/mol with its standard error,
// R², and the prefactor. The form used for the plot and the extrapolation is marked.
import type { JSX } from 'preact';
import type { ArrheniusFitResult, ArrheniusForm } from '~/lib/arrhenius';
import { formatSig } from '~/lib/format';
import { evToKjPerMol } from '~/lib/units';
import type { Attempt } from '../shared/attempt';

export const FORM_LABEL: Record<ArrheniusForm, string> = { sigmaT: 'σT form: ln(σT) against 1/T', sigma: 'σ form: ln σ against 1/T' };

interface Props { fits: Record<ArrheniusForm, Attempt<ArrheniusFitResult>>; chosen: ArrheniusForm }

const withError = (value: number, error: number | null) => (error === null ? formatSig(value) : `${formatSig(value)} ± ${formatSig(error, 2)}`);

function cells(fit: Attempt<ArrheniusFitResult>, row: (f: ArrheniusFitResult) => string): string {
  return fit.ok ? row(fit.value) : '—';
}

const ROWS: { label: string; row: (f: ArrheniusFitResult) => string }[] = [
  { label: 'Activation energy Eₐ (eV)', row: (f) => withError(f.activationEnergyEv, f.activationEnergyStdErrEv) },
  { label: 'Activation energy Eₐ (kJ/mol)', row: (f) => withError(f.activationEnergyKjPerMol, f.activationEnergyStdErrEv === null ? null : evToKjPerMol(f.activationEnergyStdErrEv)) },
  { label: 'R² of the straight line', row: (f) => (f.n >= 3 ? f.rSquared.toFixed(4) : 'needs 3 or more points') },
  {
    label: 'Prefactor A',
    row: (f) => {
      const a = f.form === 'sigmaT' ? f.prefactorSKPerCm : f.prefactorSPerCm;
      return a === null ? `ln A = ${formatSig(f.lnPrefactor, 4)} (A in ${f.prefactorUnit})` : `${formatSig(a)} ${f.prefactorUnit}`;
    },
  },
];

export function FitTable({ fits, chosen }: Props): JSX.Element {
  const forms: ArrheniusForm[] = ['sigmaT', 'sigma'];
  const cellStyle = (form: ArrheniusForm) => ({ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: form === chosen ? 700 : 400, fontVariantNumeric: 'tabular-nums' }) as const;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table class="calc-results-table calc-arrhenius-fits">
        <caption style={{ textAlign: 'left', fontSize: 'var(--sl-text-sm)', paddingBottom: '0.25rem' }}>
          Least-squares fits of the same points in both forms; the bold column ({chosen === 'sigmaT' ? 'σT form' : 'σ form'}) is used for the plot and the extrapolation. Errors are one standard error of the slope.
        </caption>
        <thead>
          <tr>
            <th scope="col">Quantity</th>
            {forms.map((f) => <th scope="col" style={{ textAlign: 'right', fontWeight: f === chosen ? 700 : 400 }}>{FORM_LABEL[f]}{f === chosen ? ' (used)' : ''}</th>)}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ label, row }) => (
            <tr>
              <th scope="row">{label}</th>
              {forms.map((f) => <td style={cellStyle(f)}>{cells(fits[f], row)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
