/**
 * Schemas for the data tables in content/data/<id>.yaml (zod 4).
 *
 * A table file has a header (id, review, sourceTable, title, caption, context, columns) and rows.
 * Every row is an object whose keys are the column keys plus a few fixed keys (id, note, flags,
 * family, method). The shape of a cell depends on the kind of its column, so the row schema is
 * built from the columns at validation time (see rowSchemaFor); this also rejects unknown keys.
 */
import { z } from 'zod';

/** Bibliography id of one of the four source reviews. */
export const reviewId = z.enum(['review-001', 'review-002', 'review-003', 'review-004']);

/** Ids of the data files. */
export const tableId = z.enum([
  '001-table-1',
  '001-table-2',
  '001-table-3',
  '001-table-4',
  '002-results',
  '003-table-1',
  '003-table-2',
  '004-table-1',
  '004-table-2',
  '004-table-3',
  '004-table-4',
]);

/** How a cell of a column is shaped and rendered. */
export const columnKind = z.enum([
  'formula', // { text, tex }
  'text', // plain string
  'quantity', // a number with its printed form
  'ref', // { number, ids }
  'composite', // a printed cell split into typed fields
  'list', // a list of composite entries (several printed lines in one cell)
]);

export const column = z
  .object({
    key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'column key must be camelCase'),
    label: z.string().min(1),
    kind: columnKind,
    /** Canonical unit shown in the header (quantity columns); omitted when each cell names its unit. */
    unit: z.string().min(1).optional(),
    /** Our own explanation of the column, e.g. what the source's header meant. */
    description: z.string().optional(),
  })
  .strict();

/**
 * Chemical formula: Unicode text as the source intends it, plus KaTeX source. `tex` may be left
 * out in the YAML when it follows mechanically from `text` (subscripts, en dashes); parseTableFile
 * then fills it in with formulaToTex, so loaded tables always carry both.
 */
export const formulaCell = z
  .object({
    text: z.string().min(1),
    tex: z.string().min(1).optional(),
  })
  .strict();

export const qualifier = z.enum(['approx', 'lt', 'gt', 'le', 'ge']);

export const temperatureBasis = z.enum([
  'measured', // the source states the measuring temperature
  'room-temperature-nominal', // "RT" / "room temperature" read as 25 °C
  'table-header', // the table header states one temperature for the whole column
  'not-stated', // temperature-dependent quantity with no temperature given
]);

/**
 * A quantity: `value` is canonical (in the unit the column or `unit` names); `printed` is the
 * source's own text for the cell (value with unit); `upper` closes a range (value = lower bound).
 */
export const quantityCell = z
  .object({
    value: z.number().finite(),
    printed: z.string().min(1),
    unit: z.string().min(1).optional(),
    qualifier: qualifier.optional(),
    upper: z.number().finite().optional(),
    uncertainty: z.number().finite().nonnegative().optional(),
    temperatureC: z.number().finite().optional(),
    temperatureBasis: temperatureBasis.optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((q) => q.upper === undefined || q.upper >= q.value, {
    message: 'upper must not be smaller than value',
    path: ['upper'],
  })
  .refine((q) => q.temperatureC === undefined || q.temperatureBasis !== undefined, {
    message: 'temperatureC needs a temperatureBasis',
    path: ['temperatureBasis'],
  });

/** A reference as printed in the source table, and the bibliography ids it resolves to. */
export const refCell = z
  .object({
    number: z.string().min(1),
    ids: z.array(z.string().regex(/^(review-00[1-4]|00[1-4]-\d+[a-z]?)$/, 'malformed reference id')).min(1),
  })
  .strict();

/** Typed fields that a composite cell may carry, all optional; units are in the names. */
export const compositeCell = z
  .object({
    printed: z.string().min(1),
    label: z.string().optional(),
    cycles: z.number().int().nonnegative().optional(),
    cyclesUpper: z.number().int().nonnegative().optional(),
    cRate: z.number().positive().optional(),
    cRateUpper: z.number().positive().optional(),
    currentDensityMaPerCm2: z.number().positive().optional(),
    currentDensityUpperMaPerCm2: z.number().positive().optional(),
    currentMa: z.number().positive().optional(),
    specificCurrentMaPerG: z.number().positive().optional(),
    stepDurationH: z.number().positive().optional(),
    lifetimeH: z.number().positive().optional(),
    capacityMahPerG: z.number().positive().optional(),
    arealCapacityMahPerCm2: z.number().positive().optional(),
    capacityRetentionPct: z.number().min(0).max(200).optional(),
    capacityFadePerCyclePct: z.number().min(0).optional(),
    coulombicEfficiencyPct: z.number().min(0).max(200).optional(),
    activationEnergyEv: z.number().positive().optional(),
    temperatureC: z.number().finite().optional(),
    durationMin: z.number().positive().optional(),
    cathode: z.string().optional(),
    stage: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const listCell = z.array(compositeCell).min(1);

export const severity = z.enum(['info', 'warning', 'error']);

export const flag = z
  .object({
    field: z.string().min(1),
    severity,
    message: z.string().min(10),
  })
  .strict();

const rowBase = {
  id: z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, 'row id must be a lower-case slug'),
  /** Filter group for conductivity rows (e.g. nasicon-latp, sulfide-glass). */
  family: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Preparation method when the table states one (slug). */
  method: z.string().regex(/^[a-z0-9-]+$/).optional(),
  note: z.string().optional(),
  /** Why a row has no reference (required when the table's ref cell is absent). */
  noRefReason: z.string().optional(),
  flags: z.array(flag).optional(),
};

const cellSchemas = {
  formula: formulaCell,
  text: z.string().min(1),
  quantity: quantityCell,
  ref: refCell,
  composite: compositeCell,
  list: listCell,
} as const;

/** Row schema built from a table's columns; unknown keys are rejected. */
export function rowSchemaFor(columns: readonly Column[]) {
  const shape: Record<string, z.ZodType> = { ...rowBase };
  for (const c of columns) shape[c.key] = cellSchemas[c.kind].optional();
  return z.object(shape).strict();
}

/** Header of a table file; rows are checked separately with rowSchemaFor. */
export const tableHeader = z
  .object({
    id: tableId,
    review: reviewId,
    sourceTable: z.string().min(1),
    title: z.string().min(5),
    caption: z.string().min(20),
    context: z.string().min(20),
    /** Abbreviations and reading notes in our own words. */
    footnotes: z.array(z.string().min(1)).optional(),
    columns: z.array(column).min(1),
    rows: z.array(z.unknown()).min(1),
  })
  .strict();

export type Column = z.infer<typeof column>;
export type ColumnKind = z.infer<typeof columnKind>;
export type FormulaCell = z.infer<typeof formulaCell>;
export type QuantityCell = z.infer<typeof quantityCell>;
export type RefCell = z.infer<typeof refCell>;
export type CompositeCell = z.infer<typeof compositeCell>;
export type ListCell = z.infer<typeof listCell>;
export type Flag = z.infer<typeof flag>;
export type Cell = FormulaCell | QuantityCell | RefCell | CompositeCell | ListCell | string;

/** A validated row: fixed keys plus one optional cell per column key. */
export type TableRow = {
  id: string;
  family?: string;
  method?: string;
  note?: string;
  noRefReason?: string;
  flags?: Flag[];
  [columnKey: string]: Cell | Flag[] | string | undefined;
};

export type DataTable = Omit<z.infer<typeof tableHeader>, 'rows'> & { rows: TableRow[] };
