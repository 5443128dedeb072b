/**
 * Rehype plugin, after rehype-katex: each display equation at the top level of a page gets a wrapper,
 * `<div class="math-block">`, which site.css lets the browser skip (content-visibility) while it is far from
 * the viewport. The wrapper, not the equation, is skipped so that the equation itself keeps its true width:
 * ScrollableRegions.astro reads it to decide whether the equation scrolls sideways and must be focusable.
 */
import type { Element, Root } from 'hast';

const isDisplayMath = (node: Root['children'][number]): node is Element =>
  node.type === 'element' && node.tagName === 'span' && Array.isArray(node.properties.className) && node.properties.className.includes('katex-display');

export default function rehypeMathBlocks() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) => (isDisplayMath(node)
      ? { type: 'element', tagName: 'div', properties: { className: ['math-block'] }, children: [node] }
      : node));
  };
}
