/**
 * Input validation shared by the physics modules. Each helper returns the value when it is acceptable
 * and throws PhysicsInputError with the field name and the allowed range otherwise.
 */
import { PhysicsInputError } from './errors';
import { formatSig } from './format';

/** Allowed range of one numeric input. */
export interface Range {
  /** Lower bound (inclusive unless minExclusive). */
  min: number;
  /** Upper bound (inclusive). */
  max: number;
  /** When true the lower bound itself is not allowed (e.g. "> 0"). */
  minExclusive?: boolean;
  /** Require an integer. */
  integer?: boolean;
  /** Unit shown in messages, e.g. "cm". */
  unit?: string;
}

/** A bound or value as a reader writes it: plain to six figures in the usual range, else 1.00 × 10⁻¹⁸. */
const fmt = (x: number): string => {
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e-3 && a < 1e6 ? String(Number(x.toPrecision(6))) : formatSig(x, 3);
};

/** Human-readable description of a range, e.g. "> 0 and ≤ 1.00 × 10⁴ cm". */
export const describeRange = (r: Range): string => {
  const unit = r.unit ? ` ${r.unit}` : '';
  const kind = r.integer ? 'an integer ' : 'a number ';
  const lower = r.minExclusive ? `> ${fmt(r.min)}` : `≥ ${fmt(r.min)}`;
  return `${kind}${lower} and ≤ ${fmt(r.max)}${unit}`;
};

/** Check that `value` is a finite number inside `range`; returns it (with −0 normalised to 0). */
export const checkNumber = (field: string, value: unknown, range: Range): number => {
  // The message is only built on failure: sweeps check thousands of valid values.
  const fail = (problem: string): never => {
    throw new PhysicsInputError(field, `${field} ${problem}; it must be ${describeRange(range)}.`);
  };
  if (typeof value !== 'number') fail('is missing or not a number');
  const x = value as number;
  if (Number.isNaN(x)) fail('is not a number (NaN)');
  if (!Number.isFinite(x)) fail('is infinite');
  const tooLow = range.minExclusive ? x <= range.min : x < range.min;
  if (tooLow || x > range.max) fail(`= ${fmt(x)} is out of range`);
  if (range.integer && !Number.isInteger(x)) fail(`= ${fmt(x)} is not an integer`);
  return x === 0 ? 0 : x;
};

/** Check that an input object is present (a plain object, not null). */
export const checkObject = <T extends object>(field: string, value: unknown): T => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PhysicsInputError(field, `${field} must be an object with named fields.`);
  }
  return value as T;
};

/** Check that `value` is one of the allowed string options. */
export const checkOption = <T extends string>(field: string, value: unknown, options: readonly T[]): T => {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new PhysicsInputError(field, `${field} must be one of: ${options.map((o) => `'${o}'`).join(', ')}.`);
  }
  return value as T;
};

/** Check that `value` is an array with a length in [minLength, maxLength]. */
export const checkArray = <T>(field: string, value: unknown, minLength: number, maxLength: number): T[] => {
  if (!Array.isArray(value)) throw new PhysicsInputError(field, `${field} must be an array.`);
  if (value.length < minLength || value.length > maxLength) {
    throw new PhysicsInputError(
      field,
      `${field} has ${value.length} entries; it must have between ${minLength} and ${maxLength}.`,
    );
  }
  return value as T[];
};

/** Final guard: throw (field "result") if a computed output is not finite. */
export const checkResult = (name: string, value: number): number => {
  if (!Number.isFinite(value)) {
    throw new PhysicsInputError(
      'result',
      `The inputs give a non-finite ${name}; they are outside the range where this calculation is meaningful.`,
    );
  }
  return value === 0 ? 0 : value;
};

/**
 * Shared physical ranges. They are wide (far beyond laboratory values) but keep every product and
 * quotient in the library finite in double precision.
 */
export const RANGES = {
  resistanceOhm: { min: 1e-9, max: 1e18, unit: 'Ω' },
  thicknessCm: { min: 1e-8, max: 100, unit: 'cm' },
  thicknessUm: { min: 1e-4, max: 1e6, unit: 'µm' },
  areaCm2: { min: 1e-10, max: 1e6, unit: 'cm²' },
  diameterCm: { min: 1e-5, max: 1000, unit: 'cm' },
  sigmaSPerCm: { min: 1e-40, max: 1e6, unit: 'S/cm' },
  temperatureK: { min: 1, max: 1e4, unit: 'K' },
  concentrationPerCm3: { min: 1, max: 1e25, unit: 'cm⁻³' },
  chargeNumber: { min: 1, max: 6, integer: true },
  havenRatio: { min: 0.01, max: 10 },
  diffusivityCm2PerS: { min: 1e-50, max: 1e3, unit: 'cm²/s' },
  capacitanceF: { min: 1e-18, max: 1e3, unit: 'F' },
  currentDensityMaPerCm2: { min: 0, max: 1e5, unit: 'mA/cm²' },
  relativePermittivity: { min: 1, max: 1e5 },
  activationEnergyEv: { min: 0, max: 10, unit: 'eV' },
} as const satisfies Record<string, Range>;

/** Default for an optional input: only `undefined` means "not given" (null and other values are validated as given). */
export const orDefault = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);
