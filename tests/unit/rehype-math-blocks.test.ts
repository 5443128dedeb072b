// The display-equation wrapper that lets the browser skip far-off equations: only top-level equations get one.
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeMathBlocks from '../../src/plugins/rehype-math-blocks';

const display = () => ({ type: 'element' as const, tagName: 'span', properties: { className: ['katex-display'] }, children: [] });

describe('rehype-math-blocks', () => {
  it('wraps each top-level display equation in div.math-block and leaves everything else alone', () => {
    const inList = { type: 'element' as const, tagName: 'li', properties: {}, children: [display()] };
    const inline = { type: 'element' as const, tagName: 'span', properties: { className: ['katex'] }, children: [] };
    const tree: Root = { type: 'root', children: [display(), { type: 'element', tagName: 'p', properties: {}, children: [inline] }, inList] };
    rehypeMathBlocks()(tree);
    expect(tree.children[0]).toEqual({ type: 'element', tagName: 'div', properties: { className: ['math-block'] }, children: [display()] });
    expect(tree.children[1]).toEqual({ type: 'element', tagName: 'p', properties: {}, children: [inline] });
    expect(tree.children[2]).toBe(inList);
  });
});
