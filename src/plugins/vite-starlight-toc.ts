/**
 * Vite plugin: serve src/components/site/starlight-toc.ts wherever Starlight imports its own
 * table-of-contents script, which costs a long chapter ~200 ms of main thread on a phone (see that file).
 * Starlight's markup, styles and mobile subclass stay as they are.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const STARLIGHT_TOC = /@astrojs\/starlight\/dist\/components-internals\/TableOfContents\/starlight-toc\.js$/;
const REPLACEMENT = fileURLToPath(new URL('../components/site/starlight-toc.ts', import.meta.url));

export default function starlightTocReplacement(): Plugin {
  return {
    name: 'handbook:starlight-toc',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('starlight-toc')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && STARLIGHT_TOC.test(resolved.id.split('?')[0]) ? REPLACEMENT : null;
    },
  };
}
