/**
 * Presets of the energy-density calculator. Keys are those of ENERGY_DENSITY_SPEC in
 * src/islands/energy-density/spec.ts: cathode given by loading (cm = load, ml mg/cm²) or areal capacity
 * (cm = cap, qa mAh/cm²); q specific capacity (mAh/g), ff + fe the capacity-from-formula helper, V average
 * voltage, wa active material (wt%), ra / ri active and inactive densities (g/cm³), ph porosity (vol%);
 * ck cathode kind (lith: made with its lithium, NCM/LFP/LCO/Li₂S | nonlith: S, FeS₂, Fe₃S₄, I₂), dv volume
 * change of the active material from charged to discharged (%, S → Li₂S 79);
 * st + stu separator thickness (um | mm), sd its density; an anode (li | liin), lx Li excess given as
 * N/P ratio (xr, lithium in the foil ÷ cathode capacity, 0 = anode-free) or foil thickness (xt, µm); an also
 * gr (graphite) and si (silicon); np host N/P ratio (Li–In, graphite, silicon); pv thickness counted in the
 * charged (on), discharged (off) or larger (max) state; al / ald and cu / cud collector thicknesses (µm) and
 * densities, sh sharing (double | single); pm / pvol packaging mass and volume (%); fx stack-pressure fixture
 * (g/cm² of footprint) holding fn repeat units; ep electrolyte price (US$/kg), eb its budget (US$/m²), ew mass
 * fraction of a costly element in it (%); tgt target (Wh/kg); sx the largest separator thickness plotted (µm).
 * Every preset sets every physical field, so picking one gives the same numbers whatever was typed before.
 */
import type { Preset } from './types';

const COMMON = {
  cm: 'load', ph: '10', stu: 'um', an: 'li', pv: 'on', np: '1', al: '12', ald: '2.7', cu: '8', cud: '8.96', sh: 'double', pm: '0', pvol: '0', fe: '1',
  ck: 'lith', dv: '0', fx: '0', fn: '10', ep: '50', eb: '4', ew: '0',
};

export const ENERGY_DENSITY_PRESETS: Record<string, Preset> = {
  'li-ncm811-lagp-004': {
    label: 'Li | LAGP | NCM811: review 004 quotes 400 Wh/kg below 40 µm of LAGP (cathode loading and composition assumed)',
    sources: ['004-54', '004-53', 'review-004'],
    values: {
      ...COMMON, ml: '25', qa: '5', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '90', ra: '4.75', ri: '2.0',
      st: '40', sd: '3.43', lx: 'thick', xr: '0', xt: '20', tgt: '400', sx: '200', ew: '26.1',
    },
  },
  'li-lfp-lagp-004': {
    label: 'Li | LAGP | LFP: review 004 quotes 300 Wh/kg below 36 µm of LAGP (cathode loading and composition assumed)',
    sources: ['004-54', '004-53', 'review-004'],
    values: {
      ...COMMON, ml: '30', qa: '4.8', q: '160', ff: 'LiFePO4', V: '3.4', wa: '85', ra: '3.6', ri: '2.0',
      st: '36', sd: '3.43', lx: 'thick', xr: '0', xt: '20', tgt: '300', sx: '200', ew: '26.1',
    },
  },
  'ncm811-li-oxide-20um': {
    label: 'NCM811, 20 µm oxide separator, lithium foil at N/P = 1 (illustrative, from the "From material to cell" chapter)',
    sources: [],
    values: {
      ...COMMON, ml: '15', qa: '3', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '70', ra: '4.8', ri: '3.04',
      st: '20', sd: '3.4', lx: 'ratio', xr: '1', xt: '20', tgt: '300', sx: '300',
    },
  },
  'li-s-sulfide': {
    label: 'Li | Li₆PS₅Cl | S: sulfur cathode without lithium, lithium foil at N/P = 2, S → Li₂S +79 % (illustrative, from the Li–S chapter)',
    sources: [],
    values: {
      ...COMMON, ml: '3', qa: '3', q: '1000', ff: 'S', fe: '2', V: '2.0', wa: '30', ra: '2.07', ri: '1.68', ck: 'nonlith', dv: '79',
      st: '30', sd: '1.64', lx: 'ratio', xr: '2', xt: '29', pv: 'max', tgt: '300', sx: '300',
    },
  },
  'li2s-anode-free': {
    label: 'Anode-free | Li₆PS₅Cl | Li₂S: a lithiated sulfide cathode brings its own lithium (illustrative)',
    sources: [],
    values: {
      ...COMMON, ml: '4', qa: '3.2', q: '800', ff: 'Li2S', fe: '2', V: '2.0', wa: '40', ra: '1.66', ri: '1.68', ck: 'lith', dv: '79',
      st: '30', sd: '1.64', lx: 'ratio', xr: '0', xt: '0', pv: 'max', tgt: '300', sx: '300',
    },
  },
  'ncm811-graphite': {
    label: 'Graphite | sulfide | NCM811 at N/P = 1.1 (illustrative)',
    sources: [],
    values: {
      ...COMMON, ml: '15', qa: '3', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '70', ra: '4.8', ri: '3.04',
      st: '30', sd: '1.64', an: 'gr', np: '1.1', lx: 'ratio', xr: '0', xt: '20', pv: 'max', tgt: '300', sx: '300',
    },
  },
  'ncm811-pressure-fixture': {
    label: 'The chapter\'s NCM811 stack in a pressure fixture: two 5 mm steel plates (7.9 g/cm³) around 10 repeat units (illustrative)',
    sources: [],
    values: {
      ...COMMON, ml: '15', qa: '3', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '70', ra: '4.8', ri: '3.04',
      st: '20', sd: '3.4', lx: 'ratio', xr: '1', xt: '20', fx: '7.9', fn: '10', tgt: '300', sx: '300',
    },
  },
};
