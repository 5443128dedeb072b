// Which pages cite which works: read from the chapters' <Cite id="…"> tags and the tables' ref cells
// at build time, so the bibliography can list, for each work, the pages that cite it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { allTables } from './data';

const DOCS_DIR = 'content/docs';

export interface CitingPage { path: string; title: string }

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Site path of a docs file, e.g. content/docs/nasicon/structure.mdx → /nasicon/structure/. */
const pathOf = (file: string) => `/${relative(DOCS_DIR, file).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');

let index: Map<string, CitingPage[]> | undefined;

/** Map from reference id to the pages (chapters and data tables) citing it, in reading order. */
export function citingPages(): Map<string, CitingPage[]> {
  if (index) return index;
  index = new Map();
  const add = (id: string, page: CitingPage) => {
    const list = index!.get(id) ?? [];
    if (!list.some((p) => p.path === page.path)) list.push(page);
    index!.set(id, list);
  };
  for (const file of mdxFiles(DOCS_DIR).sort()) {
    const source = readFileSync(file, 'utf8');
    const title = String((parseYaml(source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') as { title?: string })?.title ?? file);
    const page = { path: pathOf(file), title };
    for (const m of source.matchAll(/<Cite\s+id="([^"]+)"/g)) for (const id of m[1].split(',')) add(id.trim(), page);
    for (const m of source.matchAll(/^sources:\s*\[([^\]]*)\]/gm)) for (const id of m[1].split(',')) if (id.trim()) add(id.trim(), page);
  }
  for (const table of allTables()) {
    const page = { path: `/data/${table.id}/`, title: `Data: ${table.sourceTable} (${table.id.slice(0, 3)})` };
    add(table.review, page);
    for (const row of table.rows) for (const column of table.columns) {
      const cell = row[column.key] as { ids?: string[] } | undefined;
      if (column.kind === 'ref' && cell?.ids) for (const id of cell.ids) add(id, page);
    }
  }
  return index;
}
