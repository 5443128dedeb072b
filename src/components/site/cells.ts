// How each kind of table cell reads on the page and sorts (build time).
import { formatQuantityValue, type Column, type CompositeCell, type FormulaCell, type QuantityCell, type RefCell, type TableRow } from '~/lib/data';

const QUALIFIER: Record<string, string> = { approx: '≈ ', lt: '< ', gt: '> ', le: '≤ ', ge: '≥ ' };

/** Display text of a quantity: qualifier, value in scientific form, range and uncertainty. */
export function quantityText(q: QuantityCell): string {
  const main = formatQuantityValue(q).text;
  const upper = q.upper !== undefined ? `–${formatQuantityValue({ ...q, value: q.upper }).text}` : '';
  const unc = q.uncertainty !== undefined ? ` ± ${formatQuantityValue({ ...q, value: q.uncertainty }).text}` : '';
  return `${QUALIFIER[q.qualifier ?? ''] ?? ''}${main}${upper}${unc}${q.unit ? ` ${q.unit}` : ''}`;
}

/** Text shown in a cell, and the key it sorts by (numbers sort numerically). */
export function cellView(row: TableRow, column: Column): { text: string; sortKey: string | number; refs?: RefCell } {
  const cell = row[column.key];
  if (cell === undefined) return { text: '', sortKey: '' };
  switch (column.kind) {
    case 'text':
      return { text: cell as string, sortKey: (cell as string).toLowerCase() };
    case 'formula':
      return { text: (cell as FormulaCell).text, sortKey: (cell as FormulaCell).text.toLowerCase() };
    case 'quantity':
      return { text: quantityText(cell as QuantityCell), sortKey: (cell as QuantityCell).value };
    case 'ref':
      return { text: (cell as RefCell).number, sortKey: Number.parseInt((cell as RefCell).number, 10) || 0, refs: cell as RefCell };
    case 'composite':
      return { text: (cell as CompositeCell).printed, sortKey: (cell as CompositeCell).printed.toLowerCase() };
    case 'list': {
      const items = cell as CompositeCell[];
      return { text: items.map((e) => (e.label ? `${e.label}: ${e.printed}` : e.printed)).join('\n'), sortKey: items[0]?.printed.toLowerCase() ?? '' };
    }
  }
}
