// Offline: after a first visit, the service worker has stored the handbook; with the network cut,
// chapters, calculators (with their URL state) and search still work.
import { describe, expect, it } from 'vitest';
import { hydrated, openPage, siteUrl, useBrowser } from './harness';

useBrowser();

describe('offline use', () => {
  it('navigates, calculates and searches with the network off after one visit', async () => {
    const page = await openPage('/');
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null, undefined, { timeout: 60_000 });
    await expect.poll(() => page.locator('.offline-status').textContent().catch(() => ''), { timeout: 60_000, interval: 1000 })
      .toContain('works offline');
    await page.context().setOffline(true);

    await page.goto(`${siteUrl()}nasicon/structure/`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('NASICON');
    await expect(page.locator('.katex').count()).resolves.toBeGreaterThan(0);

    await page.goto(`${siteUrl()}tools/conductivity/?R=305&L=1&d=10`);
    await hydrated(page);
    await expect.poll(() => page.locator('.calc-results-table td').first().textContent()).toBe('4.17 × 10⁻⁴');

    await page.goto(siteUrl());
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog input[type="search"], #starlight__search input').first().fill('LAGP');
    await expect.poll(() => page.locator('dialog [class*="result"] a, .pagefind-ui__result-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.context().close();
  });
});
