// The impedance workbench's own logic, in Node: link vocabulary (assignments), the points it hands to the
// Arrhenius calculator, number formatting, reader-facing messages, the jobs the worker runs, the CSV files,
// the build-time sample analysis, and the island rendered from thousands of generated links.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import ImpedanceWorkbench, { IMPEDANCE_SPEC, type SampleSeed } from '~/islands/ImpedanceWorkbench';
import { runJobNow, type JobResults } from '~/islands/impedance/compute';
import { materialCsv, parametersCsv, spectrumCsv } from '~/islands/impedance/csv';
import { afterColon, readable } from '~/islands/impedance/messages';
import { sampleAnalysisJson } from '~/islands/impedance/sample-analysis';
import { arrheniusPointsText } from '~/islands/impedance/SeriesPanel';
import { DEFAULT_CIRCUIT, hasSeriesCapacitor, readAssignments, writeAssignments } from '~/islands/impedance/spec';
import { ohmUnit } from '~/islands/impedance/units';
import { ticksOf } from '~/islands/impedance/Plot';
import { parsePointsText } from '~/lib/arrhenius-points';
import { parseCircuit } from '~/lib/eis/circuit';
import { fitCircuit } from '~/lib/eis/fit';
import { analysePellet } from '~/lib/eis/material';
import { IMPEDANCE_PRESETS, IMPEDANCE_PRESET_NOTES } from '~/lib/presets/impedance';
import { parseUrlState } from '~/lib/url-state';

const decode = (file: string) => new TextDecoder().decode(readFileSync(`tests/fixtures/eis/${file}`));

describe('arc assignments in the link', () => {
  const arcs = ['R1', 'R2'];
  it('reads "R1.bulk-R2.gb" and writes it back', () => {
    const r = readAssignments('R1.bulk-R2.gb', arcs);
    expect(r).toEqual({ assignments: { R1: 'bulk', R2: 'grainBoundary' }, problems: [] });
    expect(writeAssignments(r.assignments)).toBe('R1.bulk-R2.gb');
    expect(readAssignments(writeAssignments({ R2: 'electrode', R1: 'unassigned' }), arcs).assignments).toEqual({ R2: 'electrode', R1: 'unassigned' });
  });
  it('reports malformed, unknown and repeated items and applies none of them', () => {
    const r = readAssignments('R1.bulk-<b>x</b>-R2.xyz-R9.gb-R1.el-', arcs);
    expect(r.assignments).toEqual({ R1: 'bulk' });
    expect(r.problems).toHaveLength(4);
    expect(r.problems[0]).toMatch(/"<b>x<\/b>" was ignored: write it as R2\.gb/);
    expect(r.problems[1]).toMatch(/"R2\.xyz" was ignored: write it as R2\.gb/);
    expect(r.problems[2]).toMatch(/"R9\.gb" was ignored: R9 is not the resistance of an arc/);
    expect(r.problems[3]).toMatch(/"R1\.el" was ignored: R1 is assigned twice/);
  });
  it('the presets\' assignments fit their circuits', () => {
    for (const [id, p] of Object.entries(IMPEDANCE_PRESETS)) {
      const node = parseCircuit(p.values.c!);
      const names = JSON.stringify(node).match(/"name":"R\d+"/g)!.map((m) => m.slice(8, -1));
      expect(readAssignments(p.values.as ?? '', names).problems, id).toEqual([]);
      expect(IMPEDANCE_PRESET_NOTES[id], id).toBeTruthy();
      for (const [key, value] of Object.entries(p.values)) expect(parseUrlState(`${key}=${encodeURIComponent(value)}`, IMPEDANCE_SPEC).errors, `${id} ${key}`).toEqual({});
    }
    expect(IMPEDANCE_PRESETS['pellet-blocking']!.values.c).toBe(DEFAULT_CIRCUIT);
  });
});

describe('Kramers–Kronig series capacitance', () => {
  it('is added for blocking electrodes (a C or CPE in series), not for lithium cells', () => {
    expect(hasSeriesCapacitor(parseCircuit('R0-p(R1,CPE1)-p(R2,CPE2)-CPE3'))).toBe(true);
    expect(hasSeriesCapacitor(parseCircuit('R0-p(R1,CPE1)-C2'))).toBe(true);
    expect(hasSeriesCapacitor(parseCircuit('R0-p(R1,CPE1)-p(R2,CPE2)-p(R3,CPE3)'))).toBe(false);
    expect(hasSeriesCapacitor(parseCircuit('p(R1,C1)'))).toBe(false);
    expect(hasSeriesCapacitor(parseCircuit('C1'))).toBe(true);
  });
});

describe('points for the Arrhenius calculator', () => {
  it('are read back by that calculator\'s parser to four significant figures', () => {
    const points = [{ temperatureK: 173.15, sigmaSPerCm: 3.7612e-7 }, { temperatureK: 213.15, sigmaSPerCm: 1.33e-5 }];
    const text = arrheniusPointsText(points);
    expect(text.split('\n')).toEqual(['T (°C), σ (S/cm)', '-100, 3.761e-7', '-60, 0.00001330']);
    const read = parsePointsText(text, { temperatureUnit: 'C', conductivityUnit: 'S_cm' });
    expect(read.errors).toEqual([]);
    read.points.forEach((p, k) => {
      expect(p.temperatureK).toBeCloseTo(points[k]!.temperatureK, 6);
      expect(p.sigmaSPerCm / points[k]!.sigmaSPerCm).toBeCloseTo(1, 3);
    });
  });
});

describe('messages', () => {
  it('replace code names by the words the workbench uses', () => {
    expect(readable('frequenciesHz[3] = -5 is out of range; it must be a number > 0.')).toBe('The frequency of point 4 = -5 is out of range; it must be a number > 0.');
    expect(readable('zImagOhm has 3 entries')).toBe('The Z″ list has 3 entries');
    expect(readable('R0 may be taken as the bulk resistance (set seriesResistanceAsBulk) if leads are negligible.')).not.toMatch(/seriesResistanceAsBulk/);
    expect(readable('resistanceOhm = 1.00e-30 is out of range')).toBe('A fitted resistance = 1.00e-30 is out of range');
    expect(readable('γ is large at the long-τ end')).toBe('γ is large at the long-τ end');
  });
});

describe('jobs (what the worker runs)', () => {
  it('reads a real export, and turns a binary file or a bad circuit into a message without code names', () => {
    const [ok, binary] = runJobNow({ kind: 'read', files: [{ name: 'exampleDataPowersuite.txt', text: decode('exampleDataPowersuite.txt') }, { name: 'x.mpr', text: 'ab\u0000\u0001cd' }] }) as JobResults['read'];
    expect(ok!.ok && ok!.value.frequenciesHz.length).toBe(30);
    expect(binary!.ok).toBe(false);
    if (!binary!.ok) expect(binary!.message).toMatch(/binary/);
    const spectrum = ok!.ok ? ok!.value : null;
    const bad = runJobNow({ kind: 'fit', spectrum: spectrum!, circuit: 'R0-p(R1', weighting: 'modulus' }) as JobResults['fit'];
    expect(bad.ok).toBe(false);
    const few = runJobNow({ kind: 'kk', spectrum: { frequenciesHz: [1, 2], zRealOhm: [1, 1], zImagOhm: [-1, -1] }, c: 0.85, includeCapacitance: false }) as JobResults['kk'];
    expect(few.ok).toBe(false);
    if (!few.ok) expect(few.message).not.toMatch(/frequenciesHz|zRealOhm|zImagOhm/);
  });
  it('a fit comes with its curve on a dense grid over the data\'s range, and it matches the fit at the data', () => {
    const spectrum = (runJobNow({ kind: 'sample', which: 'pellet' }) as JobResults['sample'])[0]!;
    const r = runJobNow({ kind: 'fit', spectrum, circuit: DEFAULT_CIRCUIT, weighting: 'modulus' }) as JobResults['fit'];
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.curve.frequenciesHz).toHaveLength(160);
    expect(r.value.curve.frequenciesHz[0]).toBeCloseTo(0.1, 10);
    expect(r.value.curve.frequenciesHz[159]).toBeCloseTo(1e6, 3);
    // Both ends of the grid are data frequencies: the curve equals the fit there.
    expect(r.value.curve.zRealOhm[0]! / r.value.zFitRealOhm[70]!).toBeCloseTo(1, 9);
    expect(r.value.curve.zImagOhm[159]! / r.value.zFitImagOhm[0]!).toBeCloseTo(1, 9);
  });
  it('a series reports its progress after each spectrum', () => {
    const spectra = runJobNow({ kind: 'sample', which: 'series' }) as JobResults['sample'];
    const seen: number[] = [];
    const r = runJobNow({ kind: 'series', input: { circuit: DEFAULT_CIRCUIT, spectra, thicknessCm: 0.1, areaCm2: Math.PI / 4 } }, (p) => seen.push(p.done)) as JobResults['series'];
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(r.ok && r.value.bulk.fit!.activationEnergyEv).toBeCloseTo(0.3, 2);
  });
});

describe('the build-time sample analysis', () => {
  const seed = JSON.parse(sampleAnalysisJson()) as SampleSeed;
  it('is a converged fit, a passing Kramers–Kronig test and a DRT of the sample spectrum', () => {
    expect(seed.fit.ok && seed.fit.value.converged).toBe(true);
    expect(seed.kk.ok && seed.kk.value.valid).toBe(true);
    expect(seed.drt.ok && seed.drt.value.peaks.length).toBeGreaterThanOrEqual(2);
  });
  it('equals a fresh fit of the same spectrum to the 7 figures it keeps', () => {
    const fresh = fitCircuit({ ...seed.spectrum, circuit: DEFAULT_CIRCUIT, weighting: 'modulus' });
    if (!seed.fit.ok) throw new Error('no fit');
    for (const [name, value] of Object.entries(fresh.parameters)) expect(seed.fit.value.parameters[name]! / value, name).toBeCloseTo(1, 6);
  });
  it('CSV files carry the fit and the pellet analysis at full precision', () => {
    if (!seed.fit.ok || !seed.kk.ok) throw new Error('no fit');
    const fit = seed.fit.value;
    const params = parametersCsv(fit).split('\r\n');
    expect(params[0]).toBe('parameter,description,value,standard_error,unit,initial_guess');
    expect(params[2]!.split(',').slice(0, 3)).toEqual(['R1', 'resistance', String(Number(fit.parameters.R1!.toPrecision(8)))]);
    const pellet = analysePellet({ node: parseCircuit(fit.circuit), parameters: fit.parameters, thicknessCm: 0.1, areaCm2: Math.PI / 4 });
    expect(materialCsv(pellet, 0.1, Math.PI / 4)).toContain(`Bulk conductivity σ_b,${Number(pellet.bulkSigmaSPerCm!.toPrecision(8))},S/cm`);
    // Reader words and one spelling of each unit: "grain boundary", not the code's "grainBoundary"; Ω, never "ohm"
    const material = materialCsv(pellet, 0.1, Math.PI / 4);
    const arcRows = material.split('\r\n').filter((l) => l.includes(' assignment,'));
    expect(arcRows.length).toBeGreaterThanOrEqual(2);
    for (const row of arcRows) expect(row).toMatch(/^R\d+\|\|(CPE|C)\d+ assignment,(bulk|grain boundary|electrode|not assigned)( \(by hand\))?,$/);
    expect(material).toContain(' assignment,grain boundary,');
    expect(material).not.toMatch(/grainBoundary|unassigned|\bohm\b|cm2/);
    expect(material).toMatch(/ resistance,[\d.e+-]+,Ω\r\n/);
    const overridden = analysePellet({ node: parseCircuit(fit.circuit), parameters: fit.parameters, thicknessCm: 0.1, areaCm2: Math.PI / 4, assignments: { R2: 'unassigned' } });
    expect(materialCsv(overridden, 0.1, Math.PI / 4)).toContain('R2||CPE2 assignment,not assigned (by hand),');
    const rows = spectrumCsv(seed.spectrum, fit, seed.kk.value).trim().split('\r\n');
    expect(rows).toHaveLength(seed.spectrum.frequenciesHz.length + 1);
    expect(rows[1]!.split(',')).toHaveLength(11);
  });
});

describe('the island under generated links', () => {
  const sample = sampleAnalysisJson();
  const presets = Object.entries(IMPEDANCE_PRESETS).map(([id, p]) => ({ id, label: p.label, values: p.values }));
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '1e999', '-1', '0', 'NaN', 'Infinity', '1,5', '<script>alert(1)</script>', 'R0-p(R1', 'R1.bulk-R9.gb', 'p(R1,C1)', 'R0-p(R1,CPE1)-CPE2'));
  const state = fc.record(Object.fromEntries(Object.entries(IMPEDANCE_SPEC).map(([key, field]) => [key,
    field.kind === 'enum' ? fc.oneof(fc.constantFrom(...field.options), fc.string({ maxLength: 6 })) : text])));
  it('never throws and never shows NaN, Infinity, undefined or a code name', () => {
    fc.assert(fc.property(state, fc.boolean(), (s, withSample) => {
      const { values } = parseUrlState(new URLSearchParams(s as Record<string, string>).toString(), IMPEDANCE_SPEC);
      const html = renderToString(h(ImpedanceWorkbench as never, { initial: values, toolPath: '/tools/impedance/', presets, sample: withSample ? sample : undefined, notes: IMPEDANCE_PRESET_NOTES }));
      const visible = html.replace(/<[^>]*>/g, ' ');
      const echoed = Object.values(values).filter(Boolean).sort((a, b) => b.length - a.length);
      const shown = echoed.reduce((t, v) => t.split(v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')).join(' '), visible);
      return !/\bNaN\b|\bInfinity\b|\bundefined\b|frequenciesHz|zRealOhm|resistanceOhm/.test(shown);
    }), { numRuns: 300, seed: 20261202 });
  }, 120_000);

  it('plots milliohm spectra in mΩ, and gives a log axis spanning less than a decade at least two labels', () => {
    expect(ohmUnit(0.034)).toEqual({ factor: 1e3, unit: 'mΩ' });
    expect(ohmUnit(3.4e-4)).toEqual({ factor: 1e6, unit: 'µΩ' });
    expect(ohmUnit(34)).toEqual({ factor: 1, unit: 'Ω' });
    expect(ohmUnit(0)).toEqual({ factor: 1, unit: 'Ω' });
    // |Z| from 16 to 25 mΩ: no 1, 2 or 5 × 10ⁿ but 0.02 inside, which alone would be one label.
    const ticks = ticksOf([Math.log10(0.016), Math.log10(0.025)], true, 5);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) expect(t.at).toBeGreaterThanOrEqual(Math.log10(0.016) - 1e-9);
  });

  it('continues a sentence after a colon: an ordinary first word lower-cased, element names and code names worded', () => {
    expect(afterColon('The spectrum has 3 points')).toBe('the spectrum has 3 points');
    expect(afterColon('R1 is not the resistance of an arc')).toBe('R1 is not the resistance of an arc');
    expect(afterColon('CPE1_1 = 0 is out of range')).toBe('CPE1_1 = 0 is out of range');
    expect(afterColon('capacitanceF = 0 is out of range')).toBe('an effective capacitance = 0 is out of range');
  });
});
