// Byte budgets of the built pages (sizes are deterministic; times are measured by `npm run bench`).
// A calculator page, or a chapter with calculators in it, stays under 60 KB of gzipped JavaScript; a
// reading page without calculators carries only Starlight's scripts and the small enhancements of
// tables, exercises, print and offline use.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBytes } from '../bench/page-bytes.mjs';
import { DIST, builtHtml, builtPages } from './built-site';

const KB = 1024;
const CALCULATOR_PAGE_JS = 60 * KB;
const READING_PAGE_JS = 12 * KB;
const PAGE_CSS = 30 * KB;
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
type Bytes = { html: number; css: number; js: number };

describe('byte budgets', () => {
  for (const path of builtPages().filter((p) => !p.startsWith('/print/'))) {
    it(`${path} stays within its budget`, () => {
      const bytes = pageBytes(DIST, fileOf(path)) as Bytes;
      const interactive = builtHtml(path).includes('<astro-island');
      expect(bytes.js, `${path}: JavaScript ${(bytes.js / KB).toFixed(1)} KB`).toBeLessThanOrEqual(interactive ? CALCULATOR_PAGE_JS : READING_PAGE_JS);
      expect(bytes.css, `${path}: CSS ${(bytes.css / KB).toFixed(1)} KB`).toBeLessThanOrEqual(PAGE_CSS);
    });
  }
});
