/**
 * Citation formatting over CSL-JSON with citation-js (no hand-written reference styles).
 * Pure: takes reference records, returns strings.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

/** A CSL-JSON record as stored in content/data/references.json (only the fields we read are typed). */
export interface CslEntry {
  id: string;
  type: string;
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  /** Editors of an edited book, named in the label when it has no authors. */
  editor?: { family?: string; given?: string; literal?: string }[];
  issued?: { 'date-parts'?: (number | string)[][] };
  DOI?: string;
  [field: string]: unknown;
}

/** Short author–year label for in-text citations, e.g. "Tolganbek et al., 2022"; an edited book is named by its editors. */
export function authorYearLabel(entry: CslEntry): string {
  const people = entry.author?.length ? entry.author : (entry.editor ?? []);
  const names = people.map((a) => a.family ?? a.literal ?? '').filter(Boolean);
  const year = entry.issued?.['date-parts']?.[0]?.[0] ?? 'n.d.';
  const who = names.length === 0 ? 'Anon.' : names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} & ${names[1]}` : `${names[0]} et al.`;
  return `${who}, ${year}`;
}

/** Full reference as HTML (APA style via citation-js), one entry; DOI rendered as a link by the caller. */
export function formatEntryHtml(entry: CslEntry): string {
  const html = new Cite([entry]).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' }) as string;
  const inner = html.match(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/);
  if (!inner) throw new Error(`citation-js produced no entry for reference "${entry.id}"`);
  // citation-js prints the DOI as plain text; make it a link (DOIs are escaped by citation-js already).
  return inner[1].replace(/https:\/\/doi\.org\/(\S+?)(?=$|\s|<)/, (url) => `<a href="${url}">${url}</a>`).trim();
}

/** Full reference as plain text (APA style), for copying and for tests. */
export function formatEntryText(entry: CslEntry): string {
  return (new Cite([entry]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim();
}

const fold = (s: unknown): string => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/**
 * True when two records describe the same work, as happens when two reviews list the same paper:
 * the same DOI, or the same first author, year, volume and first page.
 */
export function sameWork(a: CslEntry, b: CslEntry): boolean {
  if (a.DOI && b.DOI) return fold(a.DOI) === fold(b.DOI);
  const key = (e: CslEntry) => [fold(e.author?.[0]?.family ?? e.author?.[0]?.literal), e.issued?.['date-parts']?.[0]?.[0], fold(e.volume), fold(String(e.page ?? '').split(/[–-]/)[0])];
  const [ka, kb] = [key(a), key(b)];
  return ka.every((part, i) => part !== '' && part !== undefined && part === kb[i]);
}

/** The entries with later duplicates of the same work removed (first occurrence kept). */
export function uniqueWorks(entries: CslEntry[]): CslEntry[] {
  return entries.filter((entry, i) => !entries.slice(0, i).some((earlier) => sameWork(earlier, entry)));
}

/** How to cite one handbook page: formatted text (APA) and BibTeX, both from one CSL record via citation-js. */
export function pageCitation(input: { title: string; url?: string; pathSlug: string; date: Date }): { text: string; bibtex: string } {
  const record = {
    id: `seh-${input.pathSlug.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`,
    type: 'webpage',
    title: input.title,
    author: [{ literal: 'Solid Electrolyte Handbook contributors' }],
    'container-title': 'Solid Electrolyte Handbook',
    // Without a public address the page is named by its path within the handbook.
    ...(input.url ? { URL: input.url } : { note: `Page ${input.pathSlug}` }),
    issued: { 'date-parts': [[input.date.getUTCFullYear(), input.date.getUTCMonth() + 1, input.date.getUTCDate()]] },
  };
  const cite = new Cite([record]);
  const text = (cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim();
  return {
    text: input.url ? text : `${text} Page ${input.pathSlug}`,
    bibtex: (cite.format('bibtex') as string).trim(),
  };
}

/**
 * In-text labels for a whole bibliography, author–year style: different works that would share a label
 * get letters after the year ("Liu et al., 2018a", "Liu et al., 2018b"); the same work listed by two
 * reviews keeps one label. Letters follow the order of the entries given.
 */
export function distinctLabels(entries: CslEntry[]): Map<string, string> {
  const byLabel = new Map<string, CslEntry[][]>();
  for (const entry of entries) {
    const works = byLabel.get(authorYearLabel(entry)) ?? [];
    const work = works.find((group) => sameWork(group[0], entry));
    if (work) work.push(entry);
    else works.push([entry]);
    byLabel.set(authorYearLabel(entry), works);
  }
  const labels = new Map<string, string>();
  for (const [label, works] of byLabel) {
    works.forEach((group, i) => {
      const text = works.length === 1 ? label : `${label}${String.fromCharCode(97 + (i % 26))}`;
      for (const entry of group) labels.set(entry.id, text);
    });
  }
  return labels;
}
