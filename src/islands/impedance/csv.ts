// The workbench's results as CSV text (full precision, units in the column names): fitted parameters,
// arcs and conductivities, the spectrum with fit and residuals, and the temperature series.
import { circuitParameterInfo } from '~/lib/eis/circuit';
import type { LinKkResult } from '~/lib/eis/lin-kk';
import type { ArcAssignment, PelletAnalysis } from '~/lib/eis/material';
import type { SeriesResult } from '~/lib/eis/series';
import type { Spectrum } from '~/lib/eis/types';
import { csvText } from '../shared/download';
import type { FitOutcome } from './compute';
import { pelletRows } from './ResultsPanel';

const n = (x: number | null | undefined): number | string => (x === null || x === undefined || !Number.isFinite(x) ? '' : Number(x.toPrecision(8)));

export function parametersCsv(fit: FitOutcome): string {
  const rows: (string | number)[][] = circuitParameterInfo(fit.circuit).map((p) =>
    [p.name, p.description, n(fit.parameters[p.name]), n(fit.standardErrors[p.name]), p.unit, n(fit.initialGuess[p.name])]);
  rows.push(['chi_square', `weighted sum of squares (${fit.weighting} weighting)`, n(fit.chiSquare), '', '', ''],
    ['reduced_chi_square', 'chi-square per degree of freedom', n(fit.reducedChiSquare), '', '', ''],
    ['iterations', '', fit.iterations, '', '', ''], ['converged', '', fit.converged ? 'yes' : 'no', '', '', ''], ['circuit', '', fit.circuit, '', '', '']);
  return csvText(['parameter', 'description', 'value', 'standard_error', 'unit', 'initial_guess'], rows);
}

/** What an arc is, in the words of the workbench's menus (never the code's "grainBoundary"). */
const ASSIGNMENT_WORDS: Record<ArcAssignment, string> = { bulk: 'bulk', grainBoundary: 'grain boundary', electrode: 'electrode', unassigned: 'not assigned' };

/** Arcs and conductivities: one row per quantity, its unit in reader symbols (Ω, cm², S/cm) as in the rows from pelletRows. */
export function materialCsv(p: PelletAnalysis, thicknessCm: number, areaCm2: number): string {
  const rows: (string | number)[][] = [['thickness L', n(thicknessCm), 'cm'], ['electrode area A', n(areaCm2), 'cm²']];
  for (const a of p.arcs) {
    const arc = `${a.resistanceName}||${a.capacitorName}`;
    rows.push([`${arc} resistance`, n(a.resistanceOhm), 'Ω'], [`${arc} capacitance (effective)`, n(a.capacitanceF), 'F'],
      [`${arc} C*L/A`, n(a.normalisedCapacitanceF), 'F'], [`${arc} assignment`, ASSIGNMENT_WORDS[a.assignment] + (a.overridden ? ' (by hand)' : ''), '']);
  }
  for (const [label, value, unit] of pelletRows(p)) if (value !== null) rows.push([label, n(value), unit]);
  return csvText(['quantity', 'value', 'unit'], rows);
}

export function spectrumCsv(s: Spectrum, fit: FitOutcome | null, kk: LinKkResult | null): string {
  const header = ['frequency_Hz', 'Z_real_ohm', 'Z_imag_ohm'];
  if (fit) header.push('fit_Z_real_ohm', 'fit_Z_imag_ohm', 'fit_residual_real', 'fit_residual_imag');
  if (kk) header.push('kk_Z_real_ohm', 'kk_Z_imag_ohm', 'kk_residual_real', 'kk_residual_imag');
  const rows = s.frequenciesHz.map((f, k) => [
    n(f), n(s.zRealOhm[k]), n(s.zImagOhm[k]),
    ...(fit ? [n(fit.zFitRealOhm[k]), n(fit.zFitImagOhm[k]), n(fit.residualsReal[k]), n(fit.residualsImag[k])] : []),
    ...(kk ? [n(kk.zFitRealOhm[k]), n(kk.zFitImagOhm[k]), n(kk.residualsReal[k]), n(kk.residualsImag[k])] : []),
  ]);
  return csvText(header, rows);
}

export function seriesCsv(r: SeriesResult): string {
  const rows: (string | number)[][] = r.entries.map((e) => [e.label, n(e.temperatureK), n(e.temperatureK - 273.15), n(e.pellet?.bulkResistanceOhm), n(e.pellet?.grainBoundaryResistanceOhm),
    n(e.pellet?.bulkSigmaSPerCm), n(e.pellet?.grainBoundaryApparentSigmaSPerCm), n(e.pellet?.grainBoundarySpecificSigmaSPerCm), n(e.pellet?.totalSigmaSPerCm),
    e.fit ? (e.fit.converged ? 'yes' : 'no') : '', e.error ?? '']);
  return csvText(['spectrum', 'T_K', 'T_C', 'R_bulk_ohm', 'R_gb_ohm', 'sigma_bulk_S_per_cm', 'sigma_gb_apparent_S_per_cm', 'sigma_gb_specific_S_per_cm', 'sigma_total_S_per_cm', 'converged', 'note'], rows);
}

export function activationEnergiesCsv(r: SeriesResult): string {
  const rows = ([['bulk', r.bulk], ['grain boundary (apparent)', r.grainBoundary], ['total', r.total]] as const).flatMap(([name, a]) => (a.fit
    ? [[name, n(a.fit.activationEnergyEv), n(a.fit.activationEnergyStdErrEv), n(a.fit.lnPrefactor), a.fit.n]] : []));
  return csvText(['conductivity', 'activation_energy_eV_sigmaT_form', 'standard_error_eV', 'ln_prefactor_ln_S_K_per_cm', 'points'], rows);
}
