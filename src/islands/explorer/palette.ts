// Colours (Okabe–Ito, colour-blind safe, dark enough on the white plot) and marker shapes for the
// explorer's families and interlayer classes; shape and colour both differ, so colour is never the only cue.
import type { Family, InterlayerClass } from '~/lib/explorer';

export const FAMILY_STYLE: Record<Family, { colour: string; shape: number }> = {
  'nasicon-latp': { colour: '#0072b2', shape: 0 },
  'nasicon-lagp': { colour: '#009e73', shape: 1 },
  'sulfide-glass': { colour: '#e69f00', shape: 2 },
  'sulfide-glass-ceramic': { colour: '#d55e00', shape: 3 },
  'sulfide-crystal': { colour: '#cc79a7', shape: 4 },
  composite: { colour: '#56b4e9', shape: 5 },
  interlayer: { colour: '#000000', shape: 0 },
  other: { colour: '#8a8a8a', shape: 1 },
};

export const CLASS_STYLE: Record<InterlayerClass, { colour: string; shape: number }> = {
  salt: { colour: '#e69f00', shape: 0 },
  oxide: { colour: '#d55e00', shape: 1 },
  nitride: { colour: '#009e73', shape: 2 },
  metal: { colour: '#000000', shape: 3 },
  polymer: { colour: '#0072b2', shape: 4 },
  hybrid: { colour: '#cc79a7', shape: 5 },
  other: { colour: '#8a8a8a', shape: 0 },
};

/** Line styles for the (at most five) Arrhenius lines. */
export const LINE_STYLE = [
  { colour: '#0072b2', dash: undefined },
  { colour: '#d55e00', dash: '8 4' },
  { colour: '#009e73', dash: '2 3' },
  { colour: '#cc79a7', dash: '10 3 2 3' },
  { colour: '#000000', dash: '5 2' },
] as const;

/** Worst severity among flags (for the ring), or undefined. */
export function worstSeverity(flags: { severity: string }[]): string | undefined {
  if (flags.some((f) => f.severity === 'error')) return 'error';
  if (flags.some((f) => f.severity === 'warning')) return 'warning';
  return flags.length > 0 ? 'info' : undefined;
}

export const style = <K extends string>(table: Record<K, { colour: string; shape: number }>, key: string) =>
  (table as Record<string, { colour: string; shape: number }>)[key] ?? { colour: '#8a8a8a', shape: 0 };
