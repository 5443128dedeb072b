// A data table sorts and filters in the browser, is complete without JavaScript, and its downloads
// hold every row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openPage, siteUrl, useBrowser } from './harness';

useBrowser();
const TABLE = '001-table-1';
const source = parseYaml(readFileSync(`content/data/${TABLE}.yaml`, 'utf8')) as { rows: unknown[]; columns: { key: string; kind: string }[] };
const quantityIndex = source.columns.findIndex((c) => c.kind === 'quantity');

describe(`data table ${TABLE}`, () => {
  it('shows every row without JavaScript', async () => {
    const page = await openPage(`/data/${TABLE}/`, { javaScriptEnabled: false });
    await expect(page.locator('figure.data-table tbody tr').count()).resolves.toBe(source.rows.length);
    await expect(page.locator('.data-table__tools').isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  it('filters rows by typed text, including plain digits for subscripts', async () => {
    const page = await openPage(`/data/${TABLE}/`);
    const input = page.getByLabel('Filter rows');
    await input.fill('Li1.5');
    const visible = await page.locator('figure.data-table tbody tr:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(source.rows.length);
    await expect(page.locator('.data-table__count').textContent()).resolves.toContain(`of ${source.rows.length} rows`);
    await input.fill('');
    await expect(page.locator('figure.data-table tbody tr:visible').count()).resolves.toBe(source.rows.length);
    await page.context().close();
  });

  it('matches an element symbol as an element, in what the reader sees only', async () => {
    const page = await openPage(`/data/${TABLE}/`);
    const rows = page.locator('figure.data-table tbody tr');
    const input = page.getByLabel('Filter rows');
    const germanium = (source.rows as Record<string, { text?: string }>[]).filter((r) => /Ge(?![a-z])/.test(`${r.parent?.text ?? r.parent} ${r.composition?.text ?? r.composition}`)).length;
    // The trap: rows without germanium whose folded notes hold "ge" ("range", "charge").
    const noteOnly = await rows.evaluateAll((trs) => trs.filter((tr) => !/Ge(?![a-z])/.test(tr.textContent!.normalize('NFKC')) && /ge/i.test(tr.textContent!)).length);
    expect(noteOnly).toBeGreaterThan(0);
    await input.fill('Ge');
    await expect.poll(() => page.locator('figure.data-table tbody tr:visible').count()).toBe(germanium);
    expect(germanium).toBeGreaterThan(0);
    for (const text of await page.locator('figure.data-table tbody tr:visible').allInnerTexts()) expect(text.normalize('NFKC')).toMatch(/Ge(?![a-z])/);
    // A word found only in a closed flag's note matches nothing; other words match in any case.
    await input.fill('borate');
    await expect.poll(() => page.locator('.data-table__count').textContent()).toBe(`0 of ${source.rows.length} rows shown`);
    await input.fill('liti');
    await expect.poll(() => page.locator('figure.data-table tbody tr:visible').count()).toBe(source.rows.length - germanium);
    await page.context().close();
  });

  it('sorts a quantity column numerically, both ways, from the keyboard', async () => {
    const page = await openPage(`/data/${TABLE}/`);
    const header = page.locator('figure.data-table thead th').nth(quantityIndex);
    const values = async () => page.locator(`figure.data-table tbody tr td:nth-child(${quantityIndex + 1})`).evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort).filter((s) => s !== '').map(Number));
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const down = await values();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.context().close();
  });

  it('offers CSV and JSON downloads holding every row', async () => {
    const csv = await (await fetch(`${siteUrl()}data/${TABLE}.csv`)).text();
    // Header plus one line per row; quoted fields may hold line breaks, so count records by id.
    const ids = (source.rows as { id: string }[]).map((r) => r.id);
    for (const id of ids) expect(csv).toContain(`\r\n${id},`);
    const json = await (await fetch(`${siteUrl()}data/${TABLE}.json`)).json();
    expect(json.rows).toHaveLength(ids.length);
    const page = await openPage(`/data/${TABLE}/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).first().click()]);
    expect(download.suggestedFilename()).toBe(`${TABLE}.csv`);
    await page.context().close();
  });
});
