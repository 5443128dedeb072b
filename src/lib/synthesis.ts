/**
 * Synthesis batch calculator: how much of each precursor to weigh for a batch of a target compound.
 *
 * Model (ideal stoichiometry, complete decomposition):
 *  - H, C, N and O are "volatile": they leave as gases (H₂O, CO₂, NH₃, NO₂, N₂) and oxygen is balanced
 *    with O₂ taken from or given to the air. Every other element ("non-volatile") must balance exactly.
 *  - The amounts n_j (mol of precursor j per mol of target) solve A n = b, with A[e][j] the number of
 *    atoms of element e in precursor j and b[e] that in the target, for every non-volatile element e.
 *    The system is solved exactly (Gauss–Jordan with partial pivoting); when it has no exact solution
 *    the least-squares mix is used only to tell the reader which elements cannot be matched.
 *  - Nitrogen in NH₄/NH₃/NH₂ groups leaves as NH₃ (as far as the hydrogen allows), nitrogen in NO₃/NO₂
 *    groups as NO₂, any other nitrogen as N₂; the remaining hydrogen leaves as H₂O, carbon as CO₂.
 *  - A lithium excess scales the Li-containing precursor(s) by a factor (1 + f); the extra lithium is
 *    assumed lost on heating (so the product mass stays the batch mass).
 * Formula parsing and molar masses: src/lib/formula.ts (IUPAC/CIAAW 2021 abridged atomic weights).
 */
import { PhysicsInputError, isPhysicsInputError } from './errors';
import { molarMass, parseFormula, type ElementCounts } from './formula';

/** Elements that leave as gases or come from the air (O₂). */
export const VOLATILE_ELEMENTS: readonly string[] = ['H', 'C', 'N', 'O'];
const VOLATILE = new Set(VOLATILE_ELEMENTS);

/** Most precursors accepted in one calculation. */
export const MAX_PRECURSORS = 12;
const MAX_BATCH_G = 1e6;

/** A precursor of the built-in menu. */
export interface BuiltInPrecursor { formula: string; name: string }

/** The built-in precursor menu: common lithium, phosphate, metal-oxide, nitrate, alkoxide and sulfide reagents. */
export const PRECURSOR_LIST: readonly BuiltInPrecursor[] = [
  { formula: 'Li2CO3', name: 'lithium carbonate' },
  { formula: 'LiNO3', name: 'lithium nitrate' },
  { formula: 'LiOH·H2O', name: 'lithium hydroxide monohydrate' },
  { formula: 'LiOH', name: 'lithium hydroxide' },
  { formula: 'Li2O', name: 'lithium oxide' },
  { formula: 'CH3COOLi·2H2O', name: 'lithium acetate dihydrate' },
  { formula: 'NH4H2PO4', name: 'ammonium dihydrogen phosphate' },
  { formula: '(NH4)2HPO4', name: 'diammonium hydrogen phosphate' },
  { formula: 'LiH2PO4', name: 'lithium dihydrogen phosphate' },
  { formula: 'Al2O3', name: 'aluminium oxide' },
  { formula: 'Al(NO3)3·9H2O', name: 'aluminium nitrate nonahydrate' },
  { formula: 'Al(OH)3', name: 'aluminium hydroxide' },
  { formula: 'TiO2', name: 'titanium dioxide' },
  { formula: 'Ti(OC4H9)4', name: 'titanium(IV) butoxide' },
  { formula: 'Ti(OCH(CH3)2)4', name: 'titanium(IV) isopropoxide' },
  { formula: 'GeO2', name: 'germanium dioxide' },
  { formula: 'SiO2', name: 'silicon dioxide' },
  { formula: 'ZrO2', name: 'zirconium dioxide' },
  { formula: 'La2O3', name: 'lanthanum oxide' },
  { formula: 'Ga2O3', name: 'gallium oxide' },
  { formula: 'Ta2O5', name: 'tantalum pentoxide' },
  { formula: 'Nb2O5', name: 'niobium pentoxide' },
  { formula: 'Sc2O3', name: 'scandium oxide' },
  { formula: 'Y2O3', name: 'yttrium oxide' },
  { formula: 'Cr2O3', name: 'chromium(III) oxide' },
  { formula: 'Fe2O3', name: 'iron(III) oxide' },
  { formula: 'In2O3', name: 'indium oxide' },
  { formula: 'Li2S', name: 'lithium sulfide' },
  { formula: 'P2S5', name: 'phosphorus pentasulfide' },
  { formula: 'GeS2', name: 'germanium disulfide' },
  { formula: 'SiS2', name: 'silicon disulfide' },
  { formula: 'LiCl', name: 'lithium chloride' },
  { formula: 'LiBr', name: 'lithium bromide' },
  { formula: 'LiI', name: 'lithium iodide' },
];

/**
 * How the lithium excess is given:
 *  - "source-pct": % extra of the Li-source precursor(s) (for one salt, mol % and mass % of it are the same);
 *  - "li-pct": mol % extra Li relative to the Li in the product;
 *  - "li-per-fu": extra Li atoms per formula unit of product.
 */
export type LiExcessMode = 'source-pct' | 'li-pct' | 'li-per-fu';

export interface LiExcess {
  value: number;
  mode: LiExcessMode;
  /** Which precursor receives the excess: "all" Li-containing precursors (in proportion), or a 0-based index. */
  on?: 'all' | number;
}

export interface SynthesisInput {
  /** Target composition, e.g. "Li1.3Al0.3Ti1.7(PO4)3". */
  targetFormula: string;
  /** Mass of product wanted, g. */
  batchMassG: number;
  /** Precursor formulas, e.g. ["Li2CO3", "Al2O3", "TiO2", "NH4H2PO4"]. */
  precursors: string[];
  liExcess?: LiExcess;
}

/** A species in the reaction, with its coefficient per formula unit of target. */
export interface Species { formula: string; coefficient: number }

export interface Reaction { reactants: Species[]; products: Species[] }

export interface PrecursorAmount {
  formula: string;
  molarMassGPerMol: number;
  /** Stoichiometric mol of precursor per mol of product. */
  perFormulaUnit: number;
  /** Stoichiometric amount for the batch, mol. */
  moles: number;
  /** Stoichiometric mass for the batch, g. */
  massG: number;
  /** Fraction added for the lithium excess (0 when none). */
  excessFraction: number;
  molesWithExcess: number;
  massWithExcessG: number;
}

export interface MassBalance {
  precursorMassG: number;
  /** Precursor mass − product mass, g (negative when O₂ taken up outweighs the gases). */
  massLossG: number;
  /** Mass loss as % of the precursor mass. */
  massLossPct: number;
}

export interface SynthesisResult {
  target: { formula: string; molarMassGPerMol: number; moles: number; massG: number; elementCounts: ElementCounts };
  precursors: PrecursorAmount[];
  /** Non-volatile elements balanced exactly, in order. */
  balancedElements: string[];
  /** The element-balance equations, one per balanced element, as text, e.g. "Li: 2·n(Li2CO3) = 1.3". */
  balanceEquations: string[];
  /** Balanced overall reaction per formula unit of target (without the Li excess). */
  reaction: Reaction;
  /** Smallest whole-number multiplier of the reaction (≤ 1000), or null when none is found. */
  integerMultiplier: number | null;
  /** Gases given off per formula unit of target (O₂ included when released). */
  gases: Species[];
  /** O₂ taken from the air per formula unit of target (0 when none). */
  oxygenTakenUpPerFormulaUnit: number;
  /** Stoichiometric mass balance (no excess). */
  stoichiometric: MassBalance;
  /** With the Li excess, assuming the extra lithium is lost on heating. */
  withExcess: MassBalance;
  /** Extra Li atoms per formula unit of product added by the excess. */
  excessLiPerFormulaUnit: number;
  /** Remarks that do not stop the calculation (an unneeded precursor, oxygen in a sulfide route…). */
  warnings: string[];
}

const fail = (field: string, message: string): never => {
  throw new PhysicsInputError(field, message);
};

/** Formula text with whitespace removed and subscript digits made plain (for display and group detection). */
export function compactFormula(text: string): string {
  return text.normalize('NFC').replace(/[\u2080-\u2089]/g, (d) => String(d.charCodeAt(0) - 0x2080)).replace(/\s+/g, '');
}

/** Element counts of a formula; a parse error is re-raised for `field` with a prefix saying which formula. */
function parseFor(field: string, what: string, text: string): ElementCounts {
  try {
    return parseFormula(text);
  } catch (error) {
    if (isPhysicsInputError(error)) fail(field, `${what}: ${error.message}`);
    throw error;
  }
}

/** N atoms per formula unit in groups matched by `group` (replaced by `keep`), found by parsing without them. */
function groupNitrogen(text: string, totalN: number, group: RegExp, keep: string): number {
  if (totalN === 0) return 0;
  const stripped = text.replace(group, keep);
  if (stripped === text) return 0;
  try {
    const n = totalN - (parseFormula(stripped).N ?? 0);
    return n > 0 && n <= totalN + 1e-12 ? Math.min(n, totalN) : 0;
  } catch {
    return 0;
  }
}

/** Ammine/ammonium (NH₄, NH₃, NH₂) and nitrate/nitrite (NO₃, NO₂) nitrogen per formula unit. */
export function nitrogenGroups(formula: string): { ammonia: number; nitrate: number; other: number } {
  const text = compactFormula(formula);
  const total = parseFormula(text).N ?? 0;
  const ammonia = groupNitrogen(text, total, /NH(?=[234](?![\d.]))/g, 'H');
  const nitrate = Math.min(groupNitrogen(text, total, /NO(?=[23](?![\d.]))/g, 'O'), total - ammonia);
  return { ammonia, nitrate, other: Math.max(0, total - ammonia - nitrate) };
}

const tidy = (x: number): number => (Math.abs(x) < 1e-12 ? 0 : x);

/**
 * Solve A n = b exactly by Gauss–Jordan elimination with partial pivoting on [A | b].
 * Returns the pivot columns, the reduced matrix, and whether the system is consistent.
 */
function reduce(a: number[][], b: number[]): { pivots: number[]; m: number[][]; consistent: boolean } {
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  const m = a.map((row, i) => [...row, b[i]!]);
  const scale = Math.max(1, ...m.flat().map(Math.abs));
  const tol = 1e-9 * scale;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < rows; c++) {
    let best = r;
    for (let i = r + 1; i < rows; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) <= tol) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    const p = m[r]![c]!;
    for (let k = 0; k <= cols; k++) m[r]![k]! /= p;
    for (let i = 0; i < rows; i++) {
      if (i === r) continue;
      const f = m[i]![c]!;
      if (f === 0) continue;
      for (let k = 0; k <= cols; k++) m[i]![k] = m[i]![k]! - f * m[r]![k]!;
    }
    pivots.push(c);
    r++;
  }
  let consistent = true;
  for (let i = r; i < rows; i++) if (Math.abs(m[i]![cols]!) > tol) consistent = false;
  return { pivots, m, consistent };
}

/** Least-squares solution of a full-column-rank system (normal equations), for explaining a mismatch. */
function leastSquares(a: number[][], b: number[]): number[] {
  const cols = a[0]!.length;
  const ata = Array.from({ length: cols }, (_, i) => Array.from({ length: cols }, (_, j) => a.reduce((s, row) => s + row[i]! * row[j]!, 0)));
  const atb = Array.from({ length: cols }, (_, i) => a.reduce((s, row, k) => s + row[i]! * b[k]!, 0));
  const { m } = reduce(ata, atb);
  return Array.from({ length: cols }, (_, i) => m[i]![cols]!);
}

/** Coefficient as text: up to 6 significant figures, plain notation between 10⁻⁴ and 10⁶. */
export function coefficientText(c: number): string {
  const a = Math.abs(c);
  if (a === 0) return '0';
  return a >= 1e-4 && a < 1e6 ? String(Number(c.toPrecision(6))) : c.toPrecision(4);
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/**
 * A formula with Unicode subscripts for the counts: "Li1.3Al0.3Ti1.7(PO4)3" → "Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃".
 * A multiplier at the start or after an adduct dot stays full size ("Al(NO3)3·9H2O" → "Al(NO₃)₃·9H₂O").
 * Spaces are kept, so a line of text such as "Li: 2·n(Li2CO3) = 1.3" can be passed whole.
 */
export function withSubscripts(formula: string): string {
  const text = formula.normalize('NFC').replace(/[\u2080-\u2089]/g, (d) => String(d.charCodeAt(0) - 0x2080));
  let out = '';
  let inCount = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = i > 0 ? text[i - 1]! : '';
    const isNum = /[\d.]/.test(ch);
    if (isNum && (inCount || /[A-Za-z)\]}]/.test(prev))) {
      inCount = true;
      out += ch === '.' ? '.' : SUB[Number(ch)];
    } else {
      inCount = false;
      out += ch;
    }
  }
  return out;
}

/** The reaction as text, e.g. "0.65 Li2CO3 + … → Li1.3Al0.3Ti1.7(PO4)3 + 0.65 CO2 + …", optionally scaled and with subscripts. */
export function reactionText(reaction: Reaction, options: { multiplier?: number; subscripts?: boolean } = {}): string {
  const k = options.multiplier ?? 1;
  const show = (s: Species) => {
    const c = s.coefficient * k;
    const f = options.subscripts ? withSubscripts(s.formula) : s.formula;
    return Math.abs(c - 1) < 1e-12 ? f : `${coefficientText(c)} ${f}`;
  };
  return `${reaction.reactants.map(show).join(' + ')} → ${reaction.products.map(show).join(' + ')}`;
}

/** Smallest k ≤ 1000 making every coefficient a whole number (within 1e-6 relative), or null. */
function integerMultiplier(coefficients: number[]): number | null {
  for (let k = 1; k <= 1000; k++) {
    if (coefficients.every((c) => Math.abs(c * k - Math.round(c * k)) <= 1e-6 * Math.max(1, Math.abs(c * k)))) return k;
  }
  return null;
}

/** Built-in precursors containing an element (for suggestions in messages). */
const suppliersOf = (element: string): string[] =>
  PRECURSOR_LIST.filter((p) => Object.prototype.hasOwnProperty.call(parseFormula(p.formula), element)).map((p) => p.formula);

const listText = (items: string[], conjunction = 'and'): string =>
  (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`);

/**
 * Precursor amounts, masses, the balanced overall reaction and the mass loss for a batch of a target compound.
 * Formula: n solves Σ_j A[e][j] n_j = b[e] for every non-volatile element e; m_j = n_j · M_j · m_batch / M_target;
 * mass loss = (Σ m_j − m_batch) / Σ m_j.
 * Throws PhysicsInputError (field "targetFormula", "batchMassG", "precursors", "precursor:<i>" or "liExcess").
 */
export function synthesisBatch(input: SynthesisInput): SynthesisResult {
  const { targetFormula, batchMassG, precursors, liExcess } = input;
  if (typeof targetFormula !== 'string' || targetFormula.trim() === '') fail('targetFormula', 'Enter the target composition, e.g. Li1.3Al0.3Ti1.7(PO4)3.');
  const target = parseFor('targetFormula', 'Target', targetFormula);
  const targetVolatile = Object.keys(target).filter((e) => e !== 'O' && VOLATILE.has(e));
  if (targetVolatile.length > 0) {
    fail('targetFormula', `The target contains ${listText(targetVolatile)}, which this calculator treats as leaving as gases (H₂O, CO₂, NH₃…); targets with H, C or N are not supported.`);
  }
  const targetElements = Object.keys(target).filter((e) => !VOLATILE.has(e));
  if (targetElements.length === 0) fail('targetFormula', 'The target has no element other than oxygen; enter a compound such as Li3PS4.');
  if (typeof batchMassG !== 'number' || !Number.isFinite(batchMassG) || batchMassG <= 0 || batchMassG > MAX_BATCH_G) {
    fail('batchMassG', 'The batch mass must be above 0 and at most 1000 kg.');
  }
  if (!Array.isArray(precursors) || precursors.length === 0) fail('precursors', 'Add at least one precursor.');
  if (precursors.length > MAX_PRECURSORS) fail('precursors', `At most ${MAX_PRECURSORS} precursors can be used.`);

  const names = precursors.map((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') fail(`precursor:${i}`, `Precursor ${i + 1} is empty: enter a formula or remove the row.`);
    return compactFormula(p);
  });
  const counts = precursors.map((p, i) => parseFor(`precursor:${i}`, `Precursor ${i + 1}`, p));
  const masses = precursors.map((p) => molarMass(p).molarMassGPerMol);

  // Same compound twice (same element counts) makes the amounts undetermined: say so plainly.
  const key = (c: ElementCounts) => Object.keys(c).sort().map((e) => `${e}${c[e]}`).join('');
  for (let i = 0; i < counts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (key(counts[i]!) === key(counts[j]!)) fail(`precursor:${i}`, `Precursor ${i + 1} (${names[i]}) is the same compound as precursor ${j + 1}; remove one of them.`);
    }
  }
  // A precursor made only of H, C, N and O can supply nothing to the product.
  counts.forEach((c, i) => {
    if (Object.keys(c).every((e) => VOLATILE.has(e))) {
      fail(`precursor:${i}`, `${names[i]} contains only H, C, N and O, which leave as gases here, so it supplies nothing to the product (a flux or fuel such as urea is not counted as a precursor). Remove it.`);
    }
  });
  // Every non-volatile element of the target needs a supplier.
  for (const e of targetElements) {
    if (!counts.some((c) => (c[e] ?? 0) > 0)) {
      const suggestions = suppliersOf(e).slice(0, 3);
      fail('precursors', `None of the precursors supplies ${e} (the target needs ${coefficientText(target[e]!)} per formula unit).${suggestions.length ? ` Add one that contains it, e.g. ${listText(suggestions, 'or')}.` : ''}`);
    }
  }

  const elements = [...targetElements];
  for (const c of counts) for (const e of Object.keys(c)) if (!VOLATILE.has(e) && !elements.includes(e)) elements.push(e);
  const a = elements.map((e) => counts.map((c) => c[e] ?? 0));
  const b = elements.map((e) => target[e] ?? 0);
  const foreign = elements.filter((e) => !targetElements.includes(e));

  const { pivots, m, consistent } = reduce(a, b);
  const cols = precursors.length;
  if (pivots.length < cols) {
    const free = Array.from({ length: cols }, (_, j) => j).find((j) => !pivots.includes(j))!;
    const partners = pivots.filter((c, r) => c < free && Math.abs(m[r]![free]!) > 1e-9).map((c) => names[c]!);
    const supplied = Object.keys(counts[free]!).filter((e) => !VOLATILE.has(e));
    fail('precursors', `The amounts are not fixed: ${names[free]} supplies the same element${supplied.length > 1 ? 's' : ''} (${listText(supplied)}) as ${partners.length ? listText(partners) : 'the other precursors'}, so any mix of them balances. Remove one, so that each element has one source.`);
  }
  if (!consistent) {
    const ls = leastSquares(a, b);
    const off = elements
      .map((e, i) => ({ e, want: b[i]!, got: a[i]!.reduce((s, x, j) => s + x * ls[j]!, 0) }))
      .filter((r) => Math.abs(r.got - r.want) > 1e-6 * Math.max(1, Math.abs(r.want)))
      .map((r) => `${r.e} ${coefficientText(tidy(r.got))} instead of ${coefficientText(r.want)}`);
    const why = foreign.length
      ? ` ${listText(foreign)} ${foreign.length > 1 ? 'are' : 'is'} brought by a precursor but not in the target, and cannot leave as a gas here.`
      : ' Each precursor fixes the ratio of the elements it brings; choose precursors whose ratios can add up to the target.';
    fail('precursors', `These precursors cannot give the target's composition exactly (the closest mix gives ${listText(off.slice(0, 4))}).${why}`);
  }
  const n = Array.from({ length: cols }, (_, j) => {
    const r = pivots.indexOf(j);
    return tidy(m[r]![cols]!);
  });
  const negative = n.map((x, j) => ({ x, j })).filter(({ x }) => x < -1e-9);
  if (negative.length > 0) {
    const { x, j } = negative[0]!;
    fail(`precursor:${j}`, `Balancing would need a negative amount of ${names[j]} (${coefficientText(x).replace("-", "−")} mol per mol of product): these precursors cannot make the target. Check the formulas or use a different source of ${listText(Object.keys(counts[j]!).filter((e) => !VOLATILE.has(e)))}.`);
  }
  const warnings: string[] = [];
  n.forEach((x, j) => {
    if (x <= 1e-9) {
      n[j] = 0;
      const alien = Object.keys(counts[j]!).filter((e) => !VOLATILE.has(e) && !targetElements.includes(e));
      warnings.push(alien.length > 0
        ? `${names[j]} is not needed (0 mol): the target does not contain ${listText(alien)}.`
        : `${names[j]} is not needed (0 mol): the other precursors already supply all of its ${listText(Object.keys(counts[j]!).filter((e) => !VOLATILE.has(e)))}.`);
    }
  });

  // Gases: H, C, N and O left over after the product is formed.
  let h = 0, c = 0, o = 0, nAmmonia = 0, nNitrate = 0, nTotal = 0;
  counts.forEach((cnt, j) => {
    const x = n[j]!;
    h += x * (cnt.H ?? 0);
    c += x * (cnt.C ?? 0);
    o += x * (cnt.O ?? 0);
    nTotal += x * (cnt.N ?? 0);
    if ((cnt.N ?? 0) > 0) {
      const g = nitrogenGroups(precursors[j]!);
      nAmmonia += x * g.ammonia;
      nNitrate += x * g.nitrate;
    }
  });
  const nh3 = tidy(Math.min(nAmmonia, h / 3));
  const no2 = tidy(nNitrate);
  const n2 = tidy((nTotal - nh3 - no2) / 2);
  const h2o = tidy((h - 3 * nh3) / 2);
  const co2 = tidy(c);
  const oOut = (target.O ?? 0) + 2 * co2 + h2o + 2 * no2;
  const o2Net = tidy((o - oOut) / 2);
  const o2Released = o2Net > 1e-12 ? o2Net : 0;
  const o2TakenUp = o2Net < -1e-12 ? -o2Net : 0;

  const gases: Species[] = [
    { formula: 'CO2', coefficient: co2 },
    { formula: 'H2O', coefficient: h2o },
    { formula: 'NH3', coefficient: nh3 },
    { formula: 'NO2', coefficient: no2 },
    { formula: 'N2', coefficient: n2 },
    { formula: 'O2', coefficient: o2Released },
  ].filter((g) => g.coefficient > 1e-12);
  const targetName = compactFormula(targetFormula);
  const reaction: Reaction = {
    reactants: [...names.map((f, j) => ({ formula: f, coefficient: n[j]! })).filter((s) => s.coefficient > 0), ...(o2TakenUp > 0 ? [{ formula: 'O2', coefficient: o2TakenUp }] : [])],
    products: [{ formula: targetName, coefficient: 1 }, ...gases],
  };
  if (target.O === undefined && o > 1e-12) {
    warnings.push('The target contains no oxygen, but the precursors bring some; it is counted as leaving as gas (CO₂, H₂O, O₂), which in practice may leave oxide impurities.');
  }
  if (n2 > 1e-12) warnings.push('Some nitrogen is neither in an NH₄/NH₃ group with enough hydrogen nor in a nitrate group; it is counted as leaving as N₂.');

  // Lithium excess: a factor (1 + f) on the receiving Li-containing precursor(s).
  const liTarget = target.Li ?? 0;
  const excessValue = liExcess?.value ?? 0;
  let fraction = 0;
  let excessLi = 0;
  const receives = new Array<boolean>(cols).fill(false);
  if (liExcess && (typeof excessValue !== 'number' || !Number.isFinite(excessValue) || excessValue < 0)) fail('liExcess', 'The lithium excess must be a number of at least 0.');
  if (liExcess && excessValue > 0) {
    const mode = liExcess.mode;
    if (mode !== 'source-pct' && mode !== 'li-pct' && mode !== 'li-per-fu') fail('liExcess', 'Unknown way of giving the lithium excess.');
    if (liTarget <= 0) fail('liExcess', 'The target contains no lithium, so a lithium excess does not apply; set it to 0.');
    if (mode !== 'li-per-fu' && excessValue > 100) fail('liExcess', 'A lithium excess above 100 % is not accepted; enter a value from 0 to 100 %.');
    if (mode === 'li-per-fu' && excessValue > liTarget) fail('liExcess', `An excess of more than the product's own lithium (${coefficientText(liTarget)} per formula unit) is not accepted.`);
    const on = liExcess.on ?? 'all';
    if (on === 'all') {
      counts.forEach((cnt, j) => { receives[j] = (cnt.Li ?? 0) > 0 && n[j]! > 0; });
    } else {
      if (!Number.isInteger(on) || on < 0 || on >= cols) fail('liExcess', `The excess is assigned to precursor ${Number(on) + 1}, which is not in the list.`);
      if (!((counts[on]!.Li ?? 0) > 0) || !(n[on]! > 0)) fail('liExcess', `The excess is assigned to ${names[on]}, which does not supply lithium here; choose a lithium source.`);
      receives[on] = true;
    }
    const liFromReceivers = counts.reduce((s, cnt, j) => s + (receives[j] ? n[j]! * (cnt.Li ?? 0) : 0), 0);
    if (mode === 'source-pct') {
      fraction = excessValue / 100;
      excessLi = fraction * liFromReceivers;
    } else {
      excessLi = mode === 'li-pct' ? (liTarget * excessValue) / 100 : excessValue;
      fraction = excessLi / liFromReceivers;
    }
  }

  const targetM = molarMass(targetFormula).molarMassGPerMol;
  const targetMoles = batchMassG / targetM;
  const amounts: PrecursorAmount[] = names.map((formula, j) => {
    const perFormulaUnit = n[j]!;
    const moles = perFormulaUnit * targetMoles;
    const excessFraction = receives[j] ? fraction : 0;
    return {
      formula,
      molarMassGPerMol: masses[j]!,
      perFormulaUnit,
      moles,
      massG: moles * masses[j]!,
      excessFraction,
      molesWithExcess: moles * (1 + excessFraction),
      massWithExcessG: moles * (1 + excessFraction) * masses[j]!,
    };
  });
  const balance = (total: number): MassBalance => {
    const loss = Math.abs(total - batchMassG) <= 1e-12 * total ? 0 : total - batchMassG;
    return { precursorMassG: total, massLossG: loss, massLossPct: (100 * loss) / total };
  };
  const stoichiometric = balance(amounts.reduce((s, p) => s + p.massG, 0));
  const withExcess = balance(amounts.reduce((s, p) => s + p.massWithExcessG, 0));
  for (const v of [stoichiometric.massLossPct, withExcess.massLossPct, withExcess.precursorMassG]) {
    if (!Number.isFinite(v)) fail('result', 'These inputs give a result too large to compute; check the formulas and the batch mass.');
  }

  const balanceEquations = elements.map((e, i) => {
    const terms = counts.map((cnt, j) => ({ k: cnt[e] ?? 0, f: names[j]! })).filter((t) => t.k > 0).map((t) => `${t.k === 1 ? '' : `${coefficientText(t.k)}·`}n(${t.f})`);
    return `${e}: ${terms.join(' + ')} = ${coefficientText(b[i]!)}`;
  });
  const allCoefficients = [...reaction.reactants, ...reaction.products].map((s) => s.coefficient);

  return {
    target: { formula: targetName, molarMassGPerMol: targetM, moles: targetMoles, massG: batchMassG, elementCounts: target },
    precursors: amounts,
    balancedElements: elements,
    balanceEquations,
    reaction,
    integerMultiplier: integerMultiplier(allCoefficients),
    gases,
    oxygenTakenUpPerFormulaUnit: o2TakenUp,
    stoichiometric,
    withExcess,
    excessLiPerFormulaUnit: excessLi,
    warnings,
  };
}

/**
 * Split the compact precursor text of a link ("Li2CO3,Al2O3,TiO2") into rows. Commas separate rows
 * (a formula never contains one); spaces around each are trimmed.
 */
export function splitPrecursorList(text: string): string[] {
  return String(text ?? '').split(',').map((s) => s.trim());
}
