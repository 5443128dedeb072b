// Calculators hydrate on first use (client:interact, src/integrations/client-interact-directive.ts):
// not while the page loads, at once for a shared link, and without losing what the reader typed or
// pressed while their code was still on its way.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './harness';

useBrowser();

const PAGE = '/tools/conductivity/';
const isHydrated = (page: Page) => page.evaluate(() => !document.querySelector('astro-island')!.hasAttribute('ssr'));
const conductivity = (page: Page) =>
  page.locator('.calc-results-table tr', { hasText: 'Pellet conductivity' }).filter({ hasText: 'S/cm' }).first().locator('td').first().textContent();

describe('hydration on first use', () => {
  it('shows the server-rendered result at load, and hydrates when the reader reaches for the calculator', async () => {
    const page = await openPage(PAGE);
    await page.waitForTimeout(1500);
    await expect(isHydrated(page)).resolves.toBe(false);
    await expect(conductivity(page)).resolves.toMatch(/×/);
    await page.getByLabel('Thickness L', { exact: true }).focus();
    await expect.poll(() => isHydrated(page)).toBe(true);
    await page.context().close();
  });

  it('hydrates at once when the link carries a calculation', async () => {
    const page = await openPage(`${PAGE}?R=305&L=1&d=10`);
    await expect.poll(() => isHydrated(page)).toBe(true);
    await expect.poll(() => conductivity(page)).toBe('4.17 × 10⁻⁴');
    await page.context().close();
  });

  it('keeps the values typed before the code arrived', async () => {
    const page = await openPage(PAGE);
    // Hold the calculator's code back until the reader has typed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/ConductivityCalculator\.[^/]*\.js$/, async (route) => { await held; await route.continue(); });
    await page.reload();
    await page.getByLabel('Resistance R (bulk, or total from the impedance fit)', { exact: true }).fill('305');
    await page.getByLabel('Thickness L', { exact: true }).fill('1');
    await page.getByLabel('Electrode diameter d', { exact: true }).fill('10');
    await expect(isHydrated(page)).resolves.toBe(false);
    release();
    await expect.poll(() => isHydrated(page)).toBe(true);
    await expect.poll(() => conductivity(page)).toBe('4.17 × 10⁻⁴');
    await expect.poll(() => page.url()).toContain('R=305');
    await page.context().close();
  });
});
