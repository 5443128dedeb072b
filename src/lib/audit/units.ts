/**
 * Check 2 — units and columns that do not match.
 *
 * Rules (severity in brackets):
 *  a. A quantity cell names a unit different from its column's unit [error].
 *  b. The printed form reads as a unit of another dimension than the column's (e.g. a density in a
 *     percentage column) [error]. The data validator only compares printed and stored values when
 *     the dimensions agree, so such a cell would otherwise pass silently.
 *  c. The printed form carries no unit although the column has a dimensional one [info].
 *  d. A cell is printed in a unit that only a minority of its column uses (e.g. kJ mol⁻¹ among eV);
 *     the stored value is converted, but the source column mixes units [info].
 *  e. A composite column mixes kinds of quantity: current without area among current densities
 *     [warning, cannot be converted], areal among specific capacities, minutes among hours, a capacity
 *     or a fade rate among retentions [info].
 *  f. A composite cell prints a garbled unit ("mA g h⁻¹" for mAh g⁻¹) or a retention without "%" [info].
 *  g. A flag of severity error, or a row note that names a column, reports a value whose unit belongs
 *     to another dimension than that column (the data helper's hint that a value was left out
 *     because it cannot be stored in the column) [error].
 */
import type { DataTable, TableRow, Column, CompositeCell } from '../../schemas/table';
import type { Finding } from '../../schemas/finding';
import { parsePrinted, normaliseSuperscripts } from '../data/printed';
import { composite, findingId, materialName, quantity } from './shared';

type Dimension = 'conductivity' | 'energy' | 'length' | 'time' | 'percent' | 'voltage' | 'temperature' | 'areal-mass' | 'density' | 'specific-capacity' | 'areal-capacity' | 'current-density';

/** Dimension of a canonical (column or cell) unit; undefined for counts, ratios and the like. */
export function dimensionOfUnit(unit: string): Dimension | undefined {
  const map: Record<string, Dimension> = {
    'S/cm': 'conductivity',
    eV: 'energy',
    'µm': 'length',
    h: 'time',
    '%': 'percent',
    V: 'voltage',
    '°C': 'temperature',
    'mg/cm²': 'areal-mass',
    'mAh/g': 'specific-capacity',
    'mA/cm²': 'current-density',
  };
  return map[unit];
}

/** Number-with-unit patterns found in free text (normalised superscripts), with their dimension. */
const TEXT_UNITS: { re: RegExp; dim: Dimension }[] = [
  { re: /(\d+(?:\.\d+)?(?:\s*[×x]\s*10-?\d+)?)\s*g\s*cm-3/g, dim: 'density' },
  { re: /(\d+(?:\.\d+)?(?:\s*[×x]\s*10-?\d+)?)\s*m?S\s*(?:cm-1|\/cm)/g, dim: 'conductivity' },
  { re: /(\d+(?:\.\d+)?)\s*(?:eV|kJ\s*mol-1)\b/g, dim: 'energy' },
  { re: /(\d+(?:\.\d+)?)\s*(?:nm|[µμ]m|mm)\b/g, dim: 'length' },
  { re: /(\d+(?:\.\d+)?)\s*mA\s*h?\s*g-1/g, dim: 'specific-capacity' },
  { re: /(\d+(?:\.\d+)?)\s*mAh?\s*cm-2/g, dim: 'areal-capacity' },
  { re: /(\d+(?:\.\d+)?)\s*mg\s*cm-2/g, dim: 'areal-mass' },
];

function unitsInText(text: string): { printed: string; dim: Dimension }[] {
  const s = normaliseSuperscripts(text);
  const hits: { printed: string; dim: Dimension; at: number }[] = [];
  for (const u of TEXT_UNITS) for (const m of s.matchAll(u.re)) hits.push({ printed: m[0], dim: u.dim, at: m.index ?? 0 });
  return hits.sort((a, b) => a.at - b.at);
}

const NON_DIMENSIONAL = new Set(['count', 'ratio', 'pH', 'C']);

/** Printed unit of a simple quantity, normalised so that "S cm-1" and "S  cm-1" compare equal. */
function printedUnit(printed: string): string | undefined {
  const p = parsePrinted(printed);
  return p?.unit?.replace(/\s+/g, ' ');
}

/** Pretty form of a normalised unit for messages ("kJ mol-1" → "kJ mol⁻¹"). */
function prettyUnit(u: string): string {
  return u.replace(/-1\b/g, '⁻¹').replace(/-2\b/g, '⁻²').replace(/-3\b/g, '⁻³');
}

const COMPOSITE_FAMILIES: { name: string; fields: string[]; columns?: RegExp; severity: Record<string, Finding['severity']>; explain: Record<string, string> }[] = [
  {
    name: 'current',
    fields: ['currentDensityMaPerCm2', 'currentMa', 'specificCurrentMaPerG'],
    severity: { currentMa: 'warning', specificCurrentMaPerG: 'info' },
    explain: {
      currentMa: 'a current in mA without an electrode area, so it cannot be turned into a current density and compared with the rest of the column',
      specificCurrentMaPerG: 'a current per gram of cathode, which cannot be compared with current densities without the loading',
    },
  },
  {
    name: 'capacity',
    fields: ['capacityMahPerG', 'arealCapacityMahPerCm2'],
    severity: { arealCapacityMahPerCm2: 'info', capacityMahPerG: 'info' },
    explain: {
      arealCapacityMahPerCm2: 'an areal capacity (mAh cm⁻²) in a column of specific capacities (mAh g⁻¹); it converts only with the cathode loading',
      capacityMahPerG: 'a specific capacity in a column of areal capacities',
    },
  },
  {
    name: 'duration',
    fields: ['durationMin', 'lifetimeH'],
    severity: { durationMin: 'info' },
    explain: { durationMin: 'a duration printed in minutes in a column whose other entries are hours, so an h/min slip cannot be excluded' },
  },
  {
    name: 'retention',
    fields: ['capacityRetentionPct', 'capacityFadePerCyclePct', 'capacityMahPerG'],
    columns: /retention/i,
    severity: { capacityFadePerCyclePct: 'info', capacityMahPerG: 'info' },
    explain: {
      capacityFadePerCyclePct: 'a fade rate per cycle in a column of capacity retentions; the two are related only through an assumption on how the loss compounds',
      capacityMahPerG: 'a capacity in mAh g⁻¹ in a column of retentions; without the starting capacity it cannot be turned into a percentage',
    },
  },
];

/** What a family member holds, in reader words, for the "other cells of the column give …" sentence. */
const MEMBER_READER: Record<string, string> = {
  currentDensityMaPerCm2: 'a current density (mA cm⁻²)',
  currentMa: 'a current (mA)',
  specificCurrentMaPerG: 'a current per gram of cathode (mA g⁻¹)',
  capacityMahPerG: 'a specific capacity (mAh g⁻¹)',
  arealCapacityMahPerCm2: 'an areal capacity (mAh cm⁻²)',
  durationMin: 'a duration in minutes',
  lifetimeH: 'a duration in hours',
  capacityRetentionPct: 'a capacity retention (%)',
  capacityFadePerCyclePct: 'a fade rate per cycle (%)',
};
// A family member without reader words is a mistake in this file: fail when the audit loads, not with vague text.
for (const field of COMPOSITE_FAMILIES.flatMap((f) => f.fields)) {
  if (!MEMBER_READER[field]) throw new Error(`audit/units.ts: MEMBER_READER has no reader words for "${field}".`);
}

function memberOf(cell: CompositeCell, fields: string[]): string | undefined {
  return fields.find((f) => (cell as Record<string, unknown>)[f] !== undefined);
}

export function checkUnits(tables: readonly DataTable[]): Finding[] {
  const out: Finding[] = [];
  const push = (f: Finding) => {
    if (!out.some((o) => o.id === f.id)) out.push(f);
  };
  for (const table of tables) {
    for (const c of table.columns) {
      if (c.kind === 'quantity') quantityColumnRules(table, c, push);
      if (c.kind === 'composite') compositeColumnRules(table, c, push);
    }
    for (const row of table.rows) flagAndNoteRules(table, row, push);
  }
  return out;
}

function quantityColumnRules(table: DataTable, c: Column, push: (f: Finding) => void): void {
  // majority printed unit of the column (rule d)
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const q = quantity(row, c.key);
    const u = q && printedUnit(q.printed);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  for (const row of table.rows) {
    const q = quantity(row, c.key);
    if (!q) continue;
    const base = { check: 'units' as const, tableId: table.id, rowId: row.id, field: c.key };
    const name = materialName(table, row);
    // a
    if (q.unit && c.unit && q.unit !== c.unit) {
      push({
        ...base,
        id: findingId('units', table.id, row.id, c.key, 'cell-unit'),
        severity: 'error',
        message: `${name}: the cell is stored in ${q.unit} while its column is in ${c.unit}.`,
        sourceSays: `${q.printed} in the "${c.label}" column (${c.unit}).`,
        whyWrong: 'A column has one unit; a cell in another unit is either a conversion left undone or a value that belongs to another column.',
      });
    }
    const unit = q.unit ?? c.unit;
    if (!unit) continue;
    const parsed = parsePrinted(q.printed);
    const dim = dimensionOfUnit(unit);
    // b
    if (parsed?.canonicalUnit && dim && dimensionOfUnit(parsed.canonicalUnit) !== dim) {
      push({
        ...base,
        id: findingId('units', table.id, row.id, c.key, 'printed-unit'),
        severity: 'error',
        message: `${name}: the printed value is in ${parsed.unit}, a unit of another quantity than the column's ${unit}.`,
        sourceSays: `${q.printed} in the "${c.label}" column (${unit}).`,
        whyWrong: `${parsed.unit} cannot be converted to ${unit}; the stored number cannot be compared with the rest of the column.`,
      });
    }
    // c
    if (parsed && parsed.unit === undefined && dim && !NON_DIMENSIONAL.has(unit) && !/%$/.test(q.printed.trim())) {
      push({
        ...base,
        id: findingId('units', table.id, row.id, c.key, 'no-unit'),
        severity: 'info',
        message: `${name}: printed as a bare number without a unit; read in the column's unit (${unit}).`,
        sourceSays: `"${q.printed}" in the "${c.label}" column.`,
        whyWrong: `The other cells of the column print their unit. A bare number is most likely in the same unit, but a count (of cycles, for example) cannot be excluded without the original work.`,
      });
    }
    // d
    const pu = printedUnit(q.printed);
    if (c.unit && pu && majority && pu !== majority[0] && majority[1] >= 2 && (counts.get(pu) ?? 0) < majority[1]) {
      push({
        ...base,
        id: findingId('units', table.id, row.id, c.key, 'minority-unit'),
        severity: 'info',
        message: `${name}: printed in ${prettyUnit(pu)} while most of the column uses ${prettyUnit(majority[0])}; stored converted to ${unit}.`,
        sourceSays: `${q.printed} (${counts.get(pu)} of ${[...counts.values()].reduce((a, b) => a + b, 0)} cells of the column use ${prettyUnit(pu)}).`,
        whyWrong: `A column that mixes units invites comparisons of unconverted numbers. The stored value is ${q.value} ${unit}.`,
      });
    }
  }
}

function compositeColumnRules(table: DataTable, c: Column, push: (f: Finding) => void): void {
  const cells = table.rows.map((r) => [r, composite(r, c.key)] as const).filter((x): x is readonly [TableRow, CompositeCell] => x[1] !== undefined);
  for (const fam of COMPOSITE_FAMILIES) {
    if (fam.columns && !fam.columns.test(c.key)) continue;
    const counts = new Map<string, number>();
    for (const [, cell] of cells) {
      const m = memberOf(cell, fam.fields);
      if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!majority || majority[1] < 2 || counts.size < 2) continue;
    for (const [row, cell] of cells) {
      const m = memberOf(cell, fam.fields);
      if (!m || m === majority[0] || !fam.explain[m]) continue;
      push({
        id: findingId('units', table.id, row.id, `${c.key}.${m}`),
        severity: fam.severity[m] ?? 'info',
        check: 'units',
        tableId: table.id,
        rowId: row.id,
        field: `${c.key}.${m}`,
        message: `${materialName(table, row)}: the "${c.label}" cell gives ${fam.explain[m]!.split(',')[0]}.`,
        sourceSays: `"${cell.printed}"; ${majority[1]} other cells of the "${c.label}" column give ${MEMBER_READER[majority[0]]}.`,
        whyWrong: `The cell holds ${fam.explain[m]}.`,
      });
    }
  }
  // f
  for (const [row, cell] of cells) {
    const printed = normaliseSuperscripts(cell.printed);
    if (/mA\s*g\s*h\s*-1/.test(printed)) {
      push({
        id: findingId('units', table.id, row.id, c.key, 'garbled-unit'),
        severity: 'info',
        check: 'units',
        tableId: table.id,
        rowId: row.id,
        field: c.key,
        message: `${materialName(table, row)}: the capacity unit is printed as mA g h⁻¹; it is read as mAh g⁻¹.`,
        sourceSays: `"${cell.printed}".`,
        whyWrong: 'mA g h⁻¹ (milliampere × gram per hour) is not a unit of specific capacity; charge per mass is mA h g⁻¹. The number itself is plausible for the cathode, so only the unit is misprinted.',
      });
    }
    if (cell.capacityRetentionPct !== undefined && !cell.printed.includes('%')) {
      push({
        id: findingId('units', table.id, row.id, c.key, 'missing-percent'),
        severity: 'info',
        check: 'units',
        tableId: table.id,
        rowId: row.id,
        field: c.key,
        message: `${materialName(table, row)}: a retention is printed without "%"; it is read as a percentage.`,
        sourceSays: `"${cell.printed}".`,
        whyWrong: 'The other retentions of the column carry "%". A number this size could also be a capacity in mAh g⁻¹, so the reading is an assumption.',
      });
    }
  }
}

function flagAndNoteRules(table: DataTable, row: TableRow, push: (f: Finding) => void): void {
  const texts: { text: string; field: string | undefined; origin: string }[] = [];
  for (const f of row.flags ?? []) if (f.severity === 'error') texts.push({ text: f.message, field: f.field.split('.')[0], origin: 'an error flag of the data file' });
  if (row.note) {
    const norm = row.note.toLowerCase().replace(/-/g, ' ');
    const named = table.columns.find((c) => norm.includes(`${c.label.toLowerCase().replace(/-/g, ' ')} column`));
    if (named) texts.push({ text: row.note, field: named.key, origin: 'the row note' });
  }
  for (const t of texts) {
    const col = table.columns.find((c) => c.key === t.field);
    if (!col || col.kind !== 'quantity' || !col.unit) continue;
    const dim = dimensionOfUnit(col.unit);
    const foreign = unitsInText(t.text).filter((u) => u.dim !== dim);
    if (!dim || foreign.length === 0) continue;
    const value = foreign[0]!.printed.replace(/-3\b/, '⁻³').replace(/-1\b/, '⁻¹').replace(/-2\b/, '⁻²');
    push({
      id: findingId('units', table.id, row.id, col.key, 'foreign-value'),
      severity: 'error',
      check: 'units',
      tableId: table.id,
      rowId: row.id,
      field: col.key,
      message: `${materialName(table, row)}: the "${col.label}" column (${col.unit}) holds ${value}, a value of another quantity (${foreign[0]!.dim}).`,
      sourceSays: `${value} printed in the "${col.label}" column (reported by ${t.origin}).`,
      whyWrong: `A ${foreign[0]!.dim} cannot be expressed in ${col.unit}; the cell is therefore left empty in the data file. The value may belong to another column, or the relative value may have been replaced by the absolute one.`,
    });
  }
}
