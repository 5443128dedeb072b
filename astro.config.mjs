// Site configuration: Starlight handbook with KaTeX maths rendered at build time and Preact islands.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeBaseLinks from './src/plugins/rehype-base-links.ts';
import rehypeKatexMathmlWidths from './src/plugins/rehype-katex-mathml-widths.ts';
import rehypeMathBlocks from './src/plugins/rehype-math-blocks.ts';
import { pluginCopyNewlines } from './src/plugins/expressive-code-copy-newlines.ts';
import cspInlineHashes from './src/integrations/csp-inline-hashes.ts';
import offline from './src/integrations/offline.ts';
import katexFontPreload from './src/integrations/katex-font-preload.ts';
import clientInteract from './src/integrations/client-interact.ts';
import printChapterIds from './src/integrations/print-chapter-ids.ts';
import searchIndex from './src/integrations/search-index.ts';
import starlightTocReplacement from './src/plugins/vite-starlight-toc.ts';
import noModulePreload from './src/plugins/vite-no-module-preload.ts';
import lazySearchUi from './src/plugins/vite-lazy-search-ui.ts';
import remarkGlossaryLinks from './src/plugins/remark-glossary-links.ts';
import remarkEquationNumbers from './src/plugins/remark-equation-numbers.ts';
import { loadGlossary } from './src/lib/glossary.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const DOCS = 'content/docs';
// Deployment base: '/' at a domain root, or a sub-path such as '/handbook/' for a project page.
const BASE = process.env.BASE_PATH ?? '/';
const hasPages = (dir) => existsSync(`${DOCS}/${dir}`) && readdirSync(`${DOCS}/${dir}`).some((f) => /\.mdx?$/.test(f));

// Parts in reading order; a part with no page yet is left out rather than shown empty.
const PARTS = [
  ['Fundamentals', 'fundamentals'], ['NASICON electrolytes', 'nasicon'], ['Sulfide electrolytes', 'sulfides'],
  ['Interfaces', 'interfaces'], ['Composites', 'composites'], ['Cells', 'cells'], ['Tools', 'tools'],
  ['Data', 'data'], ['Teaching', 'teaching'], ['Reference', 'reference'],
];

/** Sidebar links to the generated per-table data pages (src/pages/data/[id].astro). */
function dataTableLinks() {
  return readdirSync('content/data').filter((f) => f.endsWith('.yaml')).sort().map((f) => {
    const table = parseYaml(readFileSync(`content/data/${f}`, 'utf8'));
    return { label: `${table.sourceTable} (${table.id.slice(0, 3)})`, link: `/data/${table.id}/` };
  });
}

const sidebar = PARTS.filter(([, dir]) => hasPages(dir)).map(([label, dir]) => ({
  label,
  items: [{ autogenerate: { directory: `${DOCS}/${dir}` } }, ...(dir === 'data' ? dataTableLinks() : [])],
}));

export default defineConfig({
  // The public address, when known. Without it no page names an absolute address of its own (no canonical
  // link, og:url or sitemap, and "Cite this page" gives the title and path): a guess would send search
  // engines and citations to the builder's own machine.
  site: process.env.SITE_URL || undefined,
  base: BASE,
  // No link prefetching (Starlight turns it on): the service worker already fetches the whole handbook
  // after the first visit, and the prefetcher's DOM observer cost calculator pages ~70 ms of main thread
  // on a phone while they hydrate.
  prefetch: false,
  // Stylesheets stay external files (no inline <style>), so the policy below needs no style hashes.
  build: { inlineStylesheets: 'never' },
  security: {
    // Content Security Policy as a <meta> tag on every page: script only from this site (plus the hashes
    // Astro computes for its own inline scripts); Pagefind's search needs WebAssembly compilation.
    csp: {
      directives: [
        "default-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'",
        "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // KaTeX positions glyphs with inline style attributes, so styles may be inline; scripts may not.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  markdown: {
    processor: unified({
      // The first use of each glossary term on a page links to its definition (with a hover preview).
      remarkPlugins: [remarkMath, remarkEquationNumbers, [remarkGlossaryLinks, { terms: loadGlossary('content/data/glossary/glossary.yaml'), base: BASE }]],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }], rehypeKatexMathmlWidths, rehypeMathBlocks, [rehypeBaseLinks, { base: BASE }]] }),
  },
  integrations: [
    starlight({
      title: 'Solid Electrolyte Handbook',
      description: 'A handbook on inorganic solid electrolytes for lithium batteries, with calculators.',
      markdown: { processedDirs: ['./content/docs/'] },
      customCss: ['katex/dist/katex.min.css', './src/styles/katex-fixes.css', './src/styles/calculators.css', './src/styles/site.css', './src/styles/print.css'],
      sidebar,
      components: { Footer: './src/components/site/Footer.astro' },
      // The copy button's code keeps real line breaks (Expressive Code writes U+007F, which HTML forbids).
      expressiveCode: { plugins: [pluginCopyNewlines()] },
    }),
    mdx(),
    preact(),
    clientInteract(),
    printChapterIds(),
    // Before Pagefind indexes the pages: formulas also in ASCII, maths once and without its TeX source.
    searchIndex(),
    katexFontPreload(),
    cspInlineHashes(),
    offline(),
  ],
  vite: {
    plugins: [starlightTocReplacement(), lazySearchUi(), noModulePreload()],
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's head-inject directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
