// Reading the built site from disk: the list of pages and their HTML (for link and axe checks).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site under test: dist/, or DIST_DIR (the sub-path build writes to node_modules/.cache/dist-subpath/, a throwaway build kept out of the project tree). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every HTML page in dist/ as a site path ("/", "/data/001-table-1/", "/404.html"). */
export function builtPages(): string[] {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []);
  return walk(DIST).map((file) => `/${relative(DIST, file)}`.replace(/index\.html$/, '')).sort();
}

/** The file of a built page in the built site `dist`, by site path ("/data/" → "<dist>/data/index.html"). Shared with tests/bench. */
export const pageFile = (dist: string, path: string): string => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** The HTML of a built page by site path. */
export function builtHtml(path: string): string {
  return readFileSync(pageFile(DIST, path), 'utf8');
}
