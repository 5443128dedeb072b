// The Monroe–Newman and crack-criterion numbers of the chapters come from src/lib (through
// <MechanicsValue>), the library the lithium-penetration calculator uses: one set of constants, so a page
// cannot set the threshold at 8.5 GPa while another says 8.4, or get 18 mV where another gets 16.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONROE_NEWMAN_THRESHOLD_GPA } from '~/lib/mechanics';
import { PENETRATION_MATERIALS, crackCriterion, monroeNewman } from '~/lib/penetration';

const page = (file: string) => readFileSync(`content/docs/${file}`, 'utf8');
/** The text between two headings (or to the end). */
const between = (text: string, from: string, to?: string) => {
  const start = text.indexOf(from);
  expect(start, `heading "${from}"`).toBeGreaterThanOrEqual(0);
  const end = to ? text.indexOf(to, start) : text.length;
  return text.slice(start, end > start ? end : text.length);
};

describe('mechanics passages use the library constants', () => {
  const passages: [string, string, string | undefined][] = [
    ['fundamentals/from-material-to-cell.mdx', '## Mechanics: what the numbers mean', '## Common pitfalls'],
    ['interfaces/sulfide-lithium-anode.mdx', '## Mechanical stability: lithium through a solid', '## Connection to the NASICON oxides'],
    ['interfaces/nasicon-lithium-failure.mdx', '## Lithium penetration through NASICON', '## Thermal runaway'],
  ];
  for (const [file, from, to] of passages) {
    it(`${file}: no typed threshold, lithium modulus or critical overpotential`, () => {
      const text = between(page(file), from, to);
      expect(text).toMatch(/<MechanicsValue q="/);
      // typed values of the shared constants must not come back
      expect(text).not.toMatch(/\b8\.[45]\s*GPa/);
      expect(text).not.toMatch(/G_\\mathrm\{Li\}\s*=\s*4\.2/);
      expect(text).not.toMatch(/\b1[68]\s*mV/);
    });
  }

  it('the two sulfide pages and the calculator give one conclusion for the glass', () => {
    const glass = PENETRATION_MATERIALS.glass;
    // 8.3 GPa is just below the 8.4 GPa threshold with G_Li = 4.2 GPa
    expect(MONROE_NEWMAN_THRESHOLD_GPA).toBeCloseTo(8.4, 12);
    expect(monroeNewman({ electrolyteShearModulusGPa: glass.shearModulusGPa }).passes).toBe(false);
    expect(crackCriterion({ fractureToughnessMPaSqrtM: glass.fractureToughnessMPaSqrtM, flawSizeUm: 1 }).criticalOverpotentialMV).toBeCloseTo(15.6, 1);
  });

  it('the NASICON and sulfide sections link to each other and to the calculator', () => {
    expect(page('interfaces/nasicon-lithium-failure.mdx')).toContain('/interfaces/sulfide-lithium-anode/#mechanical-stability-lithium-through-a-solid');
    expect(page('interfaces/sulfide-lithium-anode.mdx')).toContain('/interfaces/nasicon-lithium-failure/#lithium-penetration-through-nasicon');
    for (const f of ['interfaces/nasicon-lithium-failure.mdx', 'interfaces/sulfide-lithium-anode.mdx', 'fundamentals/from-material-to-cell.mdx']) {
      expect(page(f)).toContain('/tools/lithium-penetration/');
    }
  });

  it('the Tools page lists the preset values of PENETRATION_MATERIALS, in order', () => {
    const text = between(page('tools/lithium-penetration.mdx'), '## The presets and their sources', '## Critical current density');
    const listed = [...text.matchAll(/G = ([\d.]+) GPa, K<sub>Ic<\/sub> = ([\d.]+) MPa/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(listed).toEqual(Object.values(PENETRATION_MATERIALS).map((m) => [m.shearModulusGPa, m.fractureToughnessMPaSqrtM]));
  });
});
