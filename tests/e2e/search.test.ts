// Site search, through Starlight's own search dialog: what a student types reaches the right page first,
// a formula typed in plain ASCII finds the pages that print it with subscripts, excerpts carry no TeX
// source, and pages that only repeat the chapters (print-a-part, per-table data pages) are not indexed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openPageHoldingCode, settled, siteUrl, useBrowser } from './harness';

useBrowser();

/** Query → the page it must reach first (two when two chapters answer it about equally well). */
const FIRST: [query: string, pages: string[]][] = [
  ['Li6PS5Cl', ['/sulfides/families-and-structures/']],
  ['Li₆PS₅Cl', ['/sulfides/families-and-structures/']],
  ['Li10GeP2S12', ['/sulfides/families-and-structures/']],
  ['LATP', ['/interfaces/lbl-case-study/', '/nasicon/structure/']],
  ['LAGP', ['/cells/lagp-full-cells/']],
  ['space charge', ['/fundamentals/interfaces-and-space-charge/', '/interfaces/sulfide-cathode-buffer-layers/']],
  ['activation energy', ['/tools/arrhenius/', '/fundamentals/ion-transport/']],
  ['Arrhenius', ['/tools/arrhenius/', '/fundamentals/ion-transport/']],
  ['grain boundary', ['/nasicon/conduction/', '/fundamentals/measuring-conductivity/']],
  ['energy density', ['/tools/energy-density/', '/fundamentals/from-material-to-cell/']],
  ['spark plasma sintering', ['/nasicon/synthesis/']],
];
const TEX = /\\[a-zA-Z]|[_^]\{/;

/** The site path of a result link ("/nasicon/synthesis/"), whatever the base path. */
const sitePath = (href: string) => `/${new URL(href, siteUrl()).pathname.slice(new URL(siteUrl()).pathname.length)}`;

/** Type `query` into the open search dialog and wait until its results are listed and loaded. */
async function search(page: Page, query: string): Promise<{ count: number; first: string | null; excerpts: string[] }> {
  const dialog = page.locator('#starlight__search');
  await dialog.locator('.pagefind-ui__search-input').fill(query);
  // The status line names the query once its search has finished ("12 results for …", "No results for …").
  const message = dialog.locator('.pagefind-ui__message');
  await expect.poll(() => message.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^(No|[\\d,]+) results? for ${query.replace(/\W/g, '\\$&')}$`));
  await expect.poll(() => dialog.locator('.pagefind-ui__loading').count(), { timeout: 15_000 }).toBe(0);
  const count = Number((await message.textContent())!.match(/^[\d,]+/)?.[0].replace(/,/g, '') ?? 0);
  const links = dialog.locator('.pagefind-ui__result-title > .pagefind-ui__result-link');
  const first = count > 0 ? sitePath((await links.first().getAttribute('href'))!) : null;
  return { count, first, excerpts: await dialog.locator('.pagefind-ui__result-excerpt').allTextContents() };
}

describe('site search', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('/');
    await page.locator('button[data-open-modal]').first().click();
  });
  afterAll(async () => { await page.context().close(); });

  for (const [query, pages] of FIRST) {
    it(`"${query}" reaches ${pages.join(' or ')} first, with excerpts free of TeX`, async () => {
      const { count, first, excerpts } = await search(page, query);
      expect(count).toBeGreaterThan(0);
      expect(pages).toContain(first);
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt).not.toMatch(TEX);
    });
  }

  it('a long formula typed in ASCII reaches the same page as with subscripts', async () => {
    const ascii = await search(page, 'Li1.5Al0.5Ge1.5(PO4)3');
    const unicode = await search(page, 'Li₁.₅Al₀.₅Ge₁.₅(PO₄)₃');
    expect(ascii.count).toBeGreaterThan(0);
    expect(ascii.first).toBe(unicode.first);
  });

  it('indexes the words of a table\'s cells apart, and its excerpts read with spaces', async () => {
    // Words of adjacent header cells of review 004's Table 3, as Pagefind joined them before the fix.
    const joined = /configurationCathode|PretreatmentVoltage|Table 3Cell/;
    for (const query of ['configurationcathode', 'pretreatment', 'cell configuration cathode loading']) {
      const { count, excerpts } = await search(page, query);
      expect(count).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt).not.toMatch(joined);
    }
  });

  // Known limitation: when no indexed word starts with the query, Pagefind (1.6) searches for the longest
  // indexed word the query starts with, here the one-letter "q" (a charge, an author's initial). It has no
  // option to turn this off (upstream Pagefind/pagefind#780). When it stops, this test fails: make it `it`.
  it.fails('finds nothing for gibberish', async () => {
    expect((await search(page, 'qwertyuiop')).count).toBe(0);
  });
});

/** Whether the search box of the open dialog has the focus. */
const searchBoxFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.matches('#starlight__search .pagefind-ui__search-input') ?? false);

describe('search interface, built when first opened', () => {
  it('is not fetched while the reader reads; opening the dialog builds it and focuses its box', async () => {
    const uiRequests: string[] = [];
    const page = await openPage('/nasicon/conduction/', { serviceWorkers: 'block', beforeLoad: async (p) => { p.on('request', (r) => { if (/ui-core/.test(r.url())) uiRequests.push(r.url()); }); } });
    await settled(page);
    expect(await page.locator('button[data-open-modal]').first().isEnabled()).toBe(true);
    expect(uiRequests).toEqual([]);
    expect(await page.locator('#starlight__search input').count()).toBe(0);
    await page.locator('button[data-open-modal]').first().click();
    await expect.poll(() => searchBoxFocused(page)).toBe(true);
    expect(uiRequests).toHaveLength(1);
    await page.context().close();
  });

  it('opens from Ctrl+K too', async () => {
    const page = await openPage('/');
    await expect.poll(() => page.locator('button[data-open-modal]').first().isEnabled()).toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(() => searchBoxFocused(page)).toBe(true);
    await page.context().close();
  });

  it('says it is loading while its code is on the way, then focuses the box', async () => {
    const { page, held } = await openPageHoldingCode('/', /ui-core/);
    await page.locator('button[data-open-modal]').first().click();
    await held.requested;
    await expect.poll(() => page.locator('dialog .search-status').textContent()).toBe('Loading search…');
    held.release();
    await expect.poll(() => searchBoxFocused(page)).toBe(true);
    expect(await page.locator('dialog .search-status').count()).toBe(0);
    await page.context().close();
  });

  it('says so when its code cannot be fetched, and tries again when reopened', async () => {
    const page = await openPage('/', { serviceWorkers: 'block', beforeLoad: async (p) => { await p.route(/ui-core/, (route) => route.abort()); } });
    const open = page.locator('button[data-open-modal]').first();
    await open.click();
    await expect.poll(() => page.locator('dialog .search-status').textContent()).toMatch(/^Search could not be loaded\./);
    await page.unroute(/ui-core/);
    await page.keyboard.press('Escape');
    await open.click();
    await expect.poll(() => searchBoxFocused(page)).toBe(true);
    await page.context().close();
  });
});

describe('search index', () => {
  it('holds neither the print-a-part pages nor the per-table data pages, only the chapters they repeat', async () => {
    const page = await openPage('/');
    // A string, so that the test runner does not rewrite the page's dynamic import.
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${siteUrl()}pagefind/pagefind.js`)});
      const found = await Promise.all(['LAGP', 'argyrodite', 'conductivity'].map(async (q) =>
        Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url))));
      return found.flat();
    })()`);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.map(sitePath).filter((p) => p.startsWith('/print/') || /^\/data\/\d/.test(p))).toEqual([]);
    await page.context().close();
  });

  it('indexes the ASCII form of a formula without showing it to readers or assistive technology', async () => {
    const page = await openPage('/sulfides/families-and-structures/');
    const formula = page.locator('[data-pagefind-index-attrs="data-ascii"]', { hasText: 'Li₆PS₅Cl' }).first();
    await expect(formula.getAttribute('data-ascii')).resolves.toBe('Li6PS5Cl ');
    await expect(page.locator('main').innerText()).resolves.not.toContain('Li6PS5Cl');
    const snapshot = await page.locator('main').ariaSnapshot();
    expect(snapshot).toContain('Li₆PS₅Cl');
    expect(snapshot).not.toContain('Li6PS5Cl');
    await page.context().close();
  });
});
