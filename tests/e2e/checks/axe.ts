// axe-core run inside an open page: the WCAG 2.2 A/AA rules, or a named subset.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe rules whose outcome can change with the viewport's width (what scrolls, what is hidden, target sizes). */
export const LAYOUT_RULES = ['scrollable-region-focusable', 'target-size', 'meta-viewport', 'aria-hidden-focus', 'nested-interactive'];

/** Violations axe finds on the page as it stands, one line each (rule, help, first targets); `rules` narrows the run.
 *  The page must be opened with bypassCSP, since axe is injected as an inline script. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async ({ rules, WCAG_TAGS }) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS } });
    return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, { rules, WCAG_TAGS });
}
