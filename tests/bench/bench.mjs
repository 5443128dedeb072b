// Benchmark: prints figures, asserts nothing. Build time and page count, per-page HTML/CSS/JS bytes
// (gzipped), each calculator page's JavaScript, and the physics core's timings.
// Usage: npm run bench   (runs a fresh production build first)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { build as esbuild } from 'esbuild';
import { pageBytes, SCROLL_REGIONS_ALLOWANCE } from './page-bytes.mjs';
import { pageFile } from '../e2e/built-site.ts';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. Build time and page count.
const t0 = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - t0) / 1000;
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk('dist');
const pages = files.filter((f) => f.endsWith('.html'));
console.log(`build: ${buildSeconds.toFixed(1)} s (budget 60 s on 2 cores)   pages: ${pages.length}`);

// 2. Per-page bytes: the HTML itself, plus the CSS and JS it loads (see page-bytes.mjs).
const rows = pages.map((file) => ({ page: `/${relative('dist', file)}`.replace(/index\.html$/, ''), ...pageBytes('dist', file) }));
console.log('\npage'.padEnd(52) + 'HTML gz'.padStart(10) + 'CSS gz'.padStart(10) + 'JS gz'.padStart(10));
for (const r of rows) console.log(r.page.padEnd(51) + kb(r.html).padStart(10) + kb(r.css).padStart(10) + kb(r.js).padStart(10));
// Reading pages against a bare Starlight page built from tests/fixtures/bare-starlight.
execFileSync('npx', ['astro', 'build', '--root', 'tests/fixtures/bare-starlight'], { stdio: 'ignore' });
const BARE = 'node_modules/.cache/bare-starlight';
// The budget is the bare page plus the scroll-region script, as in tests/e2e/budgets.test.ts.
const bare = { plain: pageBytes(BARE, pageFile(BARE, '/reading/')).js + SCROLL_REGIONS_ALLOWANCE, code: pageBytes(BARE, pageFile(BARE, '/code/')).js + SCROLL_REGIONS_ALLOWANCE };
const htmlOf = (page) => readFileSync(pageFile('dist', page), 'utf8');
const reading = rows.filter((r) => !r.page.startsWith('/print/') && !htmlOf(r.page).includes('<astro-island'));
const heaviest = (list) => list.reduce((a, b) => (b.js > a.js ? b : a));
const withCode = reading.filter((r) => htmlOf(r.page).includes('class="expressive-code'));
const plain = heaviest(reading.filter((r) => !withCode.includes(r)));
console.log('\nreading pages, JavaScript gzipped (budget: a bare Starlight page and the scroll-region script):');
console.log(`  heaviest plain page      ${plain.page.padEnd(32)} ${kb(plain.js)} against ${kb(bare.plain)}  ${plain.js <= bare.plain ? 'within budget' : 'OVER BUDGET'}`);
if (withCode.length) {
  const code = heaviest(withCode);
  console.log(`  heaviest page with code  ${code.page.padEnd(32)} ${kb(code.js)} against ${kb(bare.code)}  ${code.js <= bare.code ? 'within budget' : 'OVER BUDGET'}`);
}
const tools = rows.filter((r) => r.page.startsWith('/tools/'));
console.log('\ncalculator pages, JavaScript gzipped (budget 60 KB):');
for (const r of tools) console.log(`  ${r.page.padEnd(30)} ${kb(r.js).padStart(9)}  ${r.js <= 60 * 1024 ? 'within budget' : 'OVER BUDGET'}`);

// 3. Physics timings, on the library bundled once with esbuild.
const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const out = join(dir, 'lib.mjs');
await esbuild({ entryPoints: ['src/lib/index.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
const lib = await import(out);
const time = (label, fn, repeat = 20) => {
  fn();
  const t = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  console.log(`  ${label.padEnd(48)} ${((performance.now() - t) / repeat).toFixed(2)} ms`);
};
console.log('\nphysics core (mean of 20 runs):');
const points = Array.from({ length: 10_000 }, (_, i) => {
  const temperatureK = 250 + (i / 10_000) * 200;
  return { temperatureK, sigmaSPerCm: (1e4 / temperatureK) * Math.exp(-0.35 / (8.617333262e-5 * temperatureK)) * (1 + 0.01 * Math.sin(i)) };
});
time('arrheniusFit, 10 000 points', () => lib.arrheniusFit(points, 'sigmaT'));
const kinked = Array.from({ length: 200 }, (_, i) => {
  const temperatureK = 250 + i;
  const ea = temperatureK < 330 ? 0.5 : 0.3;
  return { temperatureK, sigmaSPerCm: Math.exp(20 - ea / (8.617333262e-5 * temperatureK) + (temperatureK < 330 ? 0.2 / (8.617333262e-5 * 330) : 0) + 0.02 * Math.sin(i)) / temperatureK };
});
time('segmented fit of 200 points', () => lib.arrheniusSegmentedFit(kinked, 'sigmaT'));
time('VTF fit of 200 points', () => lib.vtfFit(kinked));
const stack = {
  cathode: { arealCapacityMahPerCm2: 4, specificCapacityMahPerG: 200, averageVoltageV: 3.8, activeMassFraction: 0.8, activeDensityGPerCm3: 4.8, inactiveDensityGPerCm3: 2.0, porosity: 0.1 },
  separator: { thicknessUm: 30, densityGPerCm3: 3.43 },
  anode: { type: 'lithium', excessRatio: 0 },
};
const thicknesses = Array.from({ length: 1000 }, (_, i) => 1 + i);
time('separatorSweep, 1 000 thicknesses', () => lib.separatorSweep(stack, thicknesses));
time('gouyChapmanProfile, 1 000 distances', () => lib.gouyChapmanProfile({ relativePermittivity: 30, concentrationPerCm3: 1e20, temperatureK: 298.15, chargeNumber: 1, surfacePotentialV: 0.2, distancesNm: thicknesses.map((x) => x / 100) }));
time('PB profile of 1 000 points (one species, R_sc, C_sc)', () => lib.spaceChargeProfile({ relativePermittivity: 30, concentrationPerCm3: 1e19, temperatureK: 298.15, chargeNumber: 1, surfacePotentialV: 0.5, model: 'one-species', bulkConductivitySPerCm: 1e-3, distancesNm: thicknesses.map((x) => x / 50) }));

// Impedance workbench: medians, since a fit's time depends on how quickly it settles.
const median = (label, fn, repeat = 20, budget = '') => {
  fn();
  const times = Array.from({ length: repeat }, () => { const t = performance.now(); fn(); return performance.now() - t; }).sort((a, b) => a - b);
  console.log(`  ${label.padEnd(48)} ${times[Math.floor(repeat / 2)].toFixed(2)} ms${budget ? `  (aim ≤ ${budget})` : ''}`);
};
console.log('\nimpedance workbench (median of 20 runs):');
const threeArcs = 'R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,CPE3)';
const freqs = Array.from({ length: 100 }, (_, k) => 10 ** (6 - (7 * k) / 99));
const truth = { R0: 5, R1: 1e3, CPE1_0: 2e-11, CPE1_1: 0.95, R2: 3e3, CPE2_0: 5e-9, CPE2_1: 0.85, R3: 1e4, CPE3_0: 1e-6, CPE3_1: 0.8 };
const z = lib.circuitImpedance(threeArcs, truth, freqs);
const spectrum = { frequenciesHz: freqs, zRealOhm: z.zRealOhm.map((v, k) => v * (1 + 0.005 * Math.sin(7 * k))), zImagOhm: z.zImagOhm.map((v, k) => v * (1 + 0.005 * Math.cos(5 * k))) };
median('fitCircuit, three arcs, 100 points, no guess', () => lib.fitCircuit({ circuit: threeArcs, ...spectrum }), 20, '50 ms');
median('linKK, 100 points', () => lib.linKK(spectrum), 20, '20 ms');
median('distributionOfRelaxationTimes, 100 points', () => lib.distributionOfRelaxationTimes(spectrum), 20, '100 ms');
const series = lib.sampleTemperatureSeries();
median('fitTemperatureSeries, 5 sample spectra', () => lib.fitTemperatureSeries({ circuit: 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3', spectra: series, thicknessCm: 0.1, areaCm2: Math.PI / 4 }), 5);
const bigFile = Array.from({ length: 100_000 }, (_, k) => `${1e6 / (k + 1)},${10 + k * 1e-3},${-1 - k * 1e-4}`).join('\n');
median('parseImpedanceFile, 100 000-line CSV', () => lib.parseImpedanceFile(bigFile, 'big.csv'), 5);
writeFileSync(join(dir, 'done'), '');
