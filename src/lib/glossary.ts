/**
 * The glossary as data: loading and validating content/data/glossary/glossary.yaml, slugs and short
 * definitions for links, and finding where terms are used in a text. Pure apart from loadGlossary,
 * which reads a file (build time, Node only; no Astro imports, so astro.config.mjs can use it too).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { glossaryEntry, type GlossaryEntry } from '../schemas/glossary';

export type { GlossaryEntry } from '../schemas/glossary';

/** A glossary file that does not validate; `issues` has one line per problem, each naming the term. */
export class GlossaryValidationError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Glossary is invalid:\n  - ${issues.join('\n  - ')}`);
    this.name = 'GlossaryValidationError';
    this.issues = issues;
  }
}

/** Anchor id of a term on the glossary page: "Monroe–Newman criterion" → "monroe-newman-criterion". */
export function glossarySlug(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** True for abbreviation-like strings (an upper-case letter after the first character): LATP, LiTFSI, thio-LISICON. */
export function isAbbreviation(text: string): boolean {
  return /\p{Lu}/u.test([...text].slice(1).join(''));
}

/**
 * Whether a spelling of an entry (by default its term) is matched case-sensitively: the entry's
 * explicit flag, else whether that spelling looks like an abbreviation. So "MCI" is matched
 * case-sensitively while its alias "mixed conducting interphase" is not.
 */
export function isCaseSensitive(entry: Pick<GlossaryEntry, 'term' | 'caseSensitive'>, spelling: string = entry.term): boolean {
  return entry.caseSensitive ?? isAbbreviation(spelling);
}

/** The first sentence of the definition (what a hover preview shows). */
export function shortDefinition(entry: Pick<GlossaryEntry, 'definition'>): string {
  const text = entry.definition.trim().replace(/\s+/g, ' ');
  const end = text.search(/(?<!\b(?:e\.g|i\.e|cf|vs|approx|ca|Fig|Eq|ref|No))\.\s+(?=[\p{Lu}(\d])/u);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** Hover text for a link to the entry: the expansion of an abbreviation, then the short definition. */
export function hoverText(entry: Pick<GlossaryEntry, 'expansion' | 'definition'>): string {
  const short = shortDefinition(entry);
  return entry.expansion ? `${entry.expansion}: ${short}` : short;
}

/**
 * Validate parsed glossary data. Every problem is collected; each message names the entry by its
 * term (or its position when the term itself is missing). Also rejects two entries with the same
 * slug and a spelling (term or alias) claimed by two entries.
 */
export function validateGlossary(data: unknown, source = 'glossary'): GlossaryEntry[] {
  if (!Array.isArray(data)) throw new GlossaryValidationError([`${source}: expected a YAML list of entries, got ${data === null ? 'nothing' : typeof data}`]);
  const issues: string[] = [];
  const entries: GlossaryEntry[] = [];
  data.forEach((raw, i) => {
    const rawTerm = raw && typeof raw === 'object' && typeof (raw as { term?: unknown }).term === 'string' ? (raw as { term: string }).term : undefined;
    const name = rawTerm ? `term "${rawTerm}"` : `entry ${i + 1}`;
    const result = glossaryEntry.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) issues.push(`${source}: ${name}: ${issue.path.length ? `field ${issue.path.join('.')}: ` : ''}${issue.message}`);
      return;
    }
    if (!glossarySlug(result.data.term)) issues.push(`${source}: ${name}: the term has no letters or digits to make an anchor from`);
    entries.push(result.data);
  });
  const slugs = new Map<string, string>();
  const spellings = new Map<string, string>();
  for (const entry of entries) {
    const slug = glossarySlug(entry.term);
    const other = slugs.get(slug);
    if (other !== undefined) issues.push(`${source}: term "${entry.term}": its anchor #${slug} is already used by term "${other}"`);
    else slugs.set(slug, entry.term);
    for (const spelling of [entry.term, ...(entry.aliases ?? [])]) {
      const key = isCaseSensitive(entry, spelling) ? spelling : spelling.toLowerCase();
      const owner = spellings.get(key) ?? spellings.get(spelling.toLowerCase());
      if (owner !== undefined && owner !== entry.term) issues.push(`${source}: term "${entry.term}": the spelling "${spelling}" is already claimed by term "${owner}"`);
      else spellings.set(key, entry.term);
    }
  }
  if (issues.length) throw new GlossaryValidationError(issues);
  return entries;
}

/** Parse and validate the YAML text of a glossary file. */
export function parseGlossary(yamlText: string, source = 'glossary.yaml'): GlossaryEntry[] {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (e) {
    throw new GlossaryValidationError([`${source}: not valid YAML: ${(e as Error).message}`]);
  }
  return validateGlossary(data, source);
}

/** Read and validate a glossary file (content/data/glossary/glossary.yaml on the site). */
export function loadGlossary(path: string): GlossaryEntry[] {
  return parseGlossary(readFileSync(path, 'utf8'), path);
}

/** Entries in alphabetical order of their terms (case- and accent-insensitive, as an index is sorted). */
export function sortGlossary(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** Index letter of a term: its first letter, upper case, accents removed; "#" for anything else. */
export function indexLetter(term: string): string {
  const first = term.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

// ---------------------------------------------------------------------------------------------
// Finding terms in text
// ---------------------------------------------------------------------------------------------

/** One occurrence of a glossary term in a text. */
export interface TermMatch {
  entry: GlossaryEntry;
  /** Anchor of the entry on the glossary page. */
  slug: string;
  /** Offset of the match in the text (UTF-16 code units, as String.prototype.slice counts). */
  index: number;
  /** The matched text as it appears. */
  text: string;
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014';
const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|\/]/.test(c) ? `\\${c}` : c);

/** Regex source for one spelling: spaces match any whitespace, dashes match any dash, letters fold case unless sensitive. */
function spellingPattern(spelling: string, caseSensitive: boolean): string {
  let out = '';
  for (const c of spelling.trim()) {
    if (/\s/.test(c)) {
      if (!out.endsWith('\\s+')) out += '\\s+';
    } else if (DASHES.includes(c)) out += `[${DASHES.replace('-', '\\-')}]`;
    else if (!caseSensitive && c.toLowerCase() !== c.toUpperCase()) {
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      out += lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : escapeChar(c);
    } else out += escapeChar(c);
  }
  return out;
}

/** A compiled set of terms that can be searched for in texts. */
export interface GlossaryMatcher {
  /** Every non-overlapping occurrence in `text`, left to right; at one position the longest spelling wins. */
  matchAll(text: string): TermMatch[];
}

const matcherCache = new WeakMap<readonly GlossaryEntry[], GlossaryMatcher>();

/**
 * Compile the spellings (terms and aliases) of `entries` into one matcher. A match must stand
 * alone as a word: no letter, digit or underscore directly before or after it (a hyphen or a
 * bracket is a boundary, so "LATP-based" contains LATP but "NCM811" does not contain NCM). A
 * plural "s" directly after a spelling is included in the match.
 */
export function compileGlossaryMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
  const cached = matcherCache.get(entries);
  if (cached) return cached;
  const spellings = entries
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((spelling) => ({ spelling: spelling.trim(), entry, sensitive: isCaseSensitive(entry, spelling.trim()) })))
    .filter((s) => s.spelling.length > 0)
    .sort((a, b) => b.spelling.length - a.spelling.length || a.spelling.localeCompare(b.spelling));
  const slugs = new Map(entries.map((e) => [e, glossarySlug(e.term)]));
  let matcher: GlossaryMatcher;
  if (spellings.length === 0) matcher = { matchAll: () => [] };
  else {
    const alternation = spellings.map((s) => `(${spellingPattern(s.spelling, s.sensitive)})`).join('|');
    // Compiled once; matchAll runs synchronously and resets lastIndex, so sharing it is safe.
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})s?(?![\\p{L}\\p{N}_])`, 'gu');
    matcher = {
      matchAll(text: string): TermMatch[] {
        const out: TermMatch[] = [];
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const group = m.findIndex((g, i) => i > 0 && g !== undefined);
          const { entry } = spellings[group - 1];
          out.push({ entry, slug: slugs.get(entry)!, index: m.index, text: m[0] });
        }
        return out;
      },
    };
  }
  matcherCache.set(entries, matcher);
  return matcher;
}

/**
 * The first occurrence of each term (by any of its spellings) in `text`, in order of position.
 * Abbreviations are matched case-sensitively, ordinary words case-insensitively, spelling by spelling
 * (see isCaseSensitive);
 * matches respect word boundaries, and where spellings overlap the longest one at the leftmost
 * position wins (so "thio-LISICON" is not also counted as "LISICON").
 */
export function findFirstUses(text: string, terms: readonly GlossaryEntry[]): TermMatch[] {
  const seen = new Set<GlossaryEntry>();
  const out: TermMatch[] = [];
  for (const match of compileGlossaryMatcher(terms).matchAll(text)) {
    if (seen.has(match.entry)) continue;
    seen.add(match.entry);
    out.push(match);
  }
  return out;
}
