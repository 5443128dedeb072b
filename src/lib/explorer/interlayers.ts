/**
 * Rows for the interlayer performance map: Li symmetric-cell lifetime against current density for
 * every interlayer row of 001-table-2 (inorganic layers), 001-table-3 (polymer layers) and
 * 004-table-2 (Li|LAGP|Li cells), each with a material class. Pure.
 *
 * Where the numbers come from:
 * - lifetime: the `lifetimeH` quantity column (001-table-2, 004-table-2) or the `lifetimeH` field of
 *   the `cycling` cell (001-table-3);
 * - current density: the `cycling` cell (001-table-3, 004-table-2) or the "test conditions" cell
 *   (`condition`, 001-table-2; the source table does not say whether that condition belongs to the
 *   symmetric cell or the full cell, which the explorer states as a caveat);
 * - thickness: the `thicknessUm` column.
 *
 * Class rule (classifyInterlayer), applied to the layer's text:
 * 1. polymer = the text names a polymer or gel (PEO, PVDF, PVC, PVCA, PCVA, PAA, P(AA…), PTNB, PIN,
 *    MEEP, PP, SPI, GPE, "polymer"), or the row comes from the polymer-interlayer table 001-table-3;
 * 2. inorganic parts found in the text: metal (a bare element symbol of a metal or semimetal: Cr, Ge,
 *    Zn, Al, Sn, Ag, Au, In, Mg, Si, Cu, Ti, Nb, Bi), nitride (LiPON, BN, Li₃N), salt (fluorides,
 *    phosphates, halides: LiF, MgF₂, Li₃PO₄, LiCl…; lithium salts with organic anions such as LiTFSI,
 *    LiBOB or LiBTFMSI are part of a polymer electrolyte and do not count), oxide (an oxide formula
 *    such as Al₂O₃, ZnO, SiO₂, BaTiO₃ (a metal symbol then O), or AZO; amorphous LAGP/LATP "a-LAGP" counts as oxide), or carbon
 *    (CB, graphite, graphene: counted as inorganic, class "other" on its own);
 * 3. class = "hybrid" when a polymer and an inorganic part are both present; "polymer" for a polymer
 *    alone; otherwise the first inorganic part in the order metal, nitride, salt, oxide; otherwise
 *    "other" (ionic liquids, liquid succinonitrile, unexplained abbreviations such as CSSE or aioc).
 */
import type { DataTable, TableRow } from '../../schemas/table';
import { cellText, isQuantity, type ExplorerFlag } from './pool';

export const INTERLAYER_TABLES = ['001-table-2', '001-table-3', '004-table-2'] as const;

export const INTERLAYER_CLASSES = [
  { id: 'salt', label: 'Salt' },
  { id: 'oxide', label: 'Oxide' },
  { id: 'nitride', label: 'Nitride' },
  { id: 'metal', label: 'Metal' },
  { id: 'polymer', label: 'Polymer' },
  { id: 'hybrid', label: 'Polymer–inorganic hybrid' },
  { id: 'other', label: 'Other' },
] as const;

export type InterlayerClass = (typeof INTERLAYER_CLASSES)[number]['id'];
export const interlayerClassLabel = (id: string): string => INTERLAYER_CLASSES.find((c) => c.id === id)?.label ?? id;

export interface InterlayerRow {
  key: string;
  tableId: string;
  rowId: string;
  /** The interlayer as the table names it. */
  layer: string;
  /** The solid electrolyte it protects. */
  electrolyte: string;
  class: InterlayerClass;
  lifetimeH?: number;
  currentDensityMaPerCm2?: number;
  thicknessUm?: number;
  /** Short text for the plot and lists. */
  label: string;
  refIds: string[];
  flags: ExplorerFlag[];
}

const POLYMER = /\b(PEO|PVDF|PVC|PVCA|PCVA|PAA|PTNB|PIN|MEEP|PP|SPI|GPE|3DGPE|PEGDA|PAN|PMMA)\b|P\(AA|polymer|\bgel\b/i;
const METAL = /(^|[\s/(,])(Cr|Ge|Zn|Al|Sn|Ag|Au|In|Mg|Si|Cu|Ti|Nb|Bi)(?=$|[\s/),]|\s+on\b)/;
const NITRIDE = /LiPON|\bBN\b|Li₃N|Li3N|nitride/i;
const SALT = /\bLi[FI]\b|LiCl|LiBr|MgF₂|MgF2|AlF₃|AlF3|fluoride|PO₄|PO4|phosphate/i;
const OXIDE = /(Al|Zn|Si|Ti|Nb|Zr|Mg|B|Ba|Sr|Ta|Hf|Y|La|Li|Ge|Sn|W|Mo|V|Ce|Bi|Ga|In)[₀-₉\d.]*O(?![a-z])|\bAZO\b|\boxide\b|\ba-LA[GT]P\b/;
const CARBON = /\bCB\b|graphite|graphene|carbon/i;

/** Material class of an interlayer (rule in the module comment). */
export function classifyInterlayer(layer: string, tableId = ''): InterlayerClass {
  const text = String(layer ?? '').slice(0, 300);
  const polymer = POLYMER.test(text) || tableId === '001-table-3';
  const inorganic: InterlayerClass[] = [];
  if (METAL.test(text)) inorganic.push('metal');
  if (NITRIDE.test(text)) inorganic.push('nitride');
  if (SALT.test(text)) inorganic.push('salt');
  if (OXIDE.test(text.replace(/LiBOB|TFSI|BTFMSI|ClO₄|ClO4/gi, ''))) inorganic.push('oxide');
  const carbon = CARBON.test(text);
  if (polymer && (inorganic.length > 0 || carbon)) return 'hybrid';
  if (polymer) return 'polymer';
  return inorganic[0] ?? 'other';
}

const composite = (cell: unknown): Record<string, unknown> | undefined =>
  typeof cell === 'object' && cell !== null && !Array.isArray(cell) && typeof (cell as { printed?: unknown }).printed === 'string' ? (cell as Record<string, unknown>) : undefined;
const positive = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);

/** The interlayer of a cell configuration "Li | X | Li" (X itself when the pattern does not fit). */
export function layerOfConfiguration(configuration: string): string {
  const parts = configuration.split('|').map((p) => p.trim()).filter(Boolean);
  return parts.length >= 3 ? parts.slice(1, -1).join(' | ') : configuration.trim();
}

function refIds(row: TableRow, fallback: string): string[] {
  const ref = row.ref as { ids?: unknown } | undefined;
  return ref && Array.isArray(ref.ids) ? ref.ids.map(String) : [fallback];
}

/**
 * Short label "<layer> on <electrolyte>". For a sandwich written around the electrolyte, such as
 * "Ge/LAGP/Ge" or "SPI-LAGP-SPI", the layer is the first part ("Ge on LAGP"); notes in brackets are
 * dropped ("l-SN/LAGP/l-SN (10 μL solution)" → "l-SN on LAGP").
 */
export function interlayerLabel(layer: string, electrolyte: string): string {
  const text = layer.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (electrolyte && text.includes(electrolyte)) {
    const parts = text.split(new RegExp(`[/@–-]?${electrolyte}(?![A-Za-z])[/@–-]?`)).map((p) => p.trim()).filter(Boolean);
    return `${parts[0] ?? text} on ${electrolyte}`;
  }
  return electrolyte ? `${text || layer} on ${electrolyte}` : text || layer;
}

/** One row per interlayer of the three tables (rows lacking a lifetime or current density are kept, unplotted). */
export function poolInterlayers(tables: readonly DataTable[]): InterlayerRow[] {
  const out: InterlayerRow[] = [];
  for (const id of INTERLAYER_TABLES) {
    const table = tables.find((t) => t.id === id);
    if (!table) continue;
    for (const row of table.rows) {
      const configuration = cellText(row.configuration);
      const layer = cellText(row.layer) ?? (configuration ? layerOfConfiguration(configuration) : row.id);
      const electrolyte = cellText(row.electrolyte) ?? (id === '004-table-2' ? 'LAGP' : '');
      const cycling = composite(row.cycling);
      const condition = composite(row.condition);
      const lifetime = isQuantity(row.lifetimeH) ? positive(row.lifetimeH.value) : positive(cycling?.lifetimeH);
      const current = positive(cycling?.currentDensityMaPerCm2) ?? positive(condition?.currentDensityMaPerCm2);
      const thickness = isQuantity(row.thicknessUm) ? positive(row.thicknessUm.value) : undefined;
      const item: InterlayerRow = {
        key: `${id}_${row.id}`,
        tableId: id,
        rowId: row.id,
        layer,
        electrolyte,
        class: classifyInterlayer(layer, id),
        label: interlayerLabel(layer, electrolyte),
        refIds: refIds(row, table.review),
        flags: (row.flags ?? []).map((f) => ({ field: f.field, severity: f.severity, message: f.message })),
      };
      if (lifetime !== undefined) item.lifetimeH = lifetime;
      if (current !== undefined) item.currentDensityMaPerCm2 = current;
      if (thickness !== undefined) item.thicknessUm = thickness;
      out.push(item);
    }
  }
  return out;
}

/** Rows that can be placed on the map (both a lifetime and a current density). */
export const mappable = (rows: readonly InterlayerRow[]): (InterlayerRow & { lifetimeH: number; currentDensityMaPerCm2: number })[] =>
  rows.filter((r): r is InterlayerRow & { lifetimeH: number; currentDensityMaPerCm2: number } => r.lifetimeH !== undefined && r.currentDensityMaPerCm2 !== undefined);

/**
 * Score of an interlayer on the map: the charge passed per area during the test, j × t (mA h/cm²),
 * so that a long life at a tiny current does not outrank a shorter one at a ten times larger current.
 */
export const interlayerScore = (r: { lifetimeH: number; currentDensityMaPerCm2: number }): number => r.lifetimeH * r.currentDensityMaPerCm2;

/**
 * The best item of each class by `score` (highest wins; ties go to the item listed first).
 * Items whose score is not finite are skipped.
 */
export function bestOfClass<T>(items: readonly T[], classOf: (item: T) => string, score: (item: T) => number): Map<string, T> {
  const best = new Map<string, { item: T; score: number }>();
  for (const item of items) {
    const s = score(item);
    if (!Number.isFinite(s)) continue;
    const c = classOf(item);
    const current = best.get(c);
    if (!current || s > current.score) best.set(c, { item, score: s });
  }
  return new Map([...best].map(([c, v]) => [c, v.item]));
}
