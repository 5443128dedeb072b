/**
 * Presets of the energy-density calculator. Keys are those of ENERGY_DENSITY_SPEC in
 * src/islands/energy-density/spec.ts: cathode given by loading (cm = load, ml mg/cm²) or areal capacity
 * (cm = cap, qa mAh/cm²); q specific capacity (mAh/g), ff + fe the capacity-from-formula helper, V average
 * voltage, wa active material (wt%), ra / ri active and inactive densities (g/cm³), ph porosity (vol%);
 * st + stu separator thickness (um | mm), sd its density; an anode (li | liin), lx Li excess given as
 * ratio (xr) or thickness (xt, µm), pv plated-Li volume (on | off), np Li–In N/P ratio; al / ald and
 * cu / cud collector thicknesses (µm) and densities, sh sharing (double | single); pm / pvol packaging
 * mass and volume (%); tgt target (Wh/kg); sx the largest separator thickness plotted (µm).
 * Every preset sets every physical field, so picking one gives the same numbers whatever was typed before.
 */
import type { Preset } from './types';

const COMMON = { cm: 'load', ph: '10', stu: 'um', an: 'li', pv: 'on', np: '1', al: '12', ald: '2.7', cu: '8', cud: '8.96', sh: 'double', pm: '0', pvol: '0', fe: '1' };

export const ENERGY_DENSITY_PRESETS: Record<string, Preset> = {
  'li-ncm811-lagp-004': {
    label: 'Li | LAGP | NCM811: review 004 quotes 400 Wh/kg below 40 µm of LAGP (cathode loading and composition assumed)',
    sources: ['004-54', '004-53', 'review-004'],
    values: {
      ...COMMON, ml: '25', qa: '5', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '90', ra: '4.75', ri: '2.0',
      st: '40', sd: '3.43', lx: 'thick', xr: '0', xt: '20', tgt: '400', sx: '200',
    },
  },
  'li-lfp-lagp-004': {
    label: 'Li | LAGP | LFP: review 004 quotes 300 Wh/kg below 36 µm of LAGP (cathode loading and composition assumed)',
    sources: ['004-54', '004-53', 'review-004'],
    values: {
      ...COMMON, ml: '30', qa: '4.8', q: '160', ff: 'LiFePO4', V: '3.4', wa: '85', ra: '3.6', ri: '2.0',
      st: '36', sd: '3.43', lx: 'thick', xr: '0', xt: '20', tgt: '300', sx: '200',
    },
  },
  'ncm811-li-oxide-20um': {
    label: 'NCM811, 20 µm oxide separator, lithium N/P = 2 (illustrative, from the "From material to cell" chapter)',
    sources: [],
    values: {
      ...COMMON, ml: '15', qa: '3', q: '200', ff: 'LiNi0.8Co0.1Mn0.1O2', V: '3.8', wa: '70', ra: '4.8', ri: '3.04',
      st: '20', sd: '3.4', lx: 'ratio', xr: '1', xt: '20', tgt: '300', sx: '300',
    },
  },
};
