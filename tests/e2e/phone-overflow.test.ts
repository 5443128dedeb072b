// At phone width (390 px), nothing on any page may be cut off: the page itself never scrolls sideways,
// and every table, figure, plot, equation or code block wider than its column sits in a scroll container
// that the keyboard can reach (tabindex ≥ 0) and that has a name (aria-label, aria-labelledby, or a
// table caption), so a reader knows there is more and can get to it.
import { describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from './built-site';
import { openPage, useBrowser } from './harness';

useBrowser();
const pages = builtPages().filter((path) => !path.startsWith('/print/'));

describe('phone width (390 px): wide content scrolls in a focusable, named container', () => {
  for (const path of pages) {
    it(`${path} clips nothing`, async () => {
      const page = await openPage(path, { viewport: { width: 390, height: 844 } });
      // The page's idle-time work (making overflowing regions focusable) runs first, as in a reader's browser.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const root = document.scrollingElement ?? document.documentElement;
        if (root.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways (${root.scrollWidth} px wide)`);
        const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
        const named = (el: Element) => el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || (el.matches('table') && !!el.querySelector(':scope > caption'));
        const main = document.querySelector('main') ?? document.body;
        for (const el of main.querySelectorAll<HTMLElement>('table, figure, svg, .katex-display, pre, img')) {
          if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0) continue;
          // Find the nearest ancestor (or the element itself) that scrolls sideways.
          let scroller: HTMLElement | null = el;
          while (scroller && scroller !== main) {
            const ox = getComputedStyle(scroller).overflowX;
            if ((ox === 'auto' || ox === 'scroll') && scroller.scrollWidth > scroller.clientWidth + 1) break;
            scroller = scroller.parentElement;
          }
          const clipped = el.scrollWidth > el.clientWidth + 1 || box.right > window.innerWidth + 1 || box.left < -1;
          if (scroller && scroller !== main) {
            if (scroller.tabIndex < 0) found.push(`${describe(el)} scrolls in ${describe(scroller)}, which the keyboard cannot reach`);
            else if (!named(scroller)) found.push(`${describe(el)} scrolls in ${describe(scroller)}, which has no name`);
          } else if (clipped && getComputedStyle(el).overflowX !== 'hidden') {
            found.push(`${describe(el)} is wider than the screen with no scroll container`);
          }
        }
        return [...new Set(found)];
      });
      await page.context().close();
      expect(problems).toEqual([]);
    });
  }
});

describe('phone width (390 px): plot text stays legible', () => {
  for (const path of pages.filter((p) => /^\/tools\//.test(p))) {
    it(`${path}: every plot shown draws its text at 11 px or more`, async () => {
      const page = await openPage(path, { viewport: { width: 390, height: 844 } });
      const sizes = await page.$$eval('svg.calc-plot, svg.calc-plot-narrow', (svgs) => svgs
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const s = svg as SVGSVGElement;
          return Number(s.getAttribute('font-size') ?? 13) * s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        }));
      await page.context().close();
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(11);
    });
  }
});

describe('phone width (390 px): equation numbers', () => {
  const numbered = pages.filter((p) => builtHtml(p).includes('class="numbered-equation"'));
  it('there are numbered equations to check', () => expect(numbered.length).toBeGreaterThan(0));
  for (const path of numbered) {
    it(`${path}: no equation number is drawn over its equation`, async () => {
      const page = await openPage(path, { viewport: { width: 390, height: 844 } });
      const overprinted = await page.$$eval('.numbered-equation', (eqs) => eqs.filter((eq) => {
        const tag = eq.querySelector('.tag')?.getBoundingClientRect();
        const right = Math.max(...[...eq.querySelectorAll('.katex-html > .base')].map((b) => b.getBoundingClientRect().right));
        return tag !== undefined && tag.left < right - 0.5;
      }).map((eq) => eq.id));
      await page.context().close();
      expect(overprinted).toEqual([]);
    });
  }
});
