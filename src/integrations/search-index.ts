/**
 * Astro integration: prepares the built pages for the search index. It runs when the pages are written
 * (astro:build:generated), so before Starlight runs Pagefind at astro:build:done. Two changes, both
 * invisible to readers and to assistive technology:
 * - Chemical formulas are indexed in plain ASCII as well: a student types "Li6PS5Cl", the page says
 *   "Li₆PS₅Cl". Each formula gets its ASCII form in an attribute that Pagefind indexes
 *   (`data-pagefind-index-attrs`); the text itself is untouched.
 * - KaTeX maths is indexed once, as the reader sees it: its MathML copy (for screen readers), which
 *   holds the TeX source in an <annotation>, is left out of the index (`data-pagefind-ignore`).
 * - Table cells, captions and definition terms are separated by a space, which tables do not render:
 *   Pagefind joins the text of adjacent elements, so without it a header row was indexed as one word
 *   ("configurationCathode") and excerpts read "Table 3Cell".
 * Only pages with Starlight's `data-pagefind-body` are touched (print pages and 404 have none).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFilesIn } from './built-files';
import { fileURLToPath } from 'node:url';

const PLAIN: Record<string, string> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9', 'ₓ': 'x', '₊': '+', '₋': '-',
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-', '·': '.',
};
const SCRIPT_CHAR = /[₀-₉ₓ₊₋⁰¹²³⁴-⁹⁺⁻·]/u;
// A formula: a run of formula characters with a subscript ("Li₆PS₅Cl", "Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃",
// "70Li₂S–30P₂S₅", "Li₃PS₄·0.5H₂O") or an element's charge ("Ge⁴⁺"). Units and powers of ten
// ("cm⁻¹", "10⁻⁴") are not formulas and are left alone.
const PART = String.raw`[A-Za-z0-9().\[\]·–/@\-₀-₉ₓ₊₋⁰¹²³⁴-⁹⁺⁻]`;
const MARK = String.raw`(?:[₀-₉ₓ]|[A-Z][a-z]?[¹²³⁴-⁹]+[⁺⁻])`;
const FORMULA = new RegExp(String.raw`(?=[A-Za-z0-9(\[])${PART}*?${MARK}${PART}*`, 'gu');
const IS_FORMULA = new RegExp(MARK, 'u');
// Elements whose text is not prose, or must not change, pass through whole: islands are rendered again
// in the browser (their markup must match), <option> and <textarea> hold text only, and the <h1> gives
// Pagefind the result's title (which would show the ASCII form too).
const OPAQUE = /<(astro-island|script|style|svg|math|template|textarea|select|pre|code|h1)\b[\s\S]*?<\/\1>/g;
const MAIN = /(<main\b[^>]*\sdata-pagefind-body[^>]*>)([\s\S]*<\/main>)/;
const count = (s: string, chars: RegExp) => s.match(chars)?.length ?? 0;

/** The plain-ASCII spelling of a formula: "Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃" → "Li1.5Al0.5Ge1.5(PO4)3". */
export const asciiFormula = (formula: string): string => [...formula].map((c) => PLAIN[c] ?? c).join('');

/** A matched run split into [before, formula, after]: sentence punctuation and unpaired brackets stay outside. */
function trimRun(run: string): [string, string, string] {
  let start = 0;
  let end = run.length;
  for (let changed = true; changed && end > start;) {
    const core = run.slice(start, end);
    changed = true;
    if (/[.·–/@-]$/u.test(core)) end--;
    else if (/[)\]]$/.test(core) && count(core, /[)\]]/g) > count(core, /[(\[]/g)) end--;
    else if (/^[(\[]/.test(core) && count(core, /[(\[]/g) > count(core, /[)\]]/g)) start++;
    else changed = false;
  }
  return [run.slice(0, start), run.slice(start, end), run.slice(end)];
}

/** Text (between tags) with each formula wrapped so that Pagefind indexes its ASCII form next to it. */
function markFormulas(text: string): string {
  return text.replace(FORMULA, (run) => {
    const [before, formula, after] = trimRun(run);
    if (!IS_FORMULA.test(formula)) return run;
    // The trailing space keeps Pagefind from ending the indexed form with a full stop.
    return `${before}<span data-pagefind-index-attrs="data-ascii" data-ascii="${asciiFormula(formula)} ">${formula}</span>${after}`;
  });
}

/** Markup outside the opaque elements: formulas marked, KaTeX's MathML copy kept out of the index, cells apart. */
const prepareProse = (markup: string) => markup
  .replace(/<\/(th|td|caption|dt|dd)>(?=<)/g, '</$1> ')
  .replace(/>([^<]+)</g, (whole, text: string) => (SCRIPT_CHAR.test(text) ? `>${markFormulas(text)}<` : whole))
  .replaceAll('<span class="katex-mathml">', '<span class="katex-mathml" data-pagefind-ignore>');

/** One built page, prepared for indexing (returned unchanged when the page is not indexed). */
export function prepareForSearch(html: string): string {
  const main = MAIN.exec(html);
  if (!main) return html;
  const [, open, body] = main;
  let out = '';
  let last = 0;
  for (const m of body.matchAll(OPAQUE)) {
    out += prepareProse(body.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  out += prepareProse(body.slice(last));
  return html.slice(0, main.index) + open + out + html.slice(main.index + main[0].length);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        for (const file of htmlFilesIn(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const prepared = prepareForSearch(html);
          if (prepared !== html) writeFileSync(file, prepared);
        }
      },
    },
  };
}
