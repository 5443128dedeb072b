// "On this page" follows the reader: the handbook swaps Starlight's table-of-contents script for a
// cheaper one (src/components/site/starlight-toc.ts); this checks it still marks the section being read,
// in the desktop sidebar and in the phone's drop-down bar.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from './built-site';
import { openPage, useBrowser } from './harness';

useBrowser();

const CHAPTER = '/nasicon/conduction/';

/** Scroll so the `index`-th section heading sits just under the header (and phone bar), where reading starts. */
async function scrollToHeading(page: Page, index: number): Promise<string> {
  const id = await page.evaluate((i) => {
    const heading = document.querySelectorAll<HTMLElement>('.sl-markdown-content h2[id]')[i];
    const bars = [...document.querySelectorAll('header, #starlight__mobile-toc summary')].reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
    window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - bars - 16);
    return heading.id;
  }, index);
  return id;
}

const currentLink = (page: Page, toc: string) =>
  page.locator(`${toc} a[aria-current="true"]`).getAttribute('href');

describe('table of contents', () => {
  it('ships the handbook\'s highlighter, not Starlight\'s whole-page :has() selectors', () => {
    const assets = join(DIST, '_astro');
    const scripts = readdirSync(assets).filter((f) => f.startsWith('starlight-toc') && f.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(assets, scripts[0]!), 'utf8');
    expect(code).toContain('getBoundingClientRect');
    expect(code).not.toContain(':has(');
  });

  it('marks the section in view in the desktop sidebar, and Overview at the top', async () => {
    const page = await openPage(CHAPTER);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => currentLink(page, 'starlight-toc')).toBe('#_top');
    const third = await scrollToHeading(page, 2);
    await expect.poll(() => currentLink(page, 'starlight-toc')).toBe(`#${third}`);
    const first = await scrollToHeading(page, 0);
    await expect.poll(() => currentLink(page, 'starlight-toc')).toBe(`#${first}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = await page.locator('starlight-toc a').last().getAttribute('href');
    await expect.poll(() => currentLink(page, 'starlight-toc')).toBe(last);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => currentLink(page, 'starlight-toc')).toBe('#_top');
    await page.context().close();
  });

  it('names the section in view in the phone bar', async () => {
    const page = await openPage(CHAPTER);
    await page.setViewportSize({ width: 390, height: 800 });
    const second = await scrollToHeading(page, 1);
    await expect.poll(() => currentLink(page, 'mobile-starlight-toc')).toBe(`#${second}`);
    const title = await page.locator(`.sl-markdown-content h2#${second}`).textContent();
    await expect.poll(() => page.locator('mobile-starlight-toc .display-current').textContent()).toBe(title?.trim());
    await page.context().close();
  });
});
