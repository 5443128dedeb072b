/**
 * Sample data for the impedance workbench, made with the library itself: an LATP-like pellet between
 * blocking gold electrodes, measured from 1 MHz to 0.1 Hz at low temperature (where its bulk arc falls
 * inside the analyser's range), as one spectrum and as a temperature series. The spectra carry a little
 * seeded noise so that they behave like measurements; the values behind them are exported for checks.
 *
 * Illustrative numbers, chosen to be typical of LATP (x ≈ 0.3) pellets: σ_bulk(25 °C) = 1 × 10⁻³ S/cm with
 * Eₐ = 0.30 eV, apparent σ_gb(25 °C) = 2.3 × 10⁻³ S/cm with Eₐ = 0.42 eV (total ≈ 7 × 10⁻⁴ S/cm, as reported by
 * Aono et al., J. Electrochem. Soc. 137 (1990) 1023), bulk ε_r = 30, grain boundaries δ/d = 1 %.
 */
import { BOLTZMANN_EV_PER_K, VACUUM_PERMITTIVITY_F_PER_M } from '../constants';
import { celsiusToKelvin } from '../units';
import { circuitImpedance } from './impedance';
import type { SeriesSpectrum } from './series';
import type { Parameters } from './types';

/** The pellet and circuit behind the samples. */
export const SAMPLE_PELLET = {
  circuit: 'R0-p(R1,CPE1)-p(R2,CPE2)-CPE3',
  thicknessCm: 0.1,
  diameterCm: 1.0,
  /** σ at 298.15 K (S/cm) and Eₐ (eV, σT form) of the bulk and of the grain boundaries (apparent). */
  bulk: { sigma298SPerCm: 1.0e-3, activationEnergyEv: 0.3, alpha: 0.95 },
  grainBoundary: { sigma298SPerCm: 2.3e-3, activationEnergyEv: 0.42, alpha: 0.85 },
  relativePermittivity: 30,
  /** C_b/C_gb = δ/d in the brick-layer model. */
  boundaryFraction: 0.01,
  leadResistanceOhm: 2,
  electrode: { q: 2e-6, alpha: 0.85 },
  /** Relative noise (standard deviation, of |Z|) added to each point. */
  noise: 0.003,
} as const;

/** Temperature of the single sample spectrum: −80 °C. */
export const SAMPLE_TEMPERATURE_K = celsiusToKelvin(-80);
/** Temperatures of the sample series: −100 … −60 °C in steps of 10 °C. */
export const SAMPLE_SERIES_TEMPERATURES_K = [-100, -90, -80, -70, -60].map(celsiusToKelvin);

/** 1 MHz to 0.1 Hz, ten points per decade, from high to low as analysers sweep. */
export const SAMPLE_FREQUENCIES_HZ = Array.from({ length: 71 }, (_, k) => 10 ** (6 - k / 10));

const areaCm2 = () => (Math.PI * SAMPLE_PELLET.diameterCm ** 2) / 4;

/** σ(T) from σ(298.15 K) in the σT form: σT = A exp(−Eₐ/k_BT). */
const sigmaAt = (sigma298: number, eaEv: number, temperatureK: number) =>
  ((sigma298 * 298.15) / temperatureK) * Math.exp((-eaEv / BOLTZMANN_EV_PER_K) * (1 / temperatureK - 1 / 298.15));

/** CPE coefficient Q whose Brug effective capacitance with R is C: Q = C^α / R^(1−α). */
const cpeQ = (capacitanceF: number, resistanceOhm: number, alpha: number) => capacitanceF ** alpha / resistanceOhm ** (1 - alpha);

/** The circuit parameters of the sample pellet at a temperature (noise-free truth). */
export function sampleParameters(temperatureK: number): Parameters {
  const p = SAMPLE_PELLET;
  const cellCm = p.thicknessCm / areaCm2();
  const rBulk = cellCm / sigmaAt(p.bulk.sigma298SPerCm, p.bulk.activationEnergyEv, temperatureK);
  const rGb = cellCm / sigmaAt(p.grainBoundary.sigma298SPerCm, p.grainBoundary.activationEnergyEv, temperatureK);
  const cBulk = (VACUUM_PERMITTIVITY_F_PER_M / 100) * p.relativePermittivity / cellCm;
  const cGb = cBulk / p.boundaryFraction;
  return {
    R0: p.leadResistanceOhm,
    R1: rBulk,
    CPE1_0: cpeQ(cBulk, rBulk, p.bulk.alpha),
    CPE1_1: p.bulk.alpha,
    R2: rGb,
    CPE2_0: cpeQ(cGb, rGb, p.grainBoundary.alpha),
    CPE2_1: p.grainBoundary.alpha,
    CPE3_0: p.electrode.q,
    CPE3_1: p.electrode.alpha,
  };
}

/** Deterministic standard normal numbers (mulberry32 + Box–Muller), so the samples are the same everywhere. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** The sample pellet's spectrum at a temperature, with seeded noise of SAMPLE_PELLET.noise × |Z| on each part. */
export function samplePelletSpectrum(temperatureK = SAMPLE_TEMPERATURE_K): SeriesSpectrum {
  const f = SAMPLE_FREQUENCIES_HZ;
  const z = circuitImpedance(SAMPLE_PELLET.circuit, sampleParameters(temperatureK), f);
  const gauss = normals(Math.round(temperatureK * 100));
  const noisy = (part: number[]) => part.map((v, k) => v + SAMPLE_PELLET.noise * Math.hypot(z.zRealOhm[k]!, z.zImagOhm[k]!) * gauss());
  const celsius = Math.round((temperatureK - 273.15) * 10) / 10;
  return { frequenciesHz: [...f], zRealOhm: noisy(z.zRealOhm), zImagOhm: noisy(z.zImagOhm), temperatureK, label: `sample LATP pellet, ${celsius} °C` };
}

/** The sample temperature series, one spectrum per SAMPLE_SERIES_TEMPERATURES_K. */
export const sampleTemperatureSeries = (): SeriesSpectrum[] => SAMPLE_SERIES_TEMPERATURES_K.map(samplePelletSpectrum);
