/**
 * The data the explorer page carries (built at build time, read by the island from a JSON block).
 * readPayload checks the shape so that a damaged block gives a clear message instead of a crash.
 */
import type { ConductivityRow } from './pool';
import type { InterlayerRow } from './interlayers';

export interface ExplorerPayload {
  rows: ConductivityRow[];
  interlayers: InterlayerRow[];
  /** Short author–year label of every reference id used by the rows. */
  refLabels: Record<string, string>;
  /** Table id → short source label, e.g. "Table 2 of Zhang et al., 2023". */
  tableLabels: Record<string, string>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optNum = (v: unknown) => v === undefined || isNum(v);
const isFlags = (v: unknown) => Array.isArray(v) && v.every((f) => isObj(f) && isStr(f.field) && isStr(f.severity) && isStr(f.message));
const isStrings = (v: unknown) => Array.isArray(v) && v.every(isStr);
const isStrMap = (v: unknown) => isObj(v) && Object.values(v).every(isStr);

const rowOk = (r: unknown) => isObj(r) && isStr(r.key) && isStr(r.tableId) && isStr(r.rowId) && isStr(r.material) && isStr(r.family) && isStr(r.method)
  && isNum(r.sigmaSPerCm) && r.sigmaSPerCm > 0 && optNum(r.temperatureC) && isStr(r.temperatureBasis) && optNum(r.activationEnergyEv) && optNum(r.year)
  && isStrings(r.refIds) && isFlags(r.flags);
const layerOk = (r: unknown) => isObj(r) && isStr(r.key) && isStr(r.tableId) && isStr(r.rowId) && isStr(r.layer) && isStr(r.electrolyte) && isStr(r.class)
  && optNum(r.lifetimeH) && optNum(r.currentDensityMaPerCm2) && optNum(r.thicknessUm) && isStr(r.label) && isStrings(r.refIds) && isFlags(r.flags);

/** The payload if `value` has its shape, else null. */
export function readPayload(value: unknown): ExplorerPayload | null {
  if (!isObj(value)) return null;
  const { rows, interlayers, refLabels, tableLabels } = value;
  if (!Array.isArray(rows) || !rows.every(rowOk) || !Array.isArray(interlayers) || !interlayers.every(layerOk) || !isStrMap(refLabels) || !isStrMap(tableLabels)) return null;
  return value as unknown as ExplorerPayload;
}

/** JSON for a <script type="application/json"> block: "<" escaped so that no "</script>" can close it early. */
export const payloadJson = (payload: ExplorerPayload): string => JSON.stringify(payload).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
