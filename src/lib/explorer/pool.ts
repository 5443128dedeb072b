/**
 * Pooling the conductivity rows of every data table into one typed list for the data explorer.
 * Pure: takes validated tables and the bibliography, returns plain JSON-safe records.
 *
 * Which rows count: every row with a quantity cell in a column keyed `sigmaSPerCm`, or a quantity
 * cell whose own unit is "S/cm" (the 002 case study keeps its values in one mixed `result` column).
 *
 * Family: the row's own `family` field when the data file gives one. Otherwise a documented
 * fallback (see fallbackFamily): a sample described as "pristine" LATP/LAGP joins that NASICON
 * family; rows of the interlayer studies (004-table-2, 002-results) join "interlayer"; anything
 * else is "other".
 *
 * Method: the row's `method` slug; else the slug of its `preparation` text (004-table-4); else
 * "not-stated".
 *
 * Year: the issued year of the row's first reference in the bibliography; a row without a ref cell
 * is credited to its source review.
 */
import type { DataTable, TableRow, QuantityCell, Flag } from '../../schemas/table';
import { MATERIAL_KEYS } from '../data/format';

export const FAMILIES = [
  { id: 'nasicon-latp', label: 'NASICON: LATP and Ti relatives' },
  { id: 'nasicon-lagp', label: 'NASICON: LAGP' },
  { id: 'sulfide-glass', label: 'Sulfide glass' },
  { id: 'sulfide-glass-ceramic', label: 'Sulfide glass-ceramic' },
  { id: 'sulfide-crystal', label: 'Sulfide crystal' },
  { id: 'composite', label: 'Polymer–LAGP composite' },
  { id: 'interlayer', label: 'NASICON with an interlayer' },
  { id: 'other', label: 'Other' },
] as const;

export type Family = (typeof FAMILIES)[number]['id'];
export const FAMILY_IDS: readonly Family[] = FAMILIES.map((f) => f.id);
export const familyLabel = (id: string): string => FAMILIES.find((f) => f.id === id)?.label ?? id;

export type TemperatureBasis = 'measured' | 'room-temperature-nominal' | 'table-header' | 'not-stated';

export interface ExplorerFlag { field: string; severity: Flag['severity']; message: string }

/** One conductivity value from one table row, in canonical units. */
export interface ConductivityRow {
  /** `${tableId}_${rowId}`: unique, URL-safe (neither part contains "_"). */
  key: string;
  tableId: string;
  rowId: string;
  /** The material as the table names it (formula text or plain text). */
  material: string;
  family: Family;
  /** Method slug ("not-stated" when unknown). */
  method: string;
  sigmaSPerCm: number;
  /** "lt", "gt", "approx"… when the source qualifies the value. */
  sigmaQualifier?: string;
  /** Measuring temperature, °C; absent when the source does not state one. */
  temperatureC?: number;
  temperatureBasis: TemperatureBasis;
  activationEnergyEv?: number;
  year?: number;
  refIds: string[];
  flags: ExplorerFlag[];
}

/** The few bibliography fields the pooling reads. */
export interface ReferenceLike { id: string; issued?: { 'date-parts'?: (number | string)[][] } }

/** Tables whose rows without a family are interlayer-modified electrolytes. */
const INTERLAYER_STUDY_TABLES = new Set(['004-table-2', '002-results']);

const METHOD_LABELS: Record<string, string> = {
  'not-stated': 'Not stated',
  'sol-gel': 'Sol–gel',
  'sol-gel-hot-pressing': 'Sol–gel + hot pressing',
  'ball-milling-sintering': 'Ball milling + sintering',
  'annealing-polishing': 'Annealing + polishing',
  'rf-sputtering': 'RF sputtering',
  'spark-plasma-sintering': 'Spark plasma sintering',
  'in-situ-thermal-polymerization': 'In situ thermal polymerisation',
  'in-situ-polymerization': 'In situ polymerisation',
};

/** Readable label of a method slug. */
export function methodLabel(slug: string): string {
  if (Object.hasOwn(METHOD_LABELS, slug)) return METHOD_LABELS[slug]!;
  const words = slug.split('-').filter(Boolean).join(' ');
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Not stated';
}

/** Lower-case ASCII slug of free text ("Solution casting and pressing" → "solution-casting-and-pressing"). */
export function slugify(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

export const isQuantity = (cell: unknown): cell is QuantityCell =>
  typeof cell === 'object' && cell !== null && !Array.isArray(cell) && typeof (cell as QuantityCell).value === 'number' && Number.isFinite((cell as QuantityCell).value) && typeof (cell as QuantityCell).printed === 'string';

/** Text of a text or formula cell (undefined for anything else). */
export function cellText(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'object' && cell !== null && typeof (cell as { text?: unknown }).text === 'string') return (cell as { text: string }).text;
  return undefined;
}

/** Issued year of a bibliography entry, if it has a plausible one. */
export function issuedYear(entry: ReferenceLike | undefined): number | undefined {
  const y = Number(entry?.issued?.['date-parts']?.[0]?.[0]);
  return Number.isInteger(y) && y > 1800 && y < 2200 ? y : undefined;
}

/** Family for a row whose data file gives none (rule in the module comment). */
export function fallbackFamily(tableId: string, material: string, context: string): Family {
  const text = `${material} ${context}`;
  if (/pristine/i.test(text) && /LATP/.test(text)) return 'nasicon-latp';
  if (/pristine/i.test(text) && /LAGP/.test(text)) return 'nasicon-lagp';
  if (INTERLAYER_STUDY_TABLES.has(tableId)) return 'interlayer';
  return 'other';
}

const asFamily = (id: string | undefined): Family | undefined => (FAMILY_IDS as readonly string[]).includes(id ?? '') ? (id as Family) : undefined;

/** The conductivity cell of a row, if any (rule in the module comment). */
function sigmaCell(row: TableRow): QuantityCell | undefined {
  const direct = row.sigmaSPerCm;
  if (isQuantity(direct)) return direct;
  for (const [key, cell] of Object.entries(row)) {
    if (key !== 'sigmaSPerCm' && isQuantity(cell) && cell.unit === 'S/cm') return cell;
  }
  return undefined;
}

function refIdsOf(row: TableRow, table: DataTable): string[] {
  for (const cell of Object.values(row)) {
    if (typeof cell === 'object' && cell !== null && !Array.isArray(cell) && Array.isArray((cell as { ids?: unknown }).ids) && typeof (cell as { number?: unknown }).number === 'string') {
      return [...(cell as { ids: string[] }).ids];
    }
  }
  return [table.review];
}

/** Every conductivity row of every table, in table order then row order. */
export function poolConductivity(tables: readonly DataTable[], references: readonly ReferenceLike[]): ConductivityRow[] {
  const byId = new Map(references.map((r) => [r.id, r]));
  const rows: ConductivityRow[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const sigma = sigmaCell(row);
      if (!sigma || !(sigma.value > 0)) continue;
      const material = MATERIAL_KEYS.map((k) => cellText(row[k])).find((t) => t !== undefined) ?? row.id;
      const preparation = cellText(row.preparation);
      const method = row.method ?? (preparation ? slugify(preparation) || 'not-stated' : 'not-stated');
      const ea = row.activationEnergyEv;
      const refIds = refIdsOf(row, table);
      const out: ConductivityRow = {
        key: `${table.id}_${row.id}`,
        tableId: table.id,
        rowId: row.id,
        material,
        family: asFamily(row.family) ?? fallbackFamily(table.id, material, cellText(row.quantity) ?? ''),
        method,
        sigmaSPerCm: sigma.value,
        temperatureBasis: sigma.temperatureBasis ?? 'not-stated',
        refIds,
        flags: (row.flags ?? []).map((f) => ({ field: f.field, severity: f.severity, message: f.message })),
      };
      if (sigma.qualifier) out.sigmaQualifier = sigma.qualifier;
      if (sigma.temperatureC !== undefined) out.temperatureC = sigma.temperatureC;
      if (isQuantity(ea) && ea.value > 0) out.activationEnergyEv = ea.value;
      const year = issuedYear(byId.get(refIds[0]!));
      if (year !== undefined) out.year = year;
      rows.push(out);
    }
  }
  return rows;
}
