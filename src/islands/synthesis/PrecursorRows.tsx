// The precursor list: up to MAX_ROWS rows, each a menu of common reagents plus a formula field, with
// add and remove buttons. The rows are one comma-separated string in the calculator state (key "p").
import type { JSX } from 'preact';
import { PRECURSOR_LIST, compactFormula, withSubscripts } from '~/lib/synthesis';
import { MAX_ROWS, ROW_MAX_LENGTH } from './spec';
import { useIdScope } from '../shared/idScope';

interface Props {
  rows: string[];
  onChange: (rows: string[]) => void;
  /** Message beside each row (by index), e.g. a formula that does not parse. */
  rowErrors: (string | undefined)[];
  /** Short note under each row (its molar mass). */
  rowHints: (string | undefined)[];
  /** A problem with the list as a whole. */
  listError?: string;
}

export function PrecursorRows({ rows, onChange, rowErrors, rowHints, listError }: Props): JSX.Element {
  const setRow = (i: number, text: string) => onChange(rows.map((r, k) => (k === i ? text.replace(/,/g, '') : r)));
  const remove = (i: number) => onChange(rows.filter((_, k) => k !== i));
  const scoped = useIdScope();
  return (
    <div class="syn-rows" style={{ display: 'grid', gap: '0.6rem' }}>
      {rows.map((text, i) => {
        const id = scoped(`syn-p${i + 1}`);
        const error = rowErrors[i];
        const hint = rowHints[i];
        const compact = compactFormula(text);
        const known = PRECURSOR_LIST.find((p) => p.formula === compact)?.formula ?? '';
        const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
        return (
          <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
            <label for={id}>Precursor {i + 1}: formula</label>
            <div class="calc-field__row" style={{ flexWrap: 'wrap' }}>
              <select aria-label={`Precursor ${i + 1}: choose from the list`} value={known} style={{ maxWidth: '15rem' }}
                onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; if (v) setRow(i, v); }}>
                <option value="">Typed formula (or choose)…</option>
                {PRECURSOR_LIST.map((p) => <option value={p.formula}>{withSubscripts(p.formula)} — {p.name}</option>)}
              </select>
              <input id={id} type="text" autoComplete="off" spellcheck={false} maxLength={ROW_MAX_LENGTH} value={text} style={{ flex: '1 1 8rem', width: 'auto' }}
                aria-invalid={error ? 'true' : 'false'} aria-describedby={describedBy}
                onInput={(e) => setRow(i, (e.currentTarget as HTMLInputElement).value)} />
              <button type="button" aria-label={`Remove precursor ${i + 1}`} disabled={rows.length <= 1} onClick={() => remove(i)}>Remove</button>
            </div>
            {hint && <p id={`${id}-hint`} class="calc-field__hint">{hint}</p>}
            {error && <p id={`${id}-error`} class="calc-field__error" role="alert">{error}</p>}
          </div>
        );
      })}
      <div>
        <button type="button" id={scoped('syn-add')} disabled={rows.length >= MAX_ROWS} onClick={() => onChange([...rows, ''])}>Add a precursor</button>
        {rows.length >= MAX_ROWS && <span class="calc-field__hint"> (at most {MAX_ROWS})</span>}
      </div>
      {listError && <p id={scoped('syn-p-error')} class="calc-field__error" role="alert">{listError}</p>}
    </div>
  );
}
