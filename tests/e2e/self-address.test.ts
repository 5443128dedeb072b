// A page names its own absolute address only when the build was told the public one (SITE_URL): then the
// canonical link, og:url, sitemap and "Cite this page" use it; otherwise none of them appears, so no
// search engine or citation is sent to the machine the site was built on.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtml, builtPages } from './built-site';

const SITE = process.env.SITE_URL;
const BASE = process.env.BASE_PATH ?? '/';
const CHAPTER = `${BASE}fundamentals/ion-transport/`.replace('//', '/');
const pages = builtPages();
/** The formatted "Cite this page" text of a built page (short, so a failure message stays readable). */
const citationText = (html: string) => html.match(/class="page-tools__text[^"]*">([^<]*)</)?.[1] ?? '(no citation)';

describe.runIf(!SITE)('a build without SITE_URL', () => {
  it('writes no absolute address of its own: no canonical link, og:url or sitemap, no local host', () => {
    for (const path of pages) {
      const html = builtHtml(path);
      expect(/127\.0\.0\.1|localhost:\d/.test(html), `${path} names a local address`).toBe(false);
      expect(html.includes('rel="canonical"'), `${path} has a canonical link`).toBe(false);
      expect(html.includes('property="og:url"'), `${path} has og:url`).toBe(false);
    }
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
  });

  it('cites a page by its title and path', () => {
    const html = builtHtml('/fundamentals/ion-transport/');
    expect(citationText(html)).toMatch(/How ions move in solids\. Solid Electrolyte Handbook\. Page \/fundamentals\/ion-transport\/$/);
    expect(html.includes('note = {Page /fundamentals/ion-transport/}')).toBe(true);
  });
});

describe.runIf(!!SITE)('a build with SITE_URL', () => {
  it('gives every page its public address in the canonical link, og:url and the citation', () => {
    const html = builtHtml(CHAPTER.slice(BASE.length - 1));
    const url = new URL(CHAPTER, SITE).href;
    expect(html.includes(`<link rel="canonical" href="${url}"`)).toBe(true);
    expect(html.includes(`<meta property="og:url" content="${url}"`)).toBe(true);
    expect(citationText(html)).toContain(url);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });
});
