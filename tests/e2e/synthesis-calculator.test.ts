// Synthesis batch calculator on its Tools page: typing, precursor rows, presets, Li excess, URL round trip,
// hostile links, keyboard use.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { synthesisBatch } from '~/lib/synthesis';
import { formatSig } from '~/lib/format';
import { foreignRequestsOf, openPage, useBrowser } from './harness';
import { expectCleanCalculator, expectFieldMessages, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/synthesis/';
const massText = (x: number) => x.toPrecision(4);

/** Mass cell (2nd column; 3rd is the mass with Li excess) of the batch-table row whose precursor is `formula` (shown with subscripts). */
async function massOf(page: Page, shown: string, column = 2): Promise<string> {
  const row = page.locator('table.syn-batch tbody tr', { has: page.locator('th', { hasText: shown }) }).first();
  return (await row.locator(`td:nth-child(${column})`).innerText()).trim();
}
async function resultValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.calc-results-table tr', { hasText: label }).first();
  return (await row.locator('td').first().innerText()).trim();
}
describe('synthesis calculator', () => {
  it('computes the default LATP batch and updates as you type', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    const r = synthesisBatch({ targetFormula: 'Li1.3Al0.3Ti1.7(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'TiO2', 'NH4H2PO4'] });
    expect(await massOf(page, 'Li₂CO₃')).toBe(massText(r.precursors[0]!.massG));
    expect(await massOf(page, 'NH₄H₂PO₄')).toBe('9.000');
    expect(await resultValue(page, 'Expected mass loss')).toBe(formatSig(r.stoichiometric.massLossPct, 3));
    expect(await page.locator('.syn-reaction-int').innerText()).toBe('13 Li₂CO₃ + 3 Al₂O₃ + 34 TiO₂ + 60 NH₄H₂PO₄ → 20 Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ + 13 CO₂ + 90 H₂O + 60 NH₃');
    // 25 g instead of 10 g, then in mg
    await page.fill('#syn-m', '25');
    await expect.poll(() => massOf(page, 'TiO₂')).toBe(massText(r.precursors[2]!.massG * 2.5));
    await page.selectOption('select[aria-label="Batch mass: unit"]', 'mg');
    await expect.poll(() => massOf(page, 'TiO₂')).toBe(massText(r.precursors[2]!.massG * 2.5));
    expect(await page.locator('table.syn-batch caption').innerText()).toMatch(/25 mg/);
    // a 5 % Li excess adds a column
    await page.fill('#syn-x', '5');
    await expect.poll(() => massOf(page, 'Li₂CO₃', 3)).toMatch(new RegExp(`^${massText(r.precursors[0]!.massG * 2.5 * 1.05).replace('.', '\\.')}`));
    expect(await page.locator('svg.calc-plot').count()).toBe(1);
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('rows can be picked, typed, added and removed; problems are explained beside them', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    // LAGP: change the target and replace TiO2 by GeO2 from the menu
    await page.fill('#syn-f', 'Li1.5Al0.5Ge1.5(PO4)3');
    await expect.poll(() => page.locator('#syn-p-error').innerText()).toMatch(/supplies Ge/);
    await page.selectOption('select[aria-label="Precursor 3: choose from the list"]', 'GeO2');
    expect(await page.inputValue('#syn-p3')).toBe('GeO2');
    const lagp = synthesisBatch({ targetFormula: 'Li1.5Al0.5Ge1.5(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'GeO2', 'NH4H2PO4'] });
    await expect.poll(() => massOf(page, 'GeO₂')).toBe(massText(lagp.precursors[2]!.massG));
    // a second lithium source makes the amounts undetermined
    await page.click('#syn-add');
    await page.fill('#syn-p5', 'LiNO3');
    await expect.poll(() => page.locator('#syn-p-error').innerText()).toMatch(/not fixed: LiNO3 supplies the same element/);
    // a malformed formula gets its message beside its row
    await page.fill('#syn-p5', 'Xq<b>2');
    await expect.poll(() => page.locator('#syn-p5-error').innerText()).toMatch(/Unexpected|Unknown/);
    expect(await page.getAttribute('#syn-p5', 'aria-invalid')).toBe('true');
    expect(await page.locator('.calc b').count()).toBe(0);
    await page.click('button[aria-label="Remove precursor 5"]');
    await expect.poll(() => page.locator('table.syn-batch').count()).toBe(1);
    expect(await page.locator('#syn-p5').count()).toBe(0);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('presets: the molten-flux route of review 002 and the sulfides', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    const preset = page.locator('select[id$="-preset"]');
    await preset.selectOption('latp-molten-flux-002');
    await expect.poll(() => massOf(page, 'LiNO₃', 3)).toMatch(/^2\.455/);
    expect(await massOf(page, 'LiNO₃')).toBe('2.338');
    expect(await page.locator('.syn-reaction-fu').innerText()).toMatch(/NO₂.*O₂/);
    await preset.selectOption('li6ps5cl-003');
    await expect.poll(() => page.locator('.syn-reaction-int').innerText()).toBe('5 Li₂S + P₂S₅ + 2 LiCl → 2 Li₆PS₅Cl');
    expect(await resultValue(page, 'Expected mass loss')).toBe('0');
    await preset.selectOption('li3ps4-003');
    await expect.poll(() => page.locator('.syn-reaction-int').innerText()).toBe('3 Li₂S + P₂S₅ → 2 Li₃PS₄');
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('reloading the link reproduces the calculation', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    await page.fill('#syn-f', 'Li6PS5Cl');
    await page.fill('#syn-p1', 'Li2S');
    await page.fill('#syn-p2', 'P2S5');
    await page.fill('#syn-p3', 'LiCl');
    await page.click('button[aria-label="Remove precursor 4"]');
    await page.fill('#syn-x', '10');
    await page.selectOption('select[aria-label="Lithium excess: given as"]', 'li');
    await page.selectOption('#syn-xon', '1');
    await expect.poll(() => page.url()).toContain('xon=1');
    const url = page.url();
    const before = await page.locator('.calc-results').innerText();
    expect(before).toMatch(/\+12 %/);
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await again.waitForSelector('table.syn-batch');
    await expect.poll(() => again.locator('.calc-results').innerText()).toBe(before);
    expect(await again.inputValue('#syn-p3')).toBe('LiCl');
    await page.context().close();
    await again.context().close();
  });

  it('bad input gets a message beside its field and never NaN', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    const cases: [string, string, RegExp, string][] = [
      ['syn-m', 'ten', /not a number/, '10'],
      ['syn-m', '0', /Out of range/, '10'],
      ['syn-m', '-3', /Out of range/, '10'],
      ['syn-m', '1e999', /too large/, '10'],
      ['syn-x', '150', /Out of range/, '0'],
      ['syn-x', '', /Enter a value/, '0'],
      ['syn-f', '', /Enter the target/, 'Li1.3Al0.3Ti1.7(PO4)3'],
      ['syn-f', 'li3ps4', /lower-case|capital/, 'Li1.3Al0.3Ti1.7(PO4)3'],
      ['syn-f', 'LiN3', /treats as leaving/, 'Li1.3Al0.3Ti1.7(PO4)3'],
      ['syn-p1', '', /Enter a formula/, 'Li2CO3'],
      ['syn-p2', 'CO(NH2)2', /urea/, 'Al2O3'],
    ];
    await expectFieldMessages(page, cases);
    // a Li excess on a row that has no lithium
    await page.fill('#syn-x', '5');
    await page.selectOption('#syn-xon', '2');
    await expect.poll(() => page.locator('#syn-x-error').innerText()).toMatch(/does not supply lithium/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const q = new URLSearchParams();
    q.append('f', '<script>alert(1)</script>');
    q.append('m', '9'.repeat(39));
    q.append('p', 'Li2CO3,<img src=x onerror=alert(2)>,TiO2,١٢,' + 'Al2O3,'.repeat(10));
    q.append('x', '٥');
    q.append('mu', '<svg onload=alert(3)>');
    q.append('xon', '9');
    q.append('xu', 'src');
    q.append('xu', 'fu');
    q.append('javascript:alert(4)', '1');
    const opened = await openHostile(PATH, q);
    const { page } = opened;
    await page.waitForSelector('#syn-f-error');
    expect(await page.locator('#syn-f-error').innerText()).toMatch(/Unexpected character/);
    expect(await page.locator('#syn-m-error').innerText()).toMatch(/Out of range/);
    expect(await page.locator('#syn-x-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#syn-p2-error').innerText()).toMatch(/.+/);
    expect(await page.locator('#syn-p4-error').innerText()).toMatch(/.+/);
    expect(await page.locator('#syn-p-error').innerText()).toMatch(/only the first 8/);
    expect(await page.locator('input[id^="syn-p"]').count()).toBe(8);
    expect(await page.inputValue('select[aria-label="Batch mass: unit"]')).toBe('g');
    expect(await page.inputValue('#syn-xon')).toBe('all');
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    await expectNothingInjected(opened);
    await page.context().close();
    // 2000 parameters, over the length limit: ignored as a whole
    const long = await openPage(`${PATH}?${Array.from({ length: 2000 }, (_, k) => `m=${k}`).join('&')}`);
    await long.waitForSelector('.calc-url-error');
    expect(await long.locator('.calc-url-error').innerText()).toMatch(/too long/);
    expect(await long.inputValue('#syn-m')).toBe('10');
    await expectCleanCalculator(long);
    await long.context().close();
    // an over-long precursor list is ignored with a message beside it; repeated keys keep the first
    const rep = await openPage(`${PATH}?p=${'Li2CO3,'.repeat(80)}&m=5&m=7`);
    await rep.waitForSelector('#syn-m-error');
    expect(await rep.locator('#syn-m-error').innerText()).toMatch(/"Batch mass of product" more than once/);
    expect(await rep.inputValue('#syn-m')).toBe('5');
    expect(await rep.inputValue('#syn-p1')).toBe('Li2CO3');
    expect(await rep.inputValue('#syn-p4')).toBe('NH4H2PO4');
    await expectCleanCalculator(rep);
    await rep.context().close();
  });

  it('works from the keyboard', async () => {
    const page = await openPage(PATH);
    await page.waitForSelector('table.syn-batch');
    await page.focus('#syn-p4');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove precursor 4');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#syn-p-error').innerText()).toMatch(/supplies P/);
    await page.focus('#syn-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#syn-p4').count()).toBe(1);
    await page.focus('#syn-p4');
    await page.keyboard.type('(NH4)2HPO4');
    await expect.poll(() => massOf(page, '(NH₄)₂HPO₄')).toMatch(/^\d/);
    await page.focus('select[aria-label="Batch mass: unit"]');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('table.syn-batch caption').innerText()).toMatch(/10 kg/);
    await page.context().close();
  });
});
