// Calculators hydrate on first use (client:interact, src/integrations/client-interact-directive.ts):
// not while the page loads, at once for a shared link, and without losing what the reader typed,
// pasted, chose or pressed while their code was still on its way. Every "before hydration" case holds
// the island's code back on purpose (an intercepted request), so none depends on the machine's speed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { isHydrated, openPage, openPageHoldingCode, scrollToView, settled, useBrowser, type HeldCode } from './harness';

useBrowser();

interface Case {
  name: string;
  path: string;
  /** The island's own module. */
  code: RegExp;
  /** A text field, its URL key and a value other than its default. */
  field: { selector: string; key: string; value: string };
  /** A menu and its URL key (a value other than the current one is picked). */
  select: { selector: string; key: string };
}

const CALCULATORS: Case[] = [
  { name: 'conductivity', path: '/tools/conductivity/', code: /ConductivityCalculator\.[^/]*\.js$/, field: { selector: '#cond-R', key: 'R', value: '305' }, select: { selector: '#cond-geom', key: 'geom' } },
  { name: 'Arrhenius', path: '/tools/arrhenius/', code: /ArrheniusCalculator\.[^/]*\.js$/, field: { selector: '#arr-pts', key: 'pts', value: '25, 1e-4\n50, 4e-4\n80, 1.2e-3' }, select: { selector: '#arr-form', key: 'form' } },
  { name: 'space charge', path: '/tools/space-charge/', code: /SpaceChargeCalculator\.[^/]*\.js$/, field: { selector: '#sc-er', key: 'er', value: '42' }, select: { selector: '#sc-conv', key: 'conv' } },
  { name: 'energy density', path: '/tools/energy-density/', code: /EnergyDensityCalculator\.[^/]*\.js$/, field: { selector: '#ed-ml', key: 'ml', value: '12' }, select: { selector: '#ed-an', key: 'an' } },
  { name: 'synthesis', path: '/tools/synthesis/', code: /SynthesisCalculator\.[^/]*\.js$/, field: { selector: '#syn-m', key: 'm', value: '25' }, select: { selector: '#syn-xon', key: 'xon' } },
  { name: 'impedance workbench', path: '/tools/impedance/', code: /ImpedanceWorkbench\.[^/]*\.js$/, field: { selector: '#eis-c', key: 'c', value: 'R0-p(R1,CPE1)-CPE2' }, select: { selector: '#eis-w', key: 'w' } },
  { name: 'lithium penetration', path: '/tools/lithium-penetration/', code: /LithiumPenetrationCalculator\.[^/]*\.js$/, field: { selector: '#lp-g', key: 'g', value: '42' }, select: { selector: '#lp-geom', key: 'geom' } },
  { name: 'rate and temperature', path: '/tools/rate-and-temperature/', code: /PowerChainCalculator\.[^/]*\.js$/, field: { selector: '#pc-t', key: 't', value: '12' }, select: { selector: '#pc-form', key: 'form' } },
];

const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const SELECT_ALL = process.platform === 'darwin' ? 'Meta+A' : 'Control+A';

/** Release the held code and wait until the island has hydrated. */
async function releaseAndHydrate(page: Page, held: HeldCode): Promise<void> {
  expect(await isHydrated(page)).toBe(false);
  held.release();
  await expect.poll(() => isHydrated(page)).toBe(true);
}

/** A value of the menu other than the one it shows. */
const otherOption = (page: Page, selector: string) =>
  page.$eval(selector, (el) => { const s = el as HTMLSelectElement; return [...s.options].find((o) => o.value && o.value !== s.value)!.value; });

describe('hydration on first use', () => {
  it('shows the server-rendered result at load, fetches the code when idle, and hydrates when the reader reaches for the calculator', async () => {
    const { page, held } = await openPageHoldingCode('/tools/conductivity/', CALCULATORS[0]!.code);
    await held.requested; // fetched while idle, before any use
    held.release();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await isHydrated(page)).toBe(false);
    await expect(page.locator('.calc-results-table tr', { hasText: 'Pellet conductivity' }).first().innerText()).resolves.toMatch(/×/);
    await page.getByLabel('Thickness L', { exact: true }).focus();
    await expect.poll(() => isHydrated(page)).toBe(true);
    await page.context().close();
  });

  it('on a chapter, fetches a calculator\'s code only once the reader scrolls within a screen of it', async () => {
    const { page, held } = await openPageHoldingCode('/fundamentals/ion-transport/', CALCULATORS[1]!.code);
    let fetched = false;
    void held.requested.then(() => { fetched = true; });
    const island = page.locator('astro-island .calc').first();
    const screensDown = await island.evaluate((el) => el.getBoundingClientRect().top / innerHeight);
    expect(screensDown, 'the calculator must start more than two screens down for this test').toBeGreaterThan(2);
    await settled(page);
    await settled(page);
    // A request of our own after the idle moments: the browser reports requests in order, so a fetch of the
    // calculator started while idle would have reached the route handler before this one returns.
    await page.evaluate(() => fetch(location.href, { cache: 'no-store' }).then(() => undefined));
    expect(fetched).toBe(false);
    await scrollToView(island);
    await held.requested;
    held.release();
    expect(await isHydrated(page)).toBe(false);
    await page.context().close();
  });

  it('hydrates at once when the link carries a calculation', async () => {
    const page = await openPage('/tools/conductivity/?R=305&L=1&d=10');
    await expect.poll(() => isHydrated(page)).toBe(true);
    const sigma = page.locator('.calc-results-table tr', { hasText: 'Pellet conductivity' }).filter({ hasText: 'S/cm' }).first().locator('td').first();
    await expect.poll(() => sigma.textContent()).toBe('4.17 × 10⁻⁴');
    await page.context().close();
  });

  for (const c of CALCULATORS) {
    describe(`${c.name} calculator, before its code has arrived`, () => {
      it('keeps text typed key by key', async () => {
        const { page, held } = await openPageHoldingCode(c.path, c.code);
        await page.focus(c.field.selector);
        await page.keyboard.press(SELECT_ALL);
        await page.keyboard.type(c.field.value);
        await releaseAndHydrate(page, held);
        await expect.poll(() => urlParam(page, c.field.key)).toBe(c.field.value);
        expect(await page.inputValue(c.field.selector)).toBe(c.field.value);
        await page.context().close();
      });

      it('replaces the whole field when it is filled (select all, then paste)', async () => {
        const { page, held } = await openPageHoldingCode(c.path, c.code);
        await page.fill(c.field.selector, c.field.value);
        await releaseAndHydrate(page, held);
        await expect.poll(() => urlParam(page, c.field.key)).toBe(c.field.value);
        expect(await page.inputValue(c.field.selector)).toBe(c.field.value);
        await page.context().close();
      });

      it('keeps a selection made before hydration, so text pasted after it replaces the field', async () => {
        const { page, held } = await openPageHoldingCode(c.path, c.code);
        await page.focus(c.field.selector);
        await page.keyboard.press(SELECT_ALL);
        await releaseAndHydrate(page, held);
        await page.keyboard.insertText(c.field.value);
        expect(await page.inputValue(c.field.selector)).toBe(c.field.value);
        await expect.poll(() => urlParam(page, c.field.key)).toBe(c.field.value);
        await page.context().close();
      });

      it('keeps a menu choice', async () => {
        const { page, held } = await openPageHoldingCode(c.path, c.code);
        const choice = await otherOption(page, c.select.selector);
        await page.selectOption(c.select.selector, choice);
        await releaseAndHydrate(page, held);
        await expect.poll(() => urlParam(page, c.select.key)).toBe(choice);
        expect(await page.inputValue(c.select.selector)).toBe(choice);
        await page.context().close();
      });

      it('presses a button after the typing that came before it', async () => {
        const { page, held } = await openPageHoldingCode(c.path, c.code);
        await page.fill(c.field.selector, c.field.value);
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: /^Download/ }).first().click();
        await releaseAndHydrate(page, held);
        const file = await (await download).path();
        expect(file).toBeTruthy();
        await expect.poll(() => urlParam(page, c.field.key)).toBe(c.field.value);
        await page.context().close();
      });
    });
  }

  it('synthesis: a precursor added before hydration is there after it, with what was typed into the batch mass', async () => {
    const { page, held } = await openPageHoldingCode('/tools/synthesis/', /SynthesisCalculator\.[^/]*\.js$/);
    const before = await page.locator('input[id^="syn-p"]').count();
    await page.fill('#syn-m', '25');
    await page.getByRole('button', { name: 'Add a precursor' }).click();
    await releaseAndHydrate(page, held);
    await expect.poll(() => page.locator('input[id^="syn-p"]').count()).toBe(before + 1);
    expect(await page.inputValue('#syn-m')).toBe('25');
    await page.context().close();
  });

  it('conductivity: a preset chosen before hydration is loaded, and a value typed after the choice wins over it', async () => {
    const { page, held } = await openPageHoldingCode('/tools/conductivity/', CALCULATORS[0]!.code);
    const preset = page.locator('select[id$="-preset"]');
    const value = await preset.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => o.value)!.value);
    await preset.selectOption(value);
    await page.fill('#cond-j', '0.7');
    await releaseAndHydrate(page, held);
    await expect.poll(() => urlParam(page, 'j')).toBe('0.7');
    expect(await page.inputValue('#cond-j')).toBe('0.7');
    await page.context().close();
  });

  it('explorer: before its code arrives it offers only its toolbar, and "Copy link" pressed then is carried out', async () => {
    const { page, held } = await openPageHoldingCode('/data/explorer/', /DataExplorer\.[^/]*\.js$/);
    // The server render holds no filter a reader could change too early, only the toolbar.
    expect(await page.locator('.xp-host astro-island').locator('input:not([readonly]), select, textarea').count()).toBe(0);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await releaseAndHydrate(page, held);
    await expect.poll(() => page.locator('.calc-toolbar__status').first().textContent()).toMatch(/copied|not allowed/);
    await expect.poll(() => page.locator('.xp-count').count()).toBe(1);
    await page.context().close();
  });
});
