// Site configuration: Starlight handbook with KaTeX maths rendered at build time and Preact islands.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

const part = (label, dir) => ({ label, items: [{ autogenerate: { directory: `content/docs/${dir}` } }] });

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH ?? '/',
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]] }),
  },
  integrations: [
    starlight({
      title: 'Solid Electrolyte Handbook',
      description: 'A handbook on inorganic solid electrolytes for lithium batteries, with calculators.',
      markdown: { processedDirs: ['./content/docs/'] },
      customCss: ['katex/dist/katex.min.css', './src/styles/katex-fixes.css'],
      sidebar: [part('Fundamentals', 'fundamentals')],
    }),
    mdx(),
    preact(),
  ],
});
