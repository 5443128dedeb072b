// Symbols written "σ_gb" or "R_b" in the code's strings, shown to readers with a real subscript (σ<sub>gb</sub>).
import type { JSX } from 'preact';

const SYMBOL = /([A-Za-zσεατ])_(total|eff|[a-z]+(?:,[a-z]+)?)/g;

/** Text with every "X_sub" symbol turned into X<sub>sub</sub>; everything else is kept as text (never HTML). */
export function Subscripts({ text }: { text: string }): JSX.Element {
  const parts: (string | JSX.Element)[] = [];
  let last = 0;
  for (const m of text.matchAll(SYMBOL)) {
    parts.push(text.slice(last, m.index), m[1]!, <sub>{m[2]}</sub>);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
