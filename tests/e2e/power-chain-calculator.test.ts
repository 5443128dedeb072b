// Rate-and-temperature (conductivity–power chain) calculator on its Tools page: typing, the verdict when the
// cut-off is reached, URL round trip, hostile links, keyboard use and the plot at phone width.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatSig } from '~/lib/format';
import { powerChain, type PowerChainInput } from '~/lib/power-chain';
import { foreignRequestsOf, hydrated, openPage, useBrowser } from './harness';
import { expectCleanCalculator, expectFieldMessages, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/rate-and-temperature/';

/** The defaults: 30 µm hot-pressed LAGP at −20 °C and 1C (the first preset). */
const DEFAULT: PowerChainInput = {
  activationEnergyEv: 0.41, sigmaRefSPerCm: 3e-4, referenceTemperatureK: 298.15, form: 'sigmaT', temperatureK: 253.15,
  separatorThicknessUm: 30, interfaceAsrRefOhmCm2: 20, interfaceActivationEnergyEv: 0, cRatePerH: 1, arealCapacityMahPerCm2: 3,
  nominalVoltageV: 3.7, ocvSpanV: 0.6, cutoffVoltageV: 3, cellMass: { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: 300 },
};

async function resultValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.calc-results-table tr', { hasText: label }).first();
  return (await row.locator('td').first().innerText()).trim();
}

describe('rate-and-temperature calculator', () => {
  it('shows the LAGP answer at −20 °C and 1C, and follows typing', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    const want = powerChain(DEFAULT);
    expect(await resultValue(page, 'Separator ASR')).toBe(formatSig(want.separatorAsrOhmCm2));
    expect(await resultValue(page, 'of which the separator')).toBe(formatSig(want.separatorOverpotentialV * 1000));
    expect(await resultValue(page, 'Usable energy with a lossless')).toBe(formatSig(100 * want.energyFractionIdealSeparator));
    expect(await page.locator('.calc-results').innerText()).toContain(`the separator costs ${formatSig(want.separatorOverpotentialV * 1000)} mV`);
    // warm the cell to 25 °C: the separator's ASR falls to t/σ_ref = 10 Ω cm²
    await page.fill('#pc-T', '25');
    await expect.poll(() => resultValue(page, 'Separator ASR')).toBe('10');
    // the same temperature in kelvin
    await page.fill('#pc-T', '298.15');
    await page.selectOption('select[aria-label^="Cell temperature"]', 'K');
    await expect.poll(() => resultValue(page, 'Separator ASR')).toBe('10');
    expect(await page.locator('svg.calc-plot').count()).toBe(1);
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('says clearly when the cut-off is reached at once', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.fill('#pc-c', '5');
    const want = powerChain({ ...DEFAULT, cRatePerH: 5 });
    expect(want.state).toBe('none');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/cut-off voltage is reached at once[\s\S]*no usable capacity/);
    expect(await resultValue(page, 'Usable energy')).toBe('0');
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('reloading the link reproduces the calculation, cathode and mass fields included', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.fill('#pc-lc', '60');
    await page.waitForSelector('#pc-ev');
    await page.fill('#pc-ev', '35');
    await page.selectOption('#pc-mb', 'mass');
    await page.fill('#pc-m', '45');
    await page.selectOption('#pc-x', 'c');
    await expect.poll(() => page.url()).toContain('x=c');
    const url = page.url();
    expect(url).toContain('lc=60');
    expect(url).toContain('m=45');
    const before = await page.locator('.calc-results-table').innerText();
    expect(before).toContain('Composite cathode ionic ASR');
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await again.waitForSelector('.calc-results-table');
    await expect.poll(() => again.locator('.calc-results-table').innerText()).toBe(before);
    expect(await again.inputValue('#pc-ev')).toBe('35');
    expect(await again.inputValue('#pc-x')).toBe('c');
    expect(await again.locator('svg.calc-plot').getAttribute('aria-label')).toMatch(/nothing is left above/);
    await page.context().close();
    await again.context().close();
  });

  it('bad input gets a message beside its field and never NaN', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await expectFieldMessages(page, [
      ['pc-ea', 'abc', /not a number/, '0.41'],
      ['pc-s', '', /Enter a value/, '3e-4'],
      ['pc-s', '-1', /Out of range/, '3e-4'],
      ['pc-T', '-300', /Out of range/, '-20'],
      ['pc-t', '0', /Out of range/, '30'],
      ['pc-c', '1e400', /too large/, '1'],
      ['pc-q', '1,5', /decimal separator/, '3'],
      ['pc-dv', '9', /Out of range/, '0.6'],
    ]);
    // a cut-off above the empty cell's open-circuit voltage: the library's message, beside the cut-off field
    await page.fill('#pc-vc', '3.5');
    await expect.poll(() => page.locator('#pc-vc-error').innerText()).toMatch(/cut-off voltage lies above/);
    await expectCleanCalculator(page);
    await page.fill('#pc-vc', '3');
    // an electrolyte that no longer conducts: the message goes to the temperature field
    await page.fill('#pc-ea', '3');
    await page.fill('#pc-T', '-260');
    await expect.poll(() => page.locator('#pc-T-error').innerText()).toMatch(/no longer conducts/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const hostile = new URLSearchParams();
    hostile.append('ea', '<script>alert(1)</script>');
    hostile.append('s', '1e99999');
    hostile.append('T', '\u202e\u0661\u0662');
    hostile.append('c', '<img src=x onerror=alert(2)>');
    hostile.append('q', '3');
    hostile.append('q', '4');
    hostile.append('form', 'sigmaTT');
    hostile.append('Tu', '"><svg onload=alert(3)>');
    hostile.append('<b>bold</b>', '1');
    hostile.append('x'.repeat(500), '1');
    const opened = await openHostile(PATH, hostile);
    const { page } = opened;
    await page.waitForSelector('#pc-ea-error');
    expect(await page.locator('#pc-ea-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#pc-s-error').innerText()).toMatch(/too large/);
    expect(await page.locator('#pc-T-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#pc-c-error').innerText()).toMatch(/too long|not a number/);
    expect(await page.locator('#pc-q-error').innerText()).toMatch(/"Areal capacity" more than once/);
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    expect(await page.inputValue('#pc-q')).toBe('3');
    expect(await page.inputValue('#pc-form')).toBe('sigmaT');
    await expectNothingInjected(opened, ['b']);
    await page.context().close();
  });

  it('works from the keyboard: menus and a preset', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.focus('#pc-form');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#pc-form')).toBe('sigma');
    await expect.poll(() => page.url()).toContain('form=sigma');
    // Tab moves on to the next control, the cell temperature
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pc-T');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await expect.poll(() => page.url()).toContain('T=0');
    // the LFP-type preset chosen from the keyboard: a flat plateau, all or nothing
    const preset = page.locator('select[id$="-preset"]');
    await preset.focus();
    await preset.selectOption('lagp-30um-lfp-minus20');
    await expect.poll(() => page.inputValue('#pc-dv')).toBe('0');
    const want = powerChain({ ...DEFAULT, nominalVoltageV: 3.4, ocvSpanV: 0, cutoffVoltageV: 2.5, cellMass: { kind: 'specific-energy', nominalSpecificEnergyWhPerKg: 250 } });
    await expect.poll(() => resultValue(page, 'Usable capacity')).toBe(formatSig(100 * want.capacityFraction));
    await page.context().close();
  });

  it('the plot fits a 390 px phone with type at least 11 px high', async () => {
    const page = await openPage(PATH);
    await page.setViewportSize({ width: 390, height: 844 });
    const svg = page.locator('svg.calc-plot');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // font-size 15 in a 400-unit-wide viewBox, drawn box.width px wide
    expect((15 * box.width) / 400).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
