// The equivalent circuit: a menu of the handbook's circuits and the circuit as text (impedance.py syntax),
// with the syntax explained and a parser error shown beside the field, pointing at the character.
import type { JSX } from 'preact';
import type { PresetOption } from '../shared/CalculatorFrame';

interface Props {
  id: string;
  value: string;
  onInput: (text: string) => void;
  presets: PresetOption[];
  /** Which element is which, by preset id. */
  notes: Record<string, string>;
  onPreset: (values: Record<string, string>) => void;
  /** The parser's message ("At character N: …", counted from 1), and the 0-based offset it points at. */
  error?: { message: string; position?: number };
}

export function CircuitField({ id, value, onInput, presets, notes, onPreset, error }: Props): JSX.Element {
  const chosen = presets.find((p) => p.values.c === value.trim());
  const note = chosen ? notes[chosen.id] : undefined;
  const describedBy = [`${id}-hint`, note && `${id}-note`, error && `${id}-error`].filter(Boolean).join(' ');
  const at = error?.position;
  // The parser's message already counts from 1 ("At character 31: …"), as the caret below shows.
  const message = error?.message;
  return (
    <>
      <div class="calc-field eis-wide">
        <label for={`${id}-preset`}>Circuit for</label>
        <select id={`${id}-preset`} value={chosen?.id ?? ''} onChange={(e) => {
          const p = presets.find((x) => x.id === (e.currentTarget as HTMLSelectElement).value);
          if (p) onPreset(p.values);
        }}>
          {!chosen && <option value="">your own circuit (typed below)</option>}
          {presets.map((p) => <option value={p.id}>{p.label}</option>)}
        </select>
      </div>
      <div class={`calc-field eis-wide${error ? ' calc-field--error' : ''}`}>
        <label for={id}>Equivalent circuit</label>
        <input id={id} type="text" class="eis-mono" autoComplete="off" spellcheck={false} autoCapitalize="off" value={value}
          aria-invalid={error ? 'true' : 'false'} aria-describedby={describedBy} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
        <p id={`${id}-hint`} class="calc-field__hint">
          Elements R, C, L, CPE, W (Warburg), Wo and Ws (finite Warburg, open and short), each with its own number; join them in series
          with <code>-</code> and in parallel with <code>p(…,…)</code>, as in impedance.py: <code>R0-p(R1,CPE1)-CPE2</code>. Names are case-sensitive.
        </p>
        {note && <p id={`${id}-note`} class="calc-field__hint">{note}</p>}
        {error && (
          <div id={`${id}-error`} class="calc-field__error" role="alert">
            <p class="eis-flat">{message}</p>
            {at !== undefined && at <= value.length && (
              <pre class="eis-pointer" aria-hidden="true">{value.slice(0, 80)}{'\n'}{' '.repeat(Math.min(at, 80))}^</pre>
            )}
          </div>
        )}
      </div>
    </>
  );
}
