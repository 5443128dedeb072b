// Content Security Policy: every page allows script only from this site (and Astro's hashed inline
// scripts); islands, data tables and search work under it with no policy violation.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from './built-site';
import { cspViolationsOf as violations, foreignRequestsOf, hydrated, openPage, useBrowser } from './harness';

useBrowser();


describe('content security policy', () => {
  it('every page has a policy that allows script only from this site', () => {
    for (const path of builtPages()) {
      const meta = builtHtml(path).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
      expect(meta, path).not.toBeNull();
      const scriptSrc = meta![1].split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
      const sources = scriptSrc.split(/\s+/).slice(1);
      for (const source of sources) expect(source, `${path}: ${source}`).toMatch(/^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      expect(meta![1]).toContain("object-src 'none'");
    }
  });

  it('calculators hydrate and compute under the policy', async () => {
    for (const path of ['/tools/conductivity/', '/tools/arrhenius/', '/tools/space-charge/', '/tools/energy-density/']) {
      const page = await openPage(path);
      await hydrated(page);
      await expect.poll(() => page.locator('.calc-results-table td').count(), { message: path }).toBeGreaterThan(0);
      expect(await violations(page), path).toEqual([]);
      expect(foreignRequestsOf(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('chapters with tables, exercises and figures load with no violation', async () => {
    for (const path of ['/', '/nasicon/conduction/', '/data/004-table-1/', '/reference/bibliography/']) {
      const page = await openPage(path);
      await page.waitForLoadState('networkidle');
      expect(await violations(page), path).toEqual([]);
      await page.context().close();
    }
  });

  it('search works under the policy', async () => {
    const page = await openPage('/');
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog input[type="search"], #starlight__search input').first().fill('argyrodite');
    await expect.poll(() => page.locator('dialog [class*="result"] a, .pagefind-ui__result-link').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
