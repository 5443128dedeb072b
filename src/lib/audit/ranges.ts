/**
 * Check 3 — values outside the range of their class.
 *
 * Conductivity near room temperature (cells at 15–35 °C, or with no temperature stated), S/cm.
 * Outside the range → warning. The ranges are wide on purpose: they enclose what the reviews and the
 * general literature report for each class, so a value outside is unusual, not impossible.
 *   sulfide glass            10⁻⁶ – 10⁻³   (Li₂S–P₂S₅/SiS₂/GeS₂ glasses: 10⁻⁵–10⁻⁴ typical)
 *   sulfide glass-ceramic    10⁻⁵ – 2 × 10⁻²  (best: hot-pressed Li₇P₃S₁₁, ~10⁻²)
 *   crystalline sulfide      10⁻⁵ – 3 × 10⁻²  (best: LGPS family and argyrodites, 1–2.5 × 10⁻²)
 *   NASICON ceramic (pellet) 10⁻⁵ – 2 × 10⁻³  (LATP/LAGP total conductivity; best ~1 × 10⁻³)
 *   NASICON thin film        10⁻⁷ – 2 × 10⁻³  (sputtered or deposited films are often far lower)
 *   LAGP with an interlayer  10⁻⁶ – 5 × 10⁻³  (interlayers may add liquid or gel)
 *   polymer–ceramic composite 10⁻⁷ – 5 × 10⁻³ (dry PEO composites 10⁻⁶–10⁻⁴; gels and ionic liquids a
 *                                              few 10⁻³; a solid filled with a liquid cannot exceed the
 *                                              liquid's ~10⁻² S/cm)
 * Activation energy, eV: outside 0.05–1.0 eV → warning (below 0.05 eV is less than 2 k_B T at room
 * temperature, above 1 eV no material conducts measurably at room temperature). Outside the class's
 * usual window → info: sulfide glass 0.25–0.6, glass-ceramic 0.1–0.45, crystal 0.15–0.45, NASICON
 * 0.2–0.5, composite 0.2–0.8.
 * Relative density: above 100 % → error (impossible); below 50 % → warning (not a sintered body).
 * Capacity retention or Coulombic efficiency above 100 % → warning.
 * Specific capacity above the theoretical capacity of the cathode named in the row (LiFePO₄ 170,
 * LiMn₂O₄ 148, LiCoO₂ 274, NCM/NCA 280 mAh g⁻¹; 2 % margin) → warning; above 1672 mAh g⁻¹ (sulfur,
 * the highest of any cathode in these tables) → warning whatever the cathode.
 * Non-positive conductivity or activation energy → error.
 */
import type { DataTable, TableRow, CompositeCell } from '../../schemas/table';
import type { Finding } from '../../schemas/finding';
import { CLASS_LABEL, composite, findingId, materialClass, materialName, quantity, sci, type MaterialClass } from './shared';

export const SIGMA_RANGE_S_PER_CM: Record<MaterialClass, { min: number; max: number }> = {
  'sulfide-glass': { min: 1e-6, max: 1e-3 },
  'sulfide-glass-ceramic': { min: 1e-5, max: 2e-2 },
  'sulfide-crystal': { min: 1e-5, max: 3e-2 },
  'nasicon-ceramic': { min: 1e-5, max: 2e-3 },
  'nasicon-film': { min: 1e-7, max: 2e-3 },
  'nasicon-with-interlayer': { min: 1e-6, max: 5e-3 },
  composite: { min: 1e-7, max: 5e-3 },
};

export const ROOM_TEMPERATURE_WINDOW_C = { min: 15, max: 35 } as const;
export const ACTIVATION_ENERGY_RANGE_EV = { min: 0.05, max: 1.0 } as const;
export const ACTIVATION_ENERGY_CLASS_EV: Record<MaterialClass, { min: number; max: number }> = {
  'sulfide-glass': { min: 0.25, max: 0.6 },
  'sulfide-glass-ceramic': { min: 0.1, max: 0.45 },
  'sulfide-crystal': { min: 0.15, max: 0.45 },
  'nasicon-ceramic': { min: 0.2, max: 0.5 },
  'nasicon-film': { min: 0.2, max: 0.5 },
  'nasicon-with-interlayer': { min: 0.2, max: 0.5 },
  composite: { min: 0.2, max: 0.8 },
};
export const RELATIVE_DENSITY_MIN_PCT = 50;
/** Theoretical specific capacities, mAh/g (one Li per formula unit; sulfur to Li₂S). */
export const THEORETICAL_CAPACITY_MAH_PER_G = { LiFePO4: 170, LiMn2O4: 148, LiCoO2: 274, 'NCM/NCA': 280, sulfur: 1672 } as const;
const CAPACITY_MARGIN = 1.02;

type Push = (f: Finding) => void;

export function checkRanges(tables: readonly DataTable[]): Finding[] {
  const out: Finding[] = [];
  const push: Push = (f) => out.push(f);
  for (const table of tables) {
    for (const row of table.rows) {
      sigmaRange(table, row, push);
      energyRange(table, row, push);
      densityRange(table, row, push);
      cellRanges(table, row, push);
    }
  }
  return out;
}

function sigmaRange(table: DataTable, row: TableRow, push: Push): void {
  const q = quantity(row, 'sigmaSPerCm');
  if (!q) return;
  const base = { check: 'range' as const, tableId: table.id, rowId: row.id, field: 'sigmaSPerCm' };
  if (!(q.value > 0)) {
    push({ ...base, id: findingId('range', table.id, row.id, 'sigmaSPerCm', 'non-positive'), severity: 'error', message: `${materialName(table, row)}: a conductivity of zero or below.`, sourceSays: q.printed, whyWrong: 'Conductivity is positive by definition.' });
    return;
  }
  const cls = materialClass(table, row);
  if (!cls) return;
  const t = q.temperatureC;
  if (t !== undefined && (t < ROOM_TEMPERATURE_WINDOW_C.min || t > ROOM_TEMPERATURE_WINDOW_C.max)) return; // ranges are for room temperature
  const { min, max } = SIGMA_RANGE_S_PER_CM[cls];
  if (q.value >= min && q.value <= max) return;
  const high = q.value > max;
  const factor = high ? q.value / max : min / q.value;
  push({
    ...base,
    id: findingId('range', table.id, row.id, 'sigmaSPerCm'),
    severity: 'warning',
    message: `${materialName(table, row)}: ${sci(q.value)} S/cm is ${factor < 100 ? `${factor.toFixed(factor < 10 ? 1 : 0)} times` : `${Math.log10(factor).toFixed(1)} decades`} ${high ? 'above' : 'below'} the usual room-temperature range of a ${CLASS_LABEL[cls]}.`,
    sourceSays: `${q.printed}${q.printed.includes('°C') ? '' : t !== undefined ? ` at ${t} °C${q.temperatureBasis === 'measured' ? '' : ' (nominal)'}` : ' (no temperature stated)'}.`,
    whyWrong: high
      ? `Room-temperature values for a ${CLASS_LABEL[cls]} lie between ${sci(min)} and ${sci(max)} S/cm. A higher value may be measured at a higher temperature, be a bulk (grain) rather than a total value, contain a liquid phase, or carry a slip in the exponent or the unit.`
      : `Room-temperature values for a ${CLASS_LABEL[cls]} lie between ${sci(min)} and ${sci(max)} S/cm. A lower value points to a porous or impure sample, a slip in the exponent, or a measurement at a lower temperature.`,
    metric: { sigmaSPerCm: q.value, rangeMin: min, rangeMax: max },
  });
}

function energyRange(table: DataTable, row: TableRow, push: Push): void {
  const q = quantity(row, 'activationEnergyEv');
  if (!q) return;
  const name = materialName(table, row);
  const base = { check: 'range' as const, tableId: table.id, rowId: row.id, field: 'activationEnergyEv' };
  const { min, max } = ACTIVATION_ENERGY_RANGE_EV;
  if (q.value < min || q.value > max) {
    push({
      ...base,
      id: findingId('range', table.id, row.id, 'activationEnergyEv'),
      severity: q.value <= 0 ? 'error' : 'warning',
      message: `${name}: an activation energy of ${q.value} eV lies outside ${min}–${max} eV.`,
      sourceSays: q.printed,
      whyWrong: `Below ${min} eV the barrier would be smaller than twice the thermal energy kT at room temperature and conduction would hardly depend on temperature; above ${max} eV no material conducts measurably at room temperature.`,
      metric: { activationEnergyEv: q.value },
    });
    return;
  }
  const cls = materialClass(table, row);
  if (!cls) return;
  const w = ACTIVATION_ENERGY_CLASS_EV[cls];
  if (q.value >= w.min && q.value <= w.max) return;
  push({
    ...base,
    id: findingId('range', table.id, row.id, 'activationEnergyEv', 'class'),
    severity: 'info',
    message: `${name}: ${q.value.toFixed(q.value < 0.1 ? 3 : 2)} eV is ${q.value > w.max ? 'above' : 'below'} the ${w.min}–${w.max} eV usual for a ${CLASS_LABEL[cls]}.`,
    sourceSays: q.printed,
    whyWrong: `Most ${CLASS_LABEL[cls]} samples show activation energies between ${w.min} and ${w.max} eV. A value outside may belong to another transport step (grain boundary rather than bulk, or the reverse), to another temperature range, or be a transcription slip.`,
    metric: { activationEnergyEv: q.value, rangeMin: w.min, rangeMax: w.max },
  });
}

function densityRange(table: DataTable, row: TableRow, push: Push): void {
  const q = quantity(row, 'relativeDensityPct');
  if (!q) return;
  const base = { check: 'range' as const, tableId: table.id, rowId: row.id, field: 'relativeDensityPct' };
  if (q.value > 100) {
    push({ ...base, id: findingId('range', table.id, row.id, 'relativeDensityPct'), severity: 'error', message: `${materialName(table, row)}: a relative density above 100 %.`, sourceSays: q.printed, whyWrong: 'A sample cannot be denser than its theoretical (crystallographic) density.' });
  } else if (q.value < RELATIVE_DENSITY_MIN_PCT) {
    push({ ...base, id: findingId('range', table.id, row.id, 'relativeDensityPct'), severity: 'warning', message: `${materialName(table, row)}: a relative density below ${RELATIVE_DENSITY_MIN_PCT} %.`, sourceSays: q.printed, whyWrong: 'Below about half the theoretical density a pellet is a loose powder compact rather than a sintered ceramic; an absolute density (g cm⁻³) may have been entered as a percentage.' });
  }
}

/** Cathode named by the row, if exactly one is recognisable. */
function cathodeOf(row: TableRow, cell: CompositeCell): keyof typeof THEORETICAL_CAPACITY_MAH_PER_G | undefined {
  const texts = [cell.cathode, typeof row.cathode === 'string' ? row.cathode : undefined, typeof row.cell === 'string' ? row.cell : undefined, typeof row.configuration === 'string' ? row.configuration : undefined]
    .filter((t): t is string => typeof t === 'string')
    .join(' ');
  const hits = new Set<keyof typeof THEORETICAL_CAPACITY_MAH_PER_G>();
  if (/\bLFP\b|LiFePO/.test(texts)) hits.add('LiFePO4');
  if (/\bLMO\b|LiMn₂O₄/.test(texts)) hits.add('LiMn2O4');
  if (/LiCoO₂|\bLCO\b/.test(texts)) hits.add('LiCoO2');
  if (/NCM|NCA/.test(texts)) hits.add('NCM/NCA');
  return hits.size === 1 ? [...hits][0] : undefined;
}

function cellRanges(table: DataTable, row: TableRow, push: Push): void {
  for (const c of table.columns) {
    const entries: { cell: CompositeCell; path: string }[] = [];
    if (c.kind === 'composite') {
      const cell = composite(row, c.key);
      if (cell) entries.push({ cell, path: c.key });
    } else if (c.kind === 'list') {
      const list = row[c.key];
      if (Array.isArray(list)) (list as CompositeCell[]).forEach((cell, i) => entries.push({ cell, path: `${c.key}[${i}]` }));
    }
    for (const { cell, path } of entries) {
      const name = materialName(table, row);
      const base = { check: 'range' as const, tableId: table.id, rowId: row.id };
      for (const [key, label] of [['capacityRetentionPct', 'capacity retention'], ['coulombicEfficiencyPct', 'Coulombic efficiency']] as const) {
        const v = cell[key];
        if (v !== undefined && v > 100) {
          push({ ...base, field: `${path}.${key}`, id: findingId('range', table.id, row.id, `${path}.${key}`), severity: 'warning', message: `${name}: a ${label} of ${v} %, above 100 %.`, sourceSays: `"${cell.printed}"`, whyWrong: `A ${label} above 100 % means that more charge came out than went in, or capacity grew; possible in early cycles of some cells, but usually a slip or another normalisation.` });
        }
      }
      const cap = cell.capacityMahPerG;
      if (cap === undefined) continue;
      const cathode = cathodeOf(row, cell);
      const limit = cathode ? THEORETICAL_CAPACITY_MAH_PER_G[cathode] : THEORETICAL_CAPACITY_MAH_PER_G.sulfur;
      const over = cathode ? cap > limit * CAPACITY_MARGIN : cap > limit;
      if (!over) continue;
      push({
        ...base,
        field: `${path}.capacityMahPerG`,
        id: findingId('range', table.id, row.id, `${path}.capacityMahPerG`),
        severity: 'warning',
        message: `${name}: ${cap} mAh g⁻¹ exceeds the theoretical capacity of ${cathode ?? 'any cathode in these tables (sulfur)'}, ${limit} mAh g⁻¹.`,
        sourceSays: `"${cell.printed}"`,
        whyWrong: `A cathode cannot deliver more than its theoretical capacity. A higher figure is a first discharge including side reactions (such as electrolyte decomposition), a capacity normalised to part of the electrode only, or a slip.`,
        metric: { capacityMahPerG: cap, theoreticalMahPerG: limit },
      });
    }
  }
}
