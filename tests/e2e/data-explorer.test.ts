// The data explorer in a real browser: filters change what is plotted, picking a point shows its row
// and source, the URL reproduces the view, a hostile link injects nothing, and the CSV download holds
// exactly the filtered rows.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, openPage, useBrowser } from './harness';

useBrowser();
const PAGE = '/data/explorer/';
const plot = (page: Page, n: number) => page.locator('section.xp-section').nth(n - 1);
const pointsIn = (page: Page, n: number) => plot(page, n).locator('.xp-point');
const countText = (page: Page) => page.locator('.xp-count').textContent();
/** Hydrated, and every plot drawn (they are drawn as they come near the viewport), so nothing moves under a click. */
const ready = async (page: Page) => {
  await hydrated(page);
  await expect.poll(() => page.locator('section.xp-section').count()).toBe(4);
  for (const section of await page.locator('section.xp-section').all()) await section.scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.when-visible').count()).toBe(0);
  await expect.poll(() => pointsIn(page, 1).count()).toBeGreaterThan(0);
};

describe('data explorer', () => {
  it('changes the plotted points when a filter changes, and keeps the filter in the URL', async () => {
    const page = await openPage(PAGE);
    await ready(page);
    const before = await pointsIn(page, 1).count();
    const beforeYear = await pointsIn(page, 2).count();
    await page.getByRole('checkbox', { name: /Sulfide crystal/ }).uncheck();
    await expect.poll(() => pointsIn(page, 1).count()).toBeLessThan(before);
    await expect.poll(() => pointsIn(page, 2).count()).toBeLessThan(beforeYear);
    await expect.poll(() => page.url()).toContain('fam=');
    // A temperature window drops the rows without a stated temperature when asked to.
    await page.getByRole('checkbox', { name: /does not state/ }).uncheck();
    await expect.poll(() => pointsIn(page, 1).count()).toBeLessThan(before - 5);
    await page.getByLabel('From', { exact: true }).fill('abc');
    await expect.poll(() => page.locator('#xp-tmin-error').textContent()).toMatch(/not a number/);
    await page.context().close();
  });

  it('on a phone, draws the plots further down when the reader scrolls to them or tabs in', async () => {
    const page = await openPage(PAGE);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.xp-count').count()).toBe(1);
    await expect(pointsIn(page, 4).count()).resolves.toBe(0);
    await plot(page, 4).scrollIntoViewIfNeeded();
    await expect.poll(() => pointsIn(page, 4).count()).toBeGreaterThan(0);
    await expect(plot(page, 4).getByRole('button', { name: /SVG/ }).isVisible()).resolves.toBe(true);
    // A keyboard reader inside the explorer gets every plot at once, so Tab never skips one.
    await page.evaluate(() => window.scrollTo(0, 0)); // a reload restores the scroll position
    await page.reload();
    await hydrated(page);
    await expect.poll(() => page.locator('.xp-count').count()).toBe(1);
    await expect(pointsIn(page, 4).count()).resolves.toBe(0);
    await page.getByRole('checkbox', { name: /Sulfide crystal/ }).focus();
    await expect.poll(() => pointsIn(page, 4).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('on a phone, every plot draws its text at 11 px or more', async () => {
    const page = await openPage(PAGE, { viewport: { width: 390, height: 844 } });
    await ready(page);
    await page.locator('.xp-point').first().click(); // a chosen point gets a label beside it in some plots
    const smallest = await page.$$eval('svg.xp-plot', (svgs) => svgs.map((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    }));
    expect(smallest).toHaveLength(4);
    for (const px of smallest) expect(px).toBeGreaterThanOrEqual(11);
    await page.context().close();
  });

  it('draws no label of the interlayer map over a point, on a phone or a desktop', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const page = await openPage(PAGE, { viewport });
      await ready(page);
      const covered = await plot(page, 4).evaluate((section) => {
        const boxes = (selector: string) => [...section.querySelectorAll(selector)].map((e) => ({ e, r: e.getBoundingClientRect() }));
        const labels = boxes('svg.xp-plot g[pointer-events="none"] text');
        const markers = boxes('.xp-point path');
        // A pixel of slack: a label's box includes the white halo drawn around its letters.
        const meet = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        return { labels: labels.length, covered: labels.filter((l) => markers.some((m) => meet(l.r, m.r))).map((l) => l.e.textContent) };
      });
      expect(covered.labels, 'the map labels the best of each class').toBeGreaterThan(3);
      expect(covered.covered, `labels over a point at ${viewport.width} px`).toEqual([]);
      await page.context().close();
    }
  });

  it('shows a point’s row and source when it is clicked, or picked with the keyboard', async () => {
    const page = await openPage(PAGE);
    await ready(page);
    const point = pointsIn(page, 1).first();
    const key = (await point.getAttribute('data-key'))!;
    const [table, row] = key.split('_');
    await point.dispatchEvent('click');
    const details = page.locator('.xp-details');
    await expect.poll(() => details.count()).toBe(1);
    await expect.poll(() => details.locator(`a[href$="/data/${table}/#${table}-${row}"]`).count()).toBe(1);
    await expect.poll(() => details.locator('a[href*="/reference/bibliography/#ref-"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.url()).toContain(`pt=${key}`);
    // Keyboard: the plot is one tab stop; arrows move, Enter picks.
    await page.getByRole('button', { name: 'Close the row details' }).click();
    await expect.poll(() => details.count()).toBe(0);
    await point.focus();
    await page.keyboard.press('ArrowRight');
    const focusedKey = await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-key'));
    expect(focusedKey).toBeTruthy();
    expect(focusedKey).not.toBe(key);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`pt=${focusedKey}`);
    await expect.poll(() => details.count()).toBe(1);
    // A flagged point says so in its accessible name and shows the flag text when picked.
    const flagged = plot(page, 1).locator('.xp-point[aria-label*="Flagged"]').first();
    await flagged.dispatchEvent('click');
    await expect.poll(() => page.locator('.xp-details__flags li').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('reproduces the view from its URL', async () => {
    const page = await openPage(PAGE);
    await ready(page);
    await page.getByRole('checkbox', { name: /NASICON: LAGP/ }).uncheck();
    await page.getByLabel('To', { exact: true }).fill('60');
    await page.getByRole('radio', { name: 'Method' }).check();
    const choose = page.getByLabel('Row with σ and Eₐ');
    const options = await choose.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    for (const value of options.slice(0, 2)) {
      await choose.selectOption(value);
      await page.getByRole('button', { name: 'Add line' }).click();
    }
    await expect.poll(() => plot(page, 3).locator('path[stroke-width="2.5"]').count()).toBe(2);
    await pointsIn(page, 1).nth(2).dispatchEvent('click');
    const counts = [await countText(page), await pointsIn(page, 1).count(), await pointsIn(page, 2).count(), await page.locator('.xp-details h3').textContent()];
    await expect.poll(() => page.url()).toContain('sel=');
    const url = page.url();
    const again = await openPage(url.slice(url.indexOf(PAGE)));
    await ready(again);
    await expect.poll(async () => [await countText(again), await pointsIn(again, 1).count(), await pointsIn(again, 2).count(), await again.locator('.xp-details h3').textContent()]).toEqual(counts);
    await expect.poll(() => again.locator('.xp-chosen li').count()).toBe(2);
    expect(await again.getByRole('radio', { name: 'Method' }).isChecked()).toBe(true);
    expect(await again.getByLabel('To', { exact: true }).inputValue()).toBe('60');
    await page.context().close();
    await again.context().close();
  });

  it('survives a hostile link: clear messages, nothing injected, no dialog', async () => {
    const hostile = new URLSearchParams();
    hostile.append('fam', '<script>alert(1)</script>,nasicon-latp');
    hostile.append('meth', '"><img src=x onerror=alert(1)>');
    hostile.append('sel', '<svg onload=alert(1)>,003-table-2_li10gep2s12,x,y,z,w,v');
    hostile.append('pt', 'javascript:alert(1)');
    hostile.append('tmin', '1e999');
    hostile.append('tmax', '１２３');
    hostile.append('x2', '<b>year</b>');
    hostile.append('nt', '0');
    hostile.append('nt', '1');
    for (let i = 0; i < 2000; i++) hostile.append(`k${i}`, 'x');
    const page = await openPage(`${PAGE}?${hostile.toString().slice(0, 7000)}`);
    let dialog = false;
    page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
    await hydrated(page);
    await expect.poll(() => page.locator('.calc-url-error').count()).toBeGreaterThan(0);
    const host = page.locator('.xp-host');
    expect(await host.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('form.calc script').count()).toBe(0);
    const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(scripts.filter((t) => t.includes('alert(1)'))).toEqual([]);
    expect(await host.locator('svg[onload], [onerror], [onload]').count()).toBe(0);
    expect(await host.locator('a[href^="javascript:"]').count()).toBe(0);
    await expect.poll(() => page.locator('#xp-tmin-error').textContent()).toMatch(/\w+/);
    const text = (await host.textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity|undefined|\[object/);
    // The one valid family (LATP, which has no Eₐ values) and the one valid row survive; the page still plots
    // (the second plot is drawn once it comes near the viewport).
    await plot(page, 2).scrollIntoViewIfNeeded();
    await expect.poll(() => pointsIn(page, 2).count()).toBeGreaterThan(0);
    expect(await page.getByRole('checkbox', { name: /NASICON: LATP/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /NASICON: LAGP/ }).isChecked()).toBe(false);
    await expect.poll(() => page.locator('.xp-chosen li').count()).toBe(1);
    expect(dialog).toBe(false);
    await page.context().close();
  });

  it('downloads the filtered rows as CSV, and each plot as SVG', async () => {
    const page = await openPage(`${PAGE}?fam=sulfide-crystal`);
    await ready(page);
    const n = Number(((await countText(page)) ?? '').match(/^(\d+) of/)![1]);
    expect(n).toBeGreaterThan(0);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /filtered rows \(CSV\)/ }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^table_id,row_id,material,family/);
    expect(lines).toHaveLength(n + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^003-table-2,.*Sulfide crystal/);
    const [svg] = await Promise.all([page.waitForEvent('download'), plot(page, 1).getByRole('button', { name: /SVG/ }).click()]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect((svgText.match(/class="xp-point"/g) ?? []).length).toBe(await pointsIn(page, 1).count());
    await page.context().close();
  });

  it('points to the data tables when JavaScript is off', async () => {
    const page = await openPage(PAGE, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('.calc-noscript').textContent()).toContain('data tables');
    await page.context().close();
  });
});
