/**
 * Explicit unit conversions. Every function names both units; no implicit scaling anywhere else.
 */
import { AVOGADRO_PER_MOL, CELSIUS_ZERO_K, ELEMENTARY_CHARGE_C } from './constants';

/** Joules per electronvolt (exact, = e). */
const J_PER_EV = ELEMENTARY_CHARGE_C;

/** Celsius to kelvin: T/K = t/°C + 273.15. */
export const celsiusToKelvin = (temperatureC: number): number => temperatureC + CELSIUS_ZERO_K;
/** Kelvin to Celsius: t/°C = T/K − 273.15. */
export const kelvinToCelsius = (temperatureK: number): number => temperatureK - CELSIUS_ZERO_K;

/** Molar energy kJ/mol to energy per particle in eV: E/eV = 1000·E/(N_A·e). 1 eV = 96.485 kJ/mol. */
export const kjPerMolToEv = (energyKjPerMol: number): number => (energyKjPerMol * 1000) / (AVOGADRO_PER_MOL * J_PER_EV);
/** Energy per particle in eV to molar energy in kJ/mol (inverse of kjPerMolToEv). */
export const evToKjPerMol = (energyEv: number): number => (energyEv * AVOGADRO_PER_MOL * J_PER_EV) / 1000;

/** Millisiemens per centimetre to siemens per centimetre (÷1000). */
export const mSPerCmToSPerCm = (sigmaMSPerCm: number): number => sigmaMSPerCm / 1000;
/** Siemens per centimetre to millisiemens per centimetre (×1000). */
export const sPerCmToMSPerCm = (sigmaSPerCm: number): number => sigmaSPerCm * 1000;
/** Siemens per metre to siemens per centimetre (÷100: 1 S/m = 0.01 S/cm). */
export const sPerMToSPerCm = (sigmaSPerM: number): number => sigmaSPerM / 100;
/** Siemens per centimetre to siemens per metre (×100). */
export const sPerCmToSPerM = (sigmaSPerCm: number): number => sigmaSPerCm * 100;

/** Millimetres to micrometres (×1000). */
export const mmToUm = (lengthMm: number): number => lengthMm * 1000;
/** Nanometres to micrometres (÷1000). */
export const nmToUm = (lengthNm: number): number => lengthNm / 1000;
/** Micrometres to centimetres (÷10⁴). */
export const umToCm = (lengthUm: number): number => lengthUm / 1e4;
/** Centimetres to micrometres (×10⁴). */
export const cmToUm = (lengthCm: number): number => lengthCm * 1e4;
/** Micrometres to metres (÷10⁶). */
export const umToM = (lengthUm: number): number => lengthUm / 1e6;
/** Nanometres to metres (÷10⁹). */
export const nmToM = (lengthNm: number): number => lengthNm / 1e9;
/** Metres to nanometres (×10⁹). */
export const mToNm = (lengthM: number): number => lengthM * 1e9;

/** Microamperes per square centimetre to milliamperes per square centimetre (÷1000). */
export const uaPerCm2ToMaPerCm2 = (currentUaPerCm2: number): number => currentUaPerCm2 / 1000;
/** Days to hours (×24). */
export const daysToHours = (durationDays: number): number => durationDays * 24;
