// Byte budgets of the built pages (sizes are deterministic; times are measured by `npm run bench`).
// A reading page ships no more JavaScript than a bare Starlight page (tests/fixtures/bare-starlight,
// built by `npm run build:bare` with the same Starlight): the plain page, or the page with a code block
// for pages that show code. A calculator page, or a chapter with calculators in it, stays under 60 KB.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageBytes, SCROLL_REGIONS_ALLOWANCE } from '../bench/page-bytes.mjs';
import { DIST, builtHtml, builtPages, pageFile } from './built-site';

const KB = 1024;
const CALCULATOR_PAGE_JS = 60 * KB;
const PAGE_CSS = 30 * KB;
const BARE = 'node_modules/.cache/bare-starlight';
type Bytes = { html: number; css: number; js: number };

/** JavaScript of the bare Starlight page `path`; fails with the command to run when it has not been built. */
function bareJs(path: string): number {
  const file = pageFile(BARE, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:bare" first`);
  return (pageBytes(BARE, file) as Bytes).js;
}

describe('byte budgets', () => {
  const plainPageJs = bareJs('/reading/');
  const codePageJs = bareJs('/code/');

  it('the bare Starlight references are real pages with Starlight\'s scripts', () => {
    expect(plainPageJs).toBeGreaterThan(3 * KB);
    expect(codePageJs).toBeGreaterThan(plainPageJs);
  });

  for (const path of builtPages().filter((p) => !p.startsWith('/print/'))) {
    it(`${path} stays within its budget`, () => {
      const html = builtHtml(path);
      const bytes = pageBytes(DIST, pageFile(DIST, path)) as Bytes;
      const budget = html.includes('<astro-island') ? CALCULATOR_PAGE_JS : (html.includes('class="expressive-code') ? codePageJs : plainPageJs) + SCROLL_REGIONS_ALLOWANCE;
      expect(bytes.js, `${path}: JavaScript ${bytes.js} B against ${budget} B`).toBeLessThanOrEqual(budget);
      expect(bytes.css, `${path}: CSS ${(bytes.css / KB).toFixed(1)} KB`).toBeLessThanOrEqual(PAGE_CSS);
    });
  }
});
