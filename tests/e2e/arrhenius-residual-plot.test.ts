// The Arrhenius calculator's residual plot at phone width (390 px): residuals of 10⁻⁴ or so give the y axis small
// tick values, whose labels must stay inside the drawing and clear of the rotated y-axis title beside them.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARRHENIUS_PRESETS } from '~/lib/presets/arrhenius';
import { hydrated, openPage, scrollToView, useBrowser } from './harness';

useBrowser();

const PHONE = { width: 390, height: 844 };
const PRESETS = ['lagp-hot-pressed-004-38', 'li6ps5cl-table2', 'lgps-kamaya', 'li7p3s11-hotpressed'];
/** The residual plot as drawn for a narrow box (what a phone shows). */
const RESIDUALS = 'svg.calc-plot-narrow[aria-label^="Residuals"]';

interface Box { left: number; right: number; top: number; bottom: number }
interface Layout { svg: Box; title: Box & { text: string }; ticks: (Box & { text: string })[] }

/** On-screen boxes of the residual plot, its y-axis title (the rotated text) and its y tick labels (the right-aligned
 *  texts left of the plot frame). */
const layoutOf = (plot: Locator): Promise<Layout> => plot.evaluate((svg) => {
  const box = (el: Element) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
  const frame = [...svg.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === 'none')!;
  const frameLeft = Number(frame.getAttribute('x'));
  const texts = [...svg.querySelectorAll('text')];
  const title = texts.find((t) => /rotate\(-90\)/.test(t.getAttribute('transform') ?? ''))!;
  const ticks = texts.filter((t) => t.getAttribute('text-anchor') === 'end' && Number(t.getAttribute('x')) < frameLeft);
  return { svg: box(svg), title: { ...box(title), text: title.textContent ?? '' }, ticks: ticks.map((t) => ({ ...box(t), text: t.textContent ?? '' })) };
});

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every y tick label of the residual plot inside the drawing and clear of the y-axis title. */
async function expectTicksClear(plot: Locator, what: string): Promise<void> {
  const { svg, title, ticks } = await layoutOf(plot);
  expect(ticks.length, `${what}: y tick labels`).toBeGreaterThanOrEqual(2);
  expect(title.text, what).toMatch(/fit/);
  for (const t of ticks) {
    const where = `${what}: y tick "${t.text}" at ${t.left.toFixed(1)}–${t.right.toFixed(1)} px`;
    expect.soft(t.left, `${where}, drawing starts at ${svg.left.toFixed(1)} px`).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect.soft(t.right, where).toBeLessThanOrEqual(svg.right + 0.5);
    expect.soft(overlaps(t, title), `${where} over the axis title "${title.text}" (${title.left.toFixed(1)}–${title.right.toFixed(1)} px)`).toBe(false);
  }
}

/** Wait until the narrow residual plot in `scope` shows the residuals of the points now in its text box. */
async function residualPlot(page: Page, scope: Locator): Promise<Locator> {
  const plot = scope.locator(RESIDUALS).first();
  await plot.waitFor();
  await scrollToView(plot);
  await page.waitForFunction((el) => el !== null && el.getBoundingClientRect().width > 0, await plot.elementHandle());
  return plot;
}

describe('Arrhenius residual plot at 390 px', () => {
  it('y tick labels of small residuals stay inside the drawing and off the axis title, for every sourced preset', async () => {
    const page = await openPage('tools/arrhenius/', { viewport: PHONE });
    await page.waitForSelector('.calc-arrhenius-fits');
    await hydrated(page);
    const calc = page.locator('.calc').first();
    for (const key of PRESETS) {
      await page.locator('select[id$="-preset"]').selectOption(key);
      const last = ARRHENIUS_PRESETS[key]!.values.pts!.split('\n').at(-1)!;
      await expect.poll(() => page.inputValue('#arr-pts')).toContain(last);
      // The plot is redrawn for the preset: its description names the points' count.
      const count = ARRHENIUS_PRESETS[key]!.values.pts!.split('\n').length - 1;
      await expect.poll(() => calc.locator(RESIDUALS).first().getAttribute('aria-label')).toContain(`at the ${count} points`);
      await expectTicksClear(await residualPlot(page, calc), key);
    }
    await page.context().close();
  });

  for (const path of ['nasicon/conduction/', 'sulfides/families-and-structures/']) {
    it(`y tick labels stay inside the drawing and off the axis title in the calculator on ${path}`, async () => {
      const page = await openPage(path, { viewport: PHONE });
      const host = page.locator('.calc-host[data-calculator="arrhenius"]').first();
      await scrollToView(host);
      await host.locator('.calc-arrhenius-fits').waitFor();
      await hydrated(page, '.calc-host[data-calculator="arrhenius"] astro-island');
      await expectTicksClear(await residualPlot(page, host), path);
      await page.context().close();
    });
  }
});
