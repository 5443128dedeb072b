// Space-charge calculator on its Tools page: typing, URL round trip, hostile links, keyboard use.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatSig } from '~/lib/format';
import { debyeLength, mottSchottkyWidth } from '~/lib/space-charge';
import { spaceChargeProfile } from '~/lib/space-charge-pb';
import { foreignRequestsOf, hydrated, openPage, useBrowser } from './harness';
import { expectCleanCalculator, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/space-charge/';
const T25 = 298.15;

/** The text of the results table row whose label starts with `label`. */
async function resultValue(page: Page, label: string): Promise<string> {
  const row = page.locator('.calc-results-table tr', { hasText: label }).first();
  return (await row.locator('td').first().innerText()).trim();
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await page.fill(`#${id}`, text);
}

/** No NaN, Infinity or raw exception text anywhere in the calculator. */
describe('space-charge calculator', () => {
  it('computes the Debye length and the Mott–Schottky width as you type', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    // defaults: the sulfide example of the chapter
    const one = debyeLength({ relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: T25, chargeNumber: 1, convention: 'one-species' });
    expect(await resultValue(page, 'Debye length λ, one mobile species')).toBe(formatSig(one.debyeLengthNm));
    // the LAGP estimate: εr = 10, N = 1e20 cm⁻³, ΔΦ = 1 V → 3.3 nm
    await typeInto(page, 'sc-er', '10');
    await typeInto(page, 'sc-c', '1e20');
    await typeInto(page, 'sc-dphi', '1');
    const w = mottSchottkyWidth({ relativePermittivity: 10, concentrationPerCm3: 1e20, temperatureK: T25, chargeNumber: 1, potentialStepV: 1 });
    await expect.poll(() => resultValue(page, 'Mott–Schottky width')).toBe(formatSig(w.widthNm));
    expect(formatSig(w.widthNm, 2)).toBe('3.3');
    // the same concentration in m⁻³ gives the same width
    await typeInto(page, 'sc-c', '1e26');
    await page.selectOption('select[aria-label^="Concentration"]', 'm3');
    await expect.poll(() => resultValue(page, 'Mott–Schottky width')).toBe(formatSig(w.widthNm));
    // and in kelvin
    await typeInto(page, 'sc-T', '298.15');
    await page.selectOption('select[aria-label^="Temperature"]', 'K');
    await expect.poll(() => resultValue(page, 'Debye length λ, two')).toBe(
      formatSig(debyeLength({ relativePermittivity: 10, concentrationPerCm3: 1e20, temperatureK: T25, chargeNumber: 1, convention: 'two-species' }).debyeLengthNm),
    );
    expect(await page.locator('svg.calc-plot').count()).toBe(2);
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('reloading the link reproduces the calculation', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await typeInto(page, 'sc-er', '12.5');
    await typeInto(page, 'sc-c', '3e18');
    await typeInto(page, 'sc-phi0', '-0.2');
    await page.selectOption('#sc-conv', 'two');
    await expect.poll(() => page.url()).toContain('conv=two');
    const url = page.url();
    expect(url).toContain('er=12.5');
    const before = await page.locator('.calc-results-table').innerText();
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await again.waitForSelector('.calc-results-table');
    await expect.poll(() => again.locator('.calc-results-table').innerText()).toBe(before);
    expect(await again.inputValue('#sc-phi0')).toBe('-0.2');
    expect(await again.locator('.calc-results-table tr', { hasText: 'your choice' }).innerText()).toContain('two mobile species');
    await page.context().close();
    await again.context().close();
  });

  it('bad input gets a message beside its field and never NaN', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    const cases: [string, string, RegExp][] = [
      ['sc-er', 'abc', /not a number/],
      ['sc-er', '', /Enter a value/],
      ['sc-er', '0.5', /Out of range/],
      ['sc-c', '-1e19', /Out of range/],
      ['sc-c', '1e400', /too large/],
      ['sc-T', '-300', /Out of range/],
      ['sc-z', '1.5', /whole number/],
      ['sc-dphi', '0', /non-zero/],
      ['sc-phi0', '1,5', /decimal separator/],
    ];
    for (const [id, text, message] of cases) {
      await typeInto(page, id, text);
      const error = page.locator(`#${id}-error`);
      await expect.poll(() => error.innerText()).toMatch(message);
      expect(await page.getAttribute(`#${id}`, 'aria-invalid')).toBe('true');
      expect(await page.getAttribute(`#${id}`, 'aria-describedby')).toContain(`${id}-error`);
      await expectCleanCalculator(page);
      await typeInto(page, id, { 'sc-er': '30', 'sc-c': '1e19', 'sc-T': '25', 'sc-z': '1', 'sc-dphi': '0.5', 'sc-phi0': '0.1' }[id]!);
    }
    // a surface potential so large that the Boltzmann factors overflow: a message, not a crash
    await typeInto(page, 'sc-T', '1');
    await page.selectOption('select[aria-label^="Temperature"]', 'K');
    await typeInto(page, 'sc-phi0', '10');
    await expect.poll(() => page.locator('#sc-phi0-error').innerText()).toMatch(/too large|overflow/);
    await expectCleanCalculator(page);
    // the lattice-scale warning fires for the full Li content of a superionic conductor
    await page.selectOption('select[aria-label^="Temperature"]', 'C');
    await typeInto(page, 'sc-T', '25');
    await typeInto(page, 'sc-phi0', '0.1');
    await typeInto(page, 'sc-c', '1e22');
    await expect.poll(() => page.locator('.calc-warnings').innerText()).toMatch(/lattice spacing/);
    await page.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const hostile = new URLSearchParams();
    hostile.append('er', '<script>alert(1)</script>');
    hostile.append('c', '1e99999');
    hostile.append('T', '\u202e\u0661\u0662');
    hostile.append('z', '😀');
    hostile.append('dphi', '<img src=x onerror=alert(2)>');
    hostile.append('phi0', '0.1');
    hostile.append('phi0', '0.2');
    hostile.append('conv', 'three');
    hostile.append('cu', '"><svg onload=alert(3)>');
    hostile.append('pm', '<i>one</i>');
    hostile.append('stat', 'lattice');
    hostile.append('N', '1e22<script>');
    hostile.append('<b>bold</b>', '1');
    hostile.append('x'.repeat(500), '1');
    const opened = await openHostile(PATH, hostile);
    const { page } = opened;
    await page.waitForSelector('#sc-er-error');
    expect(await page.locator('#sc-er-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#sc-c-error').innerText()).toMatch(/too large/);
    expect(await page.locator('#sc-T-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#sc-z-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#sc-dphi-error').innerText()).toMatch(/too long|not a number/);
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    expect(await page.inputValue('#sc-phi0')).toBe('0.1');
    expect(await page.inputValue('#sc-conv')).toBe('one');
    expect(await page.inputValue('#sc-pm')).toBe('two');
    expect(await page.locator('#sc-N-error').innerText()).toMatch(/not a number/);
    await expectNothingInjected(opened, ['b', 'i']);
    await page.context().close();
  });

  it('a link with 2000 parameters is read safely', async () => {
    // 2000 repeats of one key, over the 8000-character limit: ignored as a whole, with a message
    const long = await openPage(`${PATH}?${Array.from({ length: 2000 }, (_, k) => `er=${k}`).join('&')}`);
    await long.waitForSelector('.calc-url-error');
    expect(await long.locator('.calc-url-error').innerText()).toMatch(/too long/);
    expect(await long.inputValue('#sc-er')).toBe('30');
    await long.waitForSelector('.calc-results-table');
    await expectCleanCalculator(long);
    await long.context().close();
    // 2000 short parameters under the limit: the first value of a repeated key is used, and the reader is told
    const many = await openPage(`${PATH}?${Array.from({ length: 2000 }, (_, k) => (k % 2 ? `z=${k % 7}` : 'q')).join('&')}`);
    await many.waitForSelector('.calc-url-error');
    expect(await many.locator('.calc-url-error').innerText()).toMatch(/1000 setting\(s\) this calculator does not know/);
    expect(await many.locator('#sc-z-error').innerText()).toMatch(/"Charge number" more than once/);
    expect(await many.inputValue('#sc-z')).toBe('1');
    await expectCleanCalculator(many);
    await many.context().close();
  });

  it('works from the keyboard: presets and the convention menu', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.focus('#sc-conv');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#sc-conv')).toBe('two');
    await expect.poll(() => page.locator('.calc-results-table tr', { hasText: 'your choice' }).innerText()).toContain('two mobile species');
    // Tab moves on to the next control
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sc-dphi');
    // preset chosen with the keyboard
    const preset = page.locator('select[id$="-preset"]');
    await preset.focus();
    await preset.selectOption('lagp-cathode-mott-schottky');
    await expect.poll(() => resultValue(page, 'Mott–Schottky width')).toBe('3.32');
    expect(await page.inputValue('#sc-er')).toBe('10');
    await page.context().close();
  });

  it('a tiny concentration gets a reader message, and a small one shows lengths in µm', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await typeInto(page, 'sc-c', '100');
    await expect.poll(() => page.locator('#sc-c-error').innerText()).toMatch(/from 10¹⁰ to 10²⁵ cm⁻³.*wider than/);
    const text = await page.locator('.calc').innerText();
    expect(text).not.toMatch(/distancesNm|out of range…|e\+\d|k_B|_sc/);
    await typeInto(page, 'sc-c', '1e10');
    const one = debyeLength({ relativePermittivity: 30, concentrationPerCm3: 1e10, temperatureK: T25, chargeNumber: 1, convention: 'one-species' });
    await expect.poll(() => resultValue(page, 'Debye length λ, one mobile species')).toBe(formatSig(one.debyeLengthNm / 1000));
    const row = page.locator('.calc-results-table tr', { hasText: 'Debye length λ, one mobile species' }).first();
    expect(await row.locator('td').nth(1).innerText()).toBe('µm');
    expect(await page.locator('svg.calc-plot').count()).toBe(2);
    expect(await page.locator('svg.calc-plot').first().getAttribute('aria-label')).toContain('µm');
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('one mobile species: capacitance and space-charge resistance against the bulk, and the lattice gas', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.selectOption('#sc-pm', 'one');
    await page.selectOption('#sc-sign', 'neg');
    await typeInto(page, 'sc-phi0', '-0.3');
    await typeInto(page, 'sc-sig', '1');
    await page.selectOption('select[aria-label^="Bulk conductivity"]', 'mS_cm');
    const m = { relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: T25, chargeNumber: 1 };
    const r = spaceChargeProfile({ ...m, surfacePotentialV: -0.3, model: 'one-species', carrierSign: -1, bulkConductivitySPerCm: 1e-3, distancesNm: [0] });
    await expect.poll(() => resultValue(page, 'Space-charge resistance')).toBe(formatSig(r.resistanceOhmCm2!));
    expect(await resultValue(page, 'Space-charge capacitance')).toBe(formatSig(r.capacitanceFPerCm2 * 1e6));
    expect(await resultValue(page, 'Bulk area-specific resistance')).toBe('10');
    expect(await page.locator('.calc-results-table').innerText()).toContain('Apex frequency');
    await expect.poll(() => page.url()).toContain('pm=one');
    // lattice gas: the site density field appears; a site density below c∞ gets a message beside it
    await page.selectOption('#sc-stat', 'lattice');
    await page.waitForSelector('#sc-N');
    await typeInto(page, 'sc-N', '1e18');
    await expect.poll(() => page.locator('#sc-N-error').innerText()).toMatch(/site density must exceed/);
    expect(await page.getAttribute('#sc-N', 'aria-invalid')).toBe('true');
    await typeInto(page, 'sc-N', '1e22');
    await typeInto(page, 'sc-phi0', '-0.4');
    await page.selectOption('#sc-sign', 'pos');
    await expect.poll(() => page.locator('.calc-warnings').innerText()).toMatch(/fill .* % of the sites/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('the profile model and statistics menus work from the keyboard', async () => {
    const page = await openPage(PATH);
    await hydrated(page);
    await page.focus('#sc-pm');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#sc-pm')).toBe('one');
    await page.waitForSelector('#sc-sign');
    await page.focus('#sc-stat');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#sc-stat')).toBe('lattice');
    await page.waitForSelector('#sc-N');
    await page.focus('#sc-N');
    await page.keyboard.press('End');
    await page.keyboard.type('0');
    await expect.poll(() => page.inputValue('#sc-N')).toBe('1e220');
    await expect.poll(() => page.locator('#sc-N-error').innerText()).toMatch(/Out of range/);
    await page.context().close();
  });
});
