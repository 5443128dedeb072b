// Shared browser for the e2e files: one Debian chromium per file, a fresh page per test.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchOptions } from './browser';

let browser: Browser;
const foreignRequests = new WeakMap<Page, string[]>();

/** Requests the page tried to make to any host other than the test server (blocked). */
export const foreignRequestsOf = (page: Page): string[] => foreignRequests.get(page) ?? [];

/** Start chromium before the file's tests and close it after. */
export function useBrowser(): void {
  beforeAll(async () => { browser = await chromium.launch(launchOptions); });
  afterAll(async () => { await browser?.close(); });
}

/** Base URL of the served site, ending in "/". */
export const siteUrl = (): string => inject('siteUrl');

/** Open a site path (without the base) in a fresh page; fails on any request to another host. */
export async function openPage(path: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean; beforeLoad?: (page: Page) => Promise<void>; viewport?: { width: number; height: number }; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Page> {
  // bypassCSP only for tools injected by the tests themselves (axe); the site's own code always runs under the policy.
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, colorScheme: options.colorScheme, acceptDownloads: true, bypassCSP: options.bypassCSP ?? false, ...(options.viewport ? { viewport: options.viewport } : {}), serviceWorkers: options.serviceWorkers ?? 'allow' });
  // Record Content Security Policy violations from the first byte on.
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const site = new URL(siteUrl());
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== site.host && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  foreignRequests.set(page, foreign);
  await options.beforeLoad?.(page);
  await page.goto(siteUrl() + path.replace(/^\//, ''), { waitUntil: 'load' });
  return page;
}

/** Reach for the page's first island (or the one matching `selector`) as a reader would, and wait until it has hydrated: Astro drops its `ssr` attribute then. */
export async function hydrated(page: Page, selector = 'astro-island'): Promise<void> {
  const island = page.locator(selector).first();
  await island.scrollIntoViewIfNeeded();
  // Calculators hydrate on first use (client:interact): a pointer moving over them is enough.
  await island.dispatchEvent('pointerover');
  await page.waitForFunction((sel) => { const el = document.querySelector(sel); return el !== null && !el.hasAttribute('ssr'); }, selector);
}

/** Held-back code: `release()` lets it load; `requested` settles once the page has asked for it. */
export interface HeldCode { release: () => void; requested: Promise<void> }

/** Open a page with the requests matching `code` (an island's module) held until `release()`, so a test can act
 *  before hydration whatever the machine's speed. */
export async function openPageHoldingCode(path: string, code: RegExp): Promise<{ page: Page; held: HeldCode }> {
  let release!: () => void;
  let requested!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  const held: HeldCode = { release, requested: new Promise<void>((resolve) => { requested = resolve; }) };
  // Without the service worker, which would otherwise serve the code from its store past the page's routes.
  const page = await openPage(path, {
    serviceWorkers: 'block',
    beforeLoad: async (p) => { await p.route(code, async (route) => { requested(); await released; await route.continue(); }); },
  });
  return { page, held };
}

/** Scroll `target` into view with the browser's own scroll, as a link or a reader's scrolling would. Playwright's
 *  scrollIntoViewIfNeeded aims at where an element was before the block holding it was laid out (blocks far
 *  from the viewport are skipped, content-visibility in site.css) and overshoots, leaving it unrendered. */
export const scrollToView = (target: Locator): Promise<void> => target.evaluate((el) => el.scrollIntoView({ block: 'center' }));

/** Whether the page's first island (or the one matching `selector`) has hydrated. */
export const isHydrated = (page: Page, selector = 'astro-island'): Promise<boolean> =>
  page.evaluate((sel) => { const el = document.querySelector(sel); return el !== null && !el.hasAttribute('ssr'); }, selector);

/** Resolves once the page has painted twice and then gone idle, so whatever its scripts had queued has run
 *  (a condition, not a fixed time). */
export const settled = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())))));

/** Content Security Policy violations the page has reported so far. */
export const cspViolationsOf = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
