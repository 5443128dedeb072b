import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import remarkEquationNumbers from '../../src/plugins/remark-equation-numbers';

const render = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkMath).use(remarkEquationNumbers).use(remarkRehype).use(rehypeKatex).use(rehypeStringify).processSync(markdown));

describe('equation numbers', () => {
  it('numbers labelled display equations in order, links to them, and leaves the rest alone', () => {
    const html = render('See [](#eq-arrhenius) and [](#eq-ne).\n\n$$\n\\sigma T = A e^{-E_a/k_BT} \\label{arrhenius}\n$$\n\n$$\nx = 1\n$$\n\n$$\nD = \\frac{\\sigma k_B T}{n q^2} \\label{ne}\n$$\n');
    expect(html).toContain('href="#eq-arrhenius">Eq. (1)</a>');
    expect(html).toContain('href="#eq-ne">Eq. (2)</a>');
    expect(html).toContain('id="eq-arrhenius"');
    expect(html).toContain('id="eq-ne"');
    expect(html).toMatch(/\(<span class="mord">1<\/span>\)|tag/);
    expect(html).not.toContain('\\label');
  });
  it('fails on a link to an unknown equation and on a repeated label', () => {
    expect(() => render('[](#eq-missing)')).toThrow(/unknown equation "#eq-missing"/);
    expect(() => render('$$\na \\label{x}\n$$\n\n$$\nb \\label{x}\n$$\n')).toThrow(/used twice/);
  });
});
