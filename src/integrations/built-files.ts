// The files of a finished build, for the integrations that rewrite or list them after Astro writes them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, recursively, as full paths. */
export const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]));

/** Every HTML page under `dir`. */
export const htmlFilesIn = (dir: string): string[] => filesIn(dir).filter((file) => file.endsWith('.html'));
