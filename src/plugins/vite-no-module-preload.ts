/**
 * Vite plugin: build browser code without Vite's preload helper around dynamic imports. The helper
 * (1.8 KB, loaded by every page through Starlight's search script) only saves a round trip on code that
 * loads on demand anyway: the search UI, the exercise checker. Astro fixes the option for its builds,
 * so it is set here, on the client environment.
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
