/** A named set of starting values for a calculator, in its URL vocabulary (field strings). */
export interface Preset {
  /** Shown in the preset menu. */
  label: string;
  /** Bibliography ids the numbers come from; empty only for illustrative values (then say so in the label). */
  sources: string[];
  values: Record<string, string>;
}
