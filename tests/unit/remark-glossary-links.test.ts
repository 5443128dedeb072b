import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import remarkGlossaryLinks, { joinBase, type RemarkGlossaryLinksOptions } from '~/plugins/remark-glossary-links';
import type { GlossaryEntry } from '~/lib/glossary';

const terms: GlossaryEntry[] = [
  { term: 'LATP', expansion: 'Li₁₊ₓAlₓTi₂₋ₓ(PO₄)₃', definition: 'A NASICON-type phosphate. It is reduced by lithium.', seeAlso: ['/nasicon/structure/'] },
  { term: 'SEI', expansion: 'solid electrolyte interphase', definition: 'A passivating layer "that stops" reaction & growth.', seeAlso: ['/interfaces/sulfide-lithium-anode/'] },
  { term: 'Debye length', definition: 'The screening length of a charge.', seeAlso: ['/fundamentals/interfaces-and-space-charge/'] },
  { term: 'grain boundary', aliases: ['grain boundaries'], definition: 'Where two crystals meet.', seeAlso: ['/fundamentals/measuring-conductivity/'] },
];

type Opts = Partial<RemarkGlossaryLinksOptions>;
const run = (markdown: string, opts: Opts = {}, mdx = false, path?: string): Root => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkGlossaryLinks, { terms, ...opts });
  const file = { value: markdown, path } as never;
  return processor.runSync(processor.parse(markdown), file) as Root;
};
const html = (markdown: string, opts: Opts = {}, mdx = false, path?: string) => toHtml(toHast(run(markdown, opts, mdx, path)));
const links = (markdown: string, opts: Opts = {}, mdx = false) =>
  [...html(markdown, opts, mdx).matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('remark-glossary-links', () => {
  it('links the first use of each term on the page, once', () => {
    expect(links('LATP meets lithium. LATP again.\n\nMore LATP and an SEI.')).toEqual([
      ['/reference/glossary/#latp', 'LATP'],
      ['/reference/glossary/#sei', 'SEI'],
    ]);
  });

  it('adds the hover title, class and full definition', () => {
    const out = html('The Debye length and the SEI.');
    expect(out).toContain('<a href="/reference/glossary/#debye-length" title="The screening length of a charge." class="glossary-term" data-definition="The screening length of a charge.">Debye length</a>');
    expect(out).toContain('title="solid electrolyte interphase: A passivating layer &#x22;that stops&#x22; reaction &#x26; growth."');
    expect(out).toContain('data-definition="A passivating layer &#x22;that stops&#x22; reaction &#x26; growth."');
  });

  it('keeps the surrounding text intact', () => {
    expect(html('Before LATP after.')).toBe('<p>Before <a href="/reference/glossary/#latp" title="Li₁₊ₓAlₓTi₂₋ₓ(PO₄)₃: A NASICON-type phosphate." class="glossary-term" data-definition="A NASICON-type phosphate. It is reduced by lithium.">LATP</a> after.</p>');
  });

  it('links inside list items, emphasis and block quotes', () => {
    expect(links('- first item about *grain boundaries*\n- LATP\n\n> an SEI')).toEqual([
      ['/reference/glossary/#grain-boundary', 'grain boundaries'],
      ['/reference/glossary/#latp', 'LATP'],
      ['/reference/glossary/#sei', 'SEI'],
    ]);
  });

  it('leaves headings, links, code, maths and tables alone, and links the next running-text use', () => {
    const md = [
      '## LATP in a heading',
      '',
      'A [link about LATP](/x/), `LATP` in code, $\\mathrm{LATP}$ in maths.',
      '',
      '```',
      'SEI in a code block',
      '```',
      '',
      '$$',
      '\\text{Debye length}',
      '$$',
      '',
      '| SEI |',
      '| --- |',
      '| LATP |',
      '',
      'Now the LATP and the SEI.',
    ].join('\n');
    const out = html(md);
    expect(out).toContain('<h2>LATP in a heading</h2>');
    expect(out).toContain('<a href="/x/">link about LATP</a>');
    expect(links(md)).toEqual([
      ['/x/', 'link about LATP'],
      ['/reference/glossary/#latp', 'LATP'],
      ['/reference/glossary/#sei', 'SEI'],
    ]);
  });

  it('leaves aside titles alone but links text inside asides', () => {
    expect(links(':::note[LATP note]\nThe SEI and LATP.\n:::')).toEqual([
      ['/reference/glossary/#sei', 'SEI'],
      ['/reference/glossary/#latp', 'LATP'],
    ]);
  });

  it('skips MDX JSX elements and expressions', () => {
    const md = [
      'import X from "./x.js";',
      '',
      '<Exercise title="LATP">',
      'An SEI inside a component.',
      '</Exercise>',
      '',
      'Text with <Cite id="LATP" /> and {"SEI"} inline, then LATP and the SEI.',
    ].join('\n');
    const tree = run(md, {}, true);
    const found: string[] = [];
    const visit = (n: { type: string; url?: string; children?: unknown[] }, inJsx: boolean) => {
      if (n.type === 'link') {
        expect(inJsx).toBe(false);
        found.push(n.url!);
      }
      for (const c of (n.children ?? []) as (typeof n)[]) visit(c, inJsx || n.type.startsWith('mdxJsx'));
    };
    visit(tree, false);
    expect(found).toEqual(['/reference/glossary/#latp', '/reference/glossary/#sei']);
  });

  it('respects the base path', () => {
    expect(links('LATP', { base: '/handbook/' })).toEqual([['/handbook/reference/glossary/#latp', 'LATP']]);
    expect(links('LATP', { base: '/handbook' })).toEqual([['/handbook/reference/glossary/#latp', 'LATP']]);
    expect(links('LATP', { base: '/' })).toEqual([['/reference/glossary/#latp', 'LATP']]);
    expect(joinBase('', '/reference/glossary/')).toBe('/reference/glossary/');
    expect(joinBase('/a/b/', 'reference/glossary/')).toBe('/a/b/reference/glossary/');
  });

  it('leaves the glossary page itself, and pages the caller skips, untouched', () => {
    expect(html('LATP', {}, false, '/site/content/docs/reference/glossary.mdx')).toBe('<p>LATP</p>');
    expect(html('LATP', { skip: (p) => p.endsWith('other.md') }, false, '/c/other.md')).toBe('<p>LATP</p>');
    expect(links('LATP', {}, false)).toHaveLength(1);
  });

  it('starts afresh on every page', () => {
    const processor = unified().use(remarkParse).use(remarkGlossaryLinks, { terms });
    for (let i = 0; i < 2; i++) {
      const tree = processor.runSync(processor.parse('LATP')) as Root;
      expect(JSON.stringify(tree)).toContain('/reference/glossary/#latp');
    }
  });

  it('requires the terms option', () => {
    expect(() => unified().use(remarkParse).use(remarkGlossaryLinks, undefined as never).runSync({ type: "root", children: [] } as Root)).toThrow(/terms/);
  });
});
