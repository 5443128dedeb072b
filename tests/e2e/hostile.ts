// The checks the calculator tests share for bad input: a hostile link (markup, script, absurd numbers and unknown
// keys in the query) gets messages, puts no markup in the page and opens no dialog; a bad value typed into a
// field gets its message beside the field, tied to it for screen readers.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, settled } from './harness';

/** A page opened from a hostile link, with the messages of every dialog it opened. */
export interface HostilePage { page: Page; dialogs: string[] }

/** Open `path` with the hostile `query`, listening for dialogs from before the first byte. */
export async function openHostile(path: string, query: URLSearchParams | string): Promise<HostilePage> {
  const dialogs: string[] = [];
  const page = await openPage(`${path}?${query.toString()}`, {
    beforeLoad: async (p) => { p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }); },
  });
  return { page, dialogs };
}

/** The calculator's text shows no NaN, Infinity, undefined or programming error. */
export async function expectCleanCalculator(page: Page): Promise<void> {
  expect(await page.locator('.calc').innerText()).not.toMatch(/NaN|Infinity|undefined|\[object|TypeError|Error:/);
}

/** Each `[field id, bad text, message, good text]`: typing the bad text shows the message beside the field (marked
 *  invalid and described by it) and nothing unclean in the calculator; the good text is typed back afterwards. */
export async function expectFieldMessages(page: Page, cases: [string, string, RegExp, string][]): Promise<void> {
  for (const [id, text, message, good] of cases) {
    await page.fill(`#${id}`, text);
    await expect.poll(() => page.locator(`#${id}-error`).innerText()).toMatch(message);
    expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
    expect(await page.getAttribute(`#${id}`, 'aria-describedby')).toContain(`${id}-error`);
    await expectCleanCalculator(page);
    await page.fill(`#${id}`, good);
  }
}

/** Nothing from the link became markup in the calculator (no script, image, onload handler, nor any of
 *  `extraTags` the link tried), its text is clean, and no dialog opened once the page had settled. */
export async function expectNothingInjected({ page, dialogs }: HostilePage, extraTags: string[] = []): Promise<void> {
  expect(await page.locator('.calc').innerHTML()).not.toMatch(/<script|<img|<svg onload/);
  expect(await page.locator(['script', 'img', 'svg[onload]', ...extraTags].map((tag) => `.calc ${tag}`).join(', ')).count()).toBe(0);
  await expectCleanCalculator(page);
  await settled(page); // any dialog an injected script would open has opened by now
  expect(dialogs).toEqual([]);
}
