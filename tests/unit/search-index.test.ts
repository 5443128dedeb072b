import { describe, expect, it } from 'vitest';
import { asciiFormula, prepareForSearch } from '../../src/integrations/search-index';

const page = (main: string, attrs = ' data-pagefind-body') => `<html><head><title>T</title></head><body><main${attrs}>${main}</main></body></html>`;
const mainOf = (html: string) => html.match(/<main[^>]*>([\s\S]*)<\/main>/)![1];
const mark = (ascii: string, formula: string) => `<span data-pagefind-index-attrs="data-ascii" data-ascii="${ascii} ">${formula}</span>`;

describe('search index: formulas in ASCII, maths once', () => {
  it('spells subscripts, superscripts and the middle dot in ASCII', () => {
    expect(asciiFormula('Li₆PS₅Cl')).toBe('Li6PS5Cl');
    expect(asciiFormula('Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃')).toBe('Li1.5Al0.5Ge1.5(PO4)3');
    expect(asciiFormula('Li₁₊ₓAlₓTi₂₋ₓ(PO₄)₃')).toBe('Li1+xAlxTi2-x(PO4)3');
    expect(asciiFormula('Ge⁴⁺')).toBe('Ge4+');
    expect(asciiFormula('Li₃PS₄·0.5H₂O')).toBe('Li3PS4.0.5H2O');
  });

  it('marks each formula in the text, leaving sentence punctuation and unpaired brackets outside', () => {
    const out = mainOf(prepareForSearch(page('<p>Made from Li₂S, then Li₆PS₅Cl. (As Li₁₀GeP₂S₁₂) and 70Li₂S–30P₂S₅;</p>')));
    expect(out).toBe(`<p>Made from ${mark('Li2S', 'Li₂S')}, then ${mark('Li6PS5Cl', 'Li₆PS₅Cl')}. (As ${mark('Li10GeP2S12', 'Li₁₀GeP₂S₁₂')}) and ${mark('70Li2S–30P2S5', '70Li₂S–30P₂S₅')};</p>`);
  });

  it('marks ions with a charge number but not units, powers of ten or bare charges', () => {
    const out = mainOf(prepareForSearch(page('<p>Ge⁴⁺ and Li⁺ at 10⁻⁴ S cm⁻¹ and φ₀</p>')));
    expect(out).toBe(`<p>${mark('Ge4+', 'Ge⁴⁺')} and Li⁺ at 10⁻⁴ S cm⁻¹ and φ₀</p>`);
  });

  it('keeps KaTeX MathML (and its TeX annotation) out of the index', () => {
    const katex = '<span class="katex"><span class="katex-mathml"><math><semantics><mi>q</mi><annotation encoding="application/x-tex">q</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">q</span></span>';
    expect(mainOf(prepareForSearch(page(katex)))).toBe(katex.replace('<span class="katex-mathml">', '<span class="katex-mathml" data-pagefind-ignore>'));
  });

  it('puts a space between table cells, captions and definition terms, so their words are indexed apart', () => {
    const table = '<table><caption>Cells — Table 3</caption><thead><tr><th>Cell configuration</th><th>Loading</th></tr></thead><tbody><tr><td>LFP</td><td>2</td></tr></tbody></table><dl><dt>R</dt><dd>resistance</dd></dl>';
    expect(mainOf(prepareForSearch(page(table)))).toBe('<table><caption>Cells — Table 3</caption> <thead><tr><th>Cell configuration</th> <th>Loading</th> </tr></thead><tbody><tr><td>LFP</td> <td>2</td> </tr></tbody></table><dl><dt>R</dt> <dd>resistance</dd> </dl>');
    const island = '<astro-island uid="1"><table><tr><td>a</td><td>b</td></tr></table></astro-island>';
    expect(mainOf(prepareForSearch(page(island)))).toBe(island);
  });

  it('leaves islands, scripts, code, form controls and the page title as they are', () => {
    const opaque = '<h1 id="_top">(PAA/PEO)₃₀ films</h1><astro-island uid="1"><p>Li₂S</p></astro-island><script>"Li₂S"</script><code>Li₂S</code><select><option>Li₂S</option></select>';
    expect(mainOf(prepareForSearch(page(opaque)))).toBe(opaque);
  });

  it('changes nothing on a page that is not indexed, or outside <main>', () => {
    const notIndexed = page('<p>Li₂S</p>', '');
    expect(prepareForSearch(notIndexed)).toBe(notIndexed);
    const outside = page('<p>x</p>').replace('<title>T</title>', '<title>Li₂S</title>');
    expect(prepareForSearch(outside)).toBe(outside);
  });
});
