// The code examples on the Physics library page run against the real library, and the values they
// promise (`// expect:` lines) hold, so the documentation cannot drift from the code.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as lib from '~/lib';

const page = readFileSync('content/docs/tools/library.mdx', 'utf8');
const blocks = [...page.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('Physics library page examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(5));
  blocks.forEach((block, index) => {
    it(`example ${index + 1} runs and its expectations hold`, () => {
      const imported = [...block.matchAll(/import \{([^}]+)\} from '\.\/src\/lib';/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
      for (const name of imported) expect(lib, `export ${name}`).toHaveProperty(name);
      const expectations = [...block.matchAll(/^\/\/ expect: (.+)$/gm)].map((m) => m[1]);
      expect(expectations.length).toBeGreaterThan(0);
      const body = block.replace(/^import .*$/gm, '');
      const js = transformSync(`${body}\nreturn [${expectations.join(', ')}];`, { loader: 'ts' }).code;
      const run = new Function('lib', `const { ${imported.join(', ')} } = lib;\n${js}`);
      expect(run(lib)).toEqual(expectations.map(() => true));
    });
  });
});
