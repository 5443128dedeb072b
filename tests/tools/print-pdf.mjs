// Print a page to PDF with chromium, the way a reader's "Save as PDF" would (print media, A4).
// Usage: node tests/tools/print-pdf.mjs URL OUT.pdf [with-answers]
import { chromium } from 'playwright-core';
import { launchOptions } from '../e2e/browser.ts';

const [url, out, answers] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions);
const page = await browser.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
if (answers === 'with-answers') {
  await page.evaluate(() => {
    document.querySelectorAll('.exercise details').forEach((d) => { d.open = true; });
    document.documentElement.classList.add('print-answers');
  });
}
await page.pdf({ path: out, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, printBackground: false });
await browser.close();
console.log(out);
