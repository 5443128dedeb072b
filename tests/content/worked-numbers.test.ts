// Numbers that a chapter and a worked example or calculator both show come from one definition:
// the worked NCM811 stack of src/lib/worked-stacks.ts. The chapter renders its numbers from it
// (<StackValue>), the energy-density Tools page computes its worked example from it, and the calculator
// preset that "opens with the worked example" must hold the same inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENERGY_DENSITY_PRESETS } from '~/lib/presets/energy-density';
import { LI_S_INACTIVE_DENSITY_EXACT, LI_S_STACK, NCM811_INACTIVE_DENSITY_EXACT, NCM811_OXIDE_STACK, ncm811Value } from '~/lib/worked-stacks';

describe('worked NCM811 stack', () => {
  it('the calculator preset holds the same inputs as the shared stack', () => {
    const v = ENERGY_DENSITY_PRESETS['ncm811-li-oxide-20um']!.values;
    const c = NCM811_OXIDE_STACK.cathode;
    expect(Number(v.ml)).toBe(c.activeLoadingMgPerCm2);
    expect(Number(v.q)).toBe(c.specificCapacityMahPerG);
    expect(Number(v.V)).toBe(c.averageVoltageV);
    expect(Number(v.wa) / 100).toBeCloseTo(c.activeMassFraction, 12);
    expect(Number(v.ra)).toBe(c.activeDensityGPerCm3);
    expect(Number(v.ri)).toBe(c.inactiveDensityGPerCm3);
    expect(Number(v.ph) / 100).toBeCloseTo(c.porosity, 12);
    expect(Number(v.st)).toBe(NCM811_OXIDE_STACK.separator.thicknessUm);
    expect(v.stu).toBe('um');
    expect(Number(v.sd)).toBe(NCM811_OXIDE_STACK.separator.densityGPerCm3);
    const anode = NCM811_OXIDE_STACK.anode;
    expect(anode.type).toBe('lithium');
    expect(v.lx).toBe('ratio');
    expect(Number(v.xr)).toBe(anode.type === 'lithium' ? anode.npRatio : NaN);
    expect(v.ck).toBe('lith');
    expect(v.pv).toBe('on');
    expect(Number(v.al)).toBe(NCM811_OXIDE_STACK.collectors?.cathodeThicknessUm);
    expect(Number(v.cu)).toBe(NCM811_OXIDE_STACK.collectors?.anodeThicknessUm);
    expect(v.sh).toBe('double');
  });

  it('uses the volume-additive mean density of electrolyte and carbon (rounded to 3.04 g/cm³)', () => {
    expect(NCM811_INACTIVE_DENSITY_EXACT).toBeCloseTo(30 / (25 / 3.4 + 5 / 2.0), 12);
    expect(NCM811_OXIDE_STACK.cathode.inactiveDensityGPerCm3).toBe(3.04);
  });

  it('the chapter takes its results from the shared stack, not from typed numbers', () => {
    const page = readFileSync('content/docs/fundamentals/from-material-to-cell.mdx', 'utf8');
    const worked = page.slice(page.indexOf('## Worked example'), page.indexOf('### What it costs'));
    expect(worked).toMatch(/<StackValue q="gravimetricWhPerKg" \/>/);
    expect(worked).toMatch(/<StackValue q="volumetricWhPerL" \/>/);
    // the stale values of earlier versions must not come back as typed text
    expect(worked).not.toMatch(/\b326\b/);
    expect(worked).not.toMatch(/= 333\b|\b333 Wh/);
  });

  it('gives the values the worked example states', () => {
    expect(ncm811Value('gravimetricWhPerKg')).toBeCloseTo(333.2, 0);
    expect(ncm811Value('stackMassMgPerCm2')).toBeCloseTo(34.2, 1);
  });
});

describe('worked Li–S stack', () => {
  it('the calculator preset holds the same inputs as the shared stack', () => {
    const v = ENERGY_DENSITY_PRESETS['li-s-sulfide']!.values;
    const c = LI_S_STACK.cathode;
    expect(v.cm).toBe('load');
    expect(Number(v.ml)).toBe(c.activeLoadingMgPerCm2);
    expect(Number(v.q)).toBe(c.specificCapacityMahPerG);
    expect(Number(v.V)).toBe(c.averageVoltageV);
    expect(Number(v.wa) / 100).toBeCloseTo(c.activeMassFraction, 12);
    expect(Number(v.ra)).toBe(c.activeDensityGPerCm3);
    expect(Number(v.ri)).toBe(c.inactiveDensityGPerCm3);
    expect(Number(v.ph) / 100).toBeCloseTo(c.porosity, 12);
    expect(v.ck).toBe('nonlith');
    expect(c.kind).toBe('non-lithiated');
    expect(1 + Number(v.dv) / 100).toBeCloseTo(c.activeVolumeRatio!, 12);
    expect(Number(v.st)).toBe(LI_S_STACK.separator.thicknessUm);
    expect(Number(v.sd)).toBe(LI_S_STACK.separator.densityGPerCm3);
    expect(v.an).toBe('li');
    expect(v.lx).toBe('ratio');
    expect(Number(v.xr)).toBe(LI_S_STACK.anode.type === 'lithium' ? LI_S_STACK.anode.npRatio : NaN);
    expect(v.pv).toBe('max');
    expect(LI_S_STACK.volumeState).toBe('larger');
    expect(Number(v.al)).toBe(LI_S_STACK.collectors?.cathodeThicknessUm);
    expect(Number(v.cu)).toBe(LI_S_STACK.collectors?.anodeThicknessUm);
  });

  it('uses the volume-additive mean density of carbon and electrolyte (rounded to 1.68 g/cm³)', () => {
    expect(LI_S_INACTIVE_DENSITY_EXACT).toBeCloseTo(70 / (10 / 2.0 + 60 / 1.64), 12);
    expect(LI_S_STACK.cathode.inactiveDensityGPerCm3).toBe(1.68);
  });

  it('the Li–S chapter embeds the calculator with the Li–S preset', () => {
    const page = readFileSync('content/docs/cells/all-solid-state-li-s.mdx', 'utf8');
    expect(page).toMatch(/<Calculator kind="energy-density" preset="li-s-sulfide" \/>/);
  });
});
