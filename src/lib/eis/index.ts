/**
 * The impedance (EIS) workbench's physics: circuits in impedance.py's syntax, complex non-linear
 * least-squares fits, the linear Kramers–Kronig test, the distribution of relaxation times, from fit to
 * material (capacitances, arc assignment, conductivities), temperature series, instrument files, samples.
 */
export * from './types';
export { CircuitSyntaxError, parseCircuit, circuitParameterNames, circuitParameterInfo } from './circuit';
export type { ParameterInfo } from './circuit';
export { circuitImpedance } from './impedance';
export { fitCircuit, WEIGHTINGS } from './fit';
export { guessParameters } from './initial-guess';
export { linKK } from './lin-kk';
export type { LinKkInput, LinKkResult } from './lin-kk';
export { distributionOfRelaxationTimes, DRT_DEFAULT_LAMBDA } from './drt';
export type { DrtInput, DrtResult, DrtPeak } from './drt';
export { effectiveCapacitance, assignArc, relativePermittivity, arcsOfCircuit, analysePellet, ARC_ASSIGNMENTS, ARC_CAPACITANCE_LIMITS_F } from './material';
export type { ArcAssignment, CircuitArc, PelletArc, PelletInput, PelletAnalysis } from './material';
export { fitTemperatureSeries, MAX_SERIES_SPECTRA } from './series';
export type { SeriesInput, SeriesResult, SeriesEntry, SeriesArrhenius, SeriesSpectrum } from './series';
export { SAMPLE_PELLET, SAMPLE_TEMPERATURE_K, SAMPLE_SERIES_TEMPERATURES_K, samplePelletSpectrum, sampleTemperatureSeries, sampleParameters } from './samples';
export { parseImpedanceFile, detectImpedanceFormat, ImpedanceFileError, IMPEDANCE_FORMATS, IMPEDANCE_FILE_ACCEPT } from './parse';
export type { ParsedSpectrum, ImpedanceFormat, ImpedanceFormatInfo } from './parse';
