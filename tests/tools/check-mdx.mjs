// Fast author check for chapters without a full site build: compiles each MDX file with the
// site's maths plugins (KaTeX strict), parses its frontmatter, and checks that every <Cite id>
// and <DataTable table> it names exists in content/data. Usage: node tests/tools/check-mdx.mjs FILE...
import { readFileSync, existsSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkEquationNumbers from '../../src/plugins/remark-equation-numbers.ts';
import { parse as parseYaml } from 'yaml';

const refsPath = 'content/data/references.json';
const refIds = existsSync(refsPath) ? new Set(JSON.parse(readFileSync(refsPath, 'utf8')).map((r) => r.id)) : null;
let failures = 0;
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const problems = [];
  const fm = source.match(/^---\n([\s\S]*?)\n---\n/);
  if (!fm) problems.push('no frontmatter block');
  else {
    try { parseYaml(fm[1]); } catch (e) { problems.push(`frontmatter: ${e.message}`); }
  }
  const body = fm ? source.slice(fm[0].length) : source;
  try {
    await compile(body, { remarkPlugins: [remarkMath, remarkEquationNumbers], rehypePlugins: [[rehypeKatex, { strict: 'error', throwOnError: true }]] });
  } catch (e) { problems.push(`MDX/KaTeX: ${e.message}${e.line ? ` (body line ${e.line})` : ''}`); }
  for (const m of body.matchAll(/<Cite\s+ids?="([^"]+)"/g)) {
    for (const id of m[1].split(',').map((s) => s.trim())) {
      if (refIds && !refIds.has(id)) problems.push(`unknown citation id "${id}"`);
    }
  }
  for (const m of body.matchAll(/<DataTable[^>]*\stable="([^"]+)"/g)) {
    if (!existsSync(`content/data/${m[1]}.yaml`)) problems.push(`unknown data table "${m[1]}"`);
  }
  if (problems.length) { failures++; console.log(`✗ ${file}\n  - ${problems.join('\n  - ')}`); }
  else console.log(`✓ ${file}`);
}
if (!refIds) console.log('(content/data/references.json not present yet: citation ids not checked)');
process.exit(failures ? 1 : 0);
