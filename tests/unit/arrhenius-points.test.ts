import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksBinary, parsePointsText, pointsToText, POINTS_MAX_CHARS, POINTS_MAX_LINES, POINTS_MAX_LINE_LENGTH } from '~/lib/arrhenius-points';
import { arrheniusFit, sigmaAtTemperature } from '~/lib/arrhenius';
import { ARRHENIUS_PRESETS } from '~/lib/presets/arrhenius';

const pairs = (text: string, options = {}) => parsePointsText(text, options).points.map((p) => [p.temperature, p.sigma]);

describe('parsePointsText: accepted layouts', () => {
  it('reads comma, semicolon, tab and space separated pairs', () => {
    const want = [[25, 3e-4], [50, 9.51e-4]];
    expect(pairs('25,3e-4\n50,9.51e-4')).toEqual(want);
    expect(pairs('25; 3e-4\n50 ;9.51e-4')).toEqual(want);
    expect(pairs('25\t3e-4\n50\t\t9.51e-4')).toEqual(want);
    expect(pairs('  25   3e-4 \n50 9.51e-4')).toEqual(want);
  });

  it('accepts Windows and old Mac line ends, a byte-order mark and a trailing separator', () => {
    expect(pairs('\uFEFF25,3e-4,\r\n50,9.51e-4\r100,1e-2,\n150;2e-2;')).toEqual([[25, 3e-4], [50, 9.51e-4], [100, 1e-2], [150, 2e-2]]);
  });

  it('reads decimal commas in semicolon- and tab-separated lines', () => {
    expect(pairs('25;3,0e-4\n50\t9,51E-4\n-20,5;1,2e-5')).toEqual([[25, 3e-4], [50, 9.51e-4], [-20.5, 1.2e-5]]);
  });

  it('skips a header row, comments and blank lines, and reports the header line', () => {
    const r = parsePointsText('# measured on heating\n\n% second comment\nT (°C), sigma (S/cm)\n25, 3e-4 # first\n// note\n50, 1e-3\n\n');
    expect(r.errors).toEqual([]);
    expect(r.headerLine).toBe(4);
    expect(r.points.map((p) => p.line)).toEqual([5, 7]);
  });

  it('understands ×10^ notation and the Unicode minus', () => {
    const [a, b] = pairs('25, 3.0 × 10^-4\n\u221220, 1.2e\u22125');
    expect(a![1]).toBeCloseTo(3e-4, 15);
    expect(b).toEqual([-20, 1.2e-5]);
  });

  it('converts units to K and S/cm', () => {
    const [c] = parsePointsText('25, 3', { temperatureUnit: 'C', conductivityUnit: 'mS_cm' }).points;
    expect(c!.temperatureK).toBeCloseTo(298.15, 10);
    expect(c!.sigmaSPerCm).toBeCloseTo(3e-3, 15);
    const [k] = parsePointsText('300, 2', { temperatureUnit: 'K', conductivityUnit: 'S_m' }).points;
    expect(k!.temperatureK).toBe(300);
    expect(k!.sigmaSPerCm).toBeCloseTo(0.02, 15);
  });

  it('round-trips pointsToText', () => {
    const text = pointsToText([{ temperature: 25, sigma: 3e-4 }, { temperature: 60, sigma: 0.0021 }], 'T, s');
    expect(pairs(text)).toEqual([[25, 3e-4], [60, 0.0021]]);
  });
});

describe('parsePointsText: messages with line numbers', () => {
  const errs = (text: string, options = {}) => parsePointsText(text, options).errors;

  it('flags words, wrong column counts and later header-like lines', () => {
    expect(errs('25, 3e-4\n50, abc')).toEqual([{ line: 2, message: 'Line 2: the conductivity "abc" is not a number.' }]);
    expect(errs('25, 3e-4\nxx, 1e-3')[0]!.message).toBe('Line 2: the temperature "xx" is not a number.');
    expect(errs('25, 3e-4, 7')[0]!.message).toMatch(/^Line 1: expected two values.*found 3/);
    expect(errs('25')[0]!.message).toMatch(/^Line 1: expected two values.*found 1/);
    expect(errs('25, 3e-4\nT, sigma')[0]!.line).toBe(2);
  });

  it('flags temperatures at or below absolute zero, hinting at the unit', () => {
    expect(errs('-300, 1e-3')[0]!.message).toBe('Line 1: -300 °C is at or below absolute zero (is the unit K rather than °C?).');
    expect(errs('0, 1e-3', { temperatureUnit: 'K' })[0]!.message).toBe('Line 1: 0 K is at or below absolute zero.');
    expect(errs('20000, 1e-3', { temperatureUnit: 'K' })[0]!.message).toMatch(/outside 1 K to 10 000 K/);
  });

  it('flags zero, negative and absurd conductivities', () => {
    expect(errs('25, 0')[0]!.message).toMatch(/^Line 1: the conductivity must be above 0/);
    expect(errs('25, -1e-3')[0]!.message).toMatch(/must be above 0/);
    expect(errs('25, 1e9')[0]!.message).toMatch(/outside the range/);
    expect(errs('25, 1e-50')[0]!.message).toMatch(/outside the range/);
  });

  it('keeps the good points when some lines are bad', () => {
    const r = parsePointsText('25, 3e-4\nbad line here\n50, 1e-3\n75, nope');
    expect(r.points).toHaveLength(2);
    expect(r.errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it('limits the text length, the line count and the line length', () => {
    expect(errs('1, 1\n'.repeat(POINTS_MAX_CHARS))[0]).toMatchObject({ line: 0 });
    const many = Array.from({ length: POINTS_MAX_LINES + 1 }, () => '').join('\n');
    expect(errs(many)[0]!.message).toMatch(/too many lines/);
    const long = `25, 3e-4\n${'9'.repeat(POINTS_MAX_LINE_LENGTH + 1)}`;
    expect(errs(long)).toEqual([{ line: 2, message: `Line 2 is too long (${POINTS_MAX_LINE_LENGTH + 1} characters; at most ${POINTS_MAX_LINE_LENGTH}).` }]);
  });

  it('quotes at most 20 characters of hostile text and shows control characters as �', () => {
    const m = errs(`25, <script>alert(1)</script>\u0007\u202e${'x'.repeat(50)}`)[0]!.message;
    expect(m.length).toBeLessThan(80);
    expect(m).not.toMatch(/[\u0007\u202e]/);
    expect(errs('25, 1e-3\n\u202e50, 1e-3')[0]!.message).toBe('Line 2: the temperature "\uFFFD50" is not a number.');
  });

  it('refuses binary content (a NUL byte, or many control characters) as a whole', () => {
    for (const text of ['PK\u0003\u0004\u0014\u0000\u0006\u0000 [Content_Types].xml', '25, 1e-3\n\u0000\u0000', '\u0001\u0002\u0003\u0004 25, 1e-3']) {
      const r = parsePointsText(text);
      expect(r.points).toHaveLength(0);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.line).toBe(0);
      expect(r.errors[0]!.message).toMatch(/binary file, not text.*CSV or plain text/);
    }
    // a tab-separated file is text
    expect(parsePointsText('25\t1e-3\n50\t2e-3').points).toHaveLength(2);
  });

  it('looksBinary: NUL bytes or more than 1 in 20 control bytes (file(1)-style heuristic)', () => {
    const enc = new TextEncoder();
    expect(looksBinary(enc.encode('T,sigma\r\n25,1e-3\r\n'))).toBe(false);
    expect(looksBinary(enc.encode('25\t1e-3\f\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(true); // a ZIP (xlsx) header
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true); // PNG: 0x1a among 8 bytes
    expect(looksBinary(enc.encode('°C, S/cm\n25, 1e-3'))).toBe(false); // UTF-8 beyond ASCII is text
  });

  it('reads uncertainty columns: absolute, relative (%), and the temperature\'s', () => {
    const abs = parsePointsText('25, 2e-3, 1e-4\n50, 4e-3, 2e-4', { uncertainty: 'abs' });
    expect(abs.errors).toEqual([]);
    expect(abs.points.map((p) => p.sigmaRelErr)).toEqual([0.05, 0.05]);
    expect(abs.points[0]!.temperatureErrK).toBeUndefined();
    const rel = parsePointsText('25, 2e-3, 5, 0.5\n50, 4e-3, 10, 1', { uncertainty: 'rel' });
    expect(rel.points.map((p) => [p.sigmaRelErr, p.temperatureErrK])).toEqual([[0.05, 0.5], [0.1, 1]]);
    // mS/cm: the absolute uncertainty is in the same unit as σ
    expect(parsePointsText('25, 2, 0.1', { uncertainty: 'abs', conductivityUnit: 'mS_cm' }).points[0]!.sigmaRelErr).toBeCloseTo(0.05, 14);
    const bad = (text: string, uncertainty: 'abs' | 'rel') => parsePointsText(text, { uncertainty }).errors.map((e) => e.message);
    expect(bad('25, 2e-3', 'abs')[0]).toMatch(/^Line 1: expected three or four values/);
    expect(bad('25, 2e-3, 0', 'abs')[0]).toMatch(/uncertainty of σ must be above 0/);
    expect(bad('25, 2e-3, 2e-3', 'abs')[0]).toMatch(/as large as σ itself/);
    expect(bad('25, 2e-3, 100', 'rel')[0]).toMatch(/100 %/);
    expect(bad('25, 2e-3, x', 'rel')[0]).toMatch(/uncertainty of σ "x" is not a number/);
    expect(bad('25, 2e-3, 5, 200', 'rel')[0]).toMatch(/uncertainty of T must be from 0 to 100 K/);
    expect(bad('25, 2e-3, 5, 1\n50, 4e-3, 5', 'rel')[0]).toMatch(/on every line or on none: 1 of 2/);
    // without an uncertainty column chosen, a third value is an error that says where to choose one
    expect(parsePointsText('25, 2e-3, 1e-4').errors[0]!.message).toMatch(/choose what the third column holds/);
  });

  it('does not take a line of non-ASCII digits for a header', () => {
    expect(errs('２５, ３e-4\n50, 1e-3')[0]!.message).toBe('Line 1: the temperature "２５" is not a number.');
    expect(parsePointsText('1000/T, sigma\n3.3, 1e-3').headerLine).toBe(1);
  });

  it('treats a non-string as a whole-text problem', () => {
    expect(parsePointsText(42 as unknown as string).errors[0]!.line).toBe(0);
  });
});

describe('parsePointsText: fuzzing', () => {
  const check = (text: string) => {
    const r = parsePointsText(text);
    for (const p of r.points) {
      for (const v of [p.temperature, p.sigma, p.temperatureK, p.sigmaSPerCm]) expect(Number.isFinite(v)).toBe(true);
      expect(p.temperatureK).toBeGreaterThan(0);
      expect(p.sigmaSPerCm).toBeGreaterThan(0);
    }
    for (const e of r.errors) {
      expect(typeof e.message).toBe('string');
      expect(e.message.length).toBeLessThan(200);
      // Outside the quoted excerpt of what was typed, a message never shows a non-number.
      expect(e.message.replace(/"[^]*"/, '')).not.toMatch(/NaN|Infinity|undefined/);
    }
    expect(r.points.length + r.errors.length).toBeLessThanOrEqual(POINTS_MAX_LINES);
  };

  it('never throws and never yields non-finite values on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), check), { numRuns: 400 });
  });

  it('survives hostile, line-structured text', () => {
    const token = fc.oneof(
      fc.constantFrom('', ' ', ',', ';', '\t', '#', '%', '//', '\r', '\n', '\r\n', 'e', 'E', '-', '\u2212', '×10^', '1e308', '1e-400', 'NaN', 'Infinity', '0x10', '<img src=x>', '\u0000', '\uFEFF', '"', '1,5'),
      fc.double({ noNaN: false }).map(String),
      fc.integer().map(String),
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 200 }).map((t) => t.join('')), check), { numRuns: 400 });
  });

  it('handles huge inputs (its speed is timed by npm run bench)', () => {
    check('1, 1\n'.repeat(1e5));
    check(`${'9'.repeat(1e6)}`);
    check('25, 3e-4\n'.repeat(199));
    expect(parsePointsText('25, 3e-4\n'.repeat(199)).points).toHaveLength(199);
  });

  it('reads back any list of valid pairs written by pointsToText', () => {
    const pair = fc.record({ temperature: fc.double({ min: -270, max: 2000, noNaN: true }), sigma: fc.double({ min: 1e-30, max: 1e5, noNaN: true }) });
    fc.assert(fc.property(fc.array(pair, { minLength: 1, maxLength: 100 }), (list) => {
      const text = pointsToText(list);
      fc.pre(text.length <= POINTS_MAX_CHARS);
      const r = parsePointsText(text);
      expect(r.errors).toEqual([]);
      expect(r.points.map((p) => [p.temperature, p.sigma])).toEqual(list.map((p) => [p.temperature === 0 ? 0 : p.temperature, p.sigma]));
    }), { numRuns: 200 });
  });
});

describe('Arrhenius presets', () => {
  const refIds = new Set((JSON.parse(readFileSync('content/data/references.json', 'utf8')) as { id: string }[]).map((r) => r.id));
  const generated: Record<string, { sigmaRef: number; tRefC: number; ea: number }> = {
    'lagp-hot-pressed-004-38': { sigmaRef: 3.0e-4, tRefC: 25, ea: 0.41 },
    'li6ps5cl-table2': { sigmaRef: 1.3e-3, tRefC: 25, ea: 0.33 },
    'lgps-kamaya': { sigmaRef: 1.2e-2, tRefC: 27, ea: 0.21 },
    'li7p3s11-hotpressed': { sigmaRef: 1.7e-2, tRefC: 25, ea: 0.18 },
  };

  it('parse cleanly, cite known references (or say "illustrative"), and use the URL vocabulary', () => {
    for (const [id, preset] of Object.entries(ARRHENIUS_PRESETS)) {
      const r = parsePointsText(preset.values.pts!, { temperatureUnit: 'C', conductivityUnit: 'S_cm' });
      expect(r.errors, id).toEqual([]);
      expect(r.points.length, id).toBeGreaterThanOrEqual(2);
      expect(preset.values.pts!.length).toBeLessThanOrEqual(POINTS_MAX_CHARS);
      for (const s of preset.sources) expect(refIds.has(s), `${id}: ${s}`).toBe(true);
      if (preset.sources.length === 0) expect(preset.label).toMatch(/illustrative/);
      expect(Object.keys(preset.values).every((k) => ['pts', 'Tu', 'su', 'form', 'Tx', 'Txu', 'unc', 'more'].includes(k))).toBe(true);
    }
  });

  it('hold points generated from σ(T_ref) and Eₐ with sigmaAtTemperature (σT form), to 3 significant figures', () => {
    for (const [id, g] of Object.entries(generated)) {
      const preset = ARRHENIUS_PRESETS[id]!;
      expect(preset.label).toMatch(/generated/);
      const { points } = parsePointsText(preset.values.pts!);
      for (const p of points) {
        const want = sigmaAtTemperature({ activationEnergyEv: g.ea, sigmaRefSPerCm: g.sigmaRef, referenceTemperatureK: g.tRefC + 273.15, temperatureK: p.temperatureK, form: 'sigmaT' }).sigmaSPerCm;
        expect(Math.abs(p.sigmaSPerCm / want - 1), `${id} at ${p.temperature} °C`).toBeLessThan(5e-3);
      }
      expect(arrheniusFit(points, 'sigmaT').activationEnergyEv).toBeCloseTo(g.ea, 2);
    }
  });

  it('match the data files they cite', () => {
    const t2 = readFileSync('content/data/003-table-2.yaml', 'utf8');
    expect(t2).toMatch(/id: li6ps5cl[\s\S]*?value: 1\.3e-3[\s\S]*?value: 0\.33[\s\S]*?"003-42"/);
    expect(t2).toMatch(/id: li10gep2s12[\s\S]*?value: 1\.2e-2[\s\S]*?value: 0\.21[\s\S]*?"003-38"/);
    expect(t2).toMatch(/id: li7p3s11-ref21[\s\S]*?value: 1\.7e-2[\s\S]*?value: 0\.18[\s\S]*?"003-21"/);
    const t1 = readFileSync('content/data/004-table-1.yaml', 'utf8');
    expect(t1).toMatch(/id: lagp-hot-pressing-38[\s\S]*?value: 0\.0003,[\s\S]*?value: 0\.41,[\s\S]*?"004-38"/);
  });
});
