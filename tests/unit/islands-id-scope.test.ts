// Two calculators of one kind on one page (a print-a-part page): the second, given an id scope as Calculator.astro
// gives it, repeats none of the first's ids, and every label and aria reference of each points at its own elements.
// Rendered with Preact's own renderer, with presets and bad values so that hints and error messages show.
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import ConductivityCalculator from '~/islands/ConductivityCalculator';
import ArrheniusCalculator from '~/islands/ArrheniusCalculator';
import SpaceChargeCalculator from '~/islands/SpaceChargeCalculator';
import EnergyDensityCalculator from '~/islands/EnergyDensityCalculator';
import SynthesisCalculator from '~/islands/SynthesisCalculator';
import LithiumPenetrationCalculator from '~/islands/LithiumPenetrationCalculator';
import type { CalculatorProps } from '~/islands/shared/CalculatorFrame';

const CALCULATORS: [string, FunctionComponent<CalculatorProps>, Record<string, string>][] = [
  ['conductivity', ConductivityCalculator, { R: 'ten' }],
  ['arrhenius', ArrheniusCalculator, { pts: '25, x', Tx: 'hot' }],
  ['space-charge', SpaceChargeCalculator, { er: '-1' }],
  ['energy-density', EnergyDensityCalculator, { ml: '', ff: 'Zz9' }],
  ['synthesis', SynthesisCalculator, { f: 'li3ps4', p: 'Li2CO3,CO(NH2)2' }],
  ['lithium-penetration', LithiumPenetrationCalculator, { g: 'stiff', geom: 'custom', y: '0' }],
];
const presets = [{ id: 'p', label: 'A preset', values: {} }];
const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]+)"`, 'g'))].flatMap((m) => m[1].split(' '));

describe('calculator id scopes', () => {
  for (const [kind, Calculator, bad] of CALCULATORS) {
    it(`${kind}: a second calculator on the page has ids of its own`, () => {
      const render = (idScope?: string) => renderToString(h(Calculator, { initial: bad, toolPath: `/tools/${kind}/`, presets, ...(idScope && { idScope }) }));
      const first = render();
      const second = render('calc2');
      const ids = [...attr(first, 'id'), ...attr(second, 'id')];
      expect(ids.length).toBeGreaterThan(4);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const html of [first, second]) {
        const own = new Set(attr(html, 'id'));
        for (const name of ['for', 'aria-describedby', 'aria-labelledby']) expect(attr(html, name).filter((ref) => !own.has(ref)), name).toEqual([]);
      }
      expect(attr(second, 'id').every((id) => id.startsWith('calc2-'))).toBe(true);
    });
  }
});
