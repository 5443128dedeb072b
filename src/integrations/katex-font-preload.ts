/**
 * Astro integration: pages that show maths preload the two KaTeX fonts nearly every formula uses (the
 * upright main face and the math italic), so the browser fetches them with the stylesheet instead of
 * only after it has laid out the first formula. Pages without maths are left alone (no wasted bytes).
 * It runs when the pages are written (astro:build:generated), so the offline list sees the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { filesIn } from './built-files';

const FIRST_FONTS = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'];
const HAS_MATHS = /<span class="katex"/;

/** The WOFF2 addresses (as the built stylesheets write them, base included) of the fonts in `names`. */
export function fontUrls(css: string, names: string[]): string[] {
  return names.map((name) => {
    const url = new RegExp(String.raw`url\(([^)]*/${name}\.[\w-]+\.woff2)\)`).exec(css)?.[1];
    if (!url) throw new Error(`katex-font-preload: no WOFF2 file for ${name} in the built stylesheets`);
    return url;
  });
}

/** The page with preload links for `urls` before its first stylesheet, if it shows maths. */
export function withFontPreloads(html: string, urls: string[]): string {
  if (!HAS_MATHS.test(html)) return html;
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin>`).join('');
  const at = html.search(/<link rel="stylesheet"|<\/head>/);
  return at < 0 ? html : html.slice(0, at) + links + html.slice(at);
}

export default function katexFontPreload(): AstroIntegration {
  return {
    name: 'katex-font-preload',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        const files = filesIn(fileURLToPath(dir));
        const css = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(file, 'utf8')).join('\n');
        const urls = fontUrls(css, FIRST_FONTS);
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const html = readFileSync(file, 'utf8');
          const out = withFontPreloads(html, urls);
          if (out !== html) writeFileSync(file, out);
        }
      },
    },
  };
}
