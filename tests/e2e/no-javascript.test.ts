// With JavaScript turned off, every chapter and Tools page is still readable: the text, maths, tables
// and exercise answers are in the HTML, and each calculator says what to do instead.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from './built-site';
import { openPage, useBrowser } from './harness';

useBrowser();
const pages = builtPages().filter((p) => /^\/(fundamentals|nasicon|sulfides|interfaces|composites|cells|tools)\//.test(p));

describe('reading without JavaScript', () => {
  it('covers the chapters and tools', () => expect(pages.length).toBeGreaterThan(20));

  it('every chapter and Tools page shows its content', async () => {
    for (const path of pages) {
      const page = await openPage(path, { javaScriptEnabled: false });
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, path).toBeGreaterThan(1500);
      // The Physics library page explains that functions never return NaN; elsewhere the word means a bug.
      if (path !== '/tools/library/') expect(text, path).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);
      if (builtHtml(path).includes('class="katex"')) await expect(page.locator('.katex').first().isVisible(), path).resolves.toBe(true);
      const calculators = await page.locator('.calc-host').count();
      if (calculators > 0) await expect(page.locator('.calc-noscript').first().isVisible(), path).resolves.toBe(true);
      const exercises = await page.locator('section.exercise').count();
      if (exercises > 0) {
        // From the keyboard: a click lands by coordinates, and blocks near the exercise change height as
        // they come into view (content-visibility), so a click could land on the block next to it.
        const summary = page.locator('section.exercise summary', { hasText: /answer/i }).first();
        await summary.focus();
        await page.keyboard.press('Enter');
        const answer = summary.locator('xpath=..');
        await expect.poll(() => answer.evaluate((d) => (d as HTMLDetailsElement).open && d.checkVisibility()), { message: path }).toBe(true);
      }
      await page.context().close();
    }
  });
});
