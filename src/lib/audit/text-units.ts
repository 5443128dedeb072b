/**
 * Check 6 — units written in the reviews' running text, against the quantity the text names.
 *
 * content/data/audit/text-units.yaml lists the number-with-unit expressions of the reviews' text (not
 * their tables) in the conductivity, resistance, current, capacity and energy families, each with the
 * quantity its sentence names. This check reduces each unit to SI base dimensions (kg, m, s, A) and
 * compares it with the dimensions the quantity allows:
 *  - conductivity S m⁻¹; conductance S; resistance Ω or, per area, Ω m² (an ASR); resistivity Ω m;
 *  - current density A m⁻²; specific current A kg⁻¹; capacity A s kg⁻¹ or A s m⁻²;
 *  - energy density J kg⁻¹ or J m⁻³.
 * Severity: a unit of a dimension the quantity cannot have → error; a current density given per mass
 * (a specific current, a common loose usage) → info. An unreadable unit or an unknown quantity is a
 * curation error and throws.
 *
 * Each entry also records whether one of its review's tables reports the number: `claim` names the
 * text claim (text-claims.ts) that compares them, or `table: none` with a `why` says no table does.
 */
import { z } from 'zod';
import type { TextClaim } from '../../schemas/finding';

/** Exponents of kg, m, s, A. */
export type Dimension = readonly [number, number, number, number];

const BASE: Record<string, Dimension> = {
  S: [-1, -2, 3, 2],
  'Ω': [1, 2, -3, -2],
  A: [0, 0, 0, 1],
  V: [1, 2, -3, -1],
  W: [1, 2, -3, 0],
  h: [0, 0, 1, 0],
  s: [0, 0, 1, 0],
  g: [1, 0, 0, 0],
  m: [0, 1, 0, 0],
  L: [0, 3, 0, 0],
};
const PREFIXES = ['k', 'M', 'G', 'm', 'µ', 'u', 'n', 'c'];

const add = (a: Dimension, b: Dimension, k = 1): Dimension => [a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2], a[3] + k * b[3]];
const same = (a: Dimension, b: Dimension) => a.every((x, i) => x === b[i]);

export class TextUnitError extends Error {}

/** One symbol with an optional prefix: "mA" → A, "cm" → m, "kg" → g, "mAh" → A·h. */
function symbolDimension(token: string): Dimension | undefined {
  if (token in BASE) return BASE[token];
  if (token === 'Ah') return add(BASE.A!, BASE.h!);
  if (token === 'Wh') return add(BASE.W!, BASE.h!);
  for (const p of PREFIXES) if (token.startsWith(p) && token.length > p.length) {
    const rest = symbolDimension(token.slice(p.length));
    if (rest) return rest;
  }
  return undefined;
}

/**
 * SI base dimensions of a unit written as space-separated symbols with optional integer powers
 * ("mA h g^-1", "Ω cm^-2", "S cm^-1", "W h kg^-1"); throws TextUnitError when a symbol is unknown.
 */
export function unitDimension(unit: string): Dimension {
  let d: Dimension = [0, 0, 0, 0];
  const tokens = unit.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') throw new TextUnitError('empty unit');
  for (const token of tokens) {
    const m = /^([^\s^]+?)(?:\^(-?\d+))?$/.exec(token);
    const sym = m ? symbolDimension(m[1]!) : undefined;
    if (!m || !sym) throw new TextUnitError(`unknown unit symbol "${token}" in "${unit}"`);
    d = add(d, sym, m[2] === undefined ? 1 : Number(m[2]));
  }
  return d;
}

export const TEXT_UNIT_QUANTITIES = ['conductivity', 'conductance', 'resistance', 'resistivity', 'current-density', 'specific-current', 'capacity', 'energy-density'] as const;
export type TextUnitQuantity = (typeof TEXT_UNIT_QUANTITIES)[number];

const D = (u: string) => unitDimension(u);
/** The dimensions each named quantity may have, with a name for each reading. */
const ALLOWED: Record<TextUnitQuantity, { dim: Dimension; reads: string }[]> = {
  conductivity: [{ dim: D('S m^-1'), reads: 'a conductivity (S cm⁻¹)' }],
  conductance: [{ dim: D('S'), reads: 'a conductance (S)' }],
  resistance: [
    { dim: D('Ω'), reads: 'a resistance (Ω)' },
    { dim: D('Ω m^2'), reads: 'an area-specific resistance (Ω cm²)' },
  ],
  resistivity: [{ dim: D('Ω m'), reads: 'a resistivity (Ω cm)' }],
  'current-density': [{ dim: D('A m^-2'), reads: 'a current density (mA cm⁻²)' }],
  'specific-current': [{ dim: D('A g^-1'), reads: 'a specific current (mA g⁻¹)' }],
  capacity: [
    { dim: D('A h g^-1'), reads: 'a specific capacity (mAh g⁻¹)' },
    { dim: D('A h m^-2'), reads: 'an areal capacity (mAh cm⁻²)' },
  ],
  'energy-density': [
    { dim: D('W h g^-1'), reads: 'a specific energy (Wh kg⁻¹)' },
    { dim: D('W h L^-1'), reads: 'an energy density (Wh L⁻¹)' },
  ],
};

/** Readings of other quantities, to say what a misfitting unit would be. */
const READINGS: { dim: Dimension; reads: string }[] = [
  ...Object.values(ALLOWED).flat(),
  { dim: D('S m^-2'), reads: 'a conductance per area (S cm⁻², the inverse of an ASR)' },
  { dim: D('Ω m^-1'), reads: 'no quantity in use (Ω cm⁻¹)' },
  { dim: D('Ω m^-2'), reads: 'a resistance growing with area (Ω cm⁻²), which no interface has' },
];

export const textUnitEntry = z
  .object({
    id: z.string().regex(/^00[1-4]-l\d+-\d+$/, 'id must be <review>-l<line>-<n>'),
    review: z.enum(['review-001', 'review-002', 'review-003', 'review-004']),
    /** Line of the review's converted text where the expression stands. */
    line: z.number().int().positive(),
    /** The number and its unit as the text prints them (never more). */
    printed: z.string().min(2).max(60),
    /** The unit in plain form: symbols separated by spaces, powers as ^n. */
    unit: z.string().min(1),
    quantity: z.enum(TEXT_UNIT_QUANTITIES),
    note: z.string().min(10).optional(),
    discussedAt: z.string().regex(/^\/[a-z0-9/#-]*$/).optional(),
    /** Id of the text claim (text-claims.yaml) that compares this number with a table of the same review. */
    claim: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
    /** `none`: no table of the review reports this number; `why` says so in our words. */
    table: z.literal('none').optional(),
    why: z.string().min(10).max(200).optional(),
  })
  .strict()
  .refine((e) => (e.claim === undefined) !== (e.table === undefined), {
    message: 'an entry needs exactly one of claim or table: none',
    path: ['claim'],
  })
  .refine((e) => (e.table === undefined) === (e.why === undefined), {
    message: 'table: none needs a why, and only it',
    path: ['why'],
  });
export const textUnitFile = z.object({ entries: z.array(textUnitEntry) }).strict();
export type TextUnitEntry = z.infer<typeof textUnitEntry>;

export interface TextUnitFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  review: TextUnitEntry['review'];
  line: number;
  printed: string;
  quantity: TextUnitQuantity;
  /** One line in our words: what the unit would mean, and what the text calls it. */
  message: string;
  discussedAt?: string;
}

/** Findings for every entry whose unit cannot be the quantity its sentence names. */
export function checkTextUnits(entries: readonly TextUnitEntry[]): TextUnitFinding[] {
  const out: TextUnitFinding[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new TextUnitError(`text-units: duplicate id "${e.id}"`);
    seen.add(e.id);
    const dim = unitDimension(e.unit);
    const allowed = ALLOWED[e.quantity];
    if (allowed.some((a) => same(a.dim, dim))) continue;
    const reading = READINGS.find((r) => same(r.dim, dim))?.reads ?? 'no quantity of this family';
    const perMassCurrent = e.quantity === 'current-density' && same(dim, ALLOWED['specific-current'][0]!.dim);
    out.push({
      id: `text-unit:${e.id}`,
      severity: perMassCurrent ? 'info' : 'error',
      review: e.review,
      line: e.line,
      printed: e.printed,
      quantity: e.quantity,
      message: `Review ${e.review.replace('review-', '')} (line ${e.line}) writes ${e.printed} for ${allowed.map((a) => a.reads).join(' or ')}; the unit is that of ${reading}.`,
      ...(e.discussedAt ? { discussedAt: e.discussedAt } : {}),
    });
  }
  return out;
}

/**
 * Completeness of the text-against-table comparison: a message for every entry whose claim id
 * text-claims.yaml lacks or belongs to another review (an entry with neither a claim nor a reason is
 * refused by the schema when the file loads).
 */
export function textUnitLinkProblems(entries: readonly TextUnitEntry[], claims: readonly TextClaim[]): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  for (const e of entries) {
    if (e.claim === undefined) continue;
    const claim = byId.get(e.claim);
    if (!claim) problems.push(`${e.id}: claim "${e.claim}" is not in text-claims.yaml`);
    else if (claim.review !== e.review) problems.push(`${e.id}: claim "${e.claim}" belongs to ${claim.review}, the entry to ${e.review}`);
  }
  return problems;
}
