/**
 * Public API of the physics core (pure TypeScript, no DOM). Every function validates its inputs and throws
 * PhysicsInputError instead of returning NaN or Infinity. Units are part of every field name.
 */
export * from './errors';
export * from './constants';
export * from './units';
export * from './conductivity';
export * from './arrhenius';
export * from './space-charge';
export * from './elements';
export * from './formula';
export * from './capacity';
export * from './energy-density';
export * from './mechanics';
export * from './solid-diffusion';
export * from './penetration';
/** Allowed input ranges (for UI min/max hints) and their human-readable form. */
export { RANGES, describeRange } from './validate';
export type { Range } from './validate';
export * from './eis';
export * from './measurement-window';
export * from './microcracking';
export * from './arrhenius-segmented';
export * from './vtf';
export * from './energy-density-cost';
export * from './space-charge-pb';
