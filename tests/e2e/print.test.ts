// Printing: chromium renders a chapter and a whole part to PDF with the print stylesheet; navigation is
// gone, answers are left out unless asked for, and a part prints as one multi-page document.
import { describe, expect, it } from 'vitest';
import { hydrated, openPage, useBrowser } from './harness';

useBrowser();
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('print', () => {
  it('hides navigation and calculators, and keeps the content', async () => {
    const page = await openPage('/nasicon/conduction/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav.sidebar', 'header.header', '.right-sidebar-container', '.page-tools', '.calc-host']) {
      const visible = await page.locator(selector).first().isVisible().catch(() => false);
      expect(visible, selector).toBe(false);
    }
    await expect(page.locator('.sl-markdown-content h2').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('leaves answers out unless printing with answers, which adds pages', async () => {
    const page = await openPage('/fundamentals/measuring-conductivity/');
    await hydrated(page).catch(() => undefined);
    const without = pageCount(await page.pdf({ format: 'A4' }));
    await page.evaluate(() => {
      document.querySelectorAll('.exercise details').forEach((d) => { (d as HTMLDetailsElement).open = true; });
      document.documentElement.classList.add('print-answers');
    });
    const withAnswers = pageCount(await page.pdf({ format: 'A4' }));
    expect(without).toBeGreaterThan(2);
    expect(withAnswers).toBeGreaterThan(without);
    await page.context().close();
  });

  it('prints a whole part as one document', async () => {
    const page = await openPage('/print/nasicon/');
    await expect(page.locator('article.print-chapter').count()).resolves.toBe(3);
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThan(10);
    await page.context().close();
  });
});
