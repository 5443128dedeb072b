// Checks of a page laid out at phone width: nothing clipped, plot text legible, equation numbers clear of their equations.
import type { Page } from 'playwright-core';

/** Wide content that is cut off: the page scrolling sideways, or something wider than the screen that does not sit
 *  in a scroll container the keyboard can reach (tabindex ≥ 0) and that has a name (aria-label, aria-labelledby, or
 *  a table caption), so a reader knows there is more and can get to it. */
export const clippedContent = (page: Page): Promise<string[]> => page.evaluate(() => {
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
    // The nearest ancestor (or the element itself) that scrolls sideways.
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

/** The on-screen font size (px) of the text of each calculator plot shown. */
export const plotTextSizesPx = (page: Page): Promise<number[]> => page.$$eval('svg.calc-plot, svg.calc-plot-narrow', (svgs) => svgs
  .filter((svg) => svg.getBoundingClientRect().width > 0)
  .map((svg) => {
    const s = svg as SVGSVGElement;
    return Number(s.getAttribute('font-size') ?? 13) * s.getBoundingClientRect().width / s.viewBox.baseVal.width;
  }));

/** Ids of numbered equations whose number is drawn over the equation itself. */
export const overprintedEquationNumbers = (page: Page): Promise<string[]> => page.$$eval('.numbered-equation', (eqs) => eqs.filter((eq) => {
  const tag = eq.querySelector('.tag')?.getBoundingClientRect();
  // What of the equation shows: its pieces, cut at the right edge of the region it scrolls in.
  const shownTo = eq.querySelector('.katex-display')?.getBoundingClientRect().right ?? Infinity;
  const right = Math.max(...[...eq.querySelectorAll('.katex-html > .base')].map((b) => Math.min(b.getBoundingClientRect().right, shownTo)));
  return tag !== undefined && tag.left < right - 0.5;
}).map((eq) => eq.id));
