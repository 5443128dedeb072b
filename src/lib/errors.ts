/**
 * The one error type of the physics core. Every function in src/lib validates its inputs and throws
 * a PhysicsInputError (never returns NaN or Infinity) when a value is missing, not finite, outside
 * its physical range, or would make the result overflow.
 */
export class PhysicsInputError extends Error {
  /** Name of the offending input field (e.g. "thicknessUm"), or "result" when the output would not be finite. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'PhysicsInputError';
    this.field = field;
  }
}

/** Type guard usable by UI code: true for errors thrown by the physics core. */
export const isPhysicsInputError = (error: unknown): error is PhysicsInputError =>
  error instanceof PhysicsInputError;
