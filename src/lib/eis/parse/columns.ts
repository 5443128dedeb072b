/**
 * Column roles from header names: which column holds the frequency, Z', Z'' (or −Z''), |Z| and the
 * phase, and the unit prefix (kHz, kΩ, MΩ …) each is written in.
 */

/** Where the needed quantities sit in a row (0-based columns) and how to turn them into f, Z', Z''. */
export interface ColumnMap {
  freq: number;
  /** Z' and Z'' columns, or −1 when the file gives |Z| and phase instead. */
  real: number;
  imag: number;
  /** −1 when the column holds −Z'' (BioLogic "-Im(Z)/Ohm", Autolab "-Z'' (Ω)"). */
  imagSign: 1 | -1;
  modulus: number;
  phase: number;
  /** −1 for a "-Phase" column; phaseRad when the phase is in radians (degrees otherwise). */
  phaseSign: 1 | -1;
  phaseRad: boolean;
  /** Factor from the file's unit to Hz and Ω (1 unless the header says kHz, kΩ, MΩ …). */
  freqScale: number;
  zScale: number[];
}

type Role = 'freq' | 'real' | 'imag' | 'modulus' | 'phase';

// Names after normalising (lower case, no spaces, primes as ', units removed).
const ROLES: [Role, RegExp][] = [
  ['freq', /^(?:f|freq|frequency|frequenz)$/],
  ['real', /^(?:z'|zre|zreal|z_re|z_real|re\(z\)|rez|re|real|zr)$/],
  ['imag', /^-?(?:z''|zim|zimag|zimg|z_im|z_imag|im\(z\)|imz|im|imag|imaginary|zi)$/],
  ['modulus', /^(?:\|z\||z|zmod|mod\(z\)|modz|zmag|magnitude|\|z\|mod)$/],
  ['phase', /^-?(?:phase|phase\(z\)|phaseangle|zphz|zphase|phz|phi|φ|theta|θ)$/],
];

const PREFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, m: 1e-3, u: 1e-6, µ: 1e-6, μ: 1e-6 };

/** Split "Re(Z)/Ohm", "Freq (Hz)", "Z'(a)", "-Z'' (Ω)" into a normalised base name and its unit text. */
export function splitName(name: string): { base: string; unit: string } {
  let s = name
    .trim()
    .replace(/[′’‘`´]/g, "'")
    .replace(/[″”“"]/g, "''")
    .replace(/[−–]/g, '-');
  let unit = '';
  const slash = /\/\s*([^/()]*)$/.exec(s);
  if (slash && slash.index > 0) {
    unit = slash[1];
    s = s.slice(0, slash.index);
  }
  // Trailing "(unit)" or "[unit]", but not the "(Z)" of "Re(Z)"; ZPlot's "(a)"/"(b)" marks are dropped.
  const group = /\s*[([]([^()[\]]*)[)\]]\s*$/.exec(s);
  if (group && group.index > 0 && !/^[zy]$/i.test(group[1].trim())) {
    if (!unit && !/^[ab]$/i.test(group[1].trim())) unit = group[1];
    s = s.slice(0, group.index);
  }
  return { base: s.toLowerCase().replace(/\s+/g, ''), unit: unit.trim() };
}

/** Factor from a unit such as "kHz", "MOhm", "mΩ" to Hz or Ω (1 for no or unknown prefix). */
function unitScale(unit: string): number {
  const m = /^([kKMGmuµμ]?)(?:hz|ohms?|Ω)$/i.exec(unit);
  return m && m[1] ? PREFIX[m[1]] : 1;
}

/**
 * Map header names to column roles (first match of each role wins). Returns the roles found;
 * `freq`, `real`, … are −1 where missing.
 */
export function findColumns(names: string[]): ColumnMap {
  const map: ColumnMap = {
    freq: -1, real: -1, imag: -1, imagSign: 1, modulus: -1, phase: -1,
    phaseSign: 1, phaseRad: false, freqScale: 1, zScale: names.map(() => 1),
  };
  names.forEach((name, i) => {
    const { base, unit } = splitName(name);
    const role = ROLES.find(([, re]) => re.test(base))?.[0];
    if (!role || map[role] !== -1) return;
    map[role] = i;
    if (role === 'freq') map.freqScale = unitScale(unit);
    else if (role === 'phase') {
      map.phaseSign = base.startsWith('-') ? -1 : 1;
      map.phaseRad = /^rad/i.test(unit);
    } else {
      map.zScale[i] = unitScale(unit);
      if (role === 'imag' && base.startsWith('-')) map.imagSign = -1;
    }
  });
  return map;
}

/** Plain-words list of the names the reader looks for, for error messages. */
export const EXPECTED_COLUMNS =
  "a frequency column (frequency, freq, f) and Z′ and Z″ columns (Z', Zre, Re(Z), Real; Z'', Zim, Im(Z), -Z'', -Im(Z)), or |Z| and phase columns";
