// Every calculator island rendered with 10 000 generated links (numbers of every size and sign, empty
// and hostile text, unknown units), read through the strict URL parser as a shared link would be: it never throws, and never shows NaN, Infinity, "undefined" or a name from the code.
// Rendered to a string in Node with Preact's own renderer, the same code that runs in the browser.
import fc from 'fast-check';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
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

const RUNS = 10_000;
const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.constantFrom('', ' ', '0', '-0', '1e308', '1e-320', '-1', 'NaN', 'Infinity', '1,5', '½', '１２', '<script>alert(1)</script>', '1e', '.', '--2', '10^3'),
  fc.string({ maxLength: 12 }),
);

/** A generated state for a spec: each field either a hostile or random string, or one of its valid choices. */
const stateFor = (spec: UrlSpec) =>
  fc.record(Object.fromEntries(Object.entries(spec).map(([key, field]) => [key,
    field.kind === 'enum' ? fc.oneof(fc.constantFrom(...field.options), fc.string({ maxLength: 6 })) : field.kind === 'text' ? fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(field.default, '25, 1e-3\n50, abc', 'Li2CO3, Al2O3, TiO2, NH4H2PO4', '', 'Zz9(((')) : numberText,
  ])));

const CALCULATORS = [
  ['conductivity', ConductivityCalculator, CONDUCTIVITY_SPEC],
  ['arrhenius', ArrheniusCalculator, ARRHENIUS_SPEC],
  ['space-charge', SpaceChargeCalculator, SPACE_CHARGE_SPEC],
  ['energy-density', EnergyDensityCalculator, ENERGY_DENSITY_SPEC],
  ['synthesis', SynthesisCalculator, SYNTHESIS_SPEC],
  ['lithium-penetration', LithiumPenetrationCalculator, LITHIUM_PENETRATION_SPEC],
  ['rate-and-temperature', PowerChainCalculator, POWER_CHAIN_SPEC],
] as const;

/** What a reader must never see: NaN, Infinity, undefined, or a name from the code (a camelCase field such as
 *  "distancesNm" or "activationEnergyEv", an indexed array element "points[3]", Boltzmann's constant as "k_B"), or a
 *  number in the code's notation ("3.29e+103") instead of "3.29 × 10¹⁰³". */
const CODE_ON_SCREEN = /\bNaN\b|\bInfinity\b|\bundefined\b|\b[a-z]{3,}[A-Z][A-Za-z0-9]+\b|\b[A-Za-z]+\[\d+\]|\bk_B\b|\b\d+(?:\.\d+)?e[+-]\d+\b/g;

const TYPING_EXAMPLE = '1.2e-3, 1.2 × 10^-3';

describe('calculator islands under generated input', () => {
  for (const [name, Component, spec] of CALCULATORS) {
    it(`${name}: ${RUNS} states, no exception, no NaN/Infinity/undefined or code names on screen`, () => {
      fc.assert(fc.property(stateFor(spec as UrlSpec), (state) => {
        // The state reaches a calculator the way a shared link does: through the strict URL parser.
        const { values } = parseUrlState(new URLSearchParams(state as Record<string, string>).toString(), spec as UrlSpec);
        const html = renderToString(h(Component as never, { initial: values, toolPath: '/tools/x/', presets: [] }));
        // Visible text only: attribute values and the echoed input (value="…") may hold what was typed.
        const text = html.replace(/\s[\w:-]+="[^"]*"/g, '').replace(/<[^>]*>/g, ' ');
        // Longest first, so that a short value ("-") cannot cut a longer one ("-Infinity") apart.
        const echoed = Object.values(values).sort((a, b) => b.length - a.length);
        // The number fields' own hint shows the notations a reader may type, "1.2e-3" among them.
        const shown = echoed.reduce((t, value) => (value ? t.split(escapeHtml(value)).join(' ') : t), text.split(TYPING_EXAMPLE).join(' '));
        // A message may quote part of what was typed ("aaaA1" is not a number): a match inside the reader's own input is theirs, not the code's.
        const leak = [...shown.matchAll(CODE_ON_SCREEN)].find((m) => !echoed.some((value) => [value, escapeHtml(value), value.replace(/\s/g, "")].some((v) => v.includes(m[0]))));
        if (leak) throw new Error(`shows "${leak[0]}" in: ${shown.slice(Math.max(0, leak.index - 80), leak.index + 80)}`);
        return true;
      }), { numRuns: RUNS, seed: 20261121 }); // fixed seed: CI runs the same 10 000 cases every time
    }, 240_000);
  }
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
