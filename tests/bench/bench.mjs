// Benchmark: prints figures, asserts nothing. Build time and page count, per-page HTML/CSS/JS bytes
// (gzipped), each calculator page's JavaScript, and the physics core's timings.
// Usage: npm run bench   (runs a fresh production build first)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { build as esbuild } from 'esbuild';
import { pageBytes } from './page-bytes.mjs';

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
const bare = { plain: pageBytes(BARE, join(BARE, 'reading/index.html')).js, code: pageBytes(BARE, join(BARE, 'code/index.html')).js };
const htmlOf = (page) => readFileSync(join('dist', page.endsWith('/') ? `${page}index.html` : page), 'utf8');
const reading = rows.filter((r) => !r.page.startsWith('/print/') && !htmlOf(r.page).includes('<astro-island'));
const heaviest = (list) => list.reduce((a, b) => (b.js > a.js ? b : a));
const withCode = reading.filter((r) => htmlOf(r.page).includes('class="expressive-code'));
const plain = heaviest(reading.filter((r) => !withCode.includes(r)));
console.log('\nreading pages, JavaScript gzipped (budget: a bare Starlight page):');
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
const stack = {
  cathode: { arealCapacityMahPerCm2: 4, specificCapacityMahPerG: 200, averageVoltageV: 3.8, activeMassFraction: 0.8, activeDensityGPerCm3: 4.8, inactiveDensityGPerCm3: 2.0, porosity: 0.1 },
  separator: { thicknessUm: 30, densityGPerCm3: 3.43 },
  anode: { type: 'lithium', excessRatio: 0 },
};
const thicknesses = Array.from({ length: 1000 }, (_, i) => 1 + i);
time('separatorSweep, 1 000 thicknesses', () => lib.separatorSweep(stack, thicknesses));
time('gouyChapmanProfile, 1 000 distances', () => lib.gouyChapmanProfile({ relativePermittivity: 30, concentrationPerCm3: 1e20, temperatureK: 298.15, chargeNumber: 1, surfacePotentialV: 0.2, distancesNm: thicknesses.map((x) => x / 100) }));
writeFileSync(join(dir, 'done'), '');
