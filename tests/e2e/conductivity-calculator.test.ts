// The conductivity calculator in a real browser: typing updates results, a link reproduces the state,
// bad input gets a message by its field, and a hostile link injects nothing.
import { describe, expect, it } from 'vitest';
import { conductivityFromDiffusivity, diffusivityFromConductivity } from '~/lib/conductivity';
import { twoArcPellet } from '~/lib/conductivity-arcs';
import { carriersFromFormula } from '~/lib/conductivity-carriers';
import { denseConductivityFromPorous } from '~/lib/conductivity-porosity';
import { formatSig } from '~/lib/format';
import { hydrated, openPage, useBrowser } from './harness';
import { expectNothingInjected, openHostile } from './hostile';

useBrowser();
const PAGE = '/tools/conductivity/';
const resultFor = (page: import('playwright-core').Page, label: string, unit: string) =>
  page.locator('.calc-results-table tr', { hasText: label }).filter({ hasText: unit }).first().locator('td').first();

describe('conductivity calculator', () => {
  it('computes σ = L/(RA) as you type and keeps the state in the URL', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    await page.getByLabel('Resistance R (bulk, or total from the impedance fit)', { exact: true }).fill('305');
    await page.getByLabel('Thickness L', { exact: true }).fill('1');
    await page.getByLabel('Electrode diameter d', { exact: true }).fill('10');
    // 0.1 cm / (305 Ω × 0.7854 cm²) = 4.17 × 10⁻⁴ S/cm
    await expect.poll(() => resultFor(page, 'Pellet conductivity', 'S/cm').textContent()).toBe('4.17 × 10⁻⁴');
    await expect.poll(() => page.url()).toContain('R=305');
    const url = page.url();
    const again = await openPage(url.slice(url.indexOf('/tools/')));
    await expect.poll(() => resultFor(again, 'Pellet conductivity', 'S/cm').textContent()).toBe('4.17 × 10⁻⁴');
    await page.context().close();
    await again.context().close();
  });

  it('corrects a porous pellet to the dense material by three models, with its limits, and keeps it in the link', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    expect(await page.locator('.calc', { hasText: 'Dense material at' }).count()).toBe(0); // at 100 % nothing to correct
    await page.getByLabel('Resistance R (bulk, or total from the impedance fit)', { exact: true }).fill('305');
    await page.getByLabel('Thickness L', { exact: true }).fill('1');
    await page.getByLabel('Electrode diameter d', { exact: true }).fill('10');
    await page.fill('#cond-rd', '80');
    const table = page.locator('table', { hasText: 'Dense material at 80 %' });
    await table.waitFor();
    const pellet = 0.1 / (305 * Math.PI * 0.5 ** 2); // L/(R A) with L = 1 mm, d = 10 mm
    const expected = denseConductivityFromPorous({ sigmaApparentSPerCm: pellet, relativeDensity: 0.8, archieExponent: 2 });
    for (const [k, m] of expected.models.entries()) {
      expect(await table.locator('tbody tr').nth(k).locator('td').first().innerText()).toBe(`${formatSig(m.sigmaDenseSPerCm)} S/cm`);
    }
    await expect.poll(() => page.url()).toContain('rd=80');
    expect(await page.locator('.calc').innerText()).toMatch(/no longer isolated/);
    await page.fill('#cond-rd', '60');
    await expect.poll(() => page.locator('.calc').innerText()).toMatch(/none of these models holds/);
    await page.fill('#cond-m', '9');
    await expect.poll(() => page.locator('#cond-m-error').innerText()).toMatch(/from 1.5 to 5/);
    await page.fill('#cond-m', '2');
    await page.fill('#cond-rd', '101');
    await expect.poll(() => page.locator('#cond-rd-error').innerText()).toMatch(/1 % to 100 %/);
    const again = await openPage(`${PAGE}?rd=90&m=3`);
    await hydrated(again);
    await again.locator('table', { hasText: 'Dense material at 90 %' }).waitFor();
    expect(await again.locator('table', { hasText: 'Dense material at 90 %' }).innerText()).toContain('m = 3');
    for (const p of [page, again]) await p.context().close();
  });

  it('splits two arcs into bulk, grain-boundary and total σ, and refuses arcs given the wrong way round', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    const section = page.locator('details.calc-section', { hasText: 'Bulk and grain boundaries from two arcs' });
    expect(await section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await section.locator('summary').focus();
    await page.keyboard.press('Enter'); // a reader opens it from the keyboard
    await page.getByLabel('Thickness L', { exact: true }).fill('1');
    await page.getByLabel('Electrode diameter d', { exact: true }).fill('10');
    await page.fill('#cond-Rb', '150');
    await page.fill('#cond-Cg', '4e-9');
    await page.fill('#cond-gs', '3');
    const expected = twoArcPellet({
      bulk: { resistanceOhm: 150, capacitorValue: 1.5e-11, cpeAlpha: 1 },
      grainBoundary: { resistanceOhm: 800, capacitorValue: 4e-9, cpeAlpha: 0.9 },
      thicknessCm: 0.1, areaCm2: Math.PI * 0.5 ** 2, grainSizeUm: 3,
    });
    const row = (label: string) => section.locator('.calc-results-table tr', { hasText: label }).first().locator('td').first();
    await expect.poll(() => row('Bulk conductivity').textContent()).toBe(formatSig(expected.bulkSigmaSPerCm));
    expect(await row('Total conductivity').textContent()).toBe(formatSig(expected.totalSigmaSPerCm));
    expect(await row('Specific grain-boundary conductivity').textContent()).toBe(formatSig(expected.grainBoundarySpecificSigmaSPerCm));
    expect(await row('Electrical grain-boundary thickness').textContent()).toBe(formatSig(expected.grainBoundaryThicknessNm!));
    await expect.poll(() => page.url()).toContain('Rb=150');
    // A link with these keys opens the section by itself and shows the same numbers.
    const url = page.url();
    const again = await openPage(url.slice(url.indexOf('/tools/')));
    await hydrated(again);
    const againSection = again.locator('details.calc-section', { hasText: 'Bulk and grain boundaries from two arcs' });
    await expect.poll(() => againSection.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => againSection.locator('.calc-results-table tr', { hasText: 'Total conductivity' }).first().locator('td').first().textContent())
      .toBe(formatSig(expected.totalSigmaSPerCm));
    // The arcs the wrong way round: the boundary's capacitance at or below the bulk's.
    await page.fill('#cond-Cg', '1e-12');
    await page.fill('#cond-ag', '1');
    await expect.poll(() => page.locator('#cond-Cg-error').textContent()).toMatch(/larger capacitance/);
    expect(await section.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    await page.fill('#cond-ab', '0.3');
    await expect.poll(() => page.locator('#cond-ab-error').textContent()).toMatch(/from 0.5 to 1/);
    for (const p of [page, again]) await p.context().close();
  });

  it('a preset from the data fills both sections and opens them: bulk and total σ of the sol–gel LAGP of review 004', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    await page.locator('select[id$="-preset"]').selectOption('lagp-solgel-two-arcs');
    const arcs = page.locator('details.calc-section', { hasText: 'Bulk and grain boundaries from two arcs' });
    const carriers = page.locator('details.calc-section', { hasText: 'Carriers, diffusion coefficients' });
    await expect.poll(() => arcs.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await carriers.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const row = (section: typeof arcs, label: string) => section.locator('.calc-results-table tr', { hasText: label }).first().locator('td').first();
    // The review's text: 7.76 × 10⁻⁴ S/cm bulk, 4.18 × 10⁻⁴ S/cm total (R rounded to whole ohms).
    await expect.poll(() => row(arcs, 'Bulk conductivity').textContent()).toBe('7.76 × 10⁻⁴');
    expect(await row(arcs, 'Total conductivity').textContent()).toBe('4.17 × 10⁻⁴');
    expect(await row(carriers, 'Molar mass').textContent()).toBe('417.76');
    for (const section of [arcs, carriers]) expect(await section.locator('.calc-field__error').count()).toBe(0);
    await page.context().close();
  });

  it('turns σ into diffusion coefficients and a tracer D* back into σ (Nernst–Einstein, Haven ratio)', async () => {
    const page = await openPage(`${PAGE}?nx=sigma&ns=1e-3&nh=0.5`);
    await hydrated(page);
    const section = page.locator('details.calc-section', { hasText: 'Carriers, diffusion coefficients and mobility' });
    await expect.poll(() => section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const carriers = carriersFromFormula({ formula: 'Li1.3Al0.3Ti1.7(PO4)3', densityGPerCm3: 2.94, ion: 'Li' });
    const common = { carrierConcentrationPerCm3: carriers.carrierConcentrationPerCm3, temperatureK: 298.15, chargeNumber: 1, havenRatio: 0.5 };
    const d = diffusivityFromConductivity({ ...common, sigmaSPerCm: 1e-3 });
    const row = (label: string) => section.locator('.calc-results-table tr', { hasText: label }).first().locator('td').first();
    await expect.poll(() => row('Tracer diffusion coefficient').textContent()).toBe(formatSig(d.tracerDiffusivityCm2PerS));
    expect(await row('Charge diffusion coefficient').textContent()).toBe(formatSig(d.chargeDiffusivityCm2PerS));
    expect(await row('Mobile Li').textContent()).toBe(formatSig(carriers.carrierConcentrationPerCm3));
    // Back the other way: that D* gives the σ we started from.
    await page.locator('#cond-nx').selectOption('tracer');
    await page.fill('#cond-nD', String(d.tracerDiffusivityCm2PerS));
    const back = conductivityFromDiffusivity({ ...common, tracerDiffusivityCm2PerS: d.tracerDiffusivityCm2PerS }).sigmaSPerCm;
    expect(back).toBeCloseTo(1e-3, 12);
    await expect.poll(() => row('Conductivity from the diffusion coefficient').textContent()).toBe(formatSig(back));
    await expect.poll(() => page.url()).toContain('nx=tracer');
    // A formula the parser cannot read, and one without the mobile ion, get a message by the field.
    for (const bad of ['Li(PO4', 'La2Zr2O7', '']) {
      await page.fill('#cond-nf', bad);
      await expect.poll(() => page.locator('#cond-nf-error').textContent()).toMatch(/\w+/);
      expect(await section.innerText()).not.toMatch(/NaN|Infinity|undefined/);
    }
    await page.context().close();
  });

  it('switches units from the keyboard', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    await page.getByLabel('Resistance R (bulk, or total from the impedance fit)', { exact: true }).fill('0.305');
    const unit = page.getByLabel('Resistance R (bulk, or total from the impedance fit): unit');
    await unit.focus();
    await unit.selectOption('kohm');
    await page.getByLabel('Thickness L', { exact: true }).fill('1');
    await page.getByLabel('Electrode diameter d', { exact: true }).fill('10');
    await expect.poll(() => resultFor(page, 'Pellet conductivity', 'S/cm').textContent()).toBe('4.17 × 10⁻⁴');
    await page.context().close();
  });

  it('puts a message beside a bad field and never shows NaN or Infinity', async () => {
    const page = await openPage(PAGE);
    await hydrated(page);
    for (const bad of ['', 'abc', '-5', '0', '1e999']) {
      await page.getByLabel('Thickness L', { exact: true }).fill(bad);
      await expect.poll(() => page.locator('#cond-L-error').textContent()).toMatch(/\w+/);
      const text = (await page.locator('form.calc').textContent()) ?? '';
      expect(text).not.toMatch(/NaN|Infinity|undefined/);
    }
    await page.context().close();
  });

  it('survives a hostile link: no injection, no dialog, a clear message', async () => {
    const hostile = new URLSearchParams();
    hostile.append('R', '<img src=x onerror=alert(1)>');
    hostile.append('L', '1e308');
    hostile.append('L', '2');
    hostile.append('Ru', '"><script>alert(1)</script>');
    hostile.append('d', '１２３');
    hostile.append('nf', '<svg onload=alert(1)>');
    hostile.append('Cg', 'javascript:alert(1)');
    hostile.append('nx', 'constructor');
    for (let i = 0; i < 2000; i++) hostile.append(`k${i}`, 'x');
    const opened = await openHostile(PAGE, hostile.toString().slice(0, 7000));
    const { page } = opened;
    await expect.poll(() => page.locator('.calc-url-error').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#cond-R-error').textContent()).toMatch(/not a number/);
    await expect.poll(() => page.locator('#cond-Cg-error').textContent()).toMatch(/not a number/);
    await expect.poll(() => page.locator('#cond-nf-error').textContent()).toMatch(/\w+/);
    await expectNothingInjected(opened);
    await page.context().close();
  });

  it('explains itself when JavaScript is off', async () => {
    const page = await openPage(PAGE, { javaScriptEnabled: false });
    await expect.poll(() => page.locator('.calc-noscript').textContent()).toContain('needs JavaScript');
    await page.context().close();
  });
});
