/**
 * Shared types of the impedance (EIS) workbench: spectra, circuits, fits. Pure data, no behaviour.
 * Sign convention everywhere: Z = Z' + jZ'', so capacitive behaviour has Z'' < 0 (as measured).
 */

/** A measured or computed impedance spectrum; the three arrays have one entry per frequency. */
export interface Spectrum {
  frequenciesHz: number[];
  zRealOhm: number[];
  /** Imaginary part Z'' in Ω, negative for capacitive behaviour. */
  zImagOhm: number[];
}

/** Circuit elements, in impedance.py's string syntax. */
export type ElementKind = 'R' | 'C' | 'L' | 'CPE' | 'W' | 'Wo' | 'Ws';

/** Parsed circuit: elements joined in series (`-`) or parallel (`p(…,…)`). */
export type CircuitNode =
  | {
      type: 'element';
      kind: ElementKind;
      /** Kind plus its number as written, e.g. "CPE1"; unique within a circuit. */
      name: string;
      /** Offset of the element's first character in the circuit text. */
      position: number;
    }
  | { type: 'series'; children: CircuitNode[] }
  | { type: 'parallel'; children: CircuitNode[] };

/** Residual weighting of the complex least-squares fit: 1, 1/|Z|² (modulus), or 1/Z'² and 1/Z''² (proportional). */
export type Weighting = 'unit' | 'modulus' | 'proportional';

/** Circuit parameters by name (`R0`, `CPE1_0`, `CPE1_1`, `Wo1_0`, …). */
export type Parameters = Record<string, number>;

export interface FitInput extends Spectrum {
  circuit: string;
  /** Starting values; any parameter left out is guessed from the data. */
  initialGuess?: Parameters;
  weighting?: Weighting;
}

export interface FitResult {
  circuit: string;
  weighting: Weighting;
  /** Parameter names in circuit order. */
  parameterNames: string[];
  parameters: Parameters;
  /** One standard error per parameter, in the parameter's own unit; null where it cannot be estimated. */
  standardErrors: Record<string, number | null>;
  /** Covariance matrix of the parameters in `parameterNames` order (in the parameters' own units). */
  covariance: number[][];
  /** Weighted sum of squared residuals. */
  chiSquare: number;
  /** χ² divided by the degrees of freedom (2N − number of parameters). */
  reducedChiSquare: number;
  /** The guess the fit started from (given or automatic). */
  initialGuess: Parameters;
  zFitRealOhm: number[];
  zFitImagOhm: number[];
  /** Relative residuals (Z_data − Z_fit)/|Z_fit| of the real and imaginary parts, one per frequency. */
  residualsReal: number[];
  residualsImag: number[];
  iterations: number;
  /** False when the iteration limit was reached before the fit settled; `warnings` then says so. */
  converged: boolean;
  /** Parameters that ran to the edge of their allowed range (an α of 1, a plain capacitor, is not counted). */
  parametersAtBound: string[];
  warnings: string[];
}
