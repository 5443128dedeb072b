// Every built page, opened once and checked as it stands at desktop width and then at phone width (390 px):
// axe-core (WCAG 2.2 A/AA) in the light theme, and in the dark one for a sample of pages; at phone width the
// layout-dependent axe rules, nothing clipped, plot text legible and equation numbers clear of their equations.
// One load per page keeps the suite short; resizing an open page is also what a reader turning a phone does.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtHtml, builtPages } from './built-site';
import { openPage, useBrowser } from './harness';
import { axeViolations, LAYOUT_RULES } from './checks/axe';
import { clippedContent, overprintedEquationNumbers, plotTextSizesPx } from './checks/phone-layout';

useBrowser();

// The dark theme changes only colours, so one page of each kind, which between them hold every component, is
// checked in it (and gets every axe rule at phone width too). Print pages only gather chapters checked on their own.
const DARK_SAMPLE = ['/', '/fundamentals/ion-transport/', '/nasicon/conduction/', '/interfaces/protective-interlayers/',
  '/data/004-table-1/', '/data/explorer/', '/data/notes-on-sources/', '/tools/conductivity/', '/tools/arrhenius/',
  '/tools/space-charge/', '/tools/energy-density/', '/tools/synthesis/', '/tools/library/', '/reference/bibliography/',
  '/tools/lithium-penetration/', '/reference/glossary/', '/reference/symbols/', '/teaching/four-lectures/'];
const pages = builtPages().filter((path) => !path.startsWith('/print/'));
const PHONE = { width: 390, height: 844 };

/** Resolves once the page has finished its idle-time work, as a reader's browser would let it. */
const idle = (page: Page) => page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));

/** Resolves once every sideways-scrolling region the page marks (ScrollableRegions.astro) matches the new layout:
 *  focusable exactly when it overflows. */
const scrollRegionsMatchLayout = (page: Page) => page.waitForFunction(() =>
  [...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(.katex-display, .expressive-code pre, table)')]
    .every((region) => (region.scrollWidth > region.clientWidth + 1) === region.hasAttribute('tabindex')));

/** Lays out every block as it is once a reader has scrolled to it. Long chapters let the browser skip blocks far
 *  from the viewport (content-visibility: auto in site.css), and axe cannot judge contrast or target sizes of a
 *  skipped block. A rendered block keeps the containment content-visibility gives it, so that stays in force. */
const renderEveryBlock = (page: Page) => page.evaluate(() => {
  for (const block of document.querySelectorAll<HTMLElement>('.sl-markdown-content > *')) {
    if (getComputedStyle(block).contentVisibility !== 'auto') continue;
    block.style.contentVisibility = 'visible';
    block.style.contain = 'layout style paint';
  }
});

/** Switches the reader's system colour scheme and waits for the page's theme to follow it. */
async function showTheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, colorScheme);
}

describe('every page: accessible, and nothing clipped at phone width', () => {
  it('checks every kind of page in the dark theme', () => {
    for (const path of DARK_SAMPLE) expect(pages, path).toContain(path);
  });
  it('has numbered equations and tools plots to check', () => {
    expect(pages.some((path) => builtHtml(path).includes('class="numbered-equation"'))).toBe(true);
    expect(pages.some((path) => builtHtml(path).includes('calc-plot'))).toBe(true);
  });

  for (const path of pages) {
    const sample = DARK_SAMPLE.includes(path);
    it(`${path}: no axe violations${sample ? ' (light and dark)' : ''}, and at 390 px nothing clipped`, async () => {
      // bypassCSP only so that axe can be injected; the site's own code runs under the policy elsewhere.
      const page = await openPage(path, { colorScheme: 'light', bypassCSP: true });
      await renderEveryBlock(page);
      await idle(page);
      expect.soft(await axeViolations(page), 'axe, desktop, light').toEqual([]);
      if (sample) {
        await showTheme(page, 'dark');
        expect.soft(await axeViolations(page), 'axe, desktop, dark').toEqual([]);
        await showTheme(page, 'light');
      }

      await page.setViewportSize(PHONE);
      await scrollRegionsMatchLayout(page);
      expect.soft(await axeViolations(page, sample ? undefined : LAYOUT_RULES), 'axe, 390 px').toEqual([]);
      expect.soft(await clippedContent(page), 'clipped at 390 px').toEqual([]);
      expect.soft(await overprintedEquationNumbers(page), 'equation numbers over their equations at 390 px').toEqual([]);
      for (const px of await plotTextSizesPx(page)) expect.soft(px, 'plot text size at 390 px (px)').toBeGreaterThanOrEqual(11);
      await page.context().close();
    });
  }
});
