// Ids unique on the page: a page can hold several calculators of one kind (a print-a-part page gathers
// chapters), so each calculator after the first of its kind puts its ids in a scope of its own
// (Calculator.astro picks it; CalculatorFrame provides it to the fields inside).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The id prefix of the calculator being rendered ("" for none). */
export const IdScope = createContext('');

/** A field's id in the calculator's scope, and its aria-describedby: the ids of its hint and error, when shown. */
export function useFieldIds(localId: string, hint?: unknown, error?: unknown): { id: string; describedBy: string | undefined } {
  const id = useIdScope()(localId);
  return { id, describedBy: [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined };
}

/** A function that puts an id in the current calculator's scope ("cond-R" → "calc2-cond-R"). */
export function useIdScope(): (id: string) => string {
  const scope = useContext(IdScope);
  return (id) => (scope ? `${scope}-${id}` : id);
}
