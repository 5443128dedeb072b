// Lighthouse (mobile emulation, Debian chromium) on a chapter, a data page and every calculator page of
// the built site; prints the median of several runs against each budget. A benchmark: it reports, it
// does not fail.
//
// CPU throttling is calibrated as Lighthouse's docs/throttling.md asks: its default 4x slowdown assumes a
// high-end desktop host (benchmarkIndex 1500-2000) and turns it into a mid-tier phone. On a weaker host
// 4x emulates a much slower phone, so the multiplier comes from that document's table for the measured
// benchmarkIndex. Network throttling is Lighthouse's mobile default either way.
// These hosts are noisy (the same page scores 85 and 99 minutes apart), so each row also gives the range of
// the performance score and TBT over its runs: a median is only worth as much as its spread.
// Usage: npm run bench:lighthouse                 (needs a build in dist/)
//        LH_CPU_MULTIPLIER=4 LH_RUNS=5 npm run bench:lighthouse   (fixed multiplier, more runs)
//        LH_PAGES=/fundamentals/ion-transport/,/tools/arrhenius/ npm run bench:lighthouse   (only these pages)
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../e2e/static-server.ts';

const PAGES = process.env.LH_PAGES?.split(',') ?? ['/fundamentals/ion-transport/', '/nasicon/structure/', '/nasicon/conduction/', '/data/004-table-1/', '/tools/conductivity/', '/tools/arrhenius/', '/tools/space-charge/', '/tools/energy-density/', '/tools/synthesis/', '/data/explorer/'];
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' };
const RUNS = Number(process.env.LH_RUNS ?? 3);

/** CPU slowdown that makes a host of this benchmarkIndex behave like a mid-tier phone (docs/throttling.md). */
function calibratedMultiplier(benchmarkIndex) {
  if (benchmarkIndex >= 1500) return 4; // high-end desktop
  if (benchmarkIndex >= 800) return 2; // low-end desktop or high-end phone
  return 1; // already a mid-tier phone
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startStaticServer('dist', '/');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
/** One Lighthouse run of `path` with the given CPU slowdown; returns its report. */
const audit = async (path, cpuSlowdownMultiplier) => {
  const config = { extends: 'lighthouse:default', settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } } };
  const result = await lighthouse(`${server.url}${path.slice(1)}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(BUDGET) }, config);
  return result.lhr;
};

try {
  const warmUp = await audit('/', 4);
  const benchmarkIndex = Math.round(warmUp.environment.benchmarkIndex);
  const multiplier = Number(process.env.LH_CPU_MULTIPLIER ?? calibratedMultiplier(benchmarkIndex));
  console.log(`host benchmarkIndex ${benchmarkIndex}; CPU slowdown ${multiplier}x${process.env.LH_CPU_MULTIPLIER ? ' (set by LH_CPU_MULTIPLIER)' : ' (calibrated)'}; Slow 4G network; median of ${RUNS} runs`);
  console.log('page'.padEnd(24) + Object.keys(BUDGET).map((k) => k.padStart(16)).join('') + Object.keys(METRICS).map((k) => k.padStart(9)).join('') + '  perf range  TBT range');
  for (const path of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(path, multiplier));
    const scores = Object.entries(BUDGET).map(([key, budget]) => {
      const score = median(runs.map((lhr) => Math.round((lhr.categories[key]?.score ?? 0) * 100)));
      return `${score}/${budget}${score >= budget ? ' ok' : ' !!'}`.padStart(16);
    });
    const metrics = Object.values(METRICS).map((id) => {
      const value = median(runs.map((lhr) => lhr.audits[id].numericValue));
      return (id === METRICS.CLS ? value.toFixed(2) : `${Math.round(value)}ms`).padStart(9);
    });
    const perf = runs.map((lhr) => Math.round(lhr.categories.performance.score * 100));
    const tbt = runs.map((lhr) => Math.round(lhr.audits[METRICS.TBT].numericValue));
    const spread = `  ${Math.min(...perf)}–${Math.max(...perf)}`.padEnd(12) + `  ${Math.min(...tbt)}–${Math.max(...tbt)}ms`;
    console.log(path.padEnd(24) + scores.join('') + metrics.join('') + spread);
  }
} finally {
  await chrome.kill();
  await server.close();
}
