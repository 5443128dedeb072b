// What the workbench keeps in its link: circuit, weighting, geometry and units, the test settings, arc
// assignments made by hand and which sample is loaded. Measured data never goes into a link.
import type { ArcAssignment } from '~/lib/eis/material';
import type { CircuitNode } from '~/lib/eis/types';
import { TEMPERATURE_UNITS, unitValues } from '~/lib/unit-choices';
import type { UrlSpec } from '~/lib/url-state';
import { PELLET_GEOMETRY_SPEC } from '../shared/PelletGeometry';

/** The pellet circuit of the presets and of the sample (sample-analysis.ts checks both at build time). */
export const DEFAULT_CIRCUIT = 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3';

export const IMPEDANCE_SPEC: UrlSpec = {
  c: { kind: 'text', label: 'Equivalent circuit', default: DEFAULT_CIRCUIT, maxLength: 200 },
  w: { kind: 'enum', label: 'Weighting of the residuals', options: ['modulus', 'proportional', 'unit'], default: 'modulus' },
  ...PELLET_GEOMETRY_SPEC,
  sb: { kind: 'enum', label: 'Series resistance as the bulk', options: ['no', 'yes'], default: 'no' },
  as: { kind: 'text', label: 'Arcs and what they are', default: '', maxLength: 120 },
  kk: { kind: 'number', label: 'Kramers–Kronig μ cutoff', default: '0.85' },
  kkC: { kind: 'enum', label: 'Series capacitance in the Kramers–Kronig check', options: ['auto', 'yes', 'no'], default: 'auto' },
  lam: { kind: 'number', label: 'Regularisation of the DRT', default: '1e-3' },
  s: { kind: 'enum', label: 'Sample spectrum', options: ['pellet', 'series', 'none'], default: 'pellet' },
  Tu: { kind: 'enum', label: 'Temperature unit of the series', options: unitValues(TEMPERATURE_UNITS), default: 'C' },
};

/** Short codes of the assignments in a link ("R2.gb"). */
const CODES: Record<ArcAssignment, string> = { bulk: 'bulk', grainBoundary: 'gb', electrode: 'el', unassigned: 'none' };
const FROM_CODE = Object.fromEntries(Object.entries(CODES).map(([a, c]) => [c, a as ArcAssignment]));

/** Read "R1.bulk-R2.gb" against the circuit's arcs (by resistance name); problems are reported, not applied. */
export function readAssignments(text: string, arcResistances: string[]): { assignments: Record<string, ArcAssignment>; problems: string[] } {
  const assignments: Record<string, ArcAssignment> = {};
  const problems: string[] = [];
  for (const item of text.split('-').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(R\d{1,4})\.([a-z]{1,5})$/.exec(item);
    const role = m && FROM_CODE[m[2]!];
    if (!m || !role || !arcResistances.includes(m[1]!) || assignments[m[1]!]) {
      problems.push(`The arc assignment "${item.slice(0, 24)}" was ignored: ${!m || !role ? 'write it as R2.gb (bulk, gb, el or none)' : assignments[m[1]!] ? `${m[1]} is assigned twice` : `${m[1]} is not the resistance of an arc of this circuit`}.`);
    } else assignments[m[1]!] = role;
  }
  return { assignments, problems };
}

/** The link text of a set of assignments. */
export const writeAssignments = (assignments: Record<string, ArcAssignment>): string =>
  Object.entries(assignments).map(([r, a]) => `${r}.${CODES[a]}`).join('-');

/** A C or CPE in series at the top of the circuit (blocking electrodes): the Kramers–Kronig test then needs a series capacitance. */
export const hasSeriesCapacitor = (node: CircuitNode): boolean =>
  node.type === 'element' ? node.kind === 'C' || node.kind === 'CPE' : node.type === 'series' && node.children.some(hasSeriesCapacitor);
