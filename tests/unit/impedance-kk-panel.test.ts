// The Kramers–Kronig verdict shows the largest residual with enough digits to be visibly above the limit when
// it fails, and the same number as linKK's warning beside it.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { KkPanel } from '~/islands/impedance/KkPanel';
import { linKK, MAX_RESIDUAL, residualPercentText, type LinKkResult } from '~/lib/eis/lin-kk';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ');

function panel(maxResidual: number, warnings: string[]): string {
  const f = [1e5, 1e4, 1e3, 1e2, 10];
  const value = { m: 4, mu: 0.5, c: 0.85, scan: 'down', zFitRealOhm: f, zFitImagOhm: f, residualsReal: f.map(() => maxResidual), residualsImag: f.map(() => 0),
    maxResidual, valid: maxResidual <= MAX_RESIDUAL, warnings, resistancesOhm: [], timeConstantsS: [], seriesResistanceOhm: 0, inductanceH: null, capacitanceF: null } as LinKkResult;
  return text(renderToString(h(KkPanel, { value: '0.85', onInput: () => {}, capacitance: 'auto', onCapacitance: () => {}, capacitanceUsed: false,
    kk: { ok: true, value }, busy: false, frequenciesHz: f, name: 'test' })));
}

describe('Lin-KK residual text', () => {
  it('three significant figures, more when a failing residual would round to the limit', () => {
    expect(residualPercentText(0.0101)).toBe('1.01 %');
    expect(residualPercentText(MAX_RESIDUAL)).toBe('1.00 %');
    expect(residualPercentText(0.010004)).toBe('1.0004 %');
    expect(residualPercentText(0.0100004)).toBe('1.00004 %');
    expect(residualPercentText(0.00452)).toBe('0.452 %');
    expect(residualPercentText(0.123)).toBe('12.3 %');
    expect(residualPercentText(0.0099996)).toBe('1.00 %'); // passes: never shown above the limit
  });

  it('a failing residual of 1.01 % reads 1.01 % in the verdict, as in the warning beside it', () => {
    const warning = 'The largest Lin-KK residual is 1.01 % (limit 1.00 %): the spectrum is not Kramers–Kronig compliant.';
    const shown = panel(0.0101, [warning]);
    expect(shown).toMatch(/Fails: .*largest residual 1\.01 % \(limit 1\.00 %\)/);
    expect(shown).not.toMatch(/largest residual 1 %/);
    expect(shown).toContain(warning);
  });

  it('linKK’s warning uses the same text as the panel', () => {
    const f = Array.from({ length: 40 }, (_, k) => 10 ** (5 - k * 0.15));
    const z = f.map((x) => { const w = 2 * Math.PI * x; const d = 1 + (w * 1e3 * 1e-7) ** 2; return [100 + 1e3 / d, (-1e3 * w * 1e3 * 1e-7) / d]; });
    z[20]![0] *= 1.05; // an outlier the Voigt chain cannot follow
    const r = linKK({ frequenciesHz: f, zRealOhm: z.map((p) => p[0]!), zImagOhm: z.map((p) => p[1]!) });
    expect(r.maxResidual).toBeGreaterThan(MAX_RESIDUAL);
    expect(r.warnings.join(' ')).toContain(`The largest Lin-KK residual is ${residualPercentText(r.maxResidual)} (limit 1.00 %)`);
    expect(panel(r.maxResidual, r.warnings)).toContain(`largest residual ${residualPercentText(r.maxResidual)} (limit 1.00 %)`);
  });
});
