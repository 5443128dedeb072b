// Pages load from the built site, maths is rendered by KaTeX at build time, and nothing is fetched
// from another host.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from './built-site';
import { foreignRequestsOf, openPage, useBrowser } from './harness';
import { axeViolations } from './checks/axe';

useBrowser();

describe('built pages', () => {
  it('the home page says what the handbook is', async () => {
    const page = await openPage('/');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Solid Electrolyte Handbook');
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('no built page contains a KaTeX error or unrendered display maths', () => {
    for (const path of builtPages()) {
      const html = builtHtml(path);
      expect(html, path).not.toContain('katex-error');
      expect(html.replace(/<script[\s\S]*?<\/script>/g, ''), path).not.toMatch(/\$\$/);
    }
  });

  it('no maths has swallowed prose (a lone "$", as in "US$4", opens maths that runs to the next one)', () => {
    for (const path of builtPages()) {
      const tex = [...builtHtml(path).matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) => m[1]!.replace(/\\(text|mathrm)\{[^}]*\}/g, ''));
      expect(tex.filter((t) => /\b(the|and|of|to|for|is)\s+\S+\s+\b(the|and|of|to|for|is)\b/.test(t)), path).toEqual([]);
    }
  });

  it("no page shows a data file's internal row id (\"li7p3s11-ref21\"): rows are named by their material and number", () => {
    const ids = readdirSync('content/data').filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => [...readFileSync(join('content/data', f), 'utf8').matchAll(/^\s*- id: (\S+)$/gm)].map((m) => m[1]!))
      // Ids that are ordinary hyphenated words, which prose uses too.
      .filter((id) => id.includes('-') && !['liquid-electrolyte', 'melt-quenching'].includes(id));
    expect(ids.length).toBeGreaterThan(100);
    for (const path of builtPages()) {
      const text = builtHtml(path).replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]*>/g, ' ');
      const words = new Set(text.match(/[a-z0-9.]+(?:-[a-z0-9.]+)+/g) ?? []);
      expect(ids.filter((id) => words.has(id)), path).toEqual([]);
    }
  });

  it('a flagged table value carries one mark, which opens onto every note on it', () => {
    let withTwo = 0;
    for (const path of builtPages().filter((p) => p.startsWith('/data/'))) {
      for (const [, marks] of builtHtml(path).matchAll(/<div class="data-flags not-content">([\s\S]*?)<\/div>/g)) {
        expect((marks!.match(/<details/g) ?? []).length, path).toBe(1);
        if ((marks!.match(/<p>/g) ?? []).length > 1) withTwo += 1;
      }
    }
    expect(withTwo).toBeGreaterThan(0); // cells that the data file and the audit both note
  });

  it('maths renders with its fonts loaded from this site', async () => {
    const withMaths = builtPages().find((p) => builtHtml(p).includes('class="katex-display"'));
    expect(withMaths, 'a page with display maths').toBeTruthy();
    const page = await openPage(withMaths!);
    const display = page.locator('.katex-display').first();
    await expect(display.isVisible()).resolves.toBe(true);
    const font = await display.locator('.katex').first().evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('KaTeX_Main');
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'));
    expect(loaded).toBe(true);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });
  it('a page with maths preloads the KaTeX fonts it uses, fetching each once; a page without maths preloads none', async () => {
    const pages = builtPages();
    const withMaths = pages.find((p) => builtHtml(p).includes('class="katex-display"'))!;
    const without = pages.find((p) => !builtHtml(p).includes('class="katex"') && !p.startsWith('/print/'))!;
    expect(builtHtml(without), without).not.toContain('rel="preload" href');
    const page = await openPage(withMaths);
    const preloads = await page.$$eval('link[rel="preload"][as="font"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloads.length).toBe(2);
    await page.evaluate(() => document.fonts.ready);
    // A preload the stylesheet does not use, or one fetched in a different mode, shows up as a second download.
    const fetches = await page.evaluate((urls) => urls.map((url) => performance.getEntriesByName(url).length), preloads);
    expect(fetches).toEqual([1, 1]);
    const families = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.style}`));
    expect(families).toEqual(expect.arrayContaining([expect.stringContaining('KaTeX_Main'), expect.stringContaining('KaTeX_Math')]));
    await page.context().close();
  });

  it('a long chapter skips blocks far from the viewport, yet every wide equation in them is marked focusable', async () => {
    const page = await openPage('/fundamentals/ion-transport/', { viewport: { width: 390, height: 844 } });
    // The last display equation is far below the first screen, so the browser has not laid it out.
    const skipped = await page.locator('.math-block').last().evaluate((block) =>
      getComputedStyle(block).contentVisibility === 'auto' && !block.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
    expect(skipped).toBe(true);
    // ScrollableRegions.astro measures them anyway, a few per idle slice: focusable exactly when they overflow.
    await page.waitForFunction(() => {
      const regions = [...document.querySelectorAll<HTMLElement>('.sl-markdown-content .katex-display')];
      return regions.some((r) => r.hasAttribute('tabindex'))
        && regions.every((r) => (r.scrollWidth > r.clientWidth + 1) === r.hasAttribute('tabindex'));
    });
    const last = page.locator('.math-block .katex-display[tabindex="0"]').last();
    expect(await last.getAttribute('aria-label')).toBe('Equation, scrolls sideways');
    await page.context().close();
  });

  // A skipped block on the first screen would be painted at its 3em estimate and then grow, shifting the page
  // (Chrome can paint before it decides what is near the viewport): CLS 0.35 on nasicon/structure at 4x CPU.
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 1000 }]) {
    it(`no block on the first screen of a page can be skipped (${viewport.width} px)`, async () => {
      for (const path of ['/nasicon/structure/', '/fundamentals/ion-transport/', '/tools/conductivity/', '/data/explorer/']) {
        const page = await openPage(path, { viewport });
        const skippable = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.sl-markdown-content > *')]
          .filter((block) => block.getBoundingClientRect().top < innerHeight && getComputedStyle(block).contentVisibility === 'auto')
          .map((block) => block.textContent!.slice(0, 40)));
        expect(skippable, path).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('a skipped block that a script lays out on demand covers no button after it (axe target size, blocks left skipped)', async () => {
    // Lighthouse runs axe on the page as loaded; axe's measuring lays out skipped lists past their estimate.
    const page = await openPage('/tools/space-charge/', { viewport: { width: 412, height: 823 }, bypassCSP: true });
    const skipped = await page.locator('.sl-markdown-content > ul, .sl-markdown-content > ol').last().evaluate((list) =>
      !list.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
    expect(skipped).toBe(true);
    expect(await axeViolations(page, ['target-size'])).toEqual([]);
    await page.context().close();
  });
});
