// Pages hold no stray control characters: a TeX command written through an escaping tool ("\varphi" as a
// vertical tab plus "arphi") renders as broken maths without any build error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/u;

describe('plain text in content and source', () => {
  for (const file of [...files('content'), ...files('src')].filter((f) => /\.(mdx?|ya?ml|json|tsx?|astro)$/.test(f))) {
    it(`${file} has no control characters`, () => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const bad = lines.flatMap((line, i) => (CONTROL.test(line) ? [`line ${i + 1}: ${JSON.stringify(line.slice(0, 80))}`] : []));
      expect(bad).toEqual([]);
    });
  }
});
