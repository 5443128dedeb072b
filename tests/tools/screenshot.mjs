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
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await context.close();
  }
}
await browser.close();
