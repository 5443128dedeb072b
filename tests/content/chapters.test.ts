// Every chapter carries what the content guide asks for, and every component reference in it resolves:
// citation ids, data tables and rows, calculator kinds and presets, figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadAllTables, loadReferences } from '~/lib/data';
import { PRESETS, type CalculatorKind } from '~/lib/presets';

const DOCS = 'content/docs';
const CHAPTER_PARTS = ['fundamentals', 'nasicon', 'sulfides', 'interfaces', 'composites', 'cells'];
const all = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
const files = all(DOCS);
const chapters = files.filter((f) => CHAPTER_PARTS.includes(f.split('/')[2]));
const referenceIds = new Set(loadReferences('content/data').map((r) => r.id));
const tables = new Map<string, ReturnType<typeof loadAllTables>[number]>(loadAllTables('content/data').map((t) => [t.id, t]));

const read = (file: string) => {
  const source = readFileSync(file, 'utf8');
  const match = source.match(/^---\n([\s\S]*?)\n---\n/);
  return { frontmatter: (match ? parseYaml(match[1]) : {}) as Record<string, unknown>, body: match ? source.slice(match[0].length) : source };
};

describe('chapters', () => {
  it('exist for every part of the handbook', () => {
    for (const part of CHAPTER_PARTS) expect(chapters.some((f) => f.includes(`/${part}/`)), part).toBe(true);
  });

  for (const file of chapters) {
    describe(file, () => {
      const { frontmatter, body } = read(file);
      it('has a description, 3–5 learning aims, prerequisites and sources', () => {
        expect(String(frontmatter.description ?? '').length).toBeGreaterThan(20);
        const aims = frontmatter.aims as string[];
        expect(aims.length).toBeGreaterThanOrEqual(3);
        expect(aims.length).toBeLessThanOrEqual(5);
        expect(Array.isArray(frontmatter.prerequisites)).toBe(true);
        for (const id of frontmatter.sources as string[]) expect(referenceIds.has(id), id).toBe(true);
      });
      it('has a worked example, key numbers, pitfalls, at least three exercises and further reading', () => {
        expect(body).toMatch(/[Ww]orked example/);
        expect(body).toMatch(/^## Key numbers/m);
        expect(body).toMatch(/^## Common pitfalls/m);
        expect(body).toMatch(/^## Further reading/m);
        expect(body.match(/<Exercise\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      });
      it('cites only works in the bibliography', () => {
        for (const m of body.matchAll(/<Cite\s+id="([^"]+)"/g)) for (const id of m[1].split(',')) expect(referenceIds.has(id.trim()), id).toBe(true);
      });
      it('names only existing tables, rows, calculators, presets and figures', () => {
        for (const m of body.matchAll(/<DataTable\s[^>]*table="([^"]+)"([^>]*)\/>/g)) {
          const table = tables.get(m[1]);
          expect(table, m[1]).toBeDefined();
          const rows = m[2].match(/rows=\{\[([^\]]*)\]\}/);
          for (const id of rows ? [...rows[1].matchAll(/"([^"]+)"/g)].map((r) => r[1]) : []) expect(table!.rows.some((r) => r.id === id), `${m[1]} row ${id}`).toBe(true);
        }
        for (const m of body.matchAll(/<Calculator\s+kind="([^"]+)"(?:\s+preset="([^"]+)")?/g)) {
          expect(Object.keys(PRESETS)).toContain(m[1]);
          if (m[2]) expect(PRESETS[m[1] as CalculatorKind][m[2]], `${m[1]} preset ${m[2]}`).toBeDefined();
        }
        for (const m of body.matchAll(/<Figure\s+src="([^"]+)"/g)) expect(existsSync(join('public', m[1])), m[1]).toBe(true);
      });
      it('links inside the site with root-relative paths that end in a slash', () => {
        for (const m of body.matchAll(/\]\((\/[^)#\s]*)/g)) expect(m[1], m[1]).toMatch(/\/$|\.\w+$/);
      });
    });
  }
});
