// The fit and what it means for the material: fitted parameters with standard errors and units, χ² and
// convergence; each arc's R, effective C, C·L/A and assignment (with its reason and a menu to override it);
// the conductivities with their working.
import type { JSX } from 'preact';
import { circuitParameterInfo } from '~/lib/eis/circuit';
import { ARC_ASSIGNMENTS, type ArcAssignment, type PelletAnalysis } from '~/lib/eis/material';
import { formatSig, formatWithError, withPrefix } from '~/lib/format';
import type { Attempt } from '../shared/attempt';
import type { FitOutcome } from './compute';
import { Subscripts } from './Subscripts';

export const ASSIGNMENT_LABEL: Record<ArcAssignment, string> = {
  bulk: 'bulk (grain interiors)', grainBoundary: 'grain boundary', electrode: 'electrode', unassigned: 'not assigned',
};

interface Props {
  fit: FitOutcome;
  /** Put a circuit into the circuit field (which fits it). */
  onUseCircuit: (circuit: string) => void;
  pellet: Attempt<PelletAnalysis> | null;
  thicknessCm: number | null;
  areaCm2: number | null;
  assignments: Record<string, ArcAssignment>;
  onAssign: (resistanceName: string, assignment: ArcAssignment | 'auto') => void;
}

const WEIGHTING_TEXT = { modulus: 'modulus weighting 1/|Z|²', proportional: 'proportional weighting', unit: 'unit weighting' } as const;

/** Arcs the data do not determine, and the simpler circuit that fits without them, one press away. */
function UndeterminedAdvice({ fit, onUseCircuit }: Pick<Props, 'fit' | 'onUseCircuit'>): JSX.Element | null {
  if (fit.undetermined.length === 0) return null;
  const { simpler } = fit;
  return (
    <div class="calc-warnings eis-advice" role="note">
      <p class="eis-flat">
        The data do not determine {fit.undetermined.map((a, k) => <>{k > 0 && '; '}<strong>{a.resistanceName}‖{a.capacitorName}</strong>: {a.reason}</>)}.
        {' '}The spectrum has fewer arcs than this circuit, so no conductivity is worked out from {fit.undetermined.length > 1 ? 'these blocks' : 'this block'}.
      </p>
      {simpler && (
        <p class="eis-flat">
          Without {fit.undetermined.length > 1 ? 'them' : 'it'}, <code>{simpler.circuit}</code> fits with χ²/ν = {formatSig(simpler.reducedChiSquare)} (this circuit: {formatSig(fit.reducedChiSquare)})
          {simpler.stillUndetermined ? ', though it too leaves an arc undetermined' : ''}.{' '}
          <button type="button" onClick={() => onUseCircuit(simpler.circuit)}>Fit {simpler.circuit}</button>
        </p>
      )}
    </div>
  );
}

export function FitSummary({ fit }: { fit: FitOutcome }): JSX.Element {
  const info = circuitParameterInfo(fit.circuit);
  const dof = 2 * fit.zFitRealOhm.length - info.length;
  return (
    <>
      <div class="eis-scroll" tabIndex={0} role="group" aria-label="Fitted parameters">
        <table class="eis-table">
          <caption>Fitted parameters of {fit.circuit}</caption>
          <thead><tr><th scope="col">Parameter</th><th scope="col">Value ± standard error</th><th scope="col">Unit</th></tr></thead>
          <tbody>
            {info.map((p) => (
              <tr><th scope="row">{p.name} <span class="eis-desc">{p.description}</span></th><td>{formatWithError(fit.parameters[p.name]!, fit.standardErrors[p.name] ?? null).split(' ± ').map((part, k) => <span class="eis-nowrap">{k ? ` ± ${part}` : part} </span>)}{fit.standardErrors[p.name] === null && '(not determined)'}</td><td>{p.unit || '–'}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="calc-working">
        {fit.converged ? 'The fit converged' : 'The fit did not converge'} after {fit.iterations} iterations ({WEIGHTING_TEXT[fit.weighting]}, starting values guessed
        from the data): χ² = {formatSig(fit.chiSquare)}, χ²/ν = {formatSig(fit.reducedChiSquare)} with ν = 2N − p = {dof}.
      </p>
      {fit.warnings.length > 0 && <ul class="calc-warnings">{fit.warnings.map((w) => <li>{w}</li>)}</ul>}
    </>
  );
}

export function ResultsPanel({ fit, onUseCircuit, pellet, thicknessCm, areaCm2, assignments, onAssign }: Props): JSX.Element {
  return (
    <>
      <FitSummary fit={fit} />
      <UndeterminedAdvice fit={fit} onUseCircuit={onUseCircuit} />
      {pellet === null && <p class="calc-field__hint">The arcs' assignments and the conductivities need the pellet's thickness and area: correct them above.</p>}
      {pellet && !pellet.ok && <p class="calc-field__error" role="alert">{pellet.message}</p>}
      {pellet?.ok && thicknessCm !== null && areaCm2 !== null && <Material p={pellet.value} thicknessCm={thicknessCm} areaCm2={areaCm2} assignments={assignments} onAssign={onAssign} />}
    </>
  );
}

/** The pellet's conductivities and resistances as (label, value or null, unit), for the table and the CSV. */
export const pelletRows = (p: PelletAnalysis): [string, number | null, string][] => [
  ['Bulk conductivity σ_b', p.bulkSigmaSPerCm, 'S/cm'],
  ['Grain-boundary conductivity, apparent σ_gb = L/(A R_gb)', p.grainBoundaryApparentSigmaSPerCm, 'S/cm'],
  ['Grain-boundary conductivity, specific (brick layer) σ_gb,sp', p.grainBoundarySpecificSigmaSPerCm, 'S/cm'],
  ['Total conductivity σ_total', p.totalSigmaSPerCm, 'S/cm'],
  ['Relative permittivity of the bulk ε_r', p.bulkRelativePermittivity, ''],
  ['Bulk resistance R_b', p.bulkResistanceOhm, 'Ω'],
  ['Grain-boundary resistance R_gb', p.grainBoundaryResistanceOhm, 'Ω'],
  ['Total resistance R_b + R_gb', p.totalResistanceOhm, 'Ω'],
];

function Material({ p, thicknessCm, areaCm2, assignments, onAssign }: { p: PelletAnalysis; thicknessCm: number; areaCm2: number } & Pick<Props, 'assignments' | 'onAssign'>): JSX.Element {
  const cell = thicknessCm / areaCm2;
  const bulkArc = p.arcs.find((a) => a.assignment === 'bulk');
  const gbArc = p.arcs.find((a) => a.assignment === 'grainBoundary');
  const rows = pelletRows(p);
  const shown = rows.filter((r) => r[1] !== null) as [string, number, string][];
  return (
    <>
      <p class="eis-subtitle">Arcs and what they are</p>
      {p.arcs.length === 0 && <p>This circuit has no arc (a resistance in parallel with a C or CPE), so nothing can be assigned.</p>}
      {p.arcs.map((arc) => {
        const id = `eis-as-${arc.resistanceName}`;
        const apexHz = 1 / (2 * Math.PI * arc.resistanceOhm * arc.capacitanceF);
        return (
          <div class="eis-arc">
            <p class="eis-flat"><strong>{arc.resistanceName}‖{arc.capacitorName}</strong>: R = {withPrefix(arc.resistanceOhm, 'Ω', 4)}, C{arc.kind === 'CPE' ? <sub>eff</sub> : ''} = {withPrefix(arc.capacitanceF, 'F')}
              {arc.cpeAlpha !== null && ` (α = ${formatSig(arc.cpeAlpha, 3)})`}, C·L/A = {withPrefix(arc.normalisedCapacitanceF, 'F')}, apex at {withPrefix(apexHz, 'Hz')}.</p>
            <div class="calc-field">
              <label for={id}>{arc.resistanceName}‖{arc.capacitorName} is</label>
              <select id={id} value={assignments[arc.resistanceName] ?? 'auto'} aria-describedby={`${id}-why`}
                onChange={(e) => onAssign(arc.resistanceName, (e.currentTarget as HTMLSelectElement).value as ArcAssignment | 'auto')}>
                <option value="auto">by its capacitance: {ASSIGNMENT_LABEL[arc.automaticAssignment]}</option>
                {ARC_ASSIGNMENTS.map((a) => <option value={a}>{ASSIGNMENT_LABEL[a]} (by hand)</option>)}
              </select>
              <p id={`${id}-why`} class="calc-field__hint">{arc.reason}</p>
            </div>
          </div>
        );
      })}
      <p class="eis-subtitle">Conductivities</p>
      {shown.length > 0 && (
        <table class="calc-results-table eis-sigma">
          <tbody>{shown.map(([label, value, unit]) => <tr><th scope="row"><Subscripts text={label} /></th><td>{formatSig(value, 3)}</td><td>{unit}</td></tr>)}</tbody>
        </table>
      )}
      <p class="calc-working">
        Working: L/A = {formatSig(thicknessCm, 4)} cm / {formatSig(areaCm2, 4)} cm² = {formatSig(cell, 4)} cm⁻¹.
        {p.bulkResistanceOhm !== null && p.bulkSigmaSPerCm !== null && <Subscripts text={` σ_b = (L/A)/R_b = ${formatSig(cell, 4)} cm⁻¹ / ${formatSig(p.bulkResistanceOhm, 4)} Ω = ${formatSig(p.bulkSigmaSPerCm)} S/cm${p.bulkSource === 'seriesResistance' ? ' (R_b taken from the series resistance)' : ''}.`} />}
        {p.totalResistanceOhm !== null && p.totalSigmaSPerCm !== null && <Subscripts text={` σ_total = (L/A)/(R_b + R_gb) = ${formatSig(cell, 4)} cm⁻¹ / ${formatSig(p.totalResistanceOhm, 4)} Ω = ${formatSig(p.totalSigmaSPerCm)} S/cm.`} />}
        {bulkArc && gbArc && p.grainBoundarySpecificSigmaSPerCm !== null && <Subscripts text={` σ_gb,sp = (L/A)(C_b/C_gb)/R_gb = ${formatSig(cell, 4)} cm⁻¹ × (${withPrefix(bulkArc.capacitanceF, 'F')} / ${withPrefix(gbArc.capacitanceF, 'F')}) / ${formatSig(gbArc.resistanceOhm, 4)} Ω = ${formatSig(p.grainBoundarySpecificSigmaSPerCm)} S/cm.`} />}
        {bulkArc && p.bulkRelativePermittivity !== null && <Subscripts text={` ε_r = C_b L/(ε₀ A) = ${withPrefix(bulkArc.capacitanceF, 'F')} × ${formatSig(cell, 4)} cm⁻¹ / 8.854 × 10⁻¹⁴ F/cm = ${formatSig(p.bulkRelativePermittivity, 3)}.`} />}
      </p>
      {p.warnings.length > 0 && <ul class="calc-warnings">{p.warnings.map((w) => <li>{w}</li>)}</ul>}
    </>
  );
}
