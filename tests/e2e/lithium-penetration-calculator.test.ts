// Lithium-penetration calculator on its Tools page: typing, presets, URL round trip, bad input, a hostile
// link and keyboard use. Expected numbers come from the same library (src/lib/penetration.ts).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatSig } from '~/lib/format';
import { crackCriterion, monroeNewman } from '~/lib/penetration';
import { foreignRequestsOf, hydrated, openPage, useBrowser } from './harness';
import { expectCleanCalculator, expectFieldMessages, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/lithium-penetration/';

/** The text of the results table row whose label contains `label`. */
async function resultValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.calc-results-table tr', { hasText: label }).first();
  return (await row.locator('td').first().innerText()).trim();
}

describe('lithium-penetration calculator', () => {
  it('computes the three criteria as you type, and shows that LLZO passes Monroe–Newman yet cracks', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    // defaults: LLZO, a 10 µm surface flaw, 30 mV
    const crack = crackCriterion({ fractureToughnessMPaSqrtM: 1, flawSizeUm: 10, overpotentialV: 0.03 });
    expect(await resultValue(page, 'Critical overpotential')).toBe(formatSig(crack.criticalOverpotentialMV));
    expect(await resultValue(page, 'Monroe–Newman ratio')).toBe(formatSig(monroeNewman({ electrolyteShearModulusGPa: 59.6 }).ratio));
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/Stiff is not enough/);
    // the glass at 1 µm: 15.6 mV
    await page.fill('#lp-k', '0.23');
    await page.fill('#lp-c', '1');
    await expect.poll(() => resultValue(page, 'Critical overpotential')).toBe('15.6');
    // the same flaw in nm
    await page.fill('#lp-c', '1000');
    await page.selectOption('select[aria-label^="Flaw length"]', 'nm');
    await expect.poll(() => resultValue(page, 'Critical overpotential')).toBe('15.6');
    // a penny-shaped crack has Y = 2/π, so a higher critical overpotential
    await page.selectOption('#lp-geom', 'penny');
    const penny = crackCriterion({ fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 1, geometryFactor: 2 / Math.PI });
    await expect.poll(() => resultValue(page, 'Critical overpotential')).toBe(formatSig(penny.criticalOverpotentialMV));
    // ν above 1 moves the regime to pressure-driven
    await page.fill('#lp-vp', '26');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/pressure-driven regime/);
    expect(await page.locator('svg.calc-plot').count()).toBe(1);
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('presets fill the material and the link reproduces the calculation', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.locator('select[id$="-preset"]').selectOption('glass');
    await expect.poll(() => page.inputValue('#lp-g')).toBe('8.3');
    expect(await page.inputValue('#lp-k')).toBe('0.23');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/below 2/);
    await page.fill('#lp-gli', '3.4');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/above 2/);
    await page.selectOption('#lp-geom', 'custom');
    await page.fill('#lp-y', '0.9');
    await expect.poll(() => page.url()).toContain('y=0.9');
    const url = page.url();
    const before = await page.locator('.calc-results-table').innerText();
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await again.waitForSelector('.calc-results-table');
    await expect.poll(() => again.locator('.calc-results-table').innerText()).toBe(before);
    expect(await again.inputValue('#lp-geom')).toBe('custom');
    expect(await again.inputValue('#lp-y')).toBe('0.9');
    await page.context().close();
    await again.context().close();
  });

  it('bad input gets a message beside its field and never NaN', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await expectFieldMessages(page, [
      ['lp-g', 'abc', /not a number/, '59.6'],
      ['lp-g', '', /Enter a value/, '59.6'],
      ['lp-gli', '0', /Out of range/, '4.2'],
      ['lp-vp', '-1', /Out of range/, '1.3'],
      ['lp-k', '1e400', /too large|Out of range/, '1'],
      ['lp-c', '0', /Out of range/, '10'],
      ['lp-eta', '1,5', /decimal separator/, '30'],
    ]);
    await page.selectOption('#lp-geom', 'custom');
    await expectFieldMessages(page, [['lp-y', '50', /Out of range/, '1.12']]);
    await page.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const hostile = new URLSearchParams();
    hostile.append('g', '<script>alert(1)</script>');
    hostile.append('k', '1e99999');
    hostile.append('c', '\u202e\u0661\u0662');
    hostile.append('eta', '<img src=x onerror=alert(2)>');
    hostile.append('gli', '4.2');
    hostile.append('gli', '3.4');
    hostile.append('geom', 'triangle');
    hostile.append('cu', '"><svg onload=alert(3)>');
    hostile.append('<b>bold</b>', '1');
    const opened = await openHostile(PATH, hostile);
    const { page } = opened;
    await page.waitForSelector('#lp-g-error');
    expect(await page.locator('#lp-g-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#lp-k-error').innerText()).toMatch(/too large/);
    expect(await page.locator('#lp-c-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#lp-eta-error').innerText()).toMatch(/too long|not a number/);
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    expect(await page.inputValue('#lp-gli')).toBe('4.2');
    expect(await page.inputValue('#lp-geom')).toBe('edge');
    await expectNothingInjected(opened, ['b']);
    await page.context().close();
  });

  it('works from the keyboard: the geometry menu, Tab order and a preset', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.focus('#lp-geom');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#lp-geom')).toBe('penny');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#lp-geom')).toBe('custom');
    // the Y field appears and is next in the Tab order
    await page.waitForSelector('#lp-y');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lp-y');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lp-eta');
    const preset = page.locator('select[id$="-preset"]');
    await preset.focus();
    await preset.selectOption('latp');
    await expect.poll(() => page.inputValue('#lp-k')).toBe('1.1');
    expect(await page.inputValue('#lp-geom')).toBe('edge');
    await expect.poll(() => resultValue(page, 'Critical overpotential')).toBe(formatSig(crackCriterion({ fractureToughnessMPaSqrtM: 1.1, flawSizeUm: 10 }).criticalOverpotentialMV));
    await page.context().close();
  });
});
