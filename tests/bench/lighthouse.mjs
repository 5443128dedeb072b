// Lighthouse (mobile emulation, Debian chromium) on a chapter, a data page and every calculator page of
// the built site; prints each score against its budget. A benchmark: it reports, it does not fail.
// Usage: npm run bench:lighthouse   (needs a build in dist/)
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../e2e/static-server.ts';

const PAGES = ['/nasicon/conduction/', '/data/004-table-1/', '/tools/conductivity/', '/tools/arrhenius/', '/tools/space-charge/', '/tools/energy-density/', '/tools/synthesis/', '/data/explorer/'];
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await startStaticServer('dist', '/');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log(`page`.padEnd(28) + Object.keys(BUDGET).map((k) => k.padStart(16)).join(''));
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path.slice(1)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) });
    const cells = Object.entries(BUDGET).map(([key, budget]) => {
      const score = Math.round((result.lhr.categories[key]?.score ?? 0) * 100);
      return `${score}/${budget}${score >= budget ? ' ok' : ' !!'}`.padStart(16);
    });
    console.log(path.padEnd(28) + cells.join(''));
  }
} finally {
  await chrome.kill();
  await server.close();
}
