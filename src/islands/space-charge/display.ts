// Display helpers of the space-charge calculator: lengths in a unit that suits their size, and the
// distance axis of the plots.

/** Length units for showing a value given in nm. */
const LENGTH_STEPS: { unit: string; nm: number; below: number }[] = [
  { unit: 'nm', nm: 1, below: 1e3 },
  { unit: 'µm', nm: 1e3, below: 1e6 },
  { unit: 'mm', nm: 1e6, below: 1e9 },
  { unit: 'm', nm: 1e9, below: Infinity },
];

/** The unit (nm, µm, mm or m) in which a length of `nm` nanometres reads best, and its size in nm. */
export function lengthUnit(nm: number): { unit: string; nm: number } {
  const step = LENGTH_STEPS.find((s) => Math.abs(nm) < s.below) ?? LENGTH_STEPS[LENGTH_STEPS.length - 1]!;
  return { unit: step.unit, nm: step.nm };
}

/** A length in nm as a value and unit that suit its size (3.2 nm, 65 µm, 2.1 mm). */
export function lengthParts(nm: number): { value: number; unit: string } {
  const u = lengthUnit(nm);
  return { value: nm / u.nm, unit: u.unit };
}

/** A round upper end for a distance axis (1, 2, 2.5 or 5 × 10ⁿ) at or above `x`. */
export function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= x * (1 - 1e-12)) ?? 10 * p;
}
