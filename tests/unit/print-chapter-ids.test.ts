import { describe, expect, it } from 'vitest';
import { scopeChapterIds, scopeIds } from '../../src/integrations/print-chapter-ids';
import rehypeKatexMathmlWidths from '../../src/plugins/rehype-katex-mathml-widths';
import { pluginCopyNewlines } from '../../src/plugins/expressive-code-copy-newlines';

const chapter = (key: string) =>
  `<h2 id="exercises">Exercises</h2><a href="#exercises">to the exercises</a> <a href="#chapter-x">to a chapter title</a>` +
  `<label for="${key}-in">Answer</label><input id="${key}-in" aria-describedby="${key}-hint shared-hint"><p id="${key}-hint">Hint</p>`;

describe('print pages: one id scope per chapter', () => {
  it('prefixes the ids a chapter defines and its references to them, and nothing else', () => {
    const out = scopeIds(chapter('ex1'), 'ion-transport');
    expect(out).toContain('<h2 id="ion-transport--exercises">');
    expect(out).toContain('href="#ion-transport--exercises"');
    expect(out).toContain('for="ion-transport--ex1-in"');
    expect(out).toContain('id="ion-transport--ex1-in"');
    // an id-list attribute: the chapter's own id is scoped, one defined elsewhere on the page is kept
    expect(out).toContain('aria-describedby="ion-transport--ex1-hint shared-hint"');
    expect(out).toContain('href="#chapter-x"');
    expect(out).toContain('>to the exercises</a>');
  });

  it('matches percent-encoded fragments and leaves text that looks like markup alone', () => {
    const out = scopeIds('<h3 id="σ-at-25-c">σ</h3><a href="#%CF%83-at-25-c">σ</a><p>write &lt;p id="x"&gt; or id="σ-at-25-c"</p>', 'c');
    expect(out).toContain('id="c--σ-at-25-c"');
    expect(out).toContain('href="#c--%CF%83-at-25-c"');
    expect(out).toContain('<p>write &lt;p id="x"&gt; or id="σ-at-25-c"</p>');
  });

  it('leaves islands and scripts as they are (islands scope their own ids)', () => {
    const island = '<astro-island uid="1" props="{}"><label for="cond-R">R</label><input id="cond-R"></astro-island>';
    const script = '<script>for(let i=0;i<n;i++){} const s = \' id="exercises"\';</script>';
    const out = scopeIds(`<p id="exercises">x</p>${island}${script}`, 'p');
    expect(out).toContain('<p id="p--exercises">');
    expect(out).toContain(island);
    expect(out).toContain(script);
  });

  it('gives two chapters on one page distinct ids, removes the markers, and keeps the rest of the page', () => {
    const page = `<h2 id="chapter-a">A</h2><print-id-scope data-prefix="a">${chapter('ex1')}</print-id-scope>` +
      `<h2 id="chapter-b">B</h2><print-id-scope data-prefix="b" class="astro-2mp5gess">${chapter('ex1')}</print-id-scope><footer id="exercises-footer"></footer>`;
    const out = scopeChapterIds(page);
    expect(out).not.toContain('print-id-scope');
    const all = [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['chapter-a', 'a--exercises', 'b--exercises', 'a--ex1-in', 'b--ex1-in', 'exercises-footer']));
    expect(out).toContain('<a href="#b--exercises">');
  });
});

describe('upstream markup workarounds', () => {
  it('moves KaTeX\'s mtd width into a style', () => {
    const mtd = { type: 'element', tagName: 'mtd', properties: { width: '50%' }, children: [] };
    const other = { type: 'element', tagName: 'td', properties: { width: '50%' }, children: [] };
    rehypeKatexMathmlWidths()({ type: 'root', children: [mtd, other] } as never);
    expect(mtd.properties).toEqual({ style: 'width:50%' });
    expect(other.properties).toEqual({ width: '50%' });
  });

  it('gives the copy button real line breaks instead of U+007F', () => {
    const button = { type: 'element', tagName: 'button', properties: { dataCode: 'a\u007fb\u007f\u007fc', title: 'Copy' }, children: [] };
    const block = { type: 'element', tagName: 'figure', properties: {}, children: [{ type: 'element', tagName: 'div', properties: {}, children: [button] }] };
    const hook = pluginCopyNewlines().hooks!.postprocessRenderedBlock!;
    hook({ renderData: { blockAst: block } } as never);
    expect(button.properties.dataCode).toBe('a\nb\n\nc');
  });
});
