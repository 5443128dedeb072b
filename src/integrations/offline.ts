/**
 * Astro integration: write dist/sw.js, the service worker that makes the handbook work offline after a
 * first visit. It precaches every built page and asset except duplicate font formats (browsers here
 * use WOFF2) and the large print-a-part pages, which are cached when visited.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { filesIn } from './built-files';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = [/\.(woff|ttf)$/, /^print\//, /^sw\.js$/, /^sitemap/];


/** Paths (relative to `distDir`, "/"-separated, sorted) of the files to precache. */
export function precachePaths(distDir: string): string[] {
  return filesIn(distDir)
    .map((file) => relative(distDir, file).split('\\').join('/'))
    .filter((path) => !SKIP.some((pattern) => pattern.test(path)))
    .sort();
}

/** The URL a precached file is requested by under `base` ("a/index.html" → "<base>a/"). */
export const urlOf = (path: string, base: string): string =>
  `${base.endsWith('/') ? base : `${base}/`}${path.replace(/(^|\/)index\.html$/, '$1')}`;

export default function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => { base = config.base; },
      'astro:build:done': ({ dir }) => {
        const distDir = fileURLToPath(dir);
        const paths = precachePaths(distDir);
        // The cache name changes whenever any precached file changes, so readers get the new build.
        const hash = createHash('sha256');
        for (const path of paths) hash.update(path).update(readFileSync(join(distDir, path)));
        const version = hash.digest('hex').slice(0, 16);
        const list = paths.map((path) => urlOf(path, base));
        const source = readFileSync(fileURLToPath(new URL('../sw/service-worker.js', import.meta.url)), 'utf8');
        writeFileSync(join(distDir, 'sw.js'), `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(list)};\n${source}`);
      },
    },
  };
}
