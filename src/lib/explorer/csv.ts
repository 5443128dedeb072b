/**
 * CSV of the explorer's rows (RFC 4180 quoting). Text cells that a spreadsheet would read as a
 * formula (starting with =, +, −, @, tab or CR) get a leading apostrophe; numbers are written as is.
 */
import { familyLabel, methodLabel, type ConductivityRow } from './pool';
import { interlayerClassLabel, type InterlayerRow } from './interlayers';

type Cell = string | number | undefined;

const cell = (v: Cell): string => {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(12))) : '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV text from a header and rows. */
export const toCsvText = (header: readonly string[], rows: readonly Cell[][]): string =>
  [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

export const CONDUCTIVITY_CSV_HEADER = [
  'table_id', 'row_id', 'material', 'family', 'method', 'sigma_S_per_cm', 'sigma_qualifier', 'log10_sigma',
  'temperature_C', 'temperature_basis', 'activation_energy_eV', 'year', 'ref_ids', 'flags',
] as const;

/** CSV of conductivity rows, one line per row. */
export function conductivityCsv(rows: readonly ConductivityRow[]): string {
  return toCsvText(CONDUCTIVITY_CSV_HEADER, rows.map((r) => [
    r.tableId, r.rowId, r.material, familyLabel(r.family), methodLabel(r.method), r.sigmaSPerCm, r.sigmaQualifier,
    Math.log10(r.sigmaSPerCm), r.temperatureC, r.temperatureBasis, r.activationEnergyEv, r.year, r.refIds.join(' '),
    r.flags.map((f) => `${f.severity}: ${f.message}`).join(' | '),
  ]));
}

export const INTERLAYER_CSV_HEADER = [
  'table_id', 'row_id', 'layer', 'electrolyte', 'class', 'lifetime_h', 'current_density_mA_per_cm2', 'thickness_um', 'charge_mAh_per_cm2', 'ref_ids', 'flags',
] as const;

/** CSV of interlayer rows. */
export function interlayerCsv(rows: readonly InterlayerRow[]): string {
  return toCsvText(INTERLAYER_CSV_HEADER, rows.map((r) => [
    r.tableId, r.rowId, r.layer, r.electrolyte, interlayerClassLabel(r.class), r.lifetimeH, r.currentDensityMaPerCm2, r.thicknessUm,
    r.lifetimeH !== undefined && r.currentDensityMaPerCm2 !== undefined ? r.lifetimeH * r.currentDensityMaPerCm2 : undefined,
    r.refIds.join(' '), r.flags.map((f) => `${f.severity}: ${f.message}`).join(' | '),
  ]));
}
