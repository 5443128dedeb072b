/**
 * Remark plugin: numbered, linkable equations. A display equation that contains `\label{name}` gets the
 * next number on the page, shown with KaTeX's `\tag{n}`, and the id `eq-name`; a link with empty text to
 * it, `[](#eq-name)`, becomes "Eq. (n)". Equations without a label stay unnumbered. A reference to a
 * label that does not exist, or a label used twice, fails the build with the page's path.
 * Runs after remark-math (which turns $$…$$ into `math` nodes).
 */
import type { Root, Link, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const LABEL = /\\label\{([a-z0-9-]+)\}/;

export default function remarkEquationNumbers() {
  return (tree: Root, file: { path?: string }) => {
    const numbers = new Map<string, number>();
    type MathNode = { value: string; data?: { hChildren?: { children?: { type: string; value: string }[] }[] } };
    visit(tree, 'math', (mathNode, index, parent) => {
      const node = mathNode as unknown as MathNode;
      const match = node.value.match(LABEL);
      if (!match || !parent || index === undefined) return;
      const name = match[1];
      if (numbers.has(name)) throw new Error(`${file.path ?? 'a page'}: equation label "${name}" is used twice`);
      const n = numbers.size + 1;
      numbers.set(name, n);
      node.value = `${node.value.replace(LABEL, '').trimEnd()} \\tag{${n}}`;
      node.data ??= {};
      // remark-math keeps a copy of the TeX in the <code> child it will render; update that too.
      const code = node.data.hChildren?.[0];
      if (code?.children) code.children = [{ type: 'text', value: node.value }];
      // KaTeX replaces the math element itself, so the link target is a wrapper around it.
      const wrapper = { type: 'numberedEquation', data: { hName: 'div', hProperties: { id: `eq-${name}`, className: ['numbered-equation'] } }, children: [node] };
      (parent.children as unknown[])[index] = wrapper;
      return 'skip';
    });
    visit(tree, 'link', (node: Link) => {
      const match = node.url.match(/^#eq-([a-z0-9-]+)$/);
      if (!match || node.children.length > 0) return;
      const n = numbers.get(match[1]);
      if (n === undefined) throw new Error(`${file.path ?? 'a page'}: link to unknown equation "#eq-${match[1]}"`);
      node.children = [{ type: 'text', value: `Eq. (${n})` } as Text];
    });
  };
}
