// Synthesis batch calculator: precursor amounts and masses for a batch of a target compound, the balanced
// overall reaction with its gases, the expected mass loss, and a lithium excess. Chemistry in src/lib/synthesis.ts.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { formatSig } from '~/lib/format';
import { molarMass } from '~/lib/formula';
import { reactionText, synthesisBatch, withSubscripts, type SynthesisResult } from '~/lib/synthesis';
import { unitChoice } from '~/lib/unit-choices';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { readField } from './shared/readField';
import { useCalculatorState } from './shared/useCalculatorState';
import { CalculatorFrame, type CalculatorProps } from './shared/CalculatorFrame';
import { csvText, downloadText } from './shared/download';
import { ResultsTable, resultRowsCsv, type ResultRow } from './shared/ResultsTable';
import { attempt } from './shared/attempt';
import { PrecursorRows } from './synthesis/PrecursorRows';
import { MassBalancePlot, type Segment } from './synthesis/MassBalancePlot';
import { EXCESS_MODE, EXCESS_UNITS, MASS_UNITS, MAX_ROWS, SYNTHESIS_SPEC } from './synthesis/spec';

/** A mass to weigh: 4 significant figures with trailing zeros kept (9.000 g, not 9 g). */
const massText = (x: number) => (x >= 1e-3 && x < 1e4 ? x.toPrecision(4) : formatSig(x, 4));
const opts = (choices: { value: string; label: string }[]) => choices.map(({ value, label }) => ({ value, label }));

export default function SynthesisCalculator({ initial = {}, syncUrl = false, toolPath, presets, idScope }: CalculatorProps): JSX.Element {
  const state = useCalculatorState(SYNTHESIS_SPEC, initial, syncUrl);
  const v = state.values;
  const svgRef = useRef<SVGSVGElement>(null);
  const field = (key: string) => ({ value: v[key], onInput: (text: string) => state.set(key, text) });
  const unit = (key: string, choices: { value: string; label: string }[], label?: string) => ({ value: v[key], options: opts(choices), onChange: (u: string) => state.set(key, u), label });

  // Rows: the comma-separated list, at most MAX_ROWS (a longer link is cut, with a message).
  const allRows = v.p.split(',');
  const rows = allRows.slice(0, MAX_ROWS);
  const tooMany = allRows.length > MAX_ROWS ? `The link lists ${allRows.length} precursors; only the first ${MAX_ROWS} are used.` : undefined;
  const setRows = (next: string[]) => state.set('p', next.join(','));

  // Field-level readings, each with its own message.
  const target = v.f.trim() === '' ? { ok: false as const, message: 'Enter the target composition, e.g. Li1.3Al0.3Ti1.7(PO4)3.' } : attempt(() => molarMass(v.f));
  const mass = readField(v.m, { min: 1e-6, max: 1e6, minExclusive: true, rangeText: 'above 0 and at most 1000 kg' }, MASS_UNITS, v.mu);
  const pctMode = v.xu !== 'fu';
  const excess = readField(v.x, pctMode ? { min: 0, max: 100, rangeText: 'from 0 to 100 %' } : { min: 0, max: 1e3, rangeText: 'of at least 0 Li per formula unit' });
  const rowReadings = rows.map((text) => (text.trim() === '' ? { ok: false as const, message: 'Enter a formula, pick one from the list, or remove this row.' } : attempt(() => molarMass(text))));
  const excessOn = v.xon === 'all' ? 'all' : Number(v.xon) - 1;
  const excessOnError = excessOn !== 'all' && excessOn >= rows.length ? `There is no precursor ${excessOn + 1}; choose another row or "every lithium source".` : undefined;

  const ready = target.ok && mass.ok && excess.ok && rowReadings.every((r) => r.ok) && !excessOnError;
  const run = ready
    ? attempt(() => synthesisBatch({ targetFormula: v.f, batchMassG: mass.value, precursors: rows, liExcess: { value: excess.value, mode: EXCESS_MODE[v.xu as keyof typeof EXCESS_MODE], on: excessOn } }))
    : null;
  const result: SynthesisResult | null = run?.ok ? run.value : null;
  const failure = run && !run.ok ? run : null;
  const failField = failure?.field ?? '';

  const rowErrors = rows.map((_, i) => {
    const r = rowReadings[i]!;
    if (!r.ok) return r.message;
    return failField === `precursor:${i}` ? failure!.message : undefined;
  });
  const rowHints = rowReadings.map((r) => (r.ok ? `M = ${formatSig(r.value.molarMassGPerMol, 5)} g/mol` : undefined));
  const listError = [tooMany, failField === 'precursors' ? failure!.message : undefined].filter(Boolean).join(' ') || undefined;
  const targetError = !target.ok ? target.message : failField === 'targetFormula' ? failure!.message : state.urlErrors.f;
  const massError = !mass.ok ? mass.message : failField === 'batchMassG' ? failure!.message : state.urlErrors.m;
  const excessError = !excess.ok ? excess.message : failField === 'liExcess' ? failure!.message : state.urlErrors.x;
  const otherError = failure && !/^(precursor|precursors|targetFormula|batchMassG|liExcess)(:|$)/.test(failField) ? failure.message : undefined;

  // Display unit of masses: the batch's unit.
  const massUnit = unitChoice(MASS_UNITS, v.mu);
  const toUnit = (g: number) => g / massUnit.toCanonical(1);
  const u = massUnit.label;
  const hasExcess = result !== null && result.excessLiPerFormulaUnit > 0;

  const summary: ResultRow[] = [];
  if (result) {
    summary.push(
      { label: 'Product molar mass M', value: result.target.molarMassGPerMol, unit: 'g/mol', sig: 5 },
      { label: 'Product amount n = m/M', value: result.target.moles, unit: 'mol', sig: 4 },
      { label: 'Precursors to weigh (stoichiometric)', value: toUnit(result.stoichiometric.precursorMassG), unit: u, sig: 4 },
      { label: 'Expected mass loss on heating', value: result.stoichiometric.massLossPct, unit: '% of precursor mass', sig: 3 },
    );
    if (hasExcess) {
      summary.push(
        { label: 'Extra Li added', value: result.excessLiPerFormulaUnit, unit: 'Li per formula unit', sig: 3 },
        { label: 'Precursors to weigh with the Li excess', value: toUnit(result.withExcess.precursorMassG), unit: u, sig: 4 },
        { label: 'Mass loss with the Li excess (excess Li lost)', value: result.withExcess.massLossPct, unit: '% of precursor mass', sig: 3 },
      );
    }
  }

  const gasMolar = (f: string) => molarMass(f).molarMassGPerMol;
  const inputs: Segment[] = result
    ? [...result.precursors.map((p) => ({ label: p.formula, massG: p.massWithExcessG })), ...(result.oxygenTakenUpPerFormulaUnit > 0 ? [{ label: 'O2 (from air)', massG: result.oxygenTakenUpPerFormulaUnit * result.target.moles * gasMolar('O2') }] : [])]
    : [];
  const outputs: Segment[] = result
    ? [{ label: result.target.formula, massG: result.target.massG }, ...result.gases.map((g) => ({ label: g.formula, massG: g.coefficient * result.target.moles * gasMolar(g.formula) })),
      ...(hasExcess ? [{ label: 'Li excess (lost)', massG: result.withExcess.precursorMassG - result.stoichiometric.precursorMassG }] : [])]
    : [];

  const reactionPlain = result ? reactionText(result.reaction) : '';
  const multiplier = result?.integerMultiplier ?? null;

  const downloadCsv = () => {
    if (!result) return;
    const header = ['item', 'formula', 'M (g/mol)', 'mol per mol product', 'amount (mol)', `mass (${u})`, `mass with Li excess (${u})`];
    const num = (x: number) => Number(x.toPrecision(8));
    const rowsCsv: (string | number)[][] = result.precursors.map((p, i) => [`precursor ${i + 1}`, p.formula, num(p.molarMassGPerMol), num(p.perFormulaUnit), num(p.moles), num(toUnit(p.massG)), num(toUnit(p.massWithExcessG))]);
    rowsCsv.push(['product', result.target.formula, num(result.target.molarMassGPerMol), 1, num(result.target.moles), num(toUnit(result.target.massG)), num(toUnit(result.target.massG))]);
    rowsCsv.push([], ['quantity', 'value', 'unit'], ...resultRowsCsv(summary), [], ['reaction (per formula unit)', reactionPlain]);
    if (multiplier && multiplier > 1) rowsCsv.push([`reaction (× ${multiplier})`, reactionText(result.reaction, { multiplier })]);
    downloadText('synthesis-batch.csv', 'text/csv', csvText(header, rowsCsv));
  };
  const downloadSvg = () => {
    if (!svgRef.current) return;
    downloadText('synthesis-mass-balance.svg', 'image/svg+xml', `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svgRef.current)}`);
  };

  const excessTargets = [{ value: 'all', label: 'every lithium source' }, ...rows.map((r, i) => ({ value: String(i + 1), label: `precursor ${i + 1}${r.trim() ? ` (${withSubscripts(r.trim())})` : ''}` }))];
  if (excessOn !== 'all' && excessOn >= rows.length) excessTargets.push({ value: v.xon, label: `precursor ${v.xon} (not in the list)` });

  return (
    <CalculatorFrame title="Synthesis batch" toolPath={toolPath} onToolPage={syncUrl} query={state.query} urlErrors={state.urlErrors} presets={presets} onPreset={state.setMany} idScope={idScope}
      actions={[
        { label: 'Download batch (CSV)', disabled: !result, onClick: downloadCsv },
        { label: 'Download plot (SVG)', disabled: !result, onClick: downloadSvg },
      ]}>
      <fieldset>
        <legend>Product</legend>
        <TextField id="syn-f" label="Target composition (formula)" value={v.f} maxLength={120} onInput={(t) => state.set('f', t)} error={targetError}
          hint={target.ok ? `M = ${formatSig(target.value.molarMassGPerMol, 5)} g/mol; ${withSubscripts(v.f)}` : 'e.g. Li1.3Al0.3Ti1.7(PO4)3, Li1.5Al0.5Ge1.5(PO4)3, Li3PS4, Li6PS5Cl'} />
        <NumberField id="syn-m" label="Batch mass of product" {...field('m')} error={massError} unit={unit('mu', MASS_UNITS, 'Batch mass: unit')} />
      </fieldset>
      <fieldset style={{ gridTemplateColumns: '1fr' }}>
        <legend>Precursors</legend>
        <p class="calc-field__hint" style={{ margin: 0 }}>Pick from the menu or type a formula. H, C, N and O leave as gases (or come from the air); every other element must balance exactly.</p>
        <PrecursorRows rows={rows} onChange={setRows} rowErrors={rowErrors} rowHints={rowHints} listError={listError} />
      </fieldset>
      <fieldset>
        <legend>Lithium excess (to make up for Li lost on heating)</legend>
        <NumberField id="syn-x" label="Lithium excess" {...field('x')} error={excessError} unit={unit('xu', EXCESS_UNITS, 'Lithium excess: given as')}
          hint={v.xu === 'src' ? 'Extra amount of the lithium salt itself: for one salt, mol % and mass % are the same.' : v.xu === 'li' ? 'Extra lithium atoms as mol % of the lithium in the product.' : 'Extra lithium atoms per formula unit of product.'} />
        <SelectField id="syn-xon" label="Add the excess to" value={v.xon} options={excessTargets} onChange={(x) => state.set('xon', x)} />
        {(excessOnError || state.urlErrors.xon) && <p id="syn-xon-error" class="calc-field__error" role="alert">{excessOnError ?? state.urlErrors.xon}</p>}
      </fieldset>
      <div class="calc-results" aria-live="polite">
        <p class="calc-results__title">Results</p>
        {otherError && <p class="calc-field__error" role="alert">{otherError}</p>}
        {!result && <p>{failure ? 'The batch cannot be computed: see the message beside the marked field.' : 'Correct the marked fields to see results.'}</p>}
        {result && (
          <>
            <div class="calc-scroll" style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="syn-batch-caption">
              <table class="calc-mass-table syn-batch">
                <caption id="syn-batch-caption">Weigh out for {formatSig(toUnit(result.target.massG), 4)} {u} of {withSubscripts(result.target.formula)}</caption>
                <thead>
                  <tr><th scope="col">Precursor</th><th scope="col">Mass ({u})</th>{hasExcess && <th scope="col">With Li excess ({u})</th>}<th scope="col">M (g/mol)</th><th scope="col">mol per mol product</th><th scope="col">Amount (mol)</th></tr>
                </thead>
                <tbody>
                  {result.precursors.map((p) => (
                    <tr>
                      <th scope="row">{withSubscripts(p.formula)}</th>
                      <td><strong>{massText(toUnit(p.massG))}</strong></td>
                      {hasExcess && <td><strong>{massText(toUnit(p.massWithExcessG))}</strong>{p.excessFraction > 0 ? ` (+${formatSig(100 * p.excessFraction, 3)} %)` : ''}</td>}
                      <td>{formatSig(p.molarMassGPerMol, 5)}</td>
                      <td>{formatSig(p.perFormulaUnit, 4)}</td>
                      <td>{formatSig(p.moles, 4)}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Total</th>
                    <td><strong>{massText(toUnit(result.stoichiometric.precursorMassG))}</strong></td>
                    {hasExcess && <td><strong>{massText(toUnit(result.withExcess.precursorMassG))}</strong></td>}
                    <td></td><td></td><td></td>
                  </tr>
                </tbody>
              </table>
            </div>
            <ResultsTable rows={summary} emptyText="" />
            <p class="syn-reaction"><strong>Overall reaction</strong> (per formula unit): <span class="syn-reaction-fu">{reactionText(result.reaction, { subscripts: true })}</span></p>
            {multiplier !== null && multiplier > 1 && (
              <p class="syn-reaction">In whole numbers (× {multiplier}): <span class="syn-reaction-int">{reactionText(result.reaction, { multiplier, subscripts: true })}</span></p>
            )}
            {result.warnings.length > 0 && <ul class="calc-warnings">{result.warnings.map((w) => <li><strong>Note.</strong> {w}</li>)}</ul>}
            <p class="calc-working">
              Working: element balances (mol of each precursor per mol of product, non-volatile elements only): {result.balanceEquations.map((eq) => withSubscripts(eq)).join('; ')}.
              Product n = {formatSig(toUnit(result.target.massG), 4)} {u} / {formatSig(result.target.molarMassGPerMol, 5)} g/mol = {formatSig(result.target.moles, 4)} mol; each mass = (mol per mol product) × n × M.
              Mass loss = (Σ precursor masses − product mass) / Σ precursor masses = ({formatSig(toUnit(result.stoichiometric.precursorMassG), 5)} − {formatSig(toUnit(result.target.massG), 5)}) / {formatSig(toUnit(result.stoichiometric.precursorMassG), 5)} = {formatSig(result.stoichiometric.massLossPct, 3)} %.
            </p>
            <MassBalancePlot svgRef={svgRef} inputs={inputs} outputs={outputs} unitLabel={u} toUnit={toUnit} />
          </>
        )}
      </div>
    </CalculatorFrame>
  );
}
