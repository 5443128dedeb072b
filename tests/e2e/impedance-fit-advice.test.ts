// The impedance workbench on a spectrum with fewer arcs than its default circuit: it names the arc the data do not
// determine, says why no conductivity rests on it, and fits the simpler circuit on one press; the "only the arcs"
// zoom keeps every arc of the fit in view.
import { describe, expect, it } from 'vitest';
import { hydrated, openPage, useBrowser } from './harness';

useBrowser();

/** Fits run in a worker and take their time on a busy machine: wait for conditions, generously. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });
const ONE_ARC = 'tests/fixtures/eis/Circuit2_EIS_1.z';

describe('impedance workbench: arcs the data do not determine', () => {
  it('names the spare arc, refuses conductivities from it by name, and fits the circuit without it on one press', async () => {
    const page = await openPage('tools/impedance/');
    await hydrated(page);
    await page.setInputFiles('#eis-data-file', ONE_ARC);
    const status = () => page.locator('.eis-status').innerText();
    await poll(status).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to Circuit2_EIS_1\.z/);
    const advice = page.locator('.eis-advice');
    await poll(() => advice.innerText()).toMatch(/^The data do not determine R[12]‖CPE[12]: /);
    expect(await page.locator('.calc-results .calc-field__error').innerText()).toMatch(/^The conductivities cannot be worked out from this fit: R[12]‖CPE[12] is not determined by the data/);
    const button = advice.getByRole('button', { name: /^Fit R0-p\(R[12],CPE[12]\)-CPE3$/ });
    const simpler = (await button.innerText()).replace(/^Fit /, '');
    // The simpler circuit's fit came with the first one: from the press on, the status never says "Fitting…".
    await page.locator('.eis-status').evaluate((el) => {
      const seen: string[] = ((window as unknown as { statusSeen: string[] }).statusSeen = []);
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await button.click();
    expect(await page.locator('#eis-c').inputValue()).toBe(simpler);
    await poll(status).toMatch(new RegExp(`^Fitted ${simpler.replace(/[()]/g, '\\$&')} to Circuit2_EIS_1\\.z: converged`));
    const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => text.startsWith('Fitting'))).toEqual([]);
    expect(await advice.count()).toBe(0);
    // The one arc runs from about 150 to 650 Ω: its resistance is about 500 Ω, a grain-boundary arc by its capacitance.
    const rgb = page.locator('.eis-sigma tr', { hasText: 'Grain-boundary resistance' }).locator('td').first();
    await poll(async () => Number((await rgb.innerText()).replace(/[^\d.]/g, ''))).toBeGreaterThan(400);
    expect(Number((await rgb.innerText()).replace(/[^\d.]/g, ''))).toBeLessThan(600);
    // The zoom's limit covers the whole arc (about 650 Ω), not just the resistance assigned to the sample.
    expect(await page.locator('.eis-zoom').innerText()).toMatch(/Z′ up to (7[0-9]{2}|[6-9][0-9]{2}) Ω/);
    await page.context().close();
  });

  it('says what is missing when the pellet geometry is not valid, instead of leaving the arcs out silently', async () => {
    const page = await openPage('tools/impedance/');
    await hydrated(page);
    await page.locator('.eis-sigma').waitFor();
    await page.getByLabel('Pellet thickness L', { exact: false }).first().fill('abc');
    await poll(() => page.locator('.calc-results').innerText()).toMatch(/The arcs' assignments and the conductivities need the pellet's thickness and area: correct them above\./);
    expect(await page.locator('.eis-sigma').count()).toBe(0);
    await page.context().close();
  });
});
