/**
 * KaTeX source for a chemical formula written with Unicode sub/superscripts, e.g.
 * "Li₃.₂₅Ge₀.₂₅P₀.₇₅S₄" → "\mathrm{Li_{3.25}Ge_{0.25}P_{0.75}S_4}".
 * Used when a formula cell gives only `text`; a cell's own `tex` always wins.
 */
const SUB: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9', '₊': '+', '₋': '-', 'ₓ': 'x', '.': '.' };
const SUP: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-' };

export function formulaToTex(text: string): string {
  let out = '';
  let i = 0;
  const chars = [...text];
  while (i < chars.length) {
    const c = chars[i]!;
    if (c in SUB && c !== '.') {
      let run = '';
      while (i < chars.length && chars[i]! in SUB && !(chars[i] === '.' && !(chars[i + 1]! in SUB))) run += SUB[chars[i++]!];
      out += run.length === 1 ? `_${run}` : `_{${run}}`;
      continue;
    }
    if (c in SUP) {
      let run = '';
      while (i < chars.length && chars[i]! in SUP) run += SUP[chars[i++]!];
      out += run.length === 1 ? `^${run}` : `^{${run}}`;
      continue;
    }
    if (c === '–' || c === '−') out += '{-}';
    else if (c === ' ') out += '\\ ';
    else out += c;
    i++;
  }
  return `\\mathrm{${out}}`;
}
