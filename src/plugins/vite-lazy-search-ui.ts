/**
 * Vite plugin: where Starlight's search script imports `@pagefind/default-ui`, serve
 * src/components/site/lazy-pagefind-ui.ts instead, which builds the search interface only when the
 * search dialog first opens (see that file). Starlight's markup, styles and script stay as they are.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const STARLIGHT_SEARCH = /@astrojs\/starlight\/dist\/components\/Search\.astro$/;
const REPLACEMENT = fileURLToPath(new URL('../components/site/lazy-pagefind-ui.ts', import.meta.url));

export default function lazySearchUi(): Plugin {
  // Starlight's search script, once seen: the stand-in resolves the real package from there, as Starlight
  // would (it is Starlight's dependency, not the handbook's).
  let starlightSearch: string | undefined;
  return {
    name: 'handbook:lazy-search-ui',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== '@pagefind/default-ui' || !importer) return null;
      if (STARLIGHT_SEARCH.test(importer.split('?')[0]!)) {
        starlightSearch = importer;
        return REPLACEMENT;
      }
      if (importer !== REPLACEMENT) return null;
      if (!starlightSearch) throw new Error('lazy-search-ui: the stand-in was imported before Starlight\'s search script');
      return this.resolve(source, starlightSearch, { ...options, skipSelf: true });
    },
  };
}
