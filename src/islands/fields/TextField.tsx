// A labelled plain-text input (a chemical formula) with its error message beside it. The text is only
// ever a value of the input, never markup.
import type { JSX } from 'preact';
import { useFieldIds } from '../shared/idScope';

interface Props { id: string; label: string; value: string; maxLength: number; onInput: (text: string) => void; error?: string; hint?: string }

export function TextField({ id: localId, label, value, maxLength, onInput, error, hint }: Props): JSX.Element {
  const { id, describedBy } = useFieldIds(localId, hint, error);
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="calc-field__row">
        <input id={id} type="text" autoComplete="off" spellcheck={false} maxLength={maxLength} value={value}
          aria-invalid={error ? 'true' : 'false'} aria-describedby={describedBy}
          onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
      </div>
      {hint && <p id={`${id}-hint`} class="calc-field__hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="calc-field__error" role="alert">{error}</p>}
    </div>
  );
}
