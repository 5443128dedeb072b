// Bytes a built page costs a reader, gzipped: its HTML, the CSS it links, and the JavaScript it loads
// (module scripts, island components and renderers, and everything they import). Shared by the
// benchmark (which prints the figures) and the byte-budget test (which fails on a page over budget).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Bytes (gzipped JS) a reading page may add to a bare Starlight page: the one script that makes wide tables and
 *  equations keyboard-reachable scroll regions (WCAG 2.1.1). Shared by the budget test and the benchmark. */
export const SCROLL_REGIONS_ALLOWANCE = 256;

/** { html, css, js } in gzipped bytes for the page file `htmlFile` inside `distDir`. */
export function pageBytes(distDir, htmlFile) {
  const asset = (path) => readFileSync(join(distDir, path.replace(/^\/+/, '')));
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...new Set([...html.matchAll(/href="(\/[^"]*_astro\/[^"]+\.css)"/g)].map((m) => m[1]))];
  const entries = [...new Set([...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="(\/[^"]*_astro\/[^"]+\.js)"/g)].map((m) => m[1]))];
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of asset(path).toString('utf8').matchAll(/(?:from|import)\s*\(?\s*["']((?:\.\/|\/)[^"']+\.js)["']/g)) visit(m[1].startsWith('./') ? dir + m[1].slice(2) : m[1]);
  };
  entries.forEach(visit);
  return {
    html: gz(Buffer.from(html)),
    css: css.reduce((sum, path) => sum + gz(asset(path)), 0),
    js: [...seen].reduce((sum, path) => sum + gz(asset(path)), 0) + gz(Buffer.from(inline)),
  };
}
