/**
 * Rehype plugin, after rehype-katex: KaTeX pads a numbered equation's MathML with `<mtd width="50%">` cells
 * (its `\tag` layout), but `width` is not an attribute of `mtd` in HTML's MathML, so the page is invalid
 * (W3C Nu checker). The same width moves into a `style`, which MathML Core does support. Nothing visible
 * changes: with KaTeX's HTML-and-MathML output the MathML is only read by assistive technology.
 * Not yet reported upstream (KaTeX src/functions/tag.js, since KaTeX PR #1915).
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeKatexMathmlWidths() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'mtd' || node.properties.width === undefined) return;
      const width = String(node.properties.width);
      delete node.properties.width;
      node.properties.style = `width:${width}${node.properties.style ? `;${String(node.properties.style)}` : ''}`;
    });
  };
}
