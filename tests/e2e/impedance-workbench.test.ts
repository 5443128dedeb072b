// The impedance workbench in a real browser: a real instrument file is read and fitted and its
// conductivities agree with the library; the sample series gives the library's activation energies; a
// link restores the settings (never the data); a hostile link is reported and injects nothing; keyboard
// use; downloads; a binary file is refused beside the file chooser; the plots stay readable on a phone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { areaFromDiameter } from '~/lib/conductivity';
import { parseCircuit } from '~/lib/eis/circuit';
import { fitCircuit } from '~/lib/eis/fit';
import { analysePellet } from '~/lib/eis/material';
import { parseImpedanceFile } from '~/lib/eis/parse/index';
import { SAMPLE_PELLET, sampleTemperatureSeries } from '~/lib/eis/samples';
import { fitTemperatureSeries } from '~/lib/eis/series';
import { formatSig } from '~/lib/format';
import { parsePointsText } from '~/lib/arrhenius-points';
import { foreignRequestsOf, hydrated, openPage, settled, useBrowser } from './harness';

useBrowser();

/** Fits run in a worker and take their time (a series several seconds on a busy machine): wait for conditions, generously. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

const PATH = 'tools/impedance/';
const FIXTURE = 'tests/fixtures/eis/exampleDataPowersuite.txt';
const CIRCUIT = 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3';
const AREA_CM2 = areaFromDiameter({ diameterCm: 1 }).areaCm2; // the default 10 mm electrode

/** No NaN, Infinity, code names or raw exception text anywhere in the workbench. */
async function expectClean(page: Page): Promise<void> {
  const text = await page.locator('.calc').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined|\[object|TypeError|Error:|frequenciesHz|zRealOhm|resistanceOhm|capacitanceF/);
}

/** The value cell of a row of the conductivity table. */
const sigmaCell = (page: Page, label: string) => page.locator('.eis-sigma tr', { hasText: label }).first().locator('td').first();
const status = (page: Page) => page.locator('.eis-status').innerText();
/** The leading number of a text such as "0.301 ± 0.002" or "−1.2 × 10⁻³". */
const leadingNumber = (text: string) => Number(text.replace('−', '-').match(/^-?[\d.]+/)?.[0] ?? 'NaN');

async function ready(page: Page): Promise<void> {
  await hydrated(page);
  await poll(() => status(page)).toMatch(/^Fitted/);
}

describe('impedance workbench', () => {
  it('shows the sample analysis before anything is loaded, fits a real instrument file, and its conductivities agree with the library', async () => {
    const page = await openPage(PATH);
    // Server-rendered: the sample's fit is there at once.
    expect(await status(page)).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to sample LATP pellet/);
    expect(await page.locator('.eis-sigma').count()).toBe(1);
    expect(await page.locator('.calc').innerText()).toMatch(/Your data stays in this browser; nothing is uploaded\./);
    await hydrated(page);
    // The Nyquist plot can leave out the electrode tail of the sample
    const nyquist = page.locator('svg', { has: page.locator('title', { hasText: 'Nyquist plot' }) });
    const all = await nyquist.locator('circle').count();
    await page.check('.eis-zoom input');
    await poll(() => nyquist.locator('circle').count()).toBeLessThan(all - 5); // the spike: about a decade of points
    await page.setInputFiles('#eis-data-file', FIXTURE);
    await poll(() => page.locator('#eis-data-file-status').innerText()).toMatch(/exampleDataPowersuite\.txt: 30 points .*read as PowerSuite/);
    await poll(() => status(page)).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to exampleDataPowersuite\.txt/);
    expect(page.workers().length).toBeGreaterThan(0); // the fit ran off the main thread

    const spectrum = parseImpedanceFile(new TextDecoder().decode(readFileSync(FIXTURE)), 'exampleDataPowersuite.txt');
    const fit = fitCircuit({ ...spectrum, circuit: CIRCUIT, weighting: 'modulus' });
    const expected = analysePellet({ node: parseCircuit(CIRCUIT), parameters: fit.parameters, thicknessCm: 0.1, areaCm2: AREA_CM2 });
    expect(expected.bulkSigmaSPerCm).not.toBeNull();
    await poll(() => sigmaCell(page, 'Bulk conductivity').innerText()).toBe(formatSig(expected.bulkSigmaSPerCm!));
    expect(await sigmaCell(page, 'Total conductivity').innerText()).toBe(formatSig(expected.totalSigmaSPerCm!));
    // The working shows symbols with real subscripts (σ<sub>b</sub>), never the code's "σ_b".
    const working = await page.locator('.calc-working', { hasText: '(L/A)/R' }).first().innerHTML();
    expect(working).toContain('σ<sub>b</sub> = (L/A)/R<sub>b</sub>');
    expect(working).not.toMatch(/[σRCε]_/);
    expect(working).toContain(`${formatSig(expected.bulkResistanceOhm!, 4)} Ω`);
    // Changing the thickness rescales σ at once (no refit needed)
    await page.fill('#eis-L', '1.1');
    const thicker = analysePellet({ node: parseCircuit(CIRCUIT), parameters: fit.parameters, thicknessCm: 0.11, areaCm2: AREA_CM2 });
    await poll(() => sigmaCell(page, 'Bulk conductivity').innerText()).toBe(formatSig(thicker.bulkSigmaSPerCm!));
    expect(thicker.bulkSigmaSPerCm! / expected.bulkSigmaSPerCm!).toBeCloseTo(1.1, 6);
    // An arc assigned by hand: the reason says so and the link keeps it
    await page.selectOption('#eis-as-R2', 'unassigned');
    await poll(() => page.locator('#eis-as-R2-why').innerText()).toMatch(/Assigned by hand/);
    await poll(() => page.url()).toContain('as=R2.none');
    expect(await page.locator('.eis-sigma tr', { hasText: 'Grain-boundary conductivity, apparent' }).count()).toBe(0);
    await expectClean(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('fits the sample temperature series and gives the library’s activation energies, with links to the Arrhenius calculator', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.getByRole('button', { name: 'Sample temperature series' }).click();
    await poll(() => page.locator('input[id^="eis-T-"]').count()).toBe(5);
    await poll(() => page.url()).toContain('s=series');
    await page.getByRole('button', { name: 'Fit all 5 spectra' }).click();
    await page.locator('.eis-ea').waitFor({ timeout: 60_000 });
    const expected = fitTemperatureSeries({
      circuit: CIRCUIT, spectra: sampleTemperatureSeries(), thicknessCm: SAMPLE_PELLET.thicknessCm, areaCm2: AREA_CM2, weighting: 'modulus', assignments: {}, seriesResistanceAsBulk: false,
    });
    for (const [label, fit] of [['bulk', expected.bulk.fit!], ['grain boundary', expected.grainBoundary.fit!]] as const) {
      const cell = page.locator('.eis-ea tr', { hasText: `Eₐ (${label}, σT form)` }).locator('td').first();
      expect(leadingNumber(await cell.innerText())).toBeCloseTo(fit.activationEnergyEv, 3);
      expect(await cell.innerText()).toMatch(/±/);
    }
    expect(expected.bulk.fit!.activationEnergyEv).toBeCloseTo(SAMPLE_PELLET.bulk.activationEnergyEv, 1);
    expect(await page.locator('.eis-panel', { hasText: 'Temperature series' }).locator('tbody tr').first().innerText()).toMatch(/−100 °C/);
    // The link carries the bulk points in the Arrhenius calculator's format, and that calculator reads them
    const href = await page.getByRole('link', { name: 'bulk conductivities' }).getAttribute('href');
    expect(href).toMatch(/\/tools\/arrhenius\/\?pts=/);
    const pts = new URL(href!, 'http://x').searchParams.get('pts')!;
    const read = parsePointsText(pts);
    expect(read.errors).toEqual([]);
    expect(read.points).toHaveLength(5);
    expect(read.points[0]!.sigmaSPerCm / expected.bulk.points[0]!.sigmaSPerCm).toBeCloseTo(1, 3);
    const arrhenius = await openPage(href!.replace(/^\//, ''));
    await arrhenius.waitForSelector('.calc-arrhenius-fits');
    const ea = arrhenius.locator('.calc-arrhenius-fits tr', { hasText: 'Eₐ (eV)' }).locator('td').first();
    await poll(async () => leadingNumber(await ea.innerText())).toBeCloseTo(expected.bulk.fit!.activationEnergyEv, 2);
    // A changed setting marks the series result as out of date
    await page.fill('#eis-L', '1.2');
    await poll(() => page.locator('.eis-panel', { hasText: 'Temperature series' }).innerText()).toMatch(/have changed since the series was fitted/);
    await expectClean(page);
    await page.context().close();
    await arrhenius.context().close();
  });

  it('a reloaded link restores circuit, weighting, geometry and test settings, and says the data were not in it', async () => {
    const page = await openPage(PATH);
    await ready(page);
    // A preset sets the circuit and its options together
    await page.selectOption('#eis-c-preset', 'bulk-above-range');
    await poll(() => page.inputValue('#eis-c')).toBe('R0-p(R1,CPE1)-CPE2');
    expect(await page.isChecked('#eis-sb')).toBe(true);
    await poll(() => page.locator('#eis-c-note').innerText()).toMatch(/high-frequency intercept/);
    await page.selectOption('#eis-c-preset', 'pellet-blocking');
    await poll(() => page.isChecked('#eis-sb')).toBe(false);
    await page.check('#eis-sb');
    await page.selectOption('#eis-w', 'proportional');
    await page.fill('#eis-L', '1.5');
    await page.fill('#eis-d', '12');
    await page.fill('#eis-kk', '0.8');
    await page.fill('#eis-lam', '0.01');
    await poll(() => status(page)).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to sample/);
    await page.selectOption('#eis-as-R2', 'grainBoundary');
    await poll(() => page.url()).toContain('as=R2.gb');
    const url = page.url();
    for (const part of ['w=proportional', 'L=1.5', 'd=12', 'kk=0.8', 'lam=0.01', 'sb=yes']) expect(url).toContain(part);
    expect(url).not.toMatch(/[?&]c=/); // the default circuit is not repeated in the link
    const before = await page.locator('.eis-sigma').innerText();
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await poll(() => again.inputValue('#eis-w')).toBe('proportional');
    expect(await again.inputValue('#eis-c')).toBe(CIRCUIT);
    expect(await again.isChecked('#eis-sb')).toBe(true);
    expect(await again.inputValue('#eis-as-R2')).toBe('grainBoundary');
    expect(await again.inputValue('#eis-L')).toBe('1.5');
    expect(await again.inputValue('#eis-d')).toBe('12');
    expect(await again.inputValue('#eis-kk')).toBe('0.8');
    expect(await again.inputValue('#eis-lam')).toBe('0.01');
    await poll(() => status(again)).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to sample/);
    await poll(() => again.locator('.eis-sigma').innerText()).toBe(before);
    // With your own file loaded the link says so (s=none): reloading brings the settings, not the data.
    await again.setInputFiles('#eis-data-file', FIXTURE);
    await poll(() => again.url()).toContain('s=none');
    const own = again.url();
    const third = await openPage(own.slice(own.indexOf(PATH)));
    await poll(() => status(third)).toMatch(/No spectrum loaded.*never part of a link/);
    expect(await third.inputValue('#eis-w')).toBe('proportional');
    await expectClean(third);
    for (const p of [page, again, third]) await p.context().close();
  });

  it('a hostile link shows messages by its fields and injects nothing', async () => {
    const dialogs: string[] = [];
    const hostile = new URLSearchParams();
    hostile.append('c', 'R0-p(R1,<script>window.__pwned=1</script>');
    hostile.append('c', 'R0');
    hostile.append('w', '<svg onload=alert(1)>');
    hostile.append('L', '1e99999');
    hostile.append('d', '-5');
    hostile.append('as', 'R1.bulk-<b>x</b>-R9.gb');
    hostile.append('kk', 'abc');
    hostile.append('lam', '1e999');
    hostile.append('s', '"><img src=x onerror=alert(2)>');
    hostile.append('<i>key</i>', '1');
    const page = await openPage(`${PATH}?${hostile.toString()}`);
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.waitForSelector('#eis-c-error');
    const circuitError = await page.locator('#eis-c-error').innerText();
    expect(circuitError).toMatch(/At character 9: expected an element such as R1 or p\(…\) but found '<'/);
    expect(await page.locator('#eis-c-error .eis-pointer').innerText()).toContain('^');
    expect(await page.inputValue('#eis-c')).toContain('<script>');
    const text = await page.locator('.calc').innerText();
    expect(text).toMatch(/"Equivalent circuit" more than once/);
    expect(text).toMatch(/"Weighting of the residuals" is not one of the choices/);
    expect(text).toMatch(/"Sample spectrum" is not one of the choices/);
    expect(text).not.toMatch(/"(c|w|s)" (more than once|is not one of the choices)/);
    expect(await page.locator('#eis-L-error').innerText()).toMatch(/too large/);
    expect(await page.locator('#eis-d-error').innerText()).toMatch(/Out of range/);
    expect(await page.locator('#eis-kk-error').innerText()).toMatch(/not a number/);
    expect(await page.locator('#eis-lam-error').innerText()).toMatch(/too large/);
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    expect(await page.inputValue('#eis-w')).toBe('modulus');
    expect(await page.locator('.calc script, .calc img, .calc b, .calc i, .calc svg[onload]').count()).toBe(0);
    // Once the circuit is corrected the assignments are checked against it, with a message for each bad one
    await page.fill('#eis-c', CIRCUIT);
    await poll(() => page.locator('.calc').innerText()).toMatch(/"<b>x<\/b>" was ignored: write it as R2\.gb/);
    expect(await page.locator('.calc').innerText()).toMatch(/R9 is not the resistance of an arc/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectClean(page);
    await settled(page);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard: Tab reaches the file chooser, the circuit and the Fit button, and the result is announced', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.locator('.calc-title').click();
    const tabTo = async (id: string) => {
      for (let k = 0; k < 80; k++) {
        if (await page.evaluate(() => document.activeElement?.id ?? '') === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await tabTo('eis-data-file');
    await tabTo('eis-c');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('R0-p(R1,CPE1)-p(R2,CPE2)-CPE3x');
    await poll(() => page.locator('#eis-c-error').innerText()).toMatch(/At character 30/);
    expect(await page.getAttribute('#eis-c', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#eis-c', 'aria-describedby')).toContain('eis-c-error');
    await page.keyboard.press('Backspace'); // the circuit is whole again
    await poll(() => page.locator('#eis-c-error').count()).toBe(0);
    await tabTo('eis-w');
    await page.keyboard.press('ArrowDown'); // modulus → proportional
    await poll(() => page.inputValue('#eis-w')).toBe('proportional');
    const fitButton = page.getByRole('button', { name: 'Fit the circuit' });
    for (let k = 0; k < 10 && !(await fitButton.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
    expect(await fitButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const announcer = page.locator('.eis-status');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    expect(await announcer.getAttribute('role')).toBe('status');
    await poll(() => announcer.innerText()).toMatch(/^Fitted R0-p\(R1,CPE1\)-p\(R2,CPE2\)-CPE3 to sample .*Bulk σ = /);
    await poll(() => page.locator('.calc').innerText()).toMatch(/proportional weighting/);
    await page.context().close();
  });

  it('downloads the parameters, conductivities, spectrum and a plot with the right content', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const params = await save('Download fitted parameters (CSV)');
    expect(params.name).toBe('fit-parameters.csv');
    const lines = params.text.trim().split('\r\n');
    expect(lines[0]).toBe('parameter,description,value,standard_error,unit,initial_guess');
    expect(lines.find((l) => l.startsWith('R1,resistance,'))).toBeTruthy();
    expect(params.text).toMatch(/converged,,yes/);
    const sigma = await save('Download arcs and conductivities (CSV)');
    expect(sigma.text).toMatch(/^quantity,value,unit\r\n/);
    expect(sigma.text).toMatch(/\r\nBulk conductivity σ_b,[\d.e-]+,S\/cm\r\n/);
    expect(sigma.text).toMatch(/R1\|\|CPE1 assignment,bulk,/);
    const spectrum = await save('Download spectrum, fit and residuals (CSV)');
    const rows = spectrum.text.trim().split('\r\n');
    expect(rows[0]).toBe('frequency_Hz,Z_real_ohm,Z_imag_ohm,fit_Z_real_ohm,fit_Z_imag_ohm,fit_residual_real,fit_residual_imag,kk_Z_real_ohm,kk_Z_imag_ohm,kk_residual_real,kk_residual_imag');
    expect(rows).toHaveLength(72); // 71 points of the sample
    expect(rows[1]!.split(',').every((v) => v !== '' && Number.isFinite(Number(v)))).toBe(true);
    const svg = await save('Download Nyquist plot (SVG)');
    expect(svg.name).toBe('nyquist.svg');
    expect(svg.text).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.text).toContain('−Z″ (kΩ)');
    expect(svg.text).toMatch(/<circle /);
    const drt = await save('Download the DRT (CSV)');
    expect(drt.text.split('\r\n')[0]).toBe('tau_s,gamma_ohm');
    await page.context().close();
  });

  it('refuses a binary file with a message beside the file chooser, and keeps what was loaded', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919) % 256));
    await page.setInputFiles('#eis-data-file', { name: 'spectrum<b>.mpr', mimeType: 'application/octet-stream', buffer: binary });
    const message = page.locator('#eis-data-file-status [role="alert"]');
    await poll(() => message.innerText()).toMatch(/spectrumb?\.mpr: .*binary file/);
    expect(await message.innerText()).not.toContain('<b>');
    expect(await status(page)).toMatch(/to sample LATP pellet/);
    // An empty file and a text file with no numbers get their own messages
    await page.setInputFiles('#eis-data-file', [{ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') }, { name: 'words.txt', mimeType: 'text/plain', buffer: Buffer.from('frequency, real, imaginary\nabc, def, ghi\n') }]);
    await poll(() => message.innerText()).toMatch(/empty\.csv: The file is empty/);
    expect(await message.innerText()).toMatch(/words\.txt: No rows of numbers found/);
    await expectClean(page);
    await page.context().close();
  });

  it('a fit refused for too few points reads as one sentence: “The fit failed: the spectrum has 3 points…”', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const three = 'frequency,real,imaginary\n1000,100,-50\n100,150,-80\n10,300,-40\n';
    await page.setInputFiles('#eis-data-file', { name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from(three) });
    await poll(() => status(page)).toMatch(/^The fit failed: /);
    expect(await status(page)).toMatch(/^The fit failed: the spectrum has 3 points; at least \d+ are needed/);
    await page.context().close();
  });

  it('runs on the main thread when no worker can be created', async () => {
    const page = await openPage(PATH, { beforeLoad: async (p) => { await p.addInitScript(() => { (window as unknown as { Worker?: unknown }).Worker = undefined; }); } });
    await ready(page);
    await page.selectOption('#eis-c-preset', 'bulk-above-range');
    await poll(() => status(page)).toMatch(/^Fitted R0-p\(R1,CPE1\)-CPE2 to sample/);
    expect(page.workers()).toHaveLength(0);
    await expectClean(page);
    await page.context().close();
  });

  it('lays out every plot for a 390 px phone: text of at least 11 px, nothing outside the drawing', async () => {
    const page = await openPage(PATH);
    await page.setViewportSize({ width: 390, height: 844 });
    await ready(page);
    await page.getByRole('button', { name: 'Sample temperature series' }).click();
    await page.getByRole('button', { name: /^Fit all/ }).click();
    await page.locator('.eis-ea').waitFor({ timeout: 60_000 });
    const report = await page.$$eval('.eis-plot svg', (svgs) => svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].map((t) => ({ r: t.getBoundingClientRect(), size: parseFloat(getComputedStyle(t).fontSize) * scale, text: t.textContent }));
      return {
        title: svg.querySelector('title')?.textContent,
        width: box.width,
        smallest: Math.min(...texts.map((t) => t.size)),
        outside: texts.filter((t) => t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5 || t.r.top < box.top - 0.5 || t.r.bottom > box.bottom + 0.5).map((t) => t.text),
        xTicks: svg.querySelectorAll('text[text-anchor="middle"][fill="#333"]').length,
      };
    }));
    expect(report.length).toBe(7); // Nyquist, two Bode, fit residuals, Kramers–Kronig, DRT, series Arrhenius
    for (const plot of report) {
      expect(plot.width, plot.title!).toBeLessThanOrEqual(390);
      expect(plot.smallest, plot.title!).toBeGreaterThanOrEqual(11);
      expect(plot.outside, plot.title!).toEqual([]);
      expect(plot.xTicks, plot.title!).toBeGreaterThanOrEqual(3);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('the series table at 390 px: a named, focusable scroll region with a visible cue, every column reachable, headers with real subscripts', async () => {
    const page = await openPage(PATH, { viewport: { width: 390, height: 844 } });
    await ready(page);
    await page.getByRole('button', { name: 'Sample temperature series' }).click();
    await page.getByRole('button', { name: /^Fit all/ }).click();
    await page.locator('.eis-ea').waitFor({ timeout: 60_000 });
    const table = page.locator('table.eis-series');
    const region = page.locator('[role="region"]', { has: table });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toMatch(/Conductivities against temperature/);
    // Headers: σ<sub>b</sub>, never the code's "σ_b"
    const head = await table.locator('thead').innerHTML();
    expect(head).toContain('σ<sub>b</sub>');
    expect(head).toContain('σ<sub>gb</sub> (apparent)');
    expect(head).toContain('σ<sub>total</sub>');
    expect(await table.locator('thead').innerText()).not.toContain('_');
    const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    if (!fits) {
      // A wider table says so beside it, and the region scrolls from the keyboard until the last column is in view
      await poll(() => page.locator('.eis-scroll-hint').isVisible()).toBe(true);
      expect(await region.getAttribute('aria-label')).toMatch(/scrolls sideways/);
      await region.focus();
      for (let k = 0; k < 20 && !(await region.evaluate((el) => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1)); k++) await page.keyboard.press('ArrowRight');
    }
    const last = table.locator('thead th').last();
    // The keyboard scroll may still be animating, and scrollWidth is rounded to whole pixels (the loop stops up to
    // 1 px short of the end): so wait, and allow 2 px, far less than a hidden column.
    const overhang = async () => {
      const [cell, box] = await Promise.all([last.boundingBox(), region.boundingBox()]);
      return Math.max(cell!.x + cell!.width - (box!.x + box!.width), box!.x - cell!.x);
    };
    await poll(overhang).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('the circuit error caret sits under the character the message names, in a monospace field and pointer line', async () => {
    const page = await openPage(PATH, { viewport: { width: 390, height: 844 } });
    await ready(page);
    const typed = 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3-Q4';
    await page.fill('#eis-c', typed);
    await poll(() => page.locator('#eis-c-error').innerText()).toMatch(/At character 31: unknown element 'Q4'/);
    expect(await page.locator('#eis-c-error').innerText()).not.toMatch(/position/i);
    const fonts = await page.evaluate(() => ['#eis-c', '#eis-c-error .eis-pointer'].map((sel) => {
      const el = document.querySelector(sel)!;
      // A monospace font: 'i' and 'W' are equally wide
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'pre';
      document.body.append(probe);
      probe.textContent = 'iiiiiiiiii';
      const narrow = probe.getBoundingClientRect().width;
      probe.textContent = 'WWWWWWWWWW';
      const wide = probe.getBoundingClientRect().width;
      probe.remove();
      return { sel, ratio: wide / narrow };
    }));
    for (const f of fonts) expect(f.ratio, f.sel).toBeCloseTo(1, 2);
    // The ^ on the second line of the pointer is right under character 31 (the Q) of the first
    const [charX, caretX] = await page.locator('#eis-c-error .eis-pointer').evaluate((pre) => {
      const texts: Text[] = [];
      for (const walk = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT); walk.nextNode();) texts.push(walk.currentNode as Text);
      const middle = (needle: string) => {
        const node = texts.find((t) => t.data.includes(needle))!;
        const r = document.createRange();
        const k = node.data.indexOf(needle);
        r.setStart(node, k); r.setEnd(node, k + 1);
        const box = r.getBoundingClientRect();
        return box.left + box.width / 2;
      };
      return [middle('Q4'), middle('^')];
    });
    expect(Math.abs(charX - caretX)).toBeLessThan(1.5);
    await page.context().close();
  });

  it('a temperature flagged by “Fit all” updates its message as the reader types and clears once valid', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.getByRole('button', { name: 'Sample temperature series' }).click();
    await poll(() => page.locator('input[id^="eis-T-"]').count()).toBe(5);
    const field = page.locator('input[id^="eis-T-"]').nth(2);
    const id = await field.getAttribute('id');
    const error = page.locator(`[id="${id}-error"]`);
    await field.fill('');
    await page.getByRole('button', { name: /^Fit all/ }).click();
    await poll(() => error.innerText()).toMatch(/Enter a value/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('abc'); // still wrong: the message says what is wrong now
    await poll(() => error.innerText()).toMatch(/not a number/);
    await field.fill('-80'); // valid: no message, no aria-invalid, without pressing "Fit all" again
    await poll(() => error.count()).toBe(0);
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe (WCAG 2.2 AA) violations with every panel open (${colorScheme})`, async () => {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      const page = await openPage(PATH, { colorScheme, bypassCSP: true });
      await ready(page);
      await page.getByRole('button', { name: 'Sample temperature series' }).click();
      await page.getByRole('button', { name: /^Fit all/ }).click();
      await page.locator('.eis-ea').waitFor({ timeout: 60_000 });
      await page.fill('#eis-c', 'R0-p(R1,CPE1');
      await page.locator('#eis-c-error').waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document.querySelector('.calc'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }
});
