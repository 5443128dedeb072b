// Every key of every calculator's link has a label in the reader's words, and the messages about the link
// name the field by that label, never by the key (a code name the reader never sees).
import { describe, expect, it } from 'vitest';
import { parseUrlState, type UrlSpec } from '~/lib/url-state';
import { CONDUCTIVITY_SPEC } from '~/islands/ConductivityCalculator';
import { PELLET_GEOMETRY_SPEC } from '~/islands/shared/PelletGeometry';
import { TWO_ARC_SPEC } from '~/islands/conductivity/TwoArcs';
import { CARRIERS_SPEC } from '~/islands/conductivity/Carriers';
import { ARRHENIUS_SPEC } from '~/islands/ArrheniusCalculator';
import { SPACE_CHARGE_SPEC } from '~/islands/SpaceChargeCalculator';
import { ENERGY_DENSITY_SPEC } from '~/islands/energy-density/spec';
import { SYNTHESIS_SPEC } from '~/islands/synthesis/spec';
import { LITHIUM_PENETRATION_SPEC } from '~/islands/LithiumPenetrationCalculator';
import { POWER_CHAIN_SPEC } from '~/islands/power-chain/spec';
import { IMPEDANCE_SPEC } from '~/islands/impedance/spec';
import { EXPLORER_SPEC } from '~/lib/explorer/view';

const SPECS: [string, UrlSpec][] = [
  ['conductivity', CONDUCTIVITY_SPEC],
  ['pellet geometry', PELLET_GEOMETRY_SPEC],
  ['two arcs', TWO_ARC_SPEC],
  ['carriers', CARRIERS_SPEC],
  ['arrhenius', ARRHENIUS_SPEC],
  ['space-charge', SPACE_CHARGE_SPEC],
  ['energy-density', ENERGY_DENSITY_SPEC],
  ['synthesis', SYNTHESIS_SPEC],
  ['lithium-penetration', LITHIUM_PENETRATION_SPEC],
  ['rate-and-temperature', POWER_CHAIN_SPEC],
  ['impedance', IMPEDANCE_SPEC],
  ['data explorer', EXPLORER_SPEC],
];

/** A name from the code: camelCase ("kkC", "sigmaT") or snake_case ("S_cm"). */
const CODE_NAME = /\b[a-z]+[A-Z][A-Za-z0-9]*\b|\b[A-Za-z0-9]+_[A-Za-z0-9_]*\b/;

const query = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

describe('URL state labels', () => {
  for (const [name, spec] of SPECS) {
    describe(name, () => {
      it('has a label in the reader\'s words for every key, each label once', () => {
        for (const [key, field] of Object.entries(spec)) {
          expect(typeof field.label, key).toBe('string');
          expect(field.label.trim(), key).not.toBe('');
          expect(field.label.trim(), key).not.toBe(key);
          expect(field.label, key).not.toMatch(CODE_NAME);
          expect(field.label, key).toMatch(/^[^a-z]/); // sentence case: starts with a capital (or a symbol)
        }
        const labels = Object.values(spec).map((f) => f.label);
        expect(labels.filter((l, i) => labels.indexOf(l) !== i), 'labels used twice').toEqual([]);
      });

      it('names the field by its label in every message about a key', () => {
        for (const [key, field] of Object.entries(spec)) {
          const good = field.kind === 'enum' ? field.options[0]! : '1';
          const messages: string[] = [];
          // Given twice.
          messages.push(parseUrlState(query([[key, good], [key, good]]), spec).errors[key]!);
          if (field.kind === 'enum') {
            // Not one of the choices.
            const bad = `not-${field.options.join('-')}-x`;
            messages.push(parseUrlState(query([[key, bad]]), spec).errors[key]!);
          } else {
            // Too long (a number's text is bounded too).
            const long = 'x'.repeat(field.kind === 'text' ? field.maxLength + 1 : 1000);
            messages.push(parseUrlState(query([[key, long]]), spec).errors[key]!);
          }
          expect(messages[0], key).toMatch(/more than once/);
          expect(messages[1], key).toMatch(field.kind === 'enum' ? /not one of the choices/ : /too long and was ignored/);
          for (const message of messages) {
            expect(message, key).toContain(`"${field.label}"`);
            expect(message, key).not.toContain(`"${key}"`);
          }
        }
      });
    });
  }
});
