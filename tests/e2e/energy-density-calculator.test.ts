// Energy-density calculator on its Tools page: typing, presets, the formula helper, URL round trip,
// hostile links, keyboard use.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cellEnergyDensity, separatorThicknessForTarget, type CellStack } from '~/lib/energy-density';
import { electrolyteCost } from '~/lib/energy-density-cost';
import { formatSig } from '~/lib/format';
import { LI_S_STACK } from '~/lib/worked-stacks';
import { foreignRequestsOf, hydrated, openPage, useBrowser } from './harness';
import { expectCleanCalculator, expectFieldMessages, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/energy-density/';

/** The defaults of the calculator: the NCM811 stack of the "From material to cell" chapter. */
const DEFAULT_STACK: CellStack = {
  cathode: { activeLoadingMgPerCm2: 15, specificCapacityMahPerG: 200, averageVoltageV: 3.8, activeMassFraction: 0.7, activeDensityGPerCm3: 4.8, inactiveDensityGPerCm3: 3.04, porosity: 0.1 },
  separator: { thicknessUm: 20, densityGPerCm3: 3.4 },
  anode: { type: 'lithium', excessRatio: 1 },
};

async function resultValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.calc-results-table tr', { hasText: label }).first();
  return (await row.locator('td').first().innerText()).trim();
}

describe('energy-density calculator', () => {
  it('computes Wh/kg and Wh/L as you type', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    const r = cellEnergyDensity(DEFAULT_STACK);
    expect(await resultValue(page, 'Gravimetric')).toBe(formatSig(r.gravimetricWhPerKg));
    expect(await resultValue(page, 'Volumetric')).toBe(formatSig(r.volumetricWhPerL));
    expect(await page.locator('.calc-mass-table tbody tr').count()).toBe(5);
    // a 0.3 mm separator, typed in mm
    await page.fill('#ed-st', '0.3');
    await page.selectOption('select[aria-label^="Separator thickness"]', 'mm');
    const thick = cellEnergyDensity({ ...DEFAULT_STACK, separator: { thicknessUm: 300, densityGPerCm3: 3.4 } });
    await expect.poll(() => resultValue(page, 'Gravimetric')).toBe(formatSig(thick.gravimetricWhPerKg));
    // packaging
    await page.fill('#ed-pm', '20');
    await expect.poll(() => resultValue(page, 'Gravimetric')).toBe(formatSig(thick.gravimetricWhPerKg * 0.8));
    expect(await page.locator('.calc-mass-table tbody tr').count()).toBe(6);
    expect(await page.locator('svg.calc-plot').count()).toBe(2);
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('presets reproduce the separator limits of review 004 with the assumed cathodes', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    const preset = page.locator('select[id$="-preset"]');
    await preset.selectOption('li-ncm811-lagp-004');
    const ncm: CellStack = {
      cathode: { activeLoadingMgPerCm2: 25, specificCapacityMahPerG: 200, averageVoltageV: 3.8, activeMassFraction: 0.9, activeDensityGPerCm3: 4.75, inactiveDensityGPerCm3: 2.0, porosity: 0.1 },
      separator: { thicknessUm: 40, densityGPerCm3: 3.43 },
      anode: { type: 'lithium', excessThicknessUm: 20 },
    };
    const t = separatorThicknessForTarget(ncm, 400);
    expect(t.reachable).toBe(true);
    if (t.reachable) {
      await expect.poll(() => resultValue(page, 'Largest separator for 400')).toBe(formatSig(t.thicknessUm));
      expect(Math.abs(t.thicknessUm - 40)).toBeLessThan(4);
    }
    await preset.selectOption('li-lfp-lagp-004');
    await expect.poll(() => resultValue(page, 'Largest separator for 300')).toMatch(/^3[5-9]\.\d$/);
    // an unreachable target says why
    await page.fill('#ed-tgt', '2000');
    await expect.poll(() => page.locator('.calc-target').innerText()).toMatch(/Even without a separator/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('the Li–S preset counts the cycled lithium once, in the anode, and refuses an anode-free sulfur cell', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.locator('select[id$="-preset"]').selectOption('li-s-sulfide');
    const r = cellEnergyDensity(LI_S_STACK);
    await expect.poll(() => resultValue(page, 'Gravimetric')).toBe(formatSig(r.gravimetricWhPerKg));
    expect(await resultValue(page, 'Volumetric')).toBe(formatSig(r.volumetricWhPerL));
    expect(await page.locator('.calc-results').innerText()).toMatch(/counted once, in the anode/);
    expect(await page.locator('.calc-results').innerText()).toMatch(/thicknesses in the charged state, the larger of the two/);
    // anode-free with a sulfur cathode: refused beside the N/P field
    await page.fill('#ed-xr', '0');
    await expect.poll(() => page.locator('#ed-xr-error').innerText()).toMatch(/no lithium to cycle/);
    expect(await page.locator('.calc-results-table').count()).toBe(0);
    // a lithiated cathode with the same anode-free cell is fine
    await page.selectOption('#ed-ck', 'lith');
    await expect.poll(() => page.locator('#ed-xr-error').count()).toBe(0);
    await expect.poll(() => resultValue(page, 'N/P ratio')).toBe('0');
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('graphite anode, pressure fixture and electrolyte cost', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.selectOption('#ed-an', 'gr');
    await page.fill('#ed-np', '1.1');
    const gr = cellEnergyDensity({ ...DEFAULT_STACK, anode: { type: 'graphite', npRatio: 1.1 } });
    await expect.poll(() => resultValue(page, 'Gravimetric energy density')).toBe(formatSig(gr.gravimetricWhPerKg));
    await page.fill('#ed-fx', '7.9');
    const fx = cellEnergyDensity({ ...DEFAULT_STACK, anode: { type: 'graphite', npRatio: 1.1 }, packaging: { fixtureMassGPerCm2: 7.9, fixtureRepeatUnits: 10 } });
    await expect.poll(() => resultValue(page, 'Gravimetric energy density')).toBe(formatSig(fx.gravimetricWhPerKg));
    expect(await resultValue(page, 'without the pressure fixture')).toBe(formatSig(gr.gravimetricWhPerKg));
    await page.fill('#ed-fn', '2.5');
    await expect.poll(() => page.locator('#ed-fn-error').innerText()).toMatch(/whole number/);
    await page.fill('#ed-fn', '10');
    await page.fill('#ed-ew', '26.1');
    const c = electrolyteCost({ thicknessUm: 20, densityGPerCm3: 3.4, priceUsdPerKg: 50, arealEnergyMWhPerCm2: gr.arealEnergyMWhPerCm2, elementMassFraction: 0.261 });
    await expect.poll(() => resultValue(page, 'cost per area')).toBe(formatSig(c.costUsdPerM2));
    expect(await resultValue(page, 'cost per energy')).toBe(formatSig(c.costUsdPerKWh));
    expect(await resultValue(page, 'costly element')).toBe(formatSig(c.elementBreakEvenPriceUsdPerKg!));
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('an old link with the lithium excess (xr) gives the same result as before: N/P of a lithiated cathode', async () => {
    const page = await openPage(`${PATH}?lx=ratio&xr=2&pv=off`);
    await hydrated(page);
    const r = cellEnergyDensity({ ...DEFAULT_STACK, anode: { type: 'lithium', excessRatio: 2 }, volumeState: 'discharged' });
    // The link hydrates the calculator at once; until then the page shows its default (N/P = 1).
    await expect.poll(() => resultValue(page, 'N/P ratio')).toBe('2');
    expect(await resultValue(page, 'Volumetric')).toBe(formatSig(r.volumetricWhPerL));
    await page.context().close();
  });

  it('the formula helper fills in the specific capacity', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.fill('#ed-ff', 'LiFePO4');
    await page.click('text=Use as specific capacity');
    await expect.poll(() => page.inputValue('#ed-q')).toBe('169.9');
    await page.fill('#ed-ff', 'Xq2<b>');
    await expect.poll(() => page.locator('#ed-ff-error').innerText()).toMatch(/.+/);
    expect(await page.isDisabled('text=Use as specific capacity')).toBe(true);
    expect(await page.locator('.calc b').count()).toBe(0);
    await page.context().close();
  });

  it('reloading the link reproduces the calculation', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.selectOption('#ed-cm', 'cap');
    await page.fill('#ed-qa', '4.2');
    await page.selectOption('#ed-lx', 'thick');
    await page.fill('#ed-xt', '30');
    await page.fill('#ed-sx', '150');
    await expect.poll(() => page.url()).toContain('sx=150');
    const url = page.url();
    const before = await page.locator('.calc-results').innerText();
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await again.waitForSelector('.calc-results-table');
    await expect.poll(() => again.locator('.calc-results').innerText()).toBe(before);
    expect(await again.inputValue('#ed-xt')).toBe('30');
    await page.context().close();
    await again.context().close();
  });

  it('bad input gets a message beside its field and never NaN', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    const cases: [string, string, RegExp, string][] = [
      ['ed-ml', 'ten', /not a number/, '15'],
      ['ed-ml', '0', /Out of range/, '15'],
      ['ed-q', '', /Enter a value/, '200'],
      ['ed-wa', '120', /Out of range/, '70'],
      ['ed-ph', '95', /Out of range/, '10'],
      ['ed-st', '-5', /Out of range/, '20'],
      ['ed-sd', '1e999', /too large/, '3.4'],
      ['ed-pm', '99', /Out of range/, '0'],
      ['ed-tgt', '0', /Out of range/, '300'],
      ['ed-sx', '1,000', /decimal separator/, '300'],
    ];
    await expectFieldMessages(page, cases);
    // a Li–In anode with a cathode voltage below 0.62 V: the library's message beside the voltage field
    await page.selectOption('#ed-an', 'liin');
    await page.fill('#ed-V', '0.5');
    await expect.poll(() => page.locator('#ed-V-error').innerText()).toMatch(/0\.62/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const q = new URLSearchParams();
    q.append('ml', '<script>alert(1)</script>');
    q.append('q', '9'.repeat(39));
    q.append('ff', '<img src=x onerror=alert(2)>');
    q.append('V', '٣.٨');
    q.append('st', '1e308');
    q.append('an', '<svg onload=alert(3)>');
    q.append('ck', 'lithiated');
    q.append('pv', '"><b>x</b>');
    q.append('fx', '-1');
    q.append('tgt', '400');
    q.append('tgt', '100');
    q.append('javascript:alert(4)', '1');
    const opened = await openHostile(PATH, q);
    const { page } = opened;
    await page.waitForSelector('#ed-ml-error');
    expect(await page.locator('#ed-ml-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#ed-q-error').innerText()).toMatch(/Out of range/);
    expect(await page.locator('#ed-ff-error').innerText()).toMatch(/.+/);
    expect(await page.locator('#ed-V-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#ed-st-error').innerText()).toMatch(/Out of range/);
    expect(await page.inputValue('#ed-an')).toBe('li');
    expect(await page.inputValue('#ed-ck')).toBe('lith');
    expect(await page.inputValue('#ed-pv')).toBe('on');
    expect(await page.locator('#ed-fx-error').innerText()).toMatch(/Out of range/);
    expect(await page.inputValue('#ed-tgt')).toBe('400');
    expect(await page.locator('#ed-tgt-error').innerText()).toMatch(/"Target gravimetric energy density" more than once/);
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    await expectNothingInjected(opened);
    await page.context().close();
    // 2000 parameters, over the length limit: ignored as a whole
    const long = await openPage(`${PATH}?${Array.from({ length: 2000 }, (_, k) => `st=${k}`).join('&')}`);
    await long.waitForSelector('.calc-url-error');
    expect(await long.locator('.calc-url-error').innerText()).toMatch(/too long/);
    expect(await long.inputValue('#ed-st')).toBe('20');
    await expectCleanCalculator(long);
    await long.context().close();
  });

  it('works from the keyboard', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.focus('#ed-an');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#ed-an')).toBe('liin');
    await expect.poll(() => resultValue(page, 'Cell voltage')).toBe('3.18');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ed-np');
    await page.keyboard.press('End');
    await page.keyboard.type('2');
    await expect.poll(() => page.inputValue('#ed-np')).toBe('12');
    await page.context().close();
  });
});
