/**
 * Astro integration: the print-a-part pages (src/pages/print/[part].astro) join several chapters, and the
 * chapters share ids (every one has "key-numbers", "exercises", …; a data table can appear in two), so the
 * page would repeat ids and its in-page links would all land in the first chapter. After the build, each
 * chapter's ids get the chapter's prefix ("exercises" → "ion-transport--exercises"), and so do the chapter's
 * own references to them: `href="#…"`, `for` and the id-list attributes (aria-describedby, …). The print
 * page marks each chapter with <print-id-scope data-prefix="…">, which this removes.
 * Islands are left as they are: their markup is rendered again in the browser, so their ids are made unique
 * where they are rendered (Calculator.astro, src/islands/shared/idScope.ts). Scripts and styles hold no ids.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCOPE = /<print-id-scope data-prefix="([^"]+)"[^>]*>([\s\S]*?)<\/print-id-scope>/g;
// Islands are not nested in one another here, so the first closing tag ends each one.
const OPAQUE = /<(astro-island|script|style)\b[\s\S]*?<\/\1>/g;
// Start tags only: Astro escapes "<" in text and ">" in attribute values, so a tag ends at the first ">".
const START_TAG = /<[a-zA-Z][^\s/>]*\s[^>]*>/g;
const ID_ATTRIBUTES = /(\s)(id|for|headers|list|form|popovertarget|aria-(?:activedescendant|controls|describedby|details|errormessage|flowto|labelledby|owns))="([^"]*)"/g;
const FRAGMENT_LINK = /(\shref)="#([^"]+)"/g;

const ids = (html: string) => [...html.matchAll(START_TAG)].flatMap(([tag]) => [...tag.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

/** `html` (one chapter) with every id it defines outside islands prefixed by `prefix--`, and its references to them. */
export function scopeIds(html: string, prefix: string): string {
  const parts: { text: string; opaque: boolean }[] = [];
  let last = 0;
  for (const m of html.matchAll(OPAQUE)) {
    parts.push({ text: html.slice(last, m.index), opaque: false }, { text: m[0], opaque: true });
    last = m.index + m[0].length;
  }
  parts.push({ text: html.slice(last), opaque: false });
  const own = new Set(parts.filter((p) => !p.opaque).flatMap((p) => ids(p.text)));
  const scoped = (id: string) => (own.has(id) ? `${prefix}--${id}` : id);
  const rewriteTag = (tag: string) => tag
    .replace(ID_ATTRIBUTES, (_, space: string, name: string, value: string) => `${space}${name}="${value.split(/\s+/).map(scoped).join(' ')}"`)
    .replace(FRAGMENT_LINK, (whole, href: string, fragment: string) => (own.has(decodeURIComponent(fragment)) ? `${href}="#${prefix}--${fragment}"` : whole));
  return parts.map((p) => (p.opaque ? p.text : p.text.replace(START_TAG, rewriteTag))).join('');
}

/** A print page with each marked chapter's ids scoped to it and the markers removed. */
export function scopeChapterIds(html: string): string {
  return html.replace(SCOPE, (_, prefix: string, body: string) => scopeIds(body, prefix));
}

export default function printChapterIds(): AstroIntegration {
  return {
    name: 'print-chapter-ids',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const printDir = join(fileURLToPath(dir), 'print');
        if (!existsSync(printDir)) return;
        for (const part of readdirSync(printDir)) {
          const file = join(printDir, part, 'index.html');
          if (!existsSync(file)) continue;
          const html = scopeChapterIds(readFileSync(file, 'utf8'));
          if (html.includes('<print-id-scope')) throw new Error(`${file}: a <print-id-scope> marker was not understood`);
          writeFileSync(file, html);
        }
      },
    },
  };
}
