/**
 * Chemical formula parser and molar mass.
 *
 * Accepted syntax: element symbols (capitalised: Li, Co — "CO" is carbon + oxygen), decimal counts
 * (Li1.3Al0.3Ti1.7(PO4)3), nested groups in (), [] or {}, Unicode subscript digits (Li₂S), and
 * adducts/hydrates joined by "·", "•", "⋅", "∙" or "*" with an optional leading multiplier
 * (LiOH·H2O, 70Li2S·30P2S5, Li3PS4·0.5H2O). Whitespace is ignored. Charges, isotopes and
 * variables (x, δ) are not supported and give a clear error.
 *
 * Atomic weights: see elements.ts (IUPAC/CIAAW 2021, abridged).
 */
import { ELEMENTS } from './elements';
import { PhysicsInputError } from './errors';
import { checkResult } from './validate';

/** Element symbol → number of atoms per formula unit (may be fractional), in order of first appearance. */
export type ElementCounts = Record<string, number>;

const SUBSCRIPTS: Record<string, string> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
};
const ADDUCT_SEPARATORS = new Set(['·', '•', '⋅', '∙', '*']);
const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSE = new Set([')', ']', '}']);
const MAX_LENGTH = 500;
const MAX_COUNT = 1e6;
const MAX_DEPTH = 20;

const fail = (message: string): never => {
  throw new PhysicsInputError('formula', message);
};

/** Round away floating-point noise from sums like 0.1 + 0.2. */
const tidy = (x: number): number => {
  const r = Math.round(x * 1e9) / 1e9;
  return Math.abs(r - x) < 1e-12 * Math.max(1, Math.abs(x)) ? r : x;
};

class Parser {
  private pos = 0;
  constructor(
    private readonly s: string,
    private readonly original: string,
  ) {}

  private where(): string {
    return this.pos < this.s.length ? `at "${this.s.slice(this.pos, this.pos + 6)}"` : 'at the end';
  }

  /** A number: digits with an optional decimal part (".5" is accepted). Returns null if none here. */
  private number(): number | null {
    const m = /^(\d+(\.\d+)?|\.\d+)/.exec(this.s.slice(this.pos));
    if (!m) return null;
    this.pos += m[0].length;
    const v = Number(m[0]);
    if (!(v > 0)) fail(`A count of zero ("${m[0]}") is not allowed in "${this.original}".`);
    if (v > MAX_COUNT) fail(`The count ${m[0]} in "${this.original}" is too large (at most ${MAX_COUNT}).`);
    return v;
  }

  private add(into: ElementCounts, from: ElementCounts, factor: number) {
    for (const [el, n] of Object.entries(from)) into[el] = (into[el] ?? 0) + n * factor;
  }

  /** Sequence of elements and groups until a closing bracket, separator or the end. */
  private sequence(depth: number): ElementCounts {
    if (depth > MAX_DEPTH) fail(`Brackets are nested too deeply in "${this.original}".`);
    const counts: ElementCounts = {};
    let any = false;
    while (this.pos < this.s.length) {
      const ch = this.s[this.pos]!;
      if (CLOSE.has(ch) || ADDUCT_SEPARATORS.has(ch)) break;
      if (ch in OPEN) {
        this.pos++;
        const inner = this.sequence(depth + 1);
        if (Object.keys(inner).length === 0) fail(`Empty brackets in "${this.original}".`);
        if (this.s[this.pos] !== OPEN[ch]) {
          fail(
            this.pos >= this.s.length
              ? `Unbalanced brackets in "${this.original}": "${ch}" is never closed.`
              : `Mismatched brackets in "${this.original}": "${ch}" closed by "${this.s[this.pos]}".`,
          );
        }
        this.pos++;
        this.add(counts, inner, this.number() ?? 1);
        any = true;
      } else if (/[A-Z]/.test(ch)) {
        const m = /^[A-Z][a-z]?/.exec(this.s.slice(this.pos))!;
        const symbol = m[0];
        if (!Object.prototype.hasOwnProperty.call(ELEMENTS, symbol)) {
          fail(`Unknown element "${symbol}" in "${this.original}" (element symbols are case-sensitive: Co is cobalt, CO carbon + oxygen).`);
        }
        this.pos += symbol.length;
        counts[symbol] = (counts[symbol] ?? 0) + (this.number() ?? 1);
        any = true;
      } else if (/[a-z]/.test(ch)) {
        fail(`Unexpected lower-case "${ch}" ${this.where()} in "${this.original}": element symbols start with a capital letter.`);
      } else if (/[\d.]/.test(ch)) {
        fail(`A number ${this.where()} in "${this.original}" does not follow an element or bracket.`);
      } else {
        fail(`Unexpected character "${ch}" ${this.where()} in "${this.original}" (charges, isotopes and variables are not supported).`);
      }
    }
    if (!any && depth === 0) fail(`Missing formula part ${this.where()} in "${this.original}".`);
    return counts;
  }

  /** Whole formula: [multiplier] sequence (separator [multiplier] sequence)*. */
  parse(): ElementCounts {
    const total: ElementCounts = {};
    for (;;) {
      const multiplier = this.number() ?? 1;
      const part = this.sequence(0);
      this.add(total, part, multiplier);
      if (this.pos >= this.s.length) break;
      const ch = this.s[this.pos]!;
      if (CLOSE.has(ch)) fail(`Unbalanced brackets in "${this.original}": unexpected "${ch}".`);
      this.pos++; // an adduct separator
      if (this.pos >= this.s.length) fail(`The formula "${this.original}" ends with a separator.`);
    }
    for (const el of Object.keys(total)) total[el] = tidy(total[el]!);
    return total;
  }
}

/**
 * Parse a chemical formula into element counts per formula unit.
 * Example: "Li1.3Al0.3Ti1.7(PO4)3" → { Li: 1.3, Al: 0.3, Ti: 1.7, P: 3, O: 12 }.
 * Throws PhysicsInputError (field "formula") for empty input, unknown elements, bad characters,
 * zero counts and unbalanced brackets. Source of the symbol set: IUPAC periodic table (H–U).
 */
export function parseFormula(text: string): ElementCounts {
  if (typeof text !== 'string') fail('The formula must be text, e.g. "Li7La3Zr2O12".');
  if (text.length > MAX_LENGTH) fail(`The formula is too long (at most ${MAX_LENGTH} characters).`);
  const cleaned = [...text.normalize('NFC')]
    .map((c) => SUBSCRIPTS[c] ?? c)
    .join('')
    .replace(/\s+/g, '');
  if (cleaned.length === 0) fail('The formula is empty; enter one such as "Li3PS4".');
  return new Parser(cleaned, text.trim()).parse();
}

export interface MolarMassResult {
  /** Molar mass M in g/mol. */
  molarMassGPerMol: number;
  elementCounts: ElementCounts;
  /** Mass fraction of each element (0–1), summing to 1. */
  massFractions: Record<string, number>;
  /** Elements whose weight is only a mass number (no standard atomic weight), e.g. Tc, Pm. */
  approximateElements: string[];
}

/**
 * Molar mass of a formula unit.
 * Formula: M = Σ n_i·A_r,i (g/mol) with IUPAC/CIAAW 2021 abridged standard atomic weights.
 * Valid: any formula parseFormula accepts; precision ~1e-4 relative (abridged weights; Li is the
 * conventional 6.94, whose natural range is 6.938–6.997).
 * Source: IUPAC/CIAAW, Standard atomic weights of the elements 2021, Pure Appl. Chem. 94 (2022) 573.
 */
export function molarMass(text: string): MolarMassResult {
  const counts = parseFormula(text);
  let m = 0;
  for (const [el, n] of Object.entries(counts)) m += n * ELEMENTS[el]!.atomicWeight;
  const molarMassGPerMol = checkResult('molar mass', m);
  const massFractions: Record<string, number> = {};
  for (const [el, n] of Object.entries(counts)) massFractions[el] = (n * ELEMENTS[el]!.atomicWeight) / molarMassGPerMol;
  const approximateElements = Object.keys(counts).filter((el) => ELEMENTS[el]!.massNumberOnly === true);
  return { molarMassGPerMol, elementCounts: counts, massFractions, approximateElements };
}
