// axe-core on every built page, light and dark: zero WCAG 2.2 A/AA violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';
import { openPage, useBrowser } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
useBrowser();

// Every page in the light theme; in the dark theme (which changes only colours), one page of each kind,
// which between them hold every component. Print pages only gather chapters checked on their own.
const DARK_SAMPLE = ['/', '/fundamentals/ion-transport/', '/nasicon/conduction/', '/interfaces/protective-interlayers/',
  '/data/004-table-1/', '/data/explorer/', '/data/notes-on-sources/', '/tools/conductivity/', '/tools/arrhenius/',
  '/tools/space-charge/', '/tools/energy-density/', '/tools/synthesis/', '/tools/library/', '/reference/bibliography/',
  '/tools/lithium-penetration/', '/reference/glossary/', '/reference/symbols/', '/teaching/four-lectures/'];
const pages = builtPages().filter((path) => !path.startsWith('/print/'));
/** axe rules whose outcome can change with the viewport's width (what scrolls, what is hidden, target sizes). */
const LAYOUT_RULES = ['scrollable-region-focusable', 'target-size', 'meta-viewport', 'aria-hidden-focus', 'nested-interactive'];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('checks every kind of page in the dark theme', () => {
    for (const path of DARK_SAMPLE) expect(pages, path).toContain(path);
  });
  // Desktop width, light (and dark for the sample); then every page again at phone width (390 px), where
  // tables, equations and code scroll sideways and each scrolling region must be reachable by keyboard.
  // At phone width every page gets the rules that depend on layout; the sample pages get every rule.
  const runs = [
    ...pages.flatMap((path) => (DARK_SAMPLE.includes(path) ? (['light', 'dark'] as const) : (['light'] as const)).map((colorScheme) => ({ path, colorScheme, phone: false }))),
    ...pages.map((path) => ({ path, colorScheme: 'light' as const, phone: true })),
  ];
  for (const { path, colorScheme, phone } of runs) {
    {
      it(`${path} (${colorScheme}${phone ? ', 390 px' : ''}) has no violations`, async () => {
        const page = await openPage(path, { colorScheme, bypassCSP: true, ...(phone ? { viewport: { width: 390, height: 844 } } : {}) });
        // Let the page finish its idle-time work (focusable scroll regions) as a reader's browser would.
        await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));
        await page.addScriptTag({ content: axeSource });
        const layoutOnly = phone && !DARK_SAMPLE.includes(path);
        const violations = await page.evaluate(async ({ layoutOnly, LAYOUT_RULES }) => {
          // @ts-expect-error axe is injected above
          const result = await window.axe.run(document, { runOnly: layoutOnly ? { type: 'rule', values: LAYOUT_RULES } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }, { layoutOnly, LAYOUT_RULES });
        await page.context().close();
        expect(violations).toEqual([]);
      });
    }
  }
});
