/**
 * Presets of the synthesis batch calculator. Keys are those of SYNTHESIS_SPEC in
 * src/islands/synthesis/spec.ts: f (target formula), m + mu (batch mass and unit: g | mg | kg),
 * p (precursor formulas separated by commas), x + xu (lithium excess and how it is given: src = % extra
 * of the Li source, li = mol % extra Li, fu = extra Li per formula unit), xon (which precursor gets the
 * excess: all Li sources, or row 1–8). Every preset sets every field, so picking one gives the same
 * numbers whatever was typed before.
 */
import type { Preset } from './types';

export const SYNTHESIS_PRESETS: Record<string, Preset> = {
  'latp-solid-state': {
    label: 'LATP (x = 0.3), solid state: Li₂CO₃ + Al₂O₃ + TiO₂ + NH₄H₂PO₄, 10 g, no Li excess (illustrative)',
    sources: [],
    values: { f: 'Li1.3Al0.3Ti1.7(PO4)3', m: '10', mu: 'g', p: 'Li2CO3,Al2O3,TiO2,NH4H2PO4', x: '0', xu: 'src', xon: 'all' },
  },
  'lagp-solid-state-004': {
    label: 'LAGP (x = 0.5), solid state: Li₂CO₃ + Al₂O₃ + GeO₂ + NH₄H₂PO₄, as in the reaction of review 004, 10 g',
    sources: ['review-004'],
    values: { f: 'Li1.5Al0.5Ge1.5(PO4)3', m: '10', mu: 'g', p: 'Li2CO3,Al2O3,GeO2,NH4H2PO4', x: '0', xu: 'src', xon: 'all' },
  },
  'latp-molten-flux-002': {
    label: 'LATP (x = 0.3), molten-flux route of review 002: LiNO₃ + NH₄H₂PO₄ + Al₂O₃ + TiO₂ with 5 % extra lithium salt, 10 g (urea flux not counted)',
    sources: ['review-002', '002-80'],
    values: { f: 'Li1.3Al0.3Ti1.7(PO4)3', m: '10', mu: 'g', p: 'LiNO3,NH4H2PO4,Al2O3,TiO2', x: '5', xu: 'src', xon: 'all' },
  },
  'li3ps4-003': {
    label: 'Li₃PS₄ from Li₂S + P₂S₅ (75 : 25 mol, review 003), 2 g',
    sources: ['review-003'],
    values: { f: 'Li3PS4', m: '2', mu: 'g', p: 'Li2S,P2S5', x: '0', xu: 'src', xon: 'all' },
  },
  'li6ps5cl-003': {
    label: 'Li₆PS₅Cl from Li₂S + P₂S₅ + LiCl by ball milling (review 003), 2 g',
    sources: ['003-42', 'review-003'],
    values: { f: 'Li6PS5Cl', m: '2', mu: 'g', p: 'Li2S,P2S5,LiCl', x: '0', xu: 'src', xon: 'all' },
  },
};
