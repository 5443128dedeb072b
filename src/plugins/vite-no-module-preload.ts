/**
 * Vite plugin: no preloading of the dependencies of dynamically imported code. Vite writes, next to
 * each dynamic import, a list of chunks to fetch ahead; here that code loads on demand anyway (the
 * search UI, the exercise checker), so the lists only cost every page bytes (about 150 B gzipped, part
 * of keeping reading pages within a bare Starlight page's JavaScript). Astro fixes the option for its
 * own builds, so it is set here, on the client environment.
 */
import type { Plugin } from 'vite';

export default function noModulePreload(): Plugin {
  return {
    name: 'handbook:no-module-preload',
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
  };
}
