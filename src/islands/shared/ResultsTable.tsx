// Results as a small table of quantity, value (sensible significant figures) and unit.
import type { JSX } from 'preact';
import { formatSig } from '~/lib/format';

export interface ResultRow { label: string; value: number; unit: string; sig?: number }

export function ResultsTable({ rows, emptyText }: { rows: ResultRow[]; emptyText: string }): JSX.Element {
  if (rows.length === 0) return <p>{emptyText}</p>;
  return (
    <table class="calc-results-table">
      <tbody>
        {rows.map((row) => (
          <tr><th scope="row">{row.label}</th><td>{formatSig(row.value, row.sig ?? 3)}</td><td>{row.unit}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/** CSV rows (full precision) for the results download. */
export const resultRowsCsv = (rows: ResultRow[]): (string | number)[][] => rows.map((r) => [r.label, Number(r.value.toPrecision(8)), r.unit]);
