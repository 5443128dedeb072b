// Every preset of every calculator is accepted by that calculator: loaded as a shared link would be, it
// parses without a link error and renders without a message beside any field.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { PRESETS, type CalculatorKind } from '~/lib/presets';
import { parseUrlState, type UrlSpec } from '~/lib/url-state';
import ConductivityCalculator, { CONDUCTIVITY_SPEC } from '~/islands/ConductivityCalculator';
import ArrheniusCalculator, { ARRHENIUS_SPEC } from '~/islands/ArrheniusCalculator';
import SpaceChargeCalculator, { SPACE_CHARGE_SPEC } from '~/islands/SpaceChargeCalculator';
import EnergyDensityCalculator from '~/islands/EnergyDensityCalculator';
import { ENERGY_DENSITY_SPEC } from '~/islands/energy-density/spec';
import SynthesisCalculator from '~/islands/SynthesisCalculator';
import { SYNTHESIS_SPEC } from '~/islands/synthesis/spec';
import LithiumPenetrationCalculator, { LITHIUM_PENETRATION_SPEC } from '~/islands/LithiumPenetrationCalculator';
import PowerChainCalculator, { POWER_CHAIN_SPEC } from '~/islands/PowerChainCalculator';

// The impedance workbench's presets are spectra, tested with its own fits in impedance-workbench.test.ts.
const CALCULATORS: [Exclude<CalculatorKind, 'impedance'>, unknown, UrlSpec][] = [
  ['conductivity', ConductivityCalculator, CONDUCTIVITY_SPEC],
  ['arrhenius', ArrheniusCalculator, ARRHENIUS_SPEC],
  ['space-charge', SpaceChargeCalculator, SPACE_CHARGE_SPEC],
  ['energy-density', EnergyDensityCalculator, ENERGY_DENSITY_SPEC],
  ['synthesis', SynthesisCalculator, SYNTHESIS_SPEC],
  ['lithium-penetration', LithiumPenetrationCalculator, LITHIUM_PENETRATION_SPEC],
  ['rate-and-temperature', PowerChainCalculator, POWER_CHAIN_SPEC],
];

describe('calculator presets', () => {
  for (const [kind, Component, spec] of CALCULATORS) {
    for (const [id, preset] of Object.entries(PRESETS[kind])) {
      it(`${kind} preset ${id} is accepted without a message`, () => {
        const parsed = parseUrlState(new URLSearchParams(preset.values).toString(), spec);
        expect(parsed.errors, 'link errors').toEqual({});
        const unknown = Object.keys(preset.values).filter((key) => !(key in spec));
        expect(unknown, 'keys the calculator does not read').toEqual([]);
        const html = renderToString(h(Component as never, { initial: parsed.values, toolPath: '/tools/x/', presets: [] }));
        const messages = [...html.matchAll(/class="calc-field__error"[^>]*>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ""));
        expect(messages).toEqual([]);
      });
    }
  }
});
