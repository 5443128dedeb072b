// Screenshots of built pages for looking at them: light, dark and a phone-width view.
// Usage: node tests/tools/screenshot.mjs BASE_URL OUT_DIR PATH...   (serve dist/ first)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchOptions } from '../e2e/browser.ts';

const [base, outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(launchOptions);
const views = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'mobile', viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true },
];
for (const path of paths) {
  for (const view of views) {
    const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, isMobile: view.isMobile });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${view.name}.png`;
    if (process.env.SELECTOR) {
      // Screenshot each element matching SELECTOR (at most MAX of them) instead of the viewport.
      const elements = await page.locator(process.env.SELECTOR).all();
      for (const [i, element] of elements.slice(0, Number(process.env.MAX ?? 4)).entries()) {
        // A block far down a long chapter is skipped (content-visibility) until it nears the viewport:
        // bring it there and let it render, or the shot is its blank size estimate.
        await element.scrollIntoViewIfNeeded();
        await element.evaluate((el) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await element.screenshot({ path: file.replace('.png', `-${i}.png`) });
        console.log(file.replace('.png', `-${i}.png`));
      }
    } else if (process.env.SLICES) {
      // Several viewport-high slices down the page, for long chapters.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const n = Number(process.env.SLICES);
      for (let i = 0; i < n; i++) {
        await page.evaluate((y) => window.scrollTo(0, y), Math.round((height * i) / n));
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await page.screenshot({ path: file.replace('.png', `-s${i}.png`) });
        console.log(file.replace('.png', `-s${i}.png`));
      }
    } else {
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
