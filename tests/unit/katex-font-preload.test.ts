import { describe, expect, it } from 'vitest';
import { fontUrls, withFontPreloads } from '../../src/integrations/katex-font-preload';

const CSS = '@font-face{src:url(/handbook/_astro/KaTeX_Main-Regular.B22Nviop.woff2) format("woff2"),url(/handbook/_astro/KaTeX_Main-Regular.Dr94JaBh.woff)}'
  + '@font-face{src:url(/handbook/_astro/KaTeX_Math-Italic.t53AETM-.woff2) format("woff2")}';
const MATHS = '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"></head><body><span class="katex">x</span></body></html>';

describe('KaTeX font preloads', () => {
  it('finds the WOFF2 file of each font, base path included', () => {
    expect(fontUrls(CSS, ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'])).toEqual(['/handbook/_astro/KaTeX_Main-Regular.B22Nviop.woff2', '/handbook/_astro/KaTeX_Math-Italic.t53AETM-.woff2']);
  });

  it('fails the build with the font named when a stylesheet no longer has it', () => {
    expect(() => fontUrls(CSS, ['KaTeX_Size1-Regular'])).toThrow(/KaTeX_Size1-Regular/);
  });

  it('adds the preloads before the first stylesheet of a page with maths, and leaves other pages alone', () => {
    const out = withFontPreloads(MATHS, ['/f.woff2']);
    expect(out).toContain('<meta charset="utf-8"><link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin><link rel="stylesheet"');
    const plain = MATHS.replace('<span class="katex">x</span>', '<p>x</p>');
    expect(withFontPreloads(plain, ['/f.woff2'])).toBe(plain);
  });
});
