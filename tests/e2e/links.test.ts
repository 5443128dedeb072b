// Every internal link and asset reference in the built site resolves to a file, and every #fragment
// to an element id on the target page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtHtml, builtPages } from './built-site';

const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const idsCache = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!idsCache.has(path)) idsCache.set(path, new Set([...builtHtml(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(path)!;
};
const targetFile = (path: string) => {
  const local = join(DIST, decodeURIComponent(path));
  if (existsSync(local) && !local.endsWith('/')) return existsSync(join(local, 'index.html')) ? `${path.replace(/\/?$/, '/')}` : path;
  if (existsSync(join(local, 'index.html'))) return path.endsWith('/') ? path : `${path}/`;
  return null;
};

describe('internal links', () => {
  it('finds the built pages', () => expect(pages.length).toBeGreaterThan(5));
  for (const page of pages) {
    it(`all links on ${page} resolve`, () => {
      const html = builtHtml(page);
      const broken: string[] = [];
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = m[1].replace(/&amp;/g, '&');
        // Absolute URLs are external (or the canonical link, which names the deployed host).
        if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${base}${page.replace(/^\//, '')}`);
        if (!url.pathname.startsWith(base)) { broken.push(`${raw} (outside the base ${base})`); continue; }
        const sitePath = `/${url.pathname.slice(base.length)}`;
        const resolved = targetFile(sitePath);
        if (!resolved) { broken.push(raw); continue; }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && resolved.endsWith('/') && !idsOf(resolved).has(fragment)) broken.push(`${raw} (no element #${fragment})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
