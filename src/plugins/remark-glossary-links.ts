/**
 * remark plugin: link the first use of each glossary term on a page to its glossary entry.
 *
 * Only running text is touched: text inside paragraphs (which includes list items, block quotes
 * and asides). Headings, links, code, maths, raw HTML, MDX JSX elements and expressions, tables
 * and aside titles are left alone. The link is
 *   <a href="{base}/reference/glossary/#slug" class="glossary-term" title="short definition"
 *      data-definition="full definition">term</a>
 * so a reader gets a hover preview from the title and the full entry one click away.
 *
 * Usage (astro.config.mjs):
 *   [remarkGlossaryLinks, { terms: loadGlossary('content/data/glossary/glossary.yaml'), base: '/handbook/' }]
 */
import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import { compileGlossaryMatcher, hoverText, type GlossaryEntry } from '../lib/glossary';

export interface RemarkGlossaryLinksOptions {
  /** The glossary entries (validated, e.g. from loadGlossary). */
  terms: readonly GlossaryEntry[];
  /** Site base path, as in Astro's `base` ('/' or '/sub/path/'). Default '/'. */
  base?: string;
  /** Path of the glossary page below the base. Default '/reference/glossary/'. */
  glossaryPath?: string;
  /** Files to leave untouched, by their path. Default: the glossary page itself. */
  skip?: (filePath: string) => boolean;
}

/** Node types whose text is never linked (and whose subtrees are not entered). */
const SKIPPED = new Set([
  'heading', 'link', 'linkReference', 'definition', 'footnoteDefinition', 'footnoteReference',
  'inlineCode', 'code', 'inlineMath', 'math', 'html', 'image', 'imageReference', 'table', 'yaml', 'toml',
  'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm',
  'textDirective', 'leafDirective',
]);

/** Join a base path and a root-relative path without doubling or losing the slash. */
export function joinBase(base: string, path: string): string {
  const prefix = (base || '/').replace(/\/+$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

const defaultSkip = (filePath: string) => /reference[\\/]glossary\.mdx?$/.test(filePath);

export default function remarkGlossaryLinks(options: RemarkGlossaryLinksOptions) {
  if (!options || !Array.isArray(options.terms)) throw new Error('remark-glossary-links: option "terms" (the glossary entries) is required');
  const matcher = compileGlossaryMatcher(options.terms);
  const page = joinBase(options.base ?? '/', options.glossaryPath ?? '/reference/glossary/');
  const skip = options.skip ?? defaultSkip;

  return function transform(tree: Root, file?: { path?: string }) {
    if (file?.path && skip(file.path)) return;
    const linked = new Set<GlossaryEntry>();

    const linkText = (node: Text): Array<Text | Link> | undefined => {
      const pieces: Array<Text | Link> = [];
      let last = 0;
      for (const match of matcher.matchAll(node.value)) {
        if (linked.has(match.entry)) continue;
        linked.add(match.entry);
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({
          type: 'link',
          url: `${page}#${match.slug}`,
          title: hoverText(match.entry),
          children: [{ type: 'text', value: match.text }],
          data: { hProperties: { className: ['glossary-term'], dataDefinition: match.entry.definition } },
        });
        last = match.index + match.text.length;
      }
      if (pieces.length === 0) return undefined;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      return pieces;
    };

    const walk = (node: Nodes, inRunningText: boolean) => {
      if (SKIPPED.has(node.type) || !('children' in node)) return;
      // Aside titles (":::note[Title]") are parsed as a labelled paragraph: not running text.
      const isLabel = node.type === 'paragraph' && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
      const inText = (inRunningText || node.type === 'paragraph') && !isLabel;
      const parent = node as Parent;
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i] as Nodes;
        if (child.type === 'text') {
          if (!inText) continue;
          const pieces = linkText(child);
          if (pieces) {
            parent.children.splice(i, 1, ...(pieces as Parent['children']));
            i += pieces.length - 1;
          }
        } else walk(child, inText);
      }
    };
    walk(tree, false);
  };
}
