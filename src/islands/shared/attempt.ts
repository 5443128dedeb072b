// Run a physics call; a PhysicsInputError becomes a message for the reader instead of an exception.
import { isPhysicsInputError } from '~/lib/errors';

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; field?: string };

export function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isPhysicsInputError(error)) return { ok: false, message: error.message, field: error.field };
    return { ok: false, message: 'These inputs cannot be computed; check the values.' };
  }
}
