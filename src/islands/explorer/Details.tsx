// The row behind a picked point: values, where it sits in its table, its references and any flags.
import type { JSX } from 'preact';
import { formatSig } from '~/lib/format';
import { familyLabel, interlayerClassLabel, methodLabel, type ConductivityRow, type InterlayerRow } from '~/lib/explorer';

const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');
export const tableRowHref = (tableId: string, rowId: string) => `${BASE}/data/${tableId}/#${tableId}-${rowId}`;
export const refHref = (id: string) => `${BASE}/reference/bibliography/#ref-${id}`;

const BASIS: Record<string, string> = {
  measured: 'stated by the source',
  'room-temperature-nominal': '“room temperature”, read as 25 °C',
  'table-header': 'from the table header',
  'not-stated': 'not stated by the source',
};
const QUALIFIER: Record<string, string> = { approx: '≈ ', lt: '< ', gt: '> ', le: '≤ ', ge: '≥ ' };
const SEVERITY: Record<string, string> = { info: 'Note', warning: 'Doubtful value', error: 'Value that cannot be right' };

interface Props {
  item: { kind: 'row'; row: ConductivityRow } | { kind: 'layer'; row: InterlayerRow };
  refLabels: Record<string, string>;
  tableLabels: Record<string, string>;
  /** Present when the row can be added to the Arrhenius plot. */
  onAddLine?: () => void;
  onClose: () => void;
}

export function Details({ item, refLabels, tableLabels, onAddLine, onClose }: Props): JSX.Element {
  const r = item.row;
  const title = item.kind === 'row' ? item.row.material : item.row.label;
  return (
    <section class="xp-details" aria-label="Picked row">
      <div class="xp-details__head">
        <h3>{title}</h3>
        <button type="button" onClick={onClose} aria-label="Close the row details">Close</button>
      </div>
      <dl>
        {item.kind === 'row' ? (
          <>
            <dt>Conductivity σ</dt>
            <dd>{QUALIFIER[item.row.sigmaQualifier ?? ''] ?? ''}{formatSig(item.row.sigmaSPerCm)} S/cm
              {item.row.temperatureC !== undefined ? ` at ${formatSig(item.row.temperatureC, 4)} °C` : ''} (temperature {BASIS[item.row.temperatureBasis] ?? 'not stated'})</dd>
            <dt>Activation energy Eₐ</dt>
            <dd>{item.row.activationEnergyEv !== undefined ? `${formatSig(item.row.activationEnergyEv)} eV` : 'not given'}</dd>
            <dt>Family; method</dt>
            <dd>{familyLabel(item.row.family)}; {methodLabel(item.row.method)}</dd>
          </>
        ) : (
          <>
            <dt>Interlayer; electrolyte</dt>
            <dd>{item.row.layer}; {item.row.electrolyte || 'not named'} ({interlayerClassLabel(item.row.class)})</dd>
            <dt>Symmetric-cell lifetime</dt>
            <dd>{item.row.lifetimeH !== undefined ? `${formatSig(item.row.lifetimeH)} h` : 'not given'}
              {item.row.currentDensityMaPerCm2 !== undefined ? ` at ${formatSig(item.row.currentDensityMaPerCm2)} mA/cm²` : ''}</dd>
            <dt>Layer thickness</dt>
            <dd>{item.row.thicknessUm !== undefined ? `${formatSig(item.row.thicknessUm)} µm` : 'not given'}</dd>
          </>
        )}
        <dt>In the data</dt>
        <dd><a href={tableRowHref(r.tableId, r.rowId)}>{tableLabels[r.tableId] ?? r.tableId}: this row</a></dd>
        <dt>{r.refIds.length > 1 ? 'Sources' : 'Source'}{item.kind === 'row' && item.row.year !== undefined ? ` (${item.row.year})` : ''}</dt>
        <dd>{r.refIds.map((id, i) => <>{i > 0 && '; '}<a href={refHref(id)}>{refLabels[id] ?? id}</a></>)}</dd>
      </dl>
      {r.flags.length > 0 && (
        <ul class="xp-details__flags">
          {r.flags.map((f) => <li class={`xp-flag xp-flag--${f.severity}`}><strong>{SEVERITY[f.severity] ?? 'Note'} ({f.field}):</strong> {f.message}</li>)}
        </ul>
      )}
      {onAddLine && <button type="button" onClick={onAddLine}>Draw its Arrhenius line</button>}
    </section>
  );
}
