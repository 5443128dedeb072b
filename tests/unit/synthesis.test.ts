import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhysicsInputError, isPhysicsInputError } from '~/lib/errors';
import { parseFormula } from '~/lib/formula';
import {
  PRECURSOR_LIST, nitrogenGroups, reactionText, splitPrecursorList, synthesisBatch, withSubscripts, type Reaction, type SynthesisInput,
} from '~/lib/synthesis';

const close = (actual: number, expected: number, rel = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));

/** Σ coefficient × atoms on each side, for every element of the reaction. */
function elementTotals(species: Reaction['reactants']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of species) for (const [e, k] of Object.entries(parseFormula(s.formula))) out[e] = (out[e] ?? 0) + s.coefficient * k;
  return out;
}
function expectBalanced(reaction: Reaction, tol = 1e-9): void {
  const left = elementTotals(reaction.reactants);
  const right = elementTotals(reaction.products);
  for (const e of new Set([...Object.keys(left), ...Object.keys(right)])) {
    expect(Math.abs((left[e] ?? 0) - (right[e] ?? 0)), `element ${e}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(left[e] ?? 0)));
  }
}
const coefficient = (species: Reaction['products'], formula: string) => species.find((s) => s.formula === formula)?.coefficient ?? 0;
const errorOf = (input: SynthesisInput): PhysicsInputError => {
  try {
    synthesisBatch(input);
  } catch (error) {
    if (isPhysicsInputError(error)) return error;
    throw error;
  }
  throw new Error('expected a PhysicsInputError');
};

// Atomic weights used (src/lib/elements.ts, CIAAW 2021 abridged): H 1.008, Li 6.94, C 12.011, N 14.007, O 15.999,
// Al 26.982, P 30.974, S 32.06, Cl 35.45, Ti 47.867, Ge 72.63.
describe('LATP x = 0.3 by the solid-state route', () => {
  // M(Li1.3Al0.3Ti1.7(PO4)3) = 1.3·6.94 + 0.3·26.982 + 1.7·47.867 + 3·30.974 + 12·15.999
  //                          = 9.022 + 8.0946 + 81.3739 + 92.922 + 191.988 = 383.4005 g/mol
  // 10 g → n = 10 / 383.4005 = 0.026082386 mol
  // Li: 2a = 1.3 → a = 0.65 Li2CO3 (73.888 g/mol): 0.65 · 0.026082386 · 73.888 = 1.252664 g
  // Al: 2b = 0.3 → b = 0.15 Al2O3 (101.961 g/mol): 0.15 · 0.026082386 · 101.961 = 0.398908 g
  // Ti: c = 1.7 TiO2 (79.865 g/mol): 1.7 · 0.026082386 · 79.865 = 3.541219 g
  // P:  d = 3 NH4H2PO4 (115.025 g/mol): 3 · 0.026082386 · 115.025 = 9.000379 g
  // total 14.193170 g; mass loss (14.193170 − 10) / 14.193170 = 29.5436 %
  // gases: 0.65 CO2, 3 NH3, (18 − 9)/2 = 4.5 H2O; O: 1.95 + 0.45 + 3.4 + 12 = 17.8 = 12 + 1.3 + 4.5 → no O2
  const input: SynthesisInput = { targetFormula: 'Li1.3Al0.3Ti1.7(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'TiO2', 'NH4H2PO4'] };
  const r = synthesisBatch(input);

  it('gives the hand-computed amounts and masses', () => {
    close(r.target.molarMassGPerMol, 383.4005);
    close(r.target.moles, 0.02608238643402917);
    expect(r.precursors.map((p) => Number(p.perFormulaUnit.toFixed(12)))).toEqual([0.65, 0.15, 1.7, 3]);
    const masses = [1.2526639897444058, 0.39890793048000717, 3.5412186473413567, 9.000379498722616];
    r.precursors.forEach((p, i) => close(p.massG, masses[i]!));
    close(r.stoichiometric.precursorMassG, 14.193170066288385);
    close(r.stoichiometric.massLossPct, 29.54357657031111);
    expect(r.balancedElements).toEqual(['Li', 'Al', 'Ti', 'P']);
    expect(r.balanceEquations[0]).toBe('Li: 2·n(Li2CO3) = 1.3');
  });

  it('balances the reaction with CO2, NH3 and H2O and no O2', () => {
    close(coefficient(r.gases, 'CO2'), 0.65);
    close(coefficient(r.gases, 'NH3'), 3);
    close(coefficient(r.gases, 'H2O'), 4.5);
    expect(r.gases.map((g) => g.formula).sort()).toEqual(['CO2', 'H2O', 'NH3']);
    expect(r.oxygenTakenUpPerFormulaUnit).toBe(0);
    expectBalanced(r.reaction);
    expect(r.integerMultiplier).toBe(20);
    expect(reactionText(r.reaction, { multiplier: 20 })).toBe('13 Li2CO3 + 3 Al2O3 + 34 TiO2 + 60 NH4H2PO4 → 20 Li1.3Al0.3Ti1.7(PO4)3 + 13 CO2 + 90 H2O + 60 NH3');
  });

  it('mass loss equals the mass of the gases', () => {
    const gasMass = r.gases.reduce((s, g) => s + g.coefficient * ({ CO2: 44.009, H2O: 18.015, NH3: 17.031 } as Record<string, number>)[g.formula]!, 0);
    close(r.stoichiometric.massLossG, gasMass * r.target.moles, 1e-9);
  });

  it('a 5 % excess on Li2CO3 adds 5 % to its mass only; mol % Li and Li per f.u. agree with it', () => {
    const x = synthesisBatch({ ...input, liExcess: { value: 5, mode: 'source-pct' } });
    close(x.precursors[0]!.massWithExcessG, 1.2526639897444058 * 1.05);
    close(x.precursors[1]!.massWithExcessG, x.precursors[1]!.massG);
    close(x.excessLiPerFormulaUnit, 0.065);
    // with excess: 14.193170 + 0.062633 = 14.255803 g, loss (14.255803 − 10)/14.255803 = 29.853 %
    close(x.withExcess.precursorMassG, 14.193170066288385 + 0.05 * 1.2526639897444058);
    close(x.withExcess.massLossPct, (100 * (x.withExcess.precursorMassG - 10)) / x.withExcess.precursorMassG);
    close(x.stoichiometric.massLossPct, 29.54357657031111);
    const mol = synthesisBatch({ ...input, liExcess: { value: 5, mode: 'li-pct' } });
    close(mol.precursors[0]!.massWithExcessG, x.precursors[0]!.massWithExcessG);
    const fu = synthesisBatch({ ...input, liExcess: { value: 0.065, mode: 'li-per-fu', on: 0 } });
    close(fu.precursors[0]!.massWithExcessG, x.precursors[0]!.massWithExcessG);
    expectBalanced(x.reaction);
  });
});

describe('LATP by the molten-flux route of review 002 (LiNO3, 5 % extra lithium salt)', () => {
  // 1.3 LiNO3 (68.944 g/mol) per f.u.: 1.3 · 0.026082386 · 68.944 = 2.337691 g, ×1.05 = 2.454576 g
  // gases: 1.3 NO2, 3 NH3, 4.5 H2O; O: 3.9 + 0.45 + 3.4 + 12 = 19.75 in, 12 + 2.6 + 4.5 = 19.1 out → 0.325 O2 released
  const r = synthesisBatch({ targetFormula: 'Li1.3Al0.3Ti1.7(PO4)3', batchMassG: 10, precursors: ['LiNO3', 'NH4H2PO4', 'Al2O3', 'TiO2'], liExcess: { value: 5, mode: 'source-pct' } });
  it('weighs the nitrate with its excess and releases NO2 and O2', () => {
    close(r.precursors[0]!.massG, 2.3376912654000193);
    close(r.precursors[0]!.massWithExcessG, 2.4545758286700203);
    close(r.withExcess.precursorMassG, 15.395081905213999);
    close(coefficient(r.gases, 'NO2'), 1.3);
    close(coefficient(r.gases, 'NH3'), 3);
    close(coefficient(r.gases, 'O2'), 0.325);
    expectBalanced(r.reaction);
    expect(r.integerMultiplier).toBe(40);
  });
});

describe('LAGP x = 0.5 from Li2CO3, Al2O3, GeO2 and NH4H2PO4 (the equation of review 004)', () => {
  // M(Li1.5Al0.5Ge1.5(PO4)3) = 10.41 + 13.491 + 108.945 + 92.922 + 191.988 = 417.756 g/mol; 10 g → 0.023937418 mol
  // 0.75 Li2CO3 → 1.326516 g; 0.25 Al2O3 → 0.610171 g; 1.5 GeO2 (104.628) → 3.756786 g; 3 NH4H2PO4 → 8.260205 g
  // gases 0.75 CO2 + 3 NH3 + 4.5 H2O, as in review 004
  const r = synthesisBatch({ targetFormula: 'Li1.5Al0.5Ge1.5(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'GeO2', 'NH4H2PO4'] });
  it('matches the hand-computed masses and review 004’s coefficients', () => {
    [1.3265159566828486, 0.6101707695401144, 3.7567862580070663, 8.260204521299515].forEach((m, i) => close(r.precursors[i]!.massG, m));
    close(coefficient(r.gases, 'CO2'), 0.75);
    close(coefficient(r.gases, 'NH3'), 3);
    close(coefficient(r.gases, 'H2O'), 4.5);
    expect(r.oxygenTakenUpPerFormulaUnit).toBe(0);
    expectBalanced(r.reaction);
  });
  it('(NH4)2HPO4, the salt review 004 names in its text, gives 6 NH3 and the same P balance', () => {
    const d = synthesisBatch({ targetFormula: 'Li1.5Al0.5Ge1.5(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'GeO2', '(NH4)2HPO4'] });
    close(d.precursors[3]!.perFormulaUnit, 3);
    close(coefficient(d.gases, 'NH3'), 6);
    close(coefficient(d.gases, 'H2O'), 4.5);
    expectBalanced(d.reaction);
  });
});

describe('sulfides: no gases', () => {
  it('Li3PS4 from Li2S + P2S5 is 75:25 mol', () => {
    // M(Li3PS4) = 20.82 + 30.974 + 128.24 = 180.034; 10 g → 0.055545 mol; 1.5 Li2S (45.94) → 3.827610 g; 0.5 P2S5 (222.248) → 6.172390 g
    const r = synthesisBatch({ targetFormula: 'Li3PS4', batchMassG: 10, precursors: ['Li2S', 'P2S5'] });
    close(r.precursors[0]!.massG, 3.827610340269061);
    close(r.precursors[1]!.massG, 6.172389659730941);
    const [a, b] = r.precursors.map((p) => p.perFormulaUnit);
    close(a! / (a! + b!), 0.75);
    expect(r.gases).toEqual([]);
    close(r.stoichiometric.massLossG, 0, 1e-12);
    expectBalanced(r.reaction);
    expect(reactionText(r.reaction, { multiplier: r.integerMultiplier!, subscripts: true })).toBe('3 Li₂S + P₂S₅ → 2 Li₃PS₄');
  });
  it('Li6PS5Cl from Li2S + P2S5 + LiCl: 5 : 1 : 2', () => {
    // M = 41.64 + 30.974 + 160.3 + 35.45 = 268.364; per f.u. 2.5 Li2S + 0.5 P2S5 + 1 LiCl
    const r = synthesisBatch({ targetFormula: 'Li6PS5Cl', batchMassG: 10, precursors: ['Li2S', 'P2S5', 'LiCl'] });
    [4.279635122445633, 4.140793847162809, 1.5795710303915576].forEach((m, i) => close(r.precursors[i]!.massG, m));
    expect(r.integerMultiplier).toBe(2);
    expectBalanced(r.reaction);
    // 10 mol % extra Li put on Li2S: 0.6 Li per f.u. from Li2S alone → Li2S × (1 + 0.6/5)
    const x = synthesisBatch({ targetFormula: 'Li6PS5Cl', batchMassG: 10, precursors: ['Li2S', 'P2S5', 'LiCl'], liExcess: { value: 10, mode: 'li-pct', on: 0 } });
    close(x.precursors[0]!.excessFraction, 0.12);
    expect(x.precursors[2]!.excessFraction).toBe(0);
    // on every Li source: both scaled by 1.1
    const all = synthesisBatch({ targetFormula: 'Li6PS5Cl', batchMassG: 10, precursors: ['Li2S', 'P2S5', 'LiCl'], liExcess: { value: 10, mode: 'li-pct' } });
    close(all.precursors[0]!.excessFraction, 0.1);
    close(all.precursors[2]!.excessFraction, 0.1);
  });
});

describe('other gases and oxygen uptake', () => {
  it('an alkoxide takes O2 from the air; a nitrate hydrate gives NO2, H2O and O2', () => {
    // Li2TiO3 from Li2CO3 + Ti(OC4H9)4: C 1 + 16 = 17 CO2, H 36/2 = 18 H2O; O in 3 + 4 = 7, out 3 + 34 + 18 = 55 → 24 O2 taken up
    const r = synthesisBatch({ targetFormula: 'Li2TiO3', batchMassG: 1, precursors: ['Li2CO3', 'Ti(OC4H9)4'] });
    close(coefficient(r.gases, 'CO2'), 17);
    close(coefficient(r.gases, 'H2O'), 18);
    close(r.oxygenTakenUpPerFormulaUnit, 24);
    expectBalanced(r.reaction);
    const n = synthesisBatch({ targetFormula: 'LiAlO2', batchMassG: 1, precursors: ['LiNO3', 'Al(NO3)3·9H2O'] });
    close(coefficient(n.gases, 'NO2'), 4);
    close(coefficient(n.gases, 'H2O'), 9);
    expect(coefficient(n.gases, 'NH3')).toBe(0);
    expectBalanced(n.reaction);
  });
  it('nitrogen groups are told apart from the formula text', () => {
    expect(nitrogenGroups('NH4H2PO4')).toEqual({ ammonia: 1, nitrate: 0, other: 0 });
    expect(nitrogenGroups('(NH4)2HPO4')).toEqual({ ammonia: 2, nitrate: 0, other: 0 });
    expect(nitrogenGroups('Al(NO3)3·9H2O')).toEqual({ ammonia: 0, nitrate: 3, other: 0 });
    expect(nitrogenGroups('NH4NO3')).toEqual({ ammonia: 1, nitrate: 1, other: 0 });
    expect(nitrogenGroups('Li3N')).toEqual({ ammonia: 0, nitrate: 0, other: 1 });
  });
});

describe('messages for bad input', () => {
  const base: SynthesisInput = { targetFormula: 'Li1.3Al0.3Ti1.7(PO4)3', batchMassG: 10, precursors: ['Li2CO3', 'Al2O3', 'TiO2', 'NH4H2PO4'] };
  it('a missing element names it and suggests a source', () => {
    const e = errorOf({ ...base, precursors: ['Li2CO3', 'Al2O3', 'NH4H2PO4'] });
    expect(e.field).toBe('precursors');
    expect(e.message).toMatch(/supplies Ti.*TiO2/);
  });
  it('two sources of the same element make the amounts undetermined', () => {
    const e = errorOf({ ...base, precursors: ['Li2CO3', 'LiNO3', 'Al2O3', 'TiO2', 'NH4H2PO4'] });
    expect(e.message).toMatch(/not fixed: LiNO3 supplies the same element \(Li\) as Li2CO3/);
  });
  it('an element that cannot be balanced (over-determined) is explained', () => {
    const e = errorOf({ targetFormula: 'Li3PS4', batchMassG: 1, precursors: ['Li2S', 'P2S5', 'Li2SO4'] });
    expect(e.message).toMatch(/not fixed|cannot give/);
    const f = errorOf({ targetFormula: 'Li7P3S11', batchMassG: 1, precursors: ['Li3PS4'] });
    expect(f.message).toMatch(/cannot give the target's composition exactly/);
    const g = errorOf({ targetFormula: 'LiAlO2', batchMassG: 1, precursors: ['LiAl5O8', 'AlPO4'] });
    expect(g.message).toMatch(/P is brought by a precursor but not in the target/);
  });
  it('a negative amount is refused', () => {
    const e = errorOf({ targetFormula: 'LiAlO2', batchMassG: 1, precursors: ['Li5AlO4', 'Li2O'] });
    expect(e.message).toMatch(/negative amount/);
  });
  it('an unneeded precursor is a warning with 0 mol', () => {
    const r = synthesisBatch({ ...base, precursors: [...base.precursors, 'ZrO2'] });
    expect(r.precursors[4]!.massG).toBe(0);
    expect(r.warnings.join(' ')).toMatch(/ZrO2 is not needed/);
  });
  it('flux-only, duplicate, empty, malformed precursors and bad targets, masses and excess', () => {
    expect(errorOf({ ...base, precursors: [...base.precursors, 'CO(NH2)2'] }).message).toMatch(/urea/);
    expect(errorOf({ ...base, precursors: ['Li2CO3', 'Al2O3', 'TiO2', 'NH4H2PO4', 'Li₂CO₃'] }).field).toBe('precursor:4');
    expect(errorOf({ ...base, precursors: ['Li2CO3', '', 'TiO2'] }).field).toBe('precursor:1');
    expect(errorOf({ ...base, precursors: ['Li2CO3', 'Xx2O3'] }).message).toMatch(/^Precursor 2: Unknown element/);
    expect(errorOf({ ...base, targetFormula: '' }).field).toBe('targetFormula');
    expect(errorOf({ ...base, targetFormula: 'LiPON' }).field).toBe('targetFormula');
    expect(errorOf({ ...base, targetFormula: 'LiN3' }).message).toMatch(/N, which this calculator treats/);
    expect(errorOf({ ...base, targetFormula: 'O2' }).message).toMatch(/no element other than oxygen/);
    for (const m of [0, -1, Number.NaN, Infinity, 2e6]) expect(errorOf({ ...base, batchMassG: m }).field).toBe('batchMassG');
    expect(errorOf({ ...base, precursors: [] }).field).toBe('precursors');
    expect(errorOf({ ...base, liExcess: { value: -1, mode: 'source-pct' } }).field).toBe('liExcess');
    expect(errorOf({ ...base, liExcess: { value: 150, mode: 'li-pct' } }).field).toBe('liExcess');
    expect(errorOf({ ...base, liExcess: { value: 2, mode: 'li-per-fu' } }).field).toBe('liExcess');
    expect(errorOf({ ...base, liExcess: { value: 5, mode: 'source-pct', on: 1 } }).message).toMatch(/does not supply lithium/);
    expect(errorOf({ ...base, liExcess: { value: 5, mode: 'source-pct', on: 7 } }).message).toMatch(/not in the list/);
    expect(errorOf({ targetFormula: 'AlPO4', batchMassG: 1, precursors: ['Al2O3', 'NH4H2PO4'], liExcess: { value: 5, mode: 'source-pct' } }).message).toMatch(/no lithium/);
  });
});

describe('helpers', () => {
  it('subscripts counts but not multipliers', () => {
    expect(withSubscripts('Li1.3Al0.3Ti1.7(PO4)3')).toBe('Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃');
    expect(withSubscripts('Al(NO3)3·9H2O')).toBe('Al(NO₃)₃·9H₂O');
    expect(withSubscripts('(NH4)2HPO4')).toBe('(NH₄)₂HPO₄');
  });
  it('splits the compact precursor list', () => {
    expect(splitPrecursorList('Li2CO3, Al2O3,,TiO2')).toEqual(['Li2CO3', 'Al2O3', '', 'TiO2']);
  });
  it('every built-in precursor parses', () => {
    for (const p of PRECURSOR_LIST) expect(() => parseFormula(p.formula)).not.toThrow();
  });
});

describe('fuzz', () => {
  // Build a target from random amounts of precursors with independent non-volatile elements, then recover them.
  const SETS = [
    ['Li2CO3', 'Al2O3', 'TiO2', 'NH4H2PO4'],
    ['LiNO3', 'Al(NO3)3·9H2O', 'GeO2', '(NH4)2HPO4'],
    ['LiOH·H2O', 'La2O3', 'ZrO2', 'Ta2O5'],
    ['Li2S', 'P2S5', 'LiCl', 'GeS2'],
    ['CH3COOLi·2H2O', 'Ti(OCH(CH3)2)4', 'SiO2'],
  ];
  it('recovers the amounts and balances every element to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SETS),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (set, raw, batch, excess) => {
          // Target element counts with the O of an oxide/sulfide product (O chosen freely: it is balanced by O2).
          const amounts = set.map((_, i) => raw[i]! / 100);
          const counts: Record<string, number> = {};
          set.forEach((p, i) => {
            for (const [e, k] of Object.entries(parseFormula(p))) if (!['H', 'C', 'N', 'O'].includes(e)) counts[e] = (counts[e] ?? 0) + k * amounts[i]!;
          });
          const isSulfide = set.includes('Li2S');
          const formula = Object.entries(counts).map(([e, k]) => `${e}${Number(k.toFixed(6))}`).join('') + (isSulfide ? '' : 'O7.5');
          const r = synthesisBatch({ targetFormula: formula, batchMassG: batch, precursors: set, liExcess: { value: excess, mode: 'source-pct' } });
          r.precursors.forEach((p, i) => close(p.perFormulaUnit, amounts[i]!, 1e-6));
          expectBalanced(r.reaction);
          expect(r.stoichiometric.massLossPct).toBeLessThan(100);
          expect(r.withExcess.precursorMassG).toBeGreaterThanOrEqual(r.stoichiometric.precursorMassG * (1 - 1e-12));
          for (const p of r.precursors) expect(Number.isFinite(p.massWithExcessG)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hostile strings only ever give a PhysicsInputError', () => {
    const pieces = ['Li', 'Al', 'Ti', 'P', 'O', 'S', 'Cl', '(', ')', '·', '2', '0.5', '1e9', '<script>', ',', ' ', '\u0000', '999999', 'NH4', 'NO3', '₂', 'x'];
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 0, maxLength: 14 }), fc.double(), fc.double(), fc.constantFrom('source-pct', 'li-pct', 'li-per-fu', 'bad'), (target, precursors, mass, excess, mode) => {
        try {
          const r = synthesisBatch({ targetFormula: target, batchMassG: mass, precursors, liExcess: { value: excess, mode: mode as 'li-pct' } });
          for (const p of r.precursors) expect(Number.isFinite(p.massWithExcessG)).toBe(true);
          expect(Number.isFinite(r.withExcess.massLossPct)).toBe(true);
        } catch (error) {
          expect(isPhysicsInputError(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
