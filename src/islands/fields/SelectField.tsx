// A labelled choice from a fixed list.
import type { ComponentChildren, JSX } from 'preact';
import type { UnitChoice } from './NumberField';
import { useIdScope } from '../shared/idScope';

interface Props { id: string; label: string | ComponentChildren; value: string; options: UnitChoice[]; onChange: (value: string) => void; hint?: string }

export function SelectField({ id: localId, label, value, options, onChange, hint }: Props): JSX.Element {
  const id = useIdScope()(localId);
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => <option value={o.value}>{o.label}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} class="calc-field__hint">{hint}</p>}
    </div>
  );
}
