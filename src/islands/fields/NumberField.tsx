// A labelled text input for a number, with an optional unit menu and its error message beside it.
import type { JSX } from 'preact';
import { useFieldIds } from '../shared/idScope';

export interface UnitChoice { value: string; label: string }

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (text: string) => void;
  error?: string;
  hint?: string;
  unit?: { value: string; options: UnitChoice[]; onChange: (unit: string) => void; label?: string };
  unitText?: string;
}

export function NumberField({ id: localId, label, value, onInput, error, hint, unit, unitText }: Props): JSX.Element {
  const { id, describedBy } = useFieldIds(localId, hint, error);
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="calc-field__row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        />
        {unit && (
          <select aria-label={unit.label ?? `${label}: unit`} value={unit.value} onChange={(e) => unit.onChange((e.currentTarget as HTMLSelectElement).value)}>
            {unit.options.map((o) => <option value={o.value}>{o.label}</option>)}
          </select>
        )}
        {!unit && unitText && <span class="calc-field__unit">{unitText}</span>}
      </div>
      {hint && <p id={`${id}-hint`} class="calc-field__hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="calc-field__error" role="alert">{error}</p>}
    </div>
  );
}
