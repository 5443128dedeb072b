// Arrhenius calculator on its Tools page: typing and uploading points, both fits, URL round trip, hostile
// links, downloads, keyboard use, and the preset embedded in a chapter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrheniusFit, sigmaAtTemperature } from '~/lib/arrhenius';
import { arrheniusSegmentedFit } from '~/lib/arrhenius-segmented';
import { parsePointsText } from '~/lib/arrhenius-points';
import { formatSig, formatSigFromLog10 } from '~/lib/format';
import { ARRHENIUS_PRESETS } from '~/lib/presets/arrhenius';
import { arrheniusOverlay } from '~/lib/arrhenius-overlay';
import { loadAllTables, loadReferences } from '~/lib/data';
import { poolConductivity } from '~/lib/explorer';
import { foreignRequestsOf, hydrated, openPage, scrollToView, useBrowser } from './harness';
import { expectCleanCalculator, expectNothingInjected, openHostile } from './hostile';

useBrowser();

const PATH = 'tools/arrhenius/';
const POINTS = '#arr-pts';
const LAGP = ARRHENIUS_PRESETS['lagp-hot-pressed-004-38']!.values.pts!;
const lagpPoints = parsePointsText(LAGP).points;

/** The leading number of the fit-table cell for `label`, in the σT (0) or σ (1) column. */
async function fitNumber(page: Page, label: string, column: 0 | 1): Promise<number> {
  const cell = page.locator('.calc-arrhenius-fits tr', { hasText: label }).first().locator('td').nth(column);
  const text = (await cell.innerText()).trim().replace('−', '-');
  return Number(text.match(/^-?[\d.]+/)?.[0] ?? 'NaN');
}

/** No name from the code (camelCase with a unit, "k_B", "T_ref", "points[3]") in what the reader sees. */
async function expectNoCodeNames(page: Page): Promise<void> {
  const text = await page.locator('.calc').innerText();
  expect(text).not.toMatch(/\b[a-z]+[A-Z]\w*(Ev|K|SPerCm|Err)\b|k_B|_ref|\w\[\d+\]|out of range…|= -?\d+\.\d{5,} is out/);
  await expectCleanCalculator(page);
}

/** Points of a kinked σT line: 0.50 eV below 310 K, 0.25 eV above, meeting at 310 K, with ±2 % deterministic scatter. */
const KINK = Array.from({ length: 10 }, (_, i) => {
  const t = 250 + 15 * i;
  const k = 8.617333262e-5;
  const [ea, lnA] = t < 310 ? [0.5, 8 + 0.25 / (k * 310)] : [0.25, 8];
  return `${t}, ${(Math.exp(lnA - ea / (k * t) + 0.02 * Math.sin(i * 2.3)) / t).toPrecision(4)}`;
}).join('\n');

/** No NaN, Infinity or raw exception text anywhere in the calculator. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector('.calc-arrhenius-fits');
  await hydrated(page);
}

describe('Arrhenius calculator', () => {
  it('fits typed points in both forms and extrapolates', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.fill(POINTS, LAGP);
    const t = arrheniusFit(lagpPoints, 'sigmaT');
    const s = arrheniusFit(lagpPoints, 'sigma');
    await expect.poll(() => fitNumber(page, 'Eₐ (eV)', 0)).toBeCloseTo(t.activationEnergyEv, 3);
    expect(await fitNumber(page, 'Eₐ (eV)', 1)).toBeCloseTo(s.activationEnergyEv, 3);
    expect(await fitNumber(page, 'Eₐ (kJ/mol)', 0)).toBeCloseTo(t.activationEnergyKjPerMol, 1);
    expect(t.activationEnergyEv).toBeCloseTo(0.41, 3);
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'R²' }).innerText()).toMatch(/1\.0000|0\.9999/);
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'Prefactor' }).innerText()).toMatch(/S K\/cm[\s\S]*S\/cm/);
    // σ at −20 °C (the default temperature), from the fitted σT line
    const refK = lagpPoints.length / lagpPoints.reduce((a, p) => a + 1 / p.temperatureK, 0);
    const sigmaRef = Math.exp(t.lnPrefactor - t.activationEnergyEv / (8.617333262e-5 * refK)) / refK;
    const cold = sigmaAtTemperature({ activationEnergyEv: t.activationEnergyEv, sigmaRefSPerCm: sigmaRef, referenceTemperatureK: refK, temperatureK: 253.15, form: 'sigmaT' });
    const row = page.locator('.calc-results-table tr', { hasText: 'σ at −20 °C' }).first();
    await expect.poll(() => row.locator('td').first().innerText()).toBe(formatSig(cold.sigmaSPerCm));
    expect(await page.locator('.calc').innerText()).toMatch(/outside the measured range/);
    // the same temperature given in kelvin gives the same σ
    await page.fill('#arr-Tx', '253.15');
    await page.selectOption('select[aria-label^="Extrapolate"]', 'K');
    await expect.poll(() => page.locator('.calc-results-table tr', { hasText: 'σ at' }).first().locator('td').first().innerText()).toBe(formatSig(cold.sigmaSPerCm));
    // at 1 K σ is far below what a double holds: it is written by its exponent, never as 0
    await page.fill('#arr-Tx', '1');
    const frozen = sigmaAtTemperature({ activationEnergyEv: t.activationEnergyEv, sigmaRefSPerCm: sigmaRef, referenceTemperatureK: refK, temperatureK: 1, form: 'sigmaT' });
    expect(frozen.sigmaSPerCm).toBe(0);
    await expect.poll(() => page.locator('.calc-results-table tr', { hasText: 'σ at' }).first().locator('td').first().innerText()).toBe(formatSigFromLog10(frozen.log10SigmaSPerCm));
    // the plot: points, the line, the σT axis label and the °C top axis
    const svg = page.locator('svg.calc-plot').first();
    expect(await svg.locator('circle').count()).toBeGreaterThanOrEqual(lagpPoints.length);
    expect(await svg.innerHTML()).toContain('log₁₀(σT / S K cm⁻¹)');
    expect(await svg.innerHTML()).toContain('T (°C)');
    // the σ form switches the plotted quantity
    await page.selectOption('#arr-form', 'sigma');
    await expect.poll(() => svg.innerHTML()).toContain('log₁₀(σ / S cm⁻¹)');
    await expectCleanCalculator(page);
    expect(foreignRequestsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('reads units, semicolons and decimal commas; reports bad lines by number', async () => {
    const page = await openPage(PATH);
    await ready(page);
    // mS/cm and K: the same LAGP data, so the same energy
    const inK = lagpPoints.map((p) => `${(p.temperatureK).toFixed(2)};${String(p.sigma * 1000).replace('.', ',')}`).join('\n');
    await page.fill(POINTS, `T/K;sigma/mS cm-1\n${inK}`);
    await page.selectOption('#arr-Tu', 'K');
    await page.selectOption('#arr-su', 'mS_cm');
    await expect.poll(() => fitNumber(page, 'Eₐ (eV)', 0)).toBeCloseTo(arrheniusFit(lagpPoints, 'sigmaT').activationEnergyEv, 3);
    expect(await page.locator('#arr-pts-summary').innerText()).toMatch(/4 points read.*line 1 taken as column names/);
    // bad lines: each message names its line; no fit is shown
    await page.fill(POINTS, '298, 1e-4\n323, abc\n-5, 1e-3\n348, 0\n373, 2e-3, 9');
    const errors = page.locator('#arr-pts-error');
    await expect.poll(() => errors.innerText()).toMatch(/Line 2: the conductivity "abc" is not a number/);
    const text = await errors.innerText();
    expect(text).toMatch(/Line 3: -5 K is at or below absolute zero/);
    expect(text).toMatch(/Line 4: the conductivity must be above 0/);
    expect(text).toMatch(/Line 5: expected two values/);
    expect(await page.getAttribute(POINTS, 'aria-invalid')).toBe('true');
    expect(await page.getAttribute(POINTS, 'aria-describedby')).toContain('arr-pts-error');
    expect(await page.locator('.calc-arrhenius-fits').count()).toBe(0);
    await expectCleanCalculator(page);
    // one point, identical temperatures, empty text
    for (const [data, message] of [['25, 1e-3', /at least two points/], ['25, 1e-3\n25, 2e-3', /same temperature/], ['', /at least two points/]] as const) {
      await page.fill(POINTS, data);
      await expect.poll(() => page.locator('.calc').innerText()).toMatch(message);
      await expectCleanCalculator(page);
    }
    // a bad extrapolation temperature
    await page.fill(POINTS, LAGP);
    await page.selectOption('#arr-Tu', 'C');
    await page.selectOption('#arr-su', 'S_cm');
    for (const [value, message] of [['abc', /not a number/], ['-300', /Out of range/], ['1e400', /too large/], ['', /Enter a value/]] as const) {
      await page.fill('#arr-Tx', value);
      await expect.poll(() => page.locator('#arr-Tx-error').innerText()).toMatch(message);
      await expectCleanCalculator(page);
    }
    // extrapolating so far that σ would be unphysical: a message, not a number
    await page.fill(POINTS, '25, 1\n100, 1000');
    await page.fill('#arr-Tx', '9000');
    await expect.poll(() => page.locator('.calc').innerText()).toMatch(/not physical/);
    await expectCleanCalculator(page);
    await page.context().close();
  });

  it('loads a CSV file into the data box', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const csv = '\uFEFFT (°C),sigma (S/cm)\r\n25,3.00e-4\r\n50,9.51e-4\r\n75,2.54e-3\r\n100,5.92e-3\r\n';
    await page.setInputFiles('#arr-pts-file', { name: 'lagp.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.inputValue(POINTS)).toContain('100,5.92e-3');
    await expect.poll(() => fitNumber(page, 'Eₐ (eV)', 0)).toBeCloseTo(0.41, 2);
    expect(await page.locator('#arr-pts-file-status').innerText()).toMatch(/Loaded lagp\.csv/);
    // a file too large for the box is refused with a message
    await page.setInputFiles('#arr-pts-file', { name: 'big<b>.csv', mimeType: 'text/csv', buffer: Buffer.from('25, 1e-3\n'.repeat(2000)) });
    await expect.poll(() => page.locator('#arr-pts-file-status').innerText()).toMatch(/too large|at most 4000/);
    expect(await page.locator('#arr-pts-file-status').innerText()).not.toContain('<b>');
    // a binary file (a workbook: a ZIP header with NUL bytes) is refused and the box is left as it was
    const before = await page.inputValue(POINTS);
    await page.setInputFiles('#arr-pts-file', { name: 'data.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) });
    await expect.poll(() => page.locator('#arr-pts-file-status').innerText()).toMatch(/data\.xlsx is not a text file.*CSV or plain text/);
    expect(await page.inputValue(POINTS)).toBe(before);
    // a Latin-1 file (°C as one byte) is read as text
    await page.setInputFiles('#arr-pts-file', { name: 'latin1.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from('T (', 'latin1'), Buffer.from([0xb0]), Buffer.from('C), S/cm\n25, 3e-4\n75, 2.5e-3\n', 'latin1')]) });
    await expect.poll(() => page.inputValue(POINTS)).toContain('T (°C), S/cm');
    await page.context().close();
  });

  it('reports 95 % intervals with Student t, the ln A error, the correlation, the band and the residuals', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.fill(POINTS, LAGP);
    const t = arrheniusFit(lagpPoints, 'sigmaT');
    const row = page.locator('.calc-arrhenius-fits tr', { hasText: '95 % interval of Eₐ' }).locator('td').first();
    await expect.poll(async () => Number((await row.innerText()).split(' to ')[0])).toBeCloseTo(t.activationEnergyCi95Ev!.low, 4);
    expect(Number((await row.innerText()).split(' to ')[1])).toBeCloseTo(t.activationEnergyCi95Ev!.high, 4);
    const text = await page.locator('.calc-results').innerText();
    expect(text).toMatch(/n = 4, 2 degrees of freedom, t = 4\.30/);
    expect(text).toMatch(/with 3 points t = 12\.71/);
    expect(text).toMatch(/Ordinary least squares/);
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'Correlation' }).innerText()).toMatch(/0\.99\d\d/);
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'ln A' }).first().innerText()).toMatch(/±/);
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'Curvature' }).innerText()).toMatch(/straight \(p = /);
    // the plot carries the band; a second plot shows the residuals
    expect(await page.locator('svg.calc-plot').first().innerHTML()).toContain('95 % confidence band');
    expect(await page.locator('svg.calc-plot').count()).toBe(2);
    expect(await page.locator('svg.calc-plot').nth(1).getAttribute('aria-label')).toMatch(/^Residuals/);
    // three points: t = 12.71
    await page.fill(POINTS, '25, 1e-4\n50, 3.1e-4\n75, 9e-4');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/n = 3, 1 degree of freedom, t = 12\.71/);
    await expectNoCodeNames(page);
    await page.context().close();
  });

  it('conductivity falling with temperature: a reader-language message, and why no extrapolation is shown', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.fill(POINTS, '25, 1e-3\n50, 5e-4\n75, 2.4e-4\n100, 1.3e-4');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/activation energy is negative/);
    const text = await page.locator('.calc-results').innerText();
    expect(text).toMatch(/No extrapolation is shown: conductivity falls as temperature rises/);
    expect(text).not.toMatch(/activationEnergyEv|out of range/);
    expect(await page.locator('.calc-results-table tr', { hasText: 'σ at' }).count()).toBe(0);
    await expectNoCodeNames(page);
    await page.context().close();
  });

  it('a weighted fit from an uncertainty column, and errors in T by effective variance', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.selectOption('#arr-unc', 'rel');
    await page.fill(POINTS, '25, 3.00e-4, 2\n50, 9.51e-4, 5\n75, 2.54e-3, 10\n100, 5.92e-3, 20');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/Weighted least squares: each point weighted by 1\/\(δσ\/σ\)²/);
    const pts = parsePointsText('25, 3.00e-4, 2\n50, 9.51e-4, 5\n75, 2.54e-3, 10\n100, 5.92e-3, 20', { uncertainty: 'rel' }).points;
    expect(await fitNumber(page, 'Eₐ (eV)', 0)).toBeCloseTo(arrheniusFit(pts, 'sigmaT').activationEnergyEv, 3);
    expect(await page.locator('.calc-results').innerText()).toMatch(/Reduced χ² = /);
    // a fourth column: the temperature's uncertainty
    await page.fill(POINTS, '25, 3.00e-4, 2, 0.5\n50, 9.51e-4, 5, 0.5\n75, 2.54e-3, 10, 1\n100, 5.92e-3, 20, 2');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/effective variance/);
    // two values only is now an error that names the columns
    await page.fill(POINTS, '25, 3.00e-4\n50, 9.51e-4');
    await expect.poll(() => page.locator('#arr-pts-error').innerText()).toMatch(/Line 1: expected three or four values/);
    await expect.poll(() => page.url()).toContain('unc=rel');
    await expectNoCodeNames(page);
    await page.context().close();
  });

  it('two regimes: a kink is found with both slopes; one line finds none', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.selectOption('#arr-Tu', 'K');
    await page.fill(POINTS, KINK);
    await page.selectOption('#arr-more', 'two');
    const panel = page.locator('.calc-arrhenius-segmented');
    await panel.waitFor();
    const r = arrheniusSegmentedFit(parsePointsText(KINK, { temperatureUnit: 'K' }).points, 'sigmaT');
    expect(r.twoRegimes).toBe(true);
    const text = await panel.innerText();
    expect(text).toMatch(/Two lines describe these data better than one/);
    expect(text).toMatch(/F test: F = .* with 2 and 6 degrees of freedom/);
    expect(text).toMatch(/AICc/);
    expect(text).toContain(r.hot.activationEnergyEv.toFixed(4).slice(0, 5));
    expect(await page.locator('svg.calc-plot').first().innerHTML()).toMatch(/hot side, Eₐ = [\s\S]*cold side, Eₐ = /);
    // the straight LAGP line with a little scatter: no break
    await page.fill(POINTS, '250, 1.04e-5\n265, 2.83e-5\n280, 7.08e-5\n295, 1.55e-4\n310, 3.29e-4\n325, 6.45e-4\n340, 1.17e-3\n355, 2.04e-3');
    await expect.poll(() => panel.innerText()).not.toMatch(/Two lines describe these data better/);
    // too few points for two regimes
    await page.fill(POINTS, '250, 1e-5\n300, 1e-4\n350, 1e-3');
    await expect.poll(() => page.locator('.calc-results').innerText()).toMatch(/two-regime fit needs at least 6 points/);
    await expectNoCodeNames(page);
    await page.context().close();
  });

  it('VTF: T₀ found for curved polymer data; a clear message when straight data cannot fix it', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.selectOption('#arr-Tu', 'K');
    // σ = 30 T^-1/2 exp(−1100/(T − 200)), 293–373 K
    const vtfData = Array.from({ length: 9 }, (_, k) => { const t = 293 + 10 * k; return `${t}, ${(30 / Math.sqrt(t) * Math.exp(-1100 / (t - 200))).toPrecision(4)}`; }).join('\n');
    await page.fill(POINTS, vtfData);
    await page.selectOption('#arr-more', 'vtf');
    const panel = page.locator('.calc-arrhenius-vtf');
    await panel.waitFor();
    await expect.poll(async () => Number((await panel.locator('tr', { hasText: 'SE' }).first().locator('td').first().innerText()).match(/^[\d.]+/)?.[0])).toBeCloseTo(200, -1);
    expect(await page.locator('svg.calc-plot').first().innerHTML()).toMatch(/VTF, T₀ = /);
    expect(await panel.locator('.calc-field__error').count()).toBe(0);
    // the curvature check flags the same data in the Arrhenius fit
    expect(await page.locator('.calc-arrhenius-fits tr', { hasText: 'Curvature' }).innerText()).toMatch(/bends/);
    await page.fill(POINTS, '250, 1.04e-5\n265, 2.83e-5\n280, 7.08e-5\n295, 1.55e-4\n310, 3.29e-4\n325, 6.45e-4\n340, 1.17e-3\n355, 2.04e-3');
    await expect.poll(() => panel.innerText()).toMatch(/cannot fix T₀|do not fix T₀/);
    await expectNoCodeNames(page);
    await page.context().close();
  });

  it('reloading the link reproduces the calculation, data included', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const data = '# my pellet\nT, s\n20, 2.0e-4\n45, 6.1e-4\n70, 1.5e-3\n95, 3.2e-3';
    await page.fill(POINTS, data);
    await page.selectOption('#arr-form', 'sigma');
    await page.selectOption('#arr-more', 'vtf');
    await page.fill('#arr-Tx', '60');
    await expect.poll(() => page.url()).toContain('Tx=60');
    expect(page.url()).toContain('more=vtf');
    const url = page.url();
    expect(url).toContain('form=sigma');
    const before = await page.locator('.calc-results').innerText();
    const again = await openPage(url.slice(url.indexOf(PATH)));
    await ready(again);
    await expect.poll(() => again.locator('.calc-results').innerText()).toBe(before);
    expect(await again.inputValue(POINTS)).toBe(data);
    expect(await again.inputValue('#arr-form')).toBe('sigma');
    expect(await again.inputValue('#arr-more')).toBe('vtf');
    await page.context().close();
    await again.context().close();
  });

  it('a hostile link shows messages and injects nothing', async () => {
    const hostile = new URLSearchParams();
    hostile.append('pts', '<script>window.__pwned=1</script>\n<img src=x onerror="window.__pwned=2">, 1');
    hostile.append('pts', '25, 1e-3\n50, 2e-3');
    hostile.append('Tu', '<svg onload=alert(1)>');
    hostile.append('su', 'S_cm');
    hostile.append('form', 'sigmaT"><b>x</b>');
    hostile.append('Tx', '1e99999');
    hostile.append('Txu', '\u202eK');
    hostile.append('unc', 'rel<script>');
    hostile.append('more', 'vtf" onmouseover="window.__pwned=3');
    hostile.append('<i>key</i>', '1');
    const opened = await openHostile(PATH, hostile);
    const { page } = opened;
    await page.waitForSelector('#arr-pts-error');
    const errors = await page.locator('#arr-pts-error').innerText();
    // line 1 (no number at all) is taken as column names; line 2 is not a number
    expect(errors).toMatch(/Line 2: the temperature "<img src=x onerror=/);
    expect(errors).toMatch(/"Measured points" more than once/);
    expect(await page.inputValue(POINTS)).toContain('<script>');
    expect(await page.locator('#arr-Tx-error').innerText()).toMatch(/too large/);
    expect(await page.locator('.calc').innerText()).toMatch(/"Temperature unit of the data" is not one of the choices/);
    expect(await page.locator('.calc').innerText()).toMatch(/"Arrhenius form" is not one of the choices/);
    expect(await page.locator('.calc').innerText()).toMatch(/"What a third column holds" is not one of the choices/);
    expect(await page.locator('.calc').innerText()).toMatch(/"Also fit and draw" is not one of the choices/);
    // fields are named as the form names them, never by their keys in the link
    expect(await page.locator('.calc').innerText()).not.toMatch(/"(pts|Tu|form|Txu|unc|more)"/);
    expect(await page.inputValue('#arr-unc')).toBe('none');
    expect(await page.inputValue('#arr-more')).toBe('none');
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/does not know/);
    expect(await page.inputValue('#arr-Tu')).toBe('C');
    expect(await page.inputValue('#arr-form')).toBe('sigmaT');
    await expectNothingInjected(opened, ['b', 'i']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // unicode digits and a right-to-left override are not numbers
    const uni = await openPage(`${PATH}?pts=${encodeURIComponent('２５, ３e-4\n\u202e50, 1e-3')}`);
    await uni.waitForSelector('#arr-pts-error');
    expect(await uni.locator('#arr-pts-error').innerText()).toMatch(/Line 1: .*not a number/);
    await expectCleanCalculator(uni);
    await page.context().close();
    await uni.context().close();
  });

  it('a link with 2000 parameters, or an over-long data field, is refused with a message', async () => {
    // 2000 distinct keys (about 10 000 characters, under the server's header limit): ignored as too long
    const query = Array.from({ length: 2000 }, (_, k) => `${k.toString(36)}=${k % 10}`).join('&');
    const page = await openPage(`${PATH}?${query}`);
    await page.waitForSelector('.calc-url-error');
    expect(await page.locator('.calc-url-error').innerText()).toMatch(/too long|ignored/);
    await ready(page);
    await expectCleanCalculator(page);
    // 2000 repeats of one unknown key (short enough to be read): named once, ignored
    const repeated = await openPage(`${PATH}?${'x=&'.repeat(2000)}Tx=30`);
    await repeated.waitForSelector('.calc-url-error');
    expect(await repeated.locator('.calc-url-error').innerText()).toMatch(/2000 setting\(s\) this calculator does not know \("x", "x", "x", …\)/);
    expect(await repeated.inputValue('#arr-Tx')).toBe('30');
    await ready(repeated);
    // a data field longer than its limit
    const long = await openPage(`${PATH}?pts=${'1'.repeat(4500)}`);
    await long.waitForSelector('#arr-pts-error');
    expect(await long.locator('#arr-pts-error').innerText()).toMatch(/too long/);
    await ready(long);
    for (const p of [page, repeated, long]) await p.context().close();
  });

  it('downloads the points, the fit and the plot', async () => {
    const page = await openPage(PATH);
    await ready(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download points and fit (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('arrhenius-points.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[0]).toMatch(/^line,T_K,T_C,1000_over_T_per_K,sigma_S_per_cm/);
    expect(csvText.trim().split('\r\n')).toHaveLength(6);
    const [fit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fit results (CSV)' }).click()]);
    expect(readFileSync((await fit.path())!, 'utf8')).toMatch(/sigmaT,activation energy,0\.3\d+,eV/);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plot (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toBe('arrhenius-plot.svg');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('1000/T');
    await page.context().close();
  });

  it("draws a family of the handbook's data beside the reader's points, from the menu and from a link", async () => {
    const families = arrheniusOverlay(poolConductivity(loadAllTables('content/data'), loadReferences('content/data')));
    const lagp = families.find((f) => f.id === 'nasicon-lagp')!;
    const page = await openPage(PATH);
    await ready(page);
    expect(await page.locator('#arr-cmp option').count()).toBe(families.length + 1);
    await page.selectOption('#arr-cmp', 'nasicon-lagp');
    await expect.poll(() => page.url()).toContain('cmp=nasicon-lagp');
    const plot = page.locator('svg.calc-plot').first();
    await expect.poll(() => plot.getAttribute('aria-label')).toContain(`also ${lagp.points.length} values of ${lagp.label}`);
    expect(await plot.textContent()).toContain(`handbook data: ${lagp.label} (${lagp.points.length})`);
    expect(await page.locator('.calc-results a', { hasText: 'the data explorer' }).getAttribute('href')).toMatch(/\/data\/explorer\/$/);
    // the link reproduces it; a family whose sources give no temperature says it is drawn at 25 °C
    const again = await openPage(page.url().slice(page.url().indexOf(PATH)));
    await ready(again);
    expect(await again.inputValue('#arr-cmp')).toBe('nasicon-lagp');
    await again.selectOption('#arr-cmp', 'sulfide-crystal');
    await expect.poll(() => again.locator('.calc-results').innerText()).toMatch(/no measuring temperature, so all are drawn at 25 °C/);
    // a family too small to draw, and a value that is no family, are said so
    const small = await openPage(`${PATH}?cmp=other`);
    await ready(small);
    await expect.poll(() => small.locator('.calc').innerText()).toMatch(/too few values of that family/);
    const bad = await openPage(`${PATH}?cmp=${encodeURIComponent('<b>x</b>')}`);
    await ready(bad);
    await expect.poll(() => bad.locator('.calc').innerText()).toMatch(/"Draw beside my points" is not one of the choices/);
    expect(await bad.locator('.calc b').count()).toBe(0);
    for (const p of [page, again, small, bad]) await p.context().close();
  });

  it('works from the keyboard: form menu, presets', async () => {
    const page = await openPage(PATH);
    await ready(page);
    await page.focus('#arr-form');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#arr-form')).toBe('sigma');
    await expect.poll(() => page.locator('.calc-arrhenius-fits thead').innerText()).toMatch(/σ form \(used\)/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('arr-Tx');
    // the new menus answer the keyboard too
    await page.focus('#arr-more');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#arr-more')).toBe('two');
    await page.focus('#arr-unc');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.inputValue('#arr-unc')).toBe('abs');
    const preset = page.locator('select[id$="-preset"]');
    await preset.focus();
    await preset.selectOption('lgps-kamaya');
    await expect.poll(() => fitNumber(page, 'Eₐ (eV)', 0)).toBeCloseTo(0.21, 2);
    expect(await page.inputValue(POINTS)).toContain('27, 1.20e-2');
    await page.context().close();
  });

  it('the chapter preset loads the hot-pressed LAGP points', async () => {
    const page = await openPage('nasicon/conduction/');
    const host = page.locator('.calc-host[data-calculator="arrhenius"]').first();
    await scrollToView(host);
    await host.locator('.calc-arrhenius-fits').waitFor();
    await expect.poll(() => host.locator('textarea').inputValue()).toContain('100, 5.92e-3');
    const cell = host.locator('.calc-arrhenius-fits tr', { hasText: 'Eₐ (eV)' }).locator('td').first();
    expect(Number((await cell.innerText()).match(/^[\d.]+/)![0])).toBeCloseTo(0.41, 2);
    await page.context().close();
  });
});
