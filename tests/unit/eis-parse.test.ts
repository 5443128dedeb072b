import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  IMPEDANCE_FILE_ACCEPT,
  IMPEDANCE_FORMATS,
  ImpedanceFileError,
  detectImpedanceFormat,
  parseImpedanceFile,
  type ImpedanceFormat,
  type ParsedSpectrum,
} from '~/lib/eis/parse';
import { PhysicsInputError } from '~/lib/errors';

const FIXTURES = fileURLToPath(new URL('../fixtures/eis/', import.meta.url));
/** Decoded as UTF-8, as the browser's File.text() does (Latin-1 µ and ° become U+FFFD). */
const fixture = (name: string): string => new TextDecoder().decode(readFileSync(FIXTURES + name));
const parse = (name: string): ParsedSpectrum => parseImpedanceFile(fixture(name), name);

type Triple = [number, number, number];
const first = (s: ParsedSpectrum): Triple => [s.frequenciesHz[0], s.zRealOhm[0], s.zImagOhm[0]];
const last = (s: ParsedSpectrum): Triple => {
  const n = s.frequenciesHz.length - 1;
  return [s.frequenciesHz[n], s.zRealOhm[n], s.zImagOhm[n]];
};

/** Throws ImpedanceFileError whose message matches `pattern` and whose line is `line`. */
function expectFileError(text: string, pattern: RegExp, line?: number, fileName?: string): ImpedanceFileError {
  try {
    parseImpedanceFile(text, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(ImpedanceFileError);
    expect(error).toBeInstanceOf(PhysicsInputError);
    const e = error as ImpedanceFileError;
    expect(e.field).toBe('file');
    expect(e.message).toMatch(pattern);
    expect(e.line).toBe(line);
    if (line !== undefined) expect(e.message.startsWith(`Line ${line}: `)).toBe(true);
    return e;
  }
  throw new Error(`expected an ImpedanceFileError matching ${pattern}`);
}

// Expected values read off each file by hand (first and last data row; Z'' negated where the file stores −Z'').
const FILES: {
  file: string;
  format: ImpedanceFormat;
  n: number;
  first: Triple;
  last: Triple;
  warnings: RegExp[];
}[] = [
  { file: 'exampleData.csv', format: 'csv', n: 66, first: [3.162299999999999833e-3, 4.94998977640506016e-2, -2.043869854441892481e-2], last: [1e4, 1.577148266048593317e-2, 1.015747456493823649e-2], warnings: [] },
  { file: 'Circuit1_EIS_1.z', format: 'zplot', n: 48, first: [5e4, 29.036, 0.63662], last: [1, 75.803, -0.16244], warnings: [] },
  { file: 'Circuit1_EIS_2.z', format: 'zplot', n: 48, first: [5e4, 29.001, 0.5992], last: [1, 75.82, -0.17374], warnings: [] },
  { file: 'Circuit2_EIS_1.z', format: 'zplot', n: 56, first: [3e5, 147.77, -11.335], last: [1, 654.19, 0.64271], warnings: [] },
  { file: 'Circuit2_EIS_2.z', format: 'zplot', n: 56, first: [3e5, 147.68, -11.662], last: [1, 652.44, -2.118], warnings: [] },
  { file: 'Circuit3_EIS_1.z', format: 'zplot', n: 53, first: [1.5e5, 1493.7, 10.377], last: [1, 6137.5, 17.89], warnings: [] },
  { file: 'Circuit3_EIS_2.z', format: 'zplot', n: 53, first: [1.5e5, 1492.0, 11.789], last: [1, 6138.2, -10.151], warnings: [] },
  { file: 'exampleDataZPlot.z', format: 'zplot', n: 21, first: [3e5, 147.77, -11.335], last: [3e3, 613.68, -137.13], warnings: [/announces 56 points but the file holds 21/] },
  { file: 'exampleDataZPlot_noComments.z', format: 'zplot', n: 31, first: [3e5, 642.62, -85.821], last: [300, 1305.3, -195.01], warnings: [/announces 79 points but the file holds 31/] },
  { file: 'exampleDataAutolab.txt', format: 'zplot', n: 41, first: [1e4, 0.013785863964281, 0.007191946305823], last: [0.1, 0.0345697771923854, -0.00390292888845954], warnings: [] },
  { file: 'exampleDataGamry.DTA', format: 'gamry', n: 72, first: [200015.6, 825.8584, -1367.239], last: [0.0158898, 17007.49, -6635.557], warnings: [] },
  { file: 'exampleDataGamryABORT.DTA', format: 'gamry', n: 72, first: [200015.6, 825.8584, -1367.239], last: [0.0158898, 17007.49, -6635.557], warnings: [/^The run was aborted \(line 172: EXPERIMENTABORTED\).*72 points/] },
  { file: 'exampleDataBioLogic.mpt', format: 'biologic', n: 43, first: [1000.3201, 65.470886, -0.38998979], last: [0.01689554, 110.97003, -2.3458567], warnings: [] },
  { file: 'exampleDataBioLogic_MissingFreq.mpt', format: 'biologic', n: 43, first: [1000.3201, 65.470886, -0.38998979], last: [0.01689554, 110.97003, -2.3458567], warnings: [/^Line 61: the column names have no frequency column.*first column was read as the frequency.*\|Z\| agrees/] },
  { file: 'exampleDataCHInstruments.txt', format: 'chi', n: 73, first: [9.961e4, 98.91, -2.748], last: [0.1, 5685, -15860], warnings: [] },
  { file: 'exampleDataParstat.txt', format: 'parstat', n: 31, first: [1e4, -0.00049816280376104, 0.0175143479976367], last: [10, 0.0270946491457229, -0.00399791080333837], warnings: [/^Skipped 781 rows \(lines 2–782\): frequency 0 and Z = 0/] },
  { file: 'exampleDataPowersuite.txt', format: 'powersuite', n: 30, first: [0.1, 423929.46, -49014.063], last: [2e6, -470.54113, -1397.7358], warnings: [] },
  { file: 'exampleDataVersaStudio.par', format: 'versastudio', n: 61, first: [1e5, 55.31571, 4.575431], last: [0.02154435, 1516.313, -122.8279], warnings: [] },
];

describe('real export files (impedance.py data folder)', () => {
  it('every fixture in the folder is covered by a test', () => {
    const listed = FILES.map((f) => f.file);
    expect(readdirSync(FIXTURES).sort()).toEqual(['LICENSE', 'README.md', ...listed].sort());
    for (const f of listed) expect(fixture('README.md')).toContain(`\`${f}\``);
    expect(fixture('LICENSE')).toMatch(/MIT License[\s\S]*impedance\.py developers/);
  });

  for (const f of FILES) {
    it(`${f.file}: ${f.format}, ${f.n} points, first and last (f, Z′, Z″) as in the file`, () => {
      const s = parse(f.file);
      expect(s.format).toBe(f.format);
      expect(s.frequenciesHz).toHaveLength(f.n);
      expect(s.zRealOhm).toHaveLength(f.n);
      expect(s.zImagOhm).toHaveLength(f.n);
      expect(first(s)).toEqual(f.first);
      expect(last(s)).toEqual(f.last);
      expect(s.warnings).toHaveLength(f.warnings.length);
      f.warnings.forEach((w, i) => expect(s.warnings[i]).toMatch(w));
      for (let i = 0; i < f.n; i++) {
        expect(s.frequenciesHz[i]).toBeGreaterThan(0);
        expect(Number.isFinite(s.zRealOhm[i]) && Number.isFinite(s.zImagOhm[i])).toBe(true);
      }
    });
  }

  it('detects the format from the content, not the file name', () => {
    expect(parseImpedanceFile(fixture('exampleDataBioLogic.mpt'), 'renamed.csv').format).toBe('biologic');
    expect(parseImpedanceFile(fixture('exampleDataGamry.DTA'), 'data.txt').format).toBe('gamry');
    expect(parseImpedanceFile(fixture('exampleDataVersaStudio.par')).format).toBe('versastudio');
    expect(detectImpedanceFormat(fixture('Circuit1_EIS_1.z'), 'x.mpt')).toBe('zplot');
  });

  it('labels the Z60W file as ZView text and keeps header fields as metadata', () => {
    const s = parse('exampleDataAutolab.txt');
    expect(s.formatLabel).toBe('ZView text (Z60W data file)');
    expect(s.metadata?.file).toBe('Z60W Data File: Version 1.1');
    expect(parse('exampleDataGamry.DTA').metadata?.FREQINIT).toBe('2.00000E+005');
    expect(parse('exampleDataBioLogic.mpt').metadata?.Device).toBe('SP-150 (SN 10791079)');
    expect(parse('Circuit1_EIS_1.z').metadata?.['Data Points']).toBe('48');
    expect(parse('exampleDataCHInstruments.txt').metadata?.['Instrument Model']).toBe('CHI660E');
    expect(parse('exampleDataVersaStudio.par').metadata?.Type).toBe('VersaSTAT4');
  });

  it('Gamry: the complete and the aborted run hold the same points; only the aborted one warns', () => {
    const full = parse('exampleDataGamry.DTA');
    const aborted = parse('exampleDataGamryABORT.DTA');
    expect(aborted.frequenciesHz).toEqual(full.frequenciesHz);
    expect(aborted.zImagOhm).toEqual(full.zImagOhm);
  });

  it('BioLogic: Z″ is −(−Im(Z)) and agrees with the file’s own |Z| and phase columns', () => {
    // Columns 4 and 5 of the .mpt are |Z|/Ohm and Phase(Z)/deg: |Z|·cos φ and |Z|·sin φ must give Z′, Z″.
    const text = fixture('exampleDataBioLogic.mpt');
    const s = parseImpedanceFile(text);
    const rows = text.split(/\r?\n/).slice(61).filter(Boolean).map((l) => l.split('\t').map(Number));
    rows.forEach(([, , , mod, phaseDeg], i) => {
      const phi = (phaseDeg * Math.PI) / 180;
      expect(Math.abs(mod * Math.cos(phi) - s.zRealOhm[i])).toBeLessThan(1e-5 * mod);
      expect(Math.abs(mod * Math.sin(phi) - s.zImagOhm[i])).toBeLessThan(1e-5 * mod);
    });
    // Read from |Z| and phase alone, the same spectrum comes out (polar conversion, degrees).
    const polar = parseImpedanceFile(
      ['freq/Hz\t|Z|/Ohm\tPhase(Z)/deg', ...rows.map((r) => `${r[0]}\t${r[3]}\t${r[4]}`)].join('\n'),
    );
    expect(polar.warnings.join(' ')).toMatch(/computed from \|Z\| and the phase \(degrees\)/);
    polar.zImagOhm.forEach((z, i) => expect(Math.abs(z - s.zImagOhm[i])).toBeLessThan(1e-5 * rows[i][3]));
  });
});

describe('plain tables', () => {
  const rows = ['1000,50,-10', '100,60,-25', '10,80,-30'];

  it('no header: columns f, Z′, Z″ by position, capacitive Z″ < 0 kept', () => {
    const s = parseImpedanceFile(rows.join('\n'));
    expect(s).toMatchObject({ format: 'csv', frequenciesHz: [1000, 100, 10], zRealOhm: [50, 60, 80], zImagOhm: [-10, -25, -30] });
    expect(s.warnings).toEqual([]);
  });

  it('no header and mostly positive third column: read as −Z″, flipped, with a warning', () => {
    const s = parseImpedanceFile('1000,50,10\n100,60,25\n10,80,30\n1,90,-2');
    expect(s.zImagOhm).toEqual([-10, -25, -30, 2]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(/read as −Z″.*sign flipped/);
  });

  it('header decides the sign: "-Z\'\'" and "-Im(Z)" are flipped, "Z\'\'" and "Zim" are not', () => {
    const body = '\n1000,50,10\n100,60,25\n10,80,30';
    expect(parseImpedanceFile(`freq,Z',-Z''${body}`).zImagOhm).toEqual([-10, -25, -30]);
    expect(parseImpedanceFile(`f (Hz),Re(Z) (Ohm),-Im(Z) (Ohm)${body}`).zImagOhm).toEqual([-10, -25, -30]);
    expect(parseImpedanceFile(`Frequency,Z',−Z″${body}`).zImagOhm).toEqual([-10, -25, -30]);
    const asIs = parseImpedanceFile(`Frequency (Hz),Z' (Ohm),Z'' (Ohm)${body}`);
    expect(asIs.zImagOhm).toEqual([10, 25, 30]);
    expect(asIs.warnings).toEqual([]);
    expect(parseImpedanceFile(`freq\tZre\tZim${body.replaceAll(',', '\t')}`).zImagOhm).toEqual([10, 25, 30]);
  });

  it('finds columns by name in any order, among other columns', () => {
    const s = parseImpedanceFile('"Index","Time (s)","Z\'\' (Ohm)","Freq (Hz)","Z\' (Ohm)"\n1,0.5,-3,1e4,20\n2,1.5,-4,1e3,21\n3,2.5,-5,1e2,22');
    expect(s.frequenciesHz).toEqual([1e4, 1e3, 1e2]);
    expect(s.zRealOhm).toEqual([20, 21, 22]);
    expect(s.zImagOhm).toEqual([-3, -4, -5]);
  });

  it('semicolons with decimal commas, tabs, and runs of spaces', () => {
    const semi = parseImpedanceFile("Frequenz (Hz);Z' (Ohm);Z'' (Ohm)\n1000;12,5;-3,25\n100;13,75;-4,5\n10;15;-6,125");
    expect(semi.zRealOhm).toEqual([12.5, 13.75, 15]);
    expect(semi.zImagOhm).toEqual([-3.25, -4.5, -6.125]);
    const semiNoHeader = parseImpedanceFile('1000;12,5;-3,25\n100;13,75;-4,5\n10;15;-6,125');
    expect(semiNoHeader.frequenciesHz).toEqual([1000, 100, 10]);
    const tsv = parseImpedanceFile('1e3\t1.5\t-0.5\n1e2\t2.5\t-1.5\n1e1\t3.5\t-2.5\n');
    expect(tsv.zImagOhm).toEqual([-0.5, -1.5, -2.5]);
    const spaces = parseImpedanceFile("Frequency (Hz)   Z' (Ohm)   Z'' (Ohm)\n  1e3   1.5   -0.5\n  1e2   2.5  -1.5\n  1e1   3.5  -2.5");
    expect(spaces.zRealOhm).toEqual([1.5, 2.5, 3.5]);
    const spacesDecimalComma = parseImpedanceFile('1000 12,5 -3,25\n100 13,75 -4,5\n10 15 -6,125');
    expect(spacesDecimalComma.zRealOhm).toEqual([12.5, 13.75, 15]);
  });

  it('|Z| and phase columns (degrees) when there are no Z′/Z″ columns; "-Phase" is negated', () => {
    // |Z| = 100 Ω at −30°: Z′ = 100·cos30° = 86.6025 Ω, Z″ = −50 Ω; at −90°: Z′ = 0, Z″ = −200 Ω.
    const s = parseImpedanceFile('Freq/Hz, Z/ohm, Phase/deg\n1000, 100, -30\n100, 200, -90\n10, 50, 0');
    expect(s.zRealOhm[0]).toBeCloseTo(86.60254037844386, 12);
    expect(s.zImagOhm[0]).toBeCloseTo(-50, 12);
    expect(s.zRealOhm[1]).toBeCloseTo(0, 12);
    expect(s.zImagOhm[1]).toBeCloseTo(-200, 12);
    expect(s.zImagOhm[2]).toBe(0);
    expect(s.warnings[0]).toMatch(/Z′ = \|Z\|·cos φ, Z″ = \|Z\|·sin φ/);
    const minus = parseImpedanceFile("Frequency (Hz);|Z| (Ω);-Phase (°)\n1000;100;30\n100;200;90\n10;50;0", 'nova.txt');
    expect(minus.zImagOhm[0]).toBeCloseTo(-50, 12);
    expect(minus.warnings[0]).toMatch(/'-Phase' column was negated/);
    expectFileError('f,|Z|,phase\n1,10,-30\n2,-10,-30\n3,10,-30', /\|Z\| must not be negative/, 3);
    expectFileError('f,|Z|,phase\n1,10,-30\n2,10,-400\n3,10,-30', /outside −360° … 360°/, 3);
  });

  it('unit prefixes in the names scale to Hz and Ω (kHz, kΩ, MOhm, mOhm)', () => {
    const s = parseImpedanceFile("f (kHz), Z' (kΩ), Z'' (kΩ)\n1, 2, -0.5\n0.1, 3, -1\n0.01, 4, -2");
    expect(s.frequenciesHz).toEqual([1000, 100, 10]);
    expect(s.zRealOhm).toEqual([2000, 3000, 4000]);
    expect(s.zImagOhm).toEqual([-500, -1000, -2000]);
    expect(parseImpedanceFile("f/mHz, Zre/MOhm, Zim/mOhm\n1000,1,-1000\n100,1,-1000\n10,1,-1000").zImagOhm).toEqual([-1, -1, -1]);
    expect(parseImpedanceFile("f/mHz, Zre/MOhm, Zim/mOhm\n1000,1,-1000\n100,1,-1000\n10,1,-1000").frequenciesHz).toEqual([1, 0.1, 0.01]);
  });

  it('a preamble before the names is kept as metadata; a stated temperature is read with its unit', () => {
    const body = "\nFrequency (Hz),Z' (Ohm),Z'' (Ohm)\n1000,50,-10\n100,60,-25\n10,80,-30";
    const c = parseImpedanceFile(`Sample: LLZO pellet\nTemperature (°C): 25${body}`);
    expect(c.metadata).toEqual({ Sample: 'LLZO pellet', 'Temperature (°C)': '25' });
    expect(c.temperatureK).toBeCloseTo(298.15, 10);
    expect(parseImpedanceFile(`Temp = 350 K${body}`).temperatureK).toBe(350);
    expect(parseImpedanceFile(`Temperature: 80 deg C${body}`).temperatureK).toBeCloseTo(353.15, 10);
    // No unit: ambiguous, so no temperature.
    expect(parseImpedanceFile(`Temperature: 300${body}`).temperatureK).toBeUndefined();
    expect(parseImpedanceFile(`Temperature: -300 C${body}`).temperatureK).toBeUndefined();
    expect(parseImpedanceFile(rows.join('\n')).temperatureK).toBeUndefined();
  });

  it('a names line followed by a units line', () => {
    const s = parseImpedanceFile("Freq\tZreal\tZimag\nHz\tohm\tohm\n1000\t50\t-10\n100\t60\t-25\n10\t80\t-30");
    expect(s.zImagOhm).toEqual([-10, -25, -30]);
  });

  it('headerless data after a "key: value" preamble, CRLF and CR line ends, BOM', () => {
    const s = parseImpedanceFile('\uFEFFSample: A\r\n1000,50,-10\r\n100,60,-25\r\n10,80,-30\r\n');
    expect(s.frequenciesHz).toEqual([1000, 100, 10]);
    expect(s.metadata).toEqual({ Sample: 'A' });
    expect(parseImpedanceFile('1000,50,-10\r100,60,-25\r10,80,-30').zRealOhm).toEqual([50, 60, 80]);
  });

  it('comment lines among the data are skipped and counted', () => {
    const s = parseImpedanceFile('1000,50,-10\n# pause\n100,60,-25\n% note\n10,80,-30');
    expect(s.frequenciesHz).toEqual([1000, 100, 10]);
    expect(s.warnings).toEqual(['Skipped 2 comment lines among the data (lines 2 and 4).']);
  });

  it('duplicated frequencies are kept in file order, with a warning', () => {
    const s = parseImpedanceFile('1000,50,-10\n100,60,-25\n100,61,-26\n10,80,-30');
    expect(s.frequenciesHz).toEqual([1000, 100, 100, 10]);
    expect(s.zRealOhm).toEqual([50, 60, 61, 80]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(/^1 point repeats a frequency .*100 Hz on lines 2 and 3/);
  });

  it('extension is a hint only for content without a format’s marks', () => {
    const headerless = rows.join('\n');
    expect(parseImpedanceFile(headerless, 'run.mpt').format).toBe('biologic');
    expect(parseImpedanceFile(headerless, 'run.txt').format).toBe('csv');
    // A .DTA extension cannot make a Gamry file of a plain table: it is read as a table.
    expect(parseImpedanceFile(headerless, 'run.DTA').format).toBe('csv');
    expect(detectImpedanceFormat(headerless, 'run.mpt')).toBe('biologic');
  });
});

describe('instrument layouts built by hand', () => {
  it('Autolab (Nova) export: "-Z\'\' (Ω)" is flipped; semicolons and decimal commas', () => {
    const s = parseImpedanceFile(
      "Index;Frequency (Hz);Z' (Ω);-Z'' (Ω);Z (Ω);-Phase (°);Time (s)\n1;10000;12,5;0,5;12,51;2,29;0,1\n2;1000;13;2,5;13,24;10,9;0,2\n3;100;15;6;16,16;21,8;0,3",
      'nova.txt',
    );
    expect(s.format).toBe('autolab');
    expect(s.zRealOhm).toEqual([12.5, 13, 15]);
    expect(s.zImagOhm).toEqual([-0.5, -2.5, -6]);
    expect(s.warnings).toEqual([]);
  });

  it('BioLogic rows with frequency 0 or missing are skipped and named', () => {
    const lines = fixture('exampleDataBioLogic.mpt').split('\n');
    lines[63] = lines[63].replace(/^[^\t]*/, '0'); // line 64: frequency 0
    lines[70] = lines[70].replace(/^[^\t]*/, ''); // line 71: no frequency
    const s = parseImpedanceFile(lines.join('\n'));
    expect(s.frequenciesHz).toHaveLength(41);
    expect(s.warnings).toEqual(['Skipped 2 rows (lines 64 and 71): frequency 0 or missing, so they are not impedance points.']);
    expect(s.frequenciesHz).not.toContain(0);
  });

  it('BioLogic: an impossible header line count names line 2', () => {
    const text = fixture('exampleDataBioLogic.mpt').replace('Nb header lines : 61', 'Nb header lines : 900');
    expectFileError(text, /header says there are '900' header lines, but the file has 104 lines/, 2);
  });

  it('a header without the frequency name is only shifted when |Z| confirms it', () => {
    const ok = parseImpedanceFile('Re(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\n100\t3\t4\t5\n10\t6\t8\t10\n1\t9\t12\t15', 'x.mpt');
    expect(ok.frequenciesHz).toEqual([100, 10, 1]);
    expect(ok.zImagOhm).toEqual([-4, -8, -12]);
    expectFileError('Re(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\n100\t3\t4\t7\n10\t6\t8\t10\n1\t9\t12\t15', /no frequency column .* do not fit the names shifted/, 1);
  });

  it('Gamry file without a ZCURVE table', () => {
    expectFileError('EXPLAIN\nTAG\tEISPOT\nOCVCURVE\tTABLE\t2\n\tPt\tT\n\t#\ts\n\t0\t1\n', /no ZCURVE table/);
  });

  it('VersaStudio file without an impedance segment', () => {
    expectFileError('<Application>\nName=VersaStudio\n</Application>\n<Segment1>\nDefinition=Segment #, E(V)\n0,1\n</Segment1>\n', /no segment with a frequency column/);
  });
});

describe('bad files', () => {
  it('empty text and whitespace only', () => {
    expectFileError('', /file is empty/);
    expectFileError(' \n\t\r\n  ', /only blank space/);
  });

  it('binary data: NUL bytes, or mostly non-printable characters', () => {
    const hint = /looks like a binary file; export the data as text \(CSV, \.txt, \.mpt, \.DTA, \.z\)/;
    expectFileError('BIO-LOGIC MODULAR FILE\u0000\u0000\u0001\u0002data', hint);
    expectFileError(String.fromCharCode(...Array.from({ length: 400 }, (_, i) => 1 + (i % 7))) + '1,2,3', hint);
    expectFileError('\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd1,2,3', hint);
    expectFileError('f\u0000r\u0000e\u0000q\u0000,\u0000Z\u0000\'\u0000,\u0000', /UTF-16 text; save or export it as UTF-8/);
  });

  it('fewer than 3 points', () => {
    expectFileError('1000,50,-10', /only one data point; a spectrum needs at least 3/);
    expectFileError('f,Zre,Zim\n1000,50,-10\n100,60,-20', /only two data points/);
    expectFileError("freq,Z',Z''\n", /No rows of numbers found/);
    expectFileError('hello\nworld', /No rows of numbers found/);
  });

  it('zero or negative frequency names the line', () => {
    expectFileError('1000,50,-10\n0,60,-25\n10,80,-30', /^Line 2: the frequency must be a positive number of Hz, but it is '0'/, 2);
    expectFileError('1000,50,-10\n100,60,-25\n-10,80,-30', /but it is '-10'/, 3);
  });

  it('text that is not a number names the line and the value', () => {
    const e = expectFileError('1000,50,-10\n100,60,-25\n10,abc,-30', /expected three numbers/, 3);
    expect(e.message).toBe("Line 3: expected three numbers (frequency, Z′, Z″) but found 'abc'.");
    expectFileError('1000,50,-10\nabc\n10,80,-30', /^Line 2: expected three numbers \(frequency, Z′, Z″\) but found 'abc'/, 2);
    expectFileError("f,Z',Z''\n1000,50,-10\n100,,-25\n10,80,-30", /expected a number for Z′ in column 2 \('Z''\) but found an empty field/, 3);
    expectFileError('1000,50,-10\n100,0x10,-25\n10,80,-30', /found '0x10'/, 2);
  });

  it('NaN and infinity texts are rejected', () => {
    expectFileError('1000,50,-10\n100,NaN,-25\n10,80,-30', /found 'NaN' for Z′ \(column 2\); every value must be a finite number/, 2);
    expectFileError('1000,50,-10\n100,60,-inf\n10,80,-30', /found '-inf' for Z″/, 2);
    expectFileError('1000,50,-10\nInfinity,60,-25\n10,80,-30', /found 'Infinity' for frequency/, 2);
    expectFileError('1000,50,-10\n100,1e400,-25\n10,80,-30', /too large/, 2);
  });

  it('rows with a different number of columns', () => {
    expectFileError('1000,50,-10,1\n100,60,-25\n10,80,-30,1', /^Line 2: expected 4 values separated by commas, as on line 1, but found 3/, 2);
    expectFileError("f\tZ'\tZ''\n1000\t50\t-10\n100\t60\n10\t80\t-30", /expected 3 values separated by tabs, as on line 2, but found 2/, 3);
    expectFileError('1000,50\n100,60\n10,80', /expected three numbers .* but found two/, 1);
  });

  it('a header with no recognisable columns, or without frequency or Z columns', () => {
    expectFileError('alpha,beta,gamma\n1,2,3\n4,5,6\n7,8,9', /^Line 1: none of the column names \('alpha', 'beta', 'gamma'\) is recognised; expected a frequency column/, 1);
    expectFileError('time,voltage,current\n1,2,3\n4,5,6\n7,8,9', /none of the column names/, 1);
    expectFileError("x,Z',Z''\n1,2,3\n4,5,6\n7,8,9", /no frequency column/, 1);
    expectFileError('freq,voltage,current\n1,2,3\n4,5,6\n7,8,9', /found the frequency column 'freq' but no Z′ and Z″ columns/, 1);
  });

  it('errors are PhysicsInputError with field "file" and a 1-based line', () => {
    const e = expectFileError('1,2,3\n4,5,6\n7,8,x', /found 'x'/, 3);
    expect(e.name).toBe('ImpedanceFileError');
  });
});

describe('large files', () => {
  // No timing assertion here (npm run bench times the parser); a quadratic step would take hours and hit the timeout.
  it('10⁶ lines parse without blowing the stack', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    const lines = new Array<string>(n);
    for (let i = 0; i < n; i++) lines[i] = `${1e6 - i},${(10 + i * 1e-3).toFixed(3)},-${(1 + i * 1e-4).toFixed(4)}`;
    const text = lines.join('\n');
    const s = parseImpedanceFile(text, 'big.csv');
    expect(s.frequenciesHz).toHaveLength(n);
    expect(s.frequenciesHz[n - 1]).toBe(1);
    expect(s.zRealOhm[n - 1]).toBeCloseTo(10 + (n - 1) * 1e-3, 9);
  });

  it('more than 10⁶ data points are rejected with a clear message', { timeout: 60_000 }, () => {
    const n = 1_000_001;
    const lines = new Array<string>(n);
    for (let i = 0; i < n; i++) lines[i] = `${i + 1},1,-1`;
    expectFileError(lines.join('\n'), /more than 1,000,000 data points.*Keep fewer points/);
  });
});

describe('format list', () => {
  it('lists every format once with dotted lower-case extensions, and an accept string', () => {
    const formats = IMPEDANCE_FORMATS.map((f) => f.format);
    expect(new Set(formats).size).toBe(formats.length);
    expect([...formats].sort()).toEqual(
      ['autolab', 'biologic', 'chi', 'csv', 'gamry', 'parstat', 'powersuite', 'versastudio', 'zplot'].sort(),
    );
    for (const f of IMPEDANCE_FORMATS) {
      expect(f.label.length).toBeGreaterThan(3);
      for (const ext of f.extensions) expect(ext).toMatch(/^\.[a-z0-9.]+$/);
    }
    expect(IMPEDANCE_FILE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.csv', '.txt', '.mpt', '.dta', '.z', '.par']));
  });
});
