/**
 * Pure formatting helpers for table values and downloads (CSV, JSON). No DOM.
 */
import type { DataTable, QuantityCell, CompositeCell, FormulaCell, RefCell, TableRow, Column, ListCell } from '../../schemas/table';
import { countSignificantFigures, normaliseSuperscripts } from './printed';

const SUP: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺' };

/** Unicode superscript form of an integer, e.g. -3 → "⁻³". */
export function superscript(n: number): string {
  return String(n).replace(/[0-9+-]/g, (c) => SUP[c] ?? c);
}

export interface Scientific {
  mantissa: string;
  exponent: number;
  /** Plain text, e.g. "1.2 × 10⁻³" (just the mantissa when exponent is 0). */
  text: string;
  /** KaTeX source, e.g. "1.2 \\times 10^{-3}". */
  tex: string;
}

/**
 * Scientific notation with a chosen number of significant figures. Without `significantFigures`,
 * the shortest mantissa (up to 6 figures) that reproduces the value is used, so 7.25e-4 stays "7.25".
 */
export function formatScientific(value: number, significantFigures?: number): Scientific {
  if (!Number.isFinite(value)) throw new RangeError(`formatScientific: not a finite number: ${value}`);
  if (value === 0) return { mantissa: '0', exponent: 0, text: '0', tex: '0' };
  let digits = significantFigures;
  if (digits === undefined) {
    digits = 1;
    while (digits < 6 && Number(value.toExponential(digits - 1)) !== Number(value.toPrecision(12))) digits++;
  }
  const [m, e] = value.toExponential(Math.max(0, digits - 1)).split('e');
  const exponent = Number(e);
  const mantissa = m;
  const text = exponent === 0 ? mantissa : `${mantissa} × 10${superscript(exponent)}`;
  const tex = exponent === 0 ? mantissa : `${mantissa} \\times 10^{${exponent}}`;
  return { mantissa, exponent, text, tex };
}

/** Significant figures the source printed for a quantity (falls back to the shortest form). */
export function printedSignificantFigures(printed: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)/.exec(normaliseSuperscripts(printed));
  if (!m) return undefined;
  // a bare "10⁻⁴" prints one figure
  if (/^\s*10\s*[-⁻]/.test(printed) || /^\s*10\^/.test(printed)) return 1;
  return countSignificantFigures(m[1]!);
}

/** Canonical value of a quantity cell in scientific form, keeping the figures the source printed. */
export function formatQuantityValue(q: QuantityCell): Scientific {
  return formatScientific(q.value, printedSignificantFigures(q.printed));
}

// ---------------------------------------------------------------- CSV

/** Quote one CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'number' ? String(value) : String(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',');
}

const COMPOSITE_UNITS: Record<string, string> = {
  cycles: '',
  cyclesUpper: '',
  cRate: 'C',
  cRateUpper: 'C',
  currentDensityMaPerCm2: 'mA/cm²',
  currentDensityUpperMaPerCm2: 'mA/cm²',
  currentMa: 'mA',
  specificCurrentMaPerG: 'mA/g',
  stepDurationH: 'h',
  lifetimeH: 'h',
  capacityMahPerG: 'mAh/g',
  arealCapacityMahPerCm2: 'mAh/cm²',
  capacityRetentionPct: '%',
  capacityFadePerCyclePct: '%',
  coulombicEfficiencyPct: '%',
  activationEnergyEv: 'eV',
  temperatureC: '°C',
  durationMin: 'min',
};

interface CsvColumn {
  header: string;
  get: (row: TableRow) => unknown;
}

function csvColumnsFor(table: DataTable): CsvColumn[] {
  const out: CsvColumn[] = [{ header: 'id', get: (r) => r.id }];
  if (table.rows.some((r) => r.family)) out.push({ header: 'family', get: (r) => r.family });
  if (table.rows.some((r) => r.method)) out.push({ header: 'method', get: (r) => r.method });
  for (const c of table.columns) out.push(...csvColumnsForColumn(table, c));
  out.push({ header: 'note', get: (r) => r.note ?? r.noRefReason });
  out.push({
    header: 'flags',
    get: (r) => (r.flags ?? []).map((f) => `${f.severity} (${f.field}): ${f.message}`).join(' | '),
  });
  return out;
}

function csvColumnsForColumn(table: DataTable, c: Column): CsvColumn[] {
  const cell = (r: TableRow) => r[c.key];
  switch (c.kind) {
    case 'text':
      return [{ header: c.label, get: cell }];
    case 'formula':
      return [{ header: c.label, get: (r) => (cell(r) as FormulaCell | undefined)?.text }];
    case 'ref':
      return [
        { header: c.label, get: (r) => (cell(r) as RefCell | undefined)?.number },
        { header: `${c.label} (bibliography ids)`, get: (r) => (cell(r) as RefCell | undefined)?.ids.join('; ') },
      ];
    case 'quantity': {
      const q = (r: TableRow) => cell(r) as QuantityCell | undefined;
      const unitLabel = c.unit ? ` [${c.unit}]` : '';
      const cols: CsvColumn[] = [{ header: `${c.label}${unitLabel}`, get: (r) => q(r)?.value }];
      if (!c.unit) cols.push({ header: `${c.label} (unit)`, get: (r) => q(r)?.unit });
      if (table.rows.some((r) => q(r)?.upper !== undefined))
        cols.push({ header: `${c.label} upper${unitLabel}`, get: (r) => q(r)?.upper });
      if (table.rows.some((r) => q(r)?.uncertainty !== undefined))
        cols.push({ header: `${c.label} uncertainty${unitLabel}`, get: (r) => q(r)?.uncertainty });
      if (table.rows.some((r) => q(r)?.qualifier !== undefined))
        cols.push({ header: `${c.label} qualifier`, get: (r) => q(r)?.qualifier });
      if (table.rows.some((r) => q(r)?.temperatureC !== undefined)) {
        cols.push({ header: `${c.label} temperature [°C]`, get: (r) => q(r)?.temperatureC });
        cols.push({ header: `${c.label} temperature basis`, get: (r) => q(r)?.temperatureBasis });
      }
      cols.push({ header: `${c.label} (printed)`, get: (r) => q(r)?.printed });
      return cols;
    }
    case 'composite': {
      const comp = (r: TableRow) => cell(r) as CompositeCell | undefined;
      const fields = fieldNames(table.rows.map(comp));
      return [
        { header: `${c.label} (printed)`, get: (r) => comp(r)?.printed },
        ...fields.map((f) => ({
          header: `${c.label}: ${f}${COMPOSITE_UNITS[f] ? ` [${COMPOSITE_UNITS[f]}]` : ''}`,
          get: (r: TableRow) => (comp(r) as Record<string, unknown> | undefined)?.[f],
        })),
      ];
    }
    case 'list':
      return [
        {
          header: `${c.label} (printed)`,
          get: (r) => ((cell(r) as ListCell | undefined) ?? []).map((e) => (e.label ? `${e.label}: ${e.printed}` : e.printed)).join(' | '),
        },
        { header: `${c.label} (JSON)`, get: (r) => (cell(r) === undefined ? undefined : JSON.stringify(cell(r))) },
      ];
  }
}

function fieldNames(cells: (CompositeCell | undefined)[]): string[] {
  const names = new Set<string>();
  for (const c of cells) for (const k of Object.keys(c ?? {})) if (k !== 'printed' && k !== 'note') names.add(k);
  return [...names];
}

/** CSV download of a table: a header line, then one line per row (CRLF line ends, RFC 4180 quoting). */
export function toCsv(table: DataTable): string {
  const cols = csvColumnsFor(table);
  const lines = [csvLine(cols.map((c) => c.header)), ...table.rows.map((r) => csvLine(cols.map((c) => c.get(r))))];
  return lines.join('\r\n') + '\r\n';
}

/** JSON download of a table, with its source named. */
export function toJson(table: DataTable): string {
  return JSON.stringify(table, null, 2) + '\n';
}

/** Columns that name a row's material, in order of preference (shared with the data explorer's pooling). */
export const MATERIAL_KEYS = ['composition', 'electrolyte', 'membrane', 'configuration', 'sample', 'layer'] as const;

/** How a reader names a row of a table: its material (MATERIAL_KEYS), else its first text or formula cell,
 *  and its position from 1; "row n" when the row has no such text. Internal row ids never reach the page. */
export function rowName(table: Pick<DataTable, 'columns' | 'rows'>, rowId: string): { name: string; number: number } {
  const index = table.rows.findIndex((r) => r.id === rowId);
  const row = table.rows[index];
  const textOf = (cell: unknown) => (typeof cell === 'string' ? cell : typeof cell === 'object' && cell !== null && typeof (cell as { text?: unknown }).text === 'string' ? (cell as { text: string }).text : undefined);
  const keys = [...MATERIAL_KEYS.filter((k) => table.columns.some((c) => c.key === k)), ...table.columns.filter((c) => c.kind === 'text' || c.kind === 'formula').map((c) => c.key)];
  const name = row && keys.map((k) => textOf(row[k])).find((t) => t !== undefined && t.trim() !== '');
  return { name: name ?? `row ${index + 1}`, number: index + 1 };
}
