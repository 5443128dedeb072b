/**
 * Every exported physics function, given hostile input, either returns finite numbers (nulls, strings and
 * booleans allowed) or throws PhysicsInputError — never NaN, Infinity or another error type.
 * Two layers: a deterministic sweep (each numeric field × each hostile value, others valid), and
 * fast-check property runs with all fields random at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '~/lib/index';
import { PhysicsInputError } from '~/lib/errors';

const HOSTILE: unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  -1,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  1e-300,
  1e300,
  Number.MAX_SAFE_INTEGER,
  0.5,
  undefined,
  null,
  '1',
  {},
];

/** Throws an Error naming the path if any number inside `v` is not finite. */
function assertDeepFinite(v: unknown, path = 'result'): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${path} = ${v} is not finite`);
  } else if (Array.isArray(v)) {
    v.forEach((x, k) => assertDeepFinite(x, `${path}[${k}]`));
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) assertDeepFinite(x, `${path}.${k}`);
  }
}

/** Returns 'ok' or 'rejected'; fails the test for any other outcome. */
function finiteOrRejected(fn: () => unknown): 'ok' | 'rejected' {
  let out: unknown;
  try {
    out = fn();
  } catch (e) {
    if (e instanceof PhysicsInputError) {
      expect(typeof e.field).toBe('string');
      expect(e.message.length).toBeGreaterThan(10);
      return 'rejected';
    }
    throw e;
  }
  assertDeepFinite(out);
  return 'ok';
}

const clone = <T>(x: T): T => structuredClone(x);
/** Set a value at a dotted path ("cathode.porosity", "points.1.sigmaSPerCm"). */
function setPath(obj: unknown, path: string, value: unknown): unknown {
  const out = clone(obj) as Record<string, unknown>;
  const keys = path.split('.');
  let cur = out as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[keys[keys.length - 1]!] = value;
  return out;
}

interface Case {
  name: string;
  base: Record<string, unknown>;
  call: (input: any) => unknown;
  fields: string[];
}

const stack = {
  cathode: {
    arealCapacityMahPerCm2: 3,
    specificCapacityMahPerG: 160,
    averageVoltageV: 3.4,
    activeMassFraction: 0.85,
    activeDensityGPerCm3: 3.6,
    inactiveDensityGPerCm3: 2,
    porosity: 0.1,
  },
  separator: { thicknessUm: 30, densityGPerCm3: 3.43 },
  anode: { type: 'lithium', excessRatio: 0.5 },
  collectors: { cathodeThicknessUm: 12, anodeThicknessUm: 8, cathodeDensityGPerCm3: 2.7, anodeDensityGPerCm3: 8.96 },
  packaging: { massFraction: 0.1, volumeFraction: 0.1 },
};
const stackFields = [
  'cathode.arealCapacityMahPerCm2',
  'cathode.specificCapacityMahPerG',
  'cathode.averageVoltageV',
  'cathode.activeMassFraction',
  'cathode.activeDensityGPerCm3',
  'cathode.inactiveDensityGPerCm3',
  'cathode.porosity',
  'separator.thicknessUm',
  'separator.densityGPerCm3',
  'anode.excessRatio',
  'collectors.cathodeThicknessUm',
  'collectors.anodeThicknessUm',
  'collectors.cathodeDensityGPerCm3',
  'collectors.anodeDensityGPerCm3',
  'packaging.massFraction',
  'packaging.volumeFraction',
];
const nernst = { carrierConcentrationPerCm3: 1e22, temperatureK: 300, chargeNumber: 1, havenRatio: 0.5 };
const nernstFields = ['carrierConcentrationPerCm3', 'temperatureK', 'chargeNumber', 'havenRatio'];
const sc = { relativePermittivity: 20, concentrationPerCm3: 1e19, temperatureK: 300, chargeNumber: 1 };
const scFields = ['relativePermittivity', 'concentrationPerCm3', 'temperatureK', 'chargeNumber'];

const CASES: Case[] = [
  { name: 'conductivity', base: { resistanceOhm: 100, thicknessCm: 0.1, areaCm2: 1 }, call: lib.conductivity, fields: ['resistanceOhm', 'thicknessCm', 'areaCm2'] },
  { name: 'areaFromDiameter', base: { diameterCm: 1.3 }, call: lib.areaFromDiameter, fields: ['diameterCm'] },
  {
    name: 'conductivityFromEis',
    base: { bulkResistanceOhm: 100, grainBoundaryResistanceOhm: 300, thicknessCm: 0.1, areaCm2: 1 },
    call: lib.conductivityFromEis,
    fields: ['bulkResistanceOhm', 'grainBoundaryResistanceOhm', 'thicknessCm', 'areaCm2'],
  },
  {
    name: 'specificGrainBoundaryConductivity',
    base: { grainBoundaryResistanceOhm: 300, bulkCapacitanceF: 1e-11, grainBoundaryCapacitanceF: 1e-9, thicknessCm: 0.1, areaCm2: 1, grainSizeUm: 2 },
    call: lib.specificGrainBoundaryConductivity,
    fields: ['grainBoundaryResistanceOhm', 'bulkCapacitanceF', 'grainBoundaryCapacitanceF', 'thicknessCm', 'areaCm2', 'grainSizeUm'],
  },
  { name: 'areaSpecificResistance', base: { resistanceOhm: 100, areaCm2: 1 }, call: lib.areaSpecificResistance, fields: ['resistanceOhm', 'areaCm2'] },
  { name: 'layerAsr', base: { thicknessUm: 30, sigmaSPerCm: 1e-3 }, call: lib.layerAsr, fields: ['thicknessUm', 'sigmaSPerCm'] },
  {
    name: 'layerVoltageDrop',
    base: { thicknessUm: 30, sigmaSPerCm: 1e-3, currentDensityMaPerCm2: 1 },
    call: lib.layerVoltageDrop,
    fields: ['thicknessUm', 'sigmaSPerCm', 'currentDensityMaPerCm2'],
  },
  { name: 'diffusivityFromConductivity', base: { ...nernst, sigmaSPerCm: 1e-3 }, call: lib.diffusivityFromConductivity, fields: [...nernstFields, 'sigmaSPerCm'] },
  {
    name: 'conductivityFromDiffusivity',
    base: { ...nernst, tracerDiffusivityCm2PerS: 1e-8 },
    call: lib.conductivityFromDiffusivity,
    fields: [...nernstFields, 'tracerDiffusivityCm2PerS'],
  },
  {
    name: 'mobilityFromConductivity',
    base: { sigmaSPerCm: 1e-3, carrierConcentrationPerCm3: 1e22, chargeNumber: 1 },
    call: lib.mobilityFromConductivity,
    fields: ['sigmaSPerCm', 'carrierConcentrationPerCm3', 'chargeNumber'],
  },
  {
    name: 'carrierConcentration',
    base: { densityGPerCm3: 5.1, molarMassGPerMol: 839.7, carriersPerFormulaUnit: 7 },
    call: lib.carrierConcentration,
    fields: ['densityGPerCm3', 'molarMassGPerMol', 'carriersPerFormulaUnit'],
  },
  {
    name: 'arrheniusFit',
    base: {
      points: [
        { temperatureK: 300, sigmaSPerCm: 1e-4 },
        { temperatureK: 350, sigmaSPerCm: 5e-4 },
        { temperatureK: 400, sigmaSPerCm: 2e-3 },
      ],
      form: 'sigmaT',
    },
    call: (i) => lib.arrheniusFit(i?.points, i?.form),
    fields: ['points.0.temperatureK', 'points.0.sigmaSPerCm', 'points.1.temperatureK', 'points.1.sigmaSPerCm', 'points.2.temperatureK', 'points.2.sigmaSPerCm'],
  },
  {
    name: 'arrheniusTwoPoint',
    base: { point1: { temperatureK: 300, sigmaSPerCm: 1e-4 }, point2: { temperatureK: 400, sigmaSPerCm: 1e-3 }, form: 'sigma' },
    call: lib.arrheniusTwoPoint,
    fields: ['point1.temperatureK', 'point1.sigmaSPerCm', 'point2.temperatureK', 'point2.sigmaSPerCm'],
  },
  {
    name: 'sigmaAtTemperature',
    base: { activationEnergyEv: 0.3, sigmaRefSPerCm: 1e-3, referenceTemperatureK: 298.15, temperatureK: 353.15, form: 'sigmaT' },
    call: lib.sigmaAtTemperature,
    fields: ['activationEnergyEv', 'sigmaRefSPerCm', 'referenceTemperatureK', 'temperatureK'],
  },
  {
    name: 'arrheniusLine',
    base: { activationEnergyEv: 0.3, lnPrefactor: 12, form: 'sigmaT', temperatureMinK: 250, temperatureMaxK: 400, count: 20 },
    call: lib.arrheniusLine,
    fields: ['activationEnergyEv', 'lnPrefactor', 'temperatureMinK', 'temperatureMaxK', 'count'],
  },
  { name: 'debyeLength', base: { ...sc, convention: 'one-species' }, call: lib.debyeLength, fields: scFields },
  { name: 'mottSchottkyWidth', base: { ...sc, potentialStepV: 0.5, kTCorrection: true }, call: lib.mottSchottkyWidth, fields: [...scFields, 'potentialStepV'] },
  {
    name: 'gouyChapmanProfile',
    base: { ...sc, surfacePotentialV: 0.3, distancesNm: [0, 1, 10] },
    call: lib.gouyChapmanProfile,
    fields: [...scFields, 'surfacePotentialV', 'distancesNm.0', 'distancesNm.2'],
  },
  {
    name: 'boltzmannConcentration',
    base: { bulkConcentrationPerCm3: 1e20, potentialV: 0.1, chargeNumber: -1, temperatureK: 300 },
    call: lib.boltzmannConcentration,
    fields: ['bulkConcentrationPerCm3', 'potentialV', 'chargeNumber', 'temperatureK'],
  },
  { name: 'theoreticalCapacity', base: { formula: 'LiFePO4', electrons: 1, densityGPerCm3: 3.6 }, call: lib.theoreticalCapacity, fields: ['electrons', 'densityGPerCm3'] },
  {
    name: 'capacityFromMolarMass',
    base: { molarMassGPerMol: 157.76, electrons: 1 },
    call: lib.capacityFromMolarMass,
    fields: ['molarMassGPerMol', 'electrons'],
  },
  { name: 'cellEnergyDensity', base: stack, call: lib.cellEnergyDensity, fields: stackFields },
  { name: 'separatorSweep', base: { stack, ts: [0, 10, 100] }, call: (i) => lib.separatorSweep(i?.stack, i?.ts),
    // separator.thicknessUm is replaced by the swept values, so it is not among the fields
    fields: ['ts.1', ...stackFields.filter((f) => f !== 'separator.thicknessUm').map((f) => `stack.${f}`)],
  },
  {
    name: 'criticalPlatingOverpotential',
    base: { fractureToughnessMPaSqrtM: 0.23, flawSizeUm: 1, geometryFactor: 1.12, molarVolumeCm3PerMol: 13 },
    call: lib.criticalPlatingOverpotential,
    fields: ['fractureToughnessMPaSqrtM', 'flawSizeUm', 'geometryFactor', 'molarVolumeCm3PerMol'],
  },
  {
    name: 'crackCriterion',
    base: { fractureToughnessMPaSqrtM: 1, flawSizeUm: 10, overpotentialV: 0.03, geometryFactor: 1.12, molarVolumeCm3PerMol: 13 },
    call: lib.crackCriterion,
    fields: ['fractureToughnessMPaSqrtM', 'flawSizeUm', 'overpotentialV', 'geometryFactor', 'molarVolumeCm3PerMol'],
  },
  { name: 'monroeNewman', base: { electrolyteShearModulusGPa: 59.6, lithiumShearModulusGPa: 4.2 }, call: lib.monroeNewman, fields: ['electrolyteShearModulusGPa', 'lithiumShearModulusGPa'] },
  { name: 'molarVolumeRatio', base: { lithiumIonPartialMolarVolumeCm3PerMol: 1.3, lithiumMolarVolumeCm3PerMol: 13 }, call: lib.molarVolumeRatio, fields: ['lithiumIonPartialMolarVolumeCm3PerMol', 'lithiumMolarVolumeCm3PerMol'] },
  { name: 'sphereUptakeTime', base: { radiusUm: 5, diffusivityCm2PerS: 1e-11, fraction: 0.9 }, call: lib.sphereUptakeTime, fields: ['radiusUm', 'diffusivityCm2PerS', 'fraction'] },
  {
    name: 'separatorThicknessForTarget',
    base: { stack, target: 250 },
    call: (i) => lib.separatorThicknessForTarget(i?.stack, i?.target),
    fields: ['target', 'stack.separator.densityGPerCm3', 'stack.cathode.porosity', 'stack.packaging.massFraction'],
  },
];

const NON_FINITE = new Set<unknown>([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, '1']);

describe('hostile inputs: deterministic sweep', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: valid base input works', (_n, c) => {
    expect(finiteOrRejected(() => c.call(clone(c.base)))).toBe('ok');
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: each field × each hostile value', (_n, c) => {
    for (const field of c.fields) {
      for (const bad of HOSTILE) {
        const outcome = finiteOrRejected(() => c.call(setPath(c.base, field, bad)));
        // NaN, ±Infinity, null and strings must always be rejected, never silently used
        if (NON_FINITE.has(bad) || (typeof bad === 'number' && Number.isNaN(bad))) {
          expect(outcome, `${c.name}: ${field} = ${String(bad)}`).toBe('rejected');
        }
      }
    }
  });

  it('non-object inputs are rejected', () => {
    for (const c of CASES) {
      for (const bad of [undefined, null, 42, 'x', []]) finiteOrRejected(() => c.call(bad));
    }
  });
});

const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.double(),
  fc.double({ min: -1e3, max: 1e3, noNaN: true }),
  fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
  fc.integer({ min: -10, max: 10 }),
);

describe('hostile inputs: fast-check (all fields random at once)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    fc.assert(
      fc.property(fc.array(hostileNumber, { minLength: c.fields.length, maxLength: c.fields.length }), (values) => {
        let input: unknown = c.base;
        c.fields.forEach((f, k) => {
          input = setPath(input, f, values[k]);
        });
        finiteOrRejected(() => c.call(input));
      }),
      { numRuns: c.name === 'separatorThicknessForTarget' ? 60 : 200 },
    );
  });

  it('random arrays of Arrhenius points', () => {
    const point = fc.record({ temperatureK: hostileNumber, sigmaSPerCm: hostileNumber });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), fc.constantFrom('sigma', 'sigmaT', 'bogus'), (pts, form) => {
        finiteOrRejected(() => lib.arrheniusFit(pts as never, form as never));
      }),
      { numRuns: 300 },
    );
  });

  it('random plausible Arrhenius data always fit to finite numbers', () => {
    const point = fc.record({
      temperatureK: fc.double({ min: 150, max: 1200, noNaN: true }),
      sigmaSPerCm: fc.double({ min: 1e-12, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 10 }), (pts) => {
        finiteOrRejected(() => lib.arrheniusFit(pts, 'sigmaT'));
      }),
      { numRuns: 300 },
    );
  });

  it('random text to the formula parser', () => {
    const chars = fc.constantFrom(...'LiCoOPSNaKFeAlTiGeLaZr()[]{}·*₂₃.0123456789 +-xe'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(chars, { maxLength: 30 }).map((a) => a.join(''))), (text) => {
        finiteOrRejected(() => lib.parseFormula(text));
        finiteOrRejected(() => lib.molarMass(text));
        finiteOrRejected(() => lib.theoreticalCapacity({ formula: text, electrons: 1 }));
        const w = lib.atomicWeight(text);
        expect(w === undefined || Number.isFinite(w)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('random Gouy–Chapman distance lists', () => {
    fc.assert(
      fc.property(fc.array(hostileNumber, { maxLength: 6 }), hostileNumber, (ds, phi) => {
        finiteOrRejected(() => lib.gouyChapmanProfile({ ...sc, surfacePotentialV: phi as number, distancesNm: ds as number[] }));
      }),
      { numRuns: 300 },
    );
  });

  it('extreme but valid space-charge inputs stay finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e25, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (er, c, t, z, phi, x) => {
          finiteOrRejected(() =>
            lib.gouyChapmanProfile({ relativePermittivity: er, concentrationPerCm3: c, temperatureK: t, chargeNumber: z, surfacePotentialV: phi, distancesNm: [0, x] }),
          );
          finiteOrRejected(() =>
            lib.mottSchottkyWidth({ relativePermittivity: er, concentrationPerCm3: c, temperatureK: t, chargeNumber: z, potentialStepV: phi }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
