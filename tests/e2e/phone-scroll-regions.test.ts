// At phone width, what scrolls sideways still shows what a reader needs: a numbered equation keeps its number in
// view, a data table keeps its caption inside the visible width, a region with hidden content is marked (and
// faded) until its end is reached, and a note opened inside a table is re-measured so the table stays reachable.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, scrollToView, useBrowser } from './harness';

useBrowser();
const PHONE = { width: 390, height: 844 };
/** Regions are measured while the browser is idle, which on a busy machine can take a while: wait generously. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

/** The element's box and the visible box of its nearest sideways scroller, in viewport pixels. */
const boxes = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  let scroller: Element | null = el.parentElement;
  while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
  const a = el.getBoundingClientRect();
  const b = (scroller ?? document.documentElement).getBoundingClientRect();
  return { left: a.left, right: a.right, visibleLeft: b.left, visibleRight: b.right };
});

describe('sideways scrolling at 390 px', () => {
  it('keeps the numbers of wide numbered equations on screen, beside the part of the equation that scrolls', async () => {
    for (const [path, id] of [['/fundamentals/ion-transport/', 'eq-arrhenius-sigma-t'], ['/fundamentals/measuring-conductivity/', 'eq-apex-frequency'], ['/fundamentals/interfaces-and-space-charge/', 'eq-gouy-chapman']]) {
      const page = await openPage(path, { viewport: PHONE });
      await scrollToView(page.locator(`#${id}`));
      const { tag, shown, viewport } = await page.locator(`#${id}`).evaluate((eq) => ({
        tag: eq.querySelector('.tag')!.getBoundingClientRect().toJSON() as DOMRect,
        shown: eq.querySelector('.katex-display')!.getBoundingClientRect().toJSON() as DOMRect,
        viewport: document.documentElement.clientWidth,
      }));
      expect(tag.right, `${path}#${id}: the number ends inside the screen`).toBeLessThanOrEqual(viewport);
      expect(tag.left, `${path}#${id}: the number sits beside the scrolling equation, not over it`).toBeGreaterThanOrEqual(shown.right - 1);
      expect(await page.locator(`#${id} .katex-display`).evaluate((el) => el.scrollWidth > el.clientWidth), `${path}#${id} is wide enough to scroll`).toBe(true);
      await page.context().close();
    }
  });

  it('keeps a data table caption inside the visible width, marks the table while columns are hidden, and unmarks it at the end', async () => {
    const page = await openPage('/data/004-table-2/', { viewport: PHONE });
    const caption = await boxes(page, 'figure.data-table caption .data-table__caption-text');
    expect(caption.right).toBeLessThanOrEqual(caption.visibleRight + 1);
    const scroller = page.locator('figure.data-table [data-scrolls]').first();
    await poll(() => scroller.count()).toBe(1);
    expect(await scroller.getAttribute('data-at-end')).toBeNull();
    expect(await scroller.evaluate((el) => getComputedStyle(el).maskImage)).toMatch(/gradient/);
    // Reached from the keyboard, it shows its focus ring instead, which the fade would clip.
    for (let i = 0; i < 80 && !(await scroller.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await scroller.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await scroller.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
    await scroller.evaluate((el) => (el as HTMLElement).blur());
    await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await poll(() => scroller.getAttribute('data-at-end')).toBe('');
    expect(await scroller.evaluate((el) => getComputedStyle(el).maskImage)).toBe('none');
    await page.context().close();
  });

  it('re-measures a table when a note inside it is opened, so a table that now scrolls can be reached by keyboard', async () => {
    const page = await openPage('/data/003-table-1/', { viewport: PHONE });
    const table = page.locator('figure.data-table table').first();
    const note = page.locator('figure.data-table .data-flag summary').first();
    await scrollToView(note);
    await note.click();
    await poll(() => note.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    // Whichever box scrolls after the note opened, it is marked and focusable.
    await poll(() => page.locator('figure.data-table [data-scrolls]').count()).toBeGreaterThan(0);
    const scrolling = page.locator('figure.data-table [data-scrolls]').first();
    expect(await scrolling.evaluate((el) => (el as HTMLElement).tabIndex)).toBe(0);
    expect(await table.count()).toBe(1);
    await page.context().close();
  });
});
