// The measurement cases of the chapter "Measuring conductivity" (frequency window, DC polarisation), defined
// once: the chapter renders its numbers from here (<MeasurementValue>) and the content tests recompute the
// exercises with the same functions, so a typed number cannot drift from the library.
import { celsiusToKelvin, kelvinToCelsius } from './units';
import { arcApexFrequency, dcPolarisationCurrent, temperatureForApexFrequency } from './measurement-window';

/**
 * LATP bulk arc at 25 °C: σ = 7 × 10⁻⁴ S/cm is the *total* conductivity of Li₁.₃Al₀.₃Ti₁.₇(PO₄)₃ (Aono et al. 1990,
 * via review 001 Table 1), a lower bound for the bulk; ε_r = 17 is the permittivity of the chapter's worked LAGP
 * pellet; E_a = 0.30 eV is an assumed bulk activation energy; 1 MHz is the case study's upper frequency.
 */
export const LATP_WINDOW_CASE = {
  sigmaSPerCm: 7e-4,
  relativePermittivity: 17,
  activationEnergyEv: 0.3,
  referenceTemperatureK: celsiusToKelvin(25),
  analyserMaxHz: 1e6,
} as const;

/** The DC-polarisation case: a 1.00 mm pellet, 10.0 mm across, 0.50 V, σ_e = 10⁻⁹ S/cm. */
export const DC_CASE = { sigmaSPerCm: 1e-9, voltageV: 0.5, thicknessCm: 0.1, areaCm2: Math.PI * 0.5 ** 2 } as const;

export type MeasurementQuantity = 'latpApexMHz' | 'latpApexOverAnalyser' | 'latpCoolToC' | 'latpApexMHzAtEr' | 'dcCurrentNa';

/** One number of the chapter's measurement cases, in the unit its name says. */
export function measurementValue(q: MeasurementQuantity, options: { relativePermittivity?: number } = {}): number {
  const c = LATP_WINDOW_CASE;
  const er = options.relativePermittivity ?? c.relativePermittivity;
  switch (q) {
    case 'latpApexMHz':
    case 'latpApexMHzAtEr':
      return arcApexFrequency({ sigmaSPerCm: c.sigmaSPerCm, relativePermittivity: er }).frequencyHz / 1e6;
    case 'latpApexOverAnalyser':
      return arcApexFrequency({ sigmaSPerCm: c.sigmaSPerCm, relativePermittivity: er }).frequencyHz / c.analyserMaxHz;
    case 'latpCoolToC':
      return kelvinToCelsius(
        temperatureForApexFrequency({
          sigmaRefSPerCm: c.sigmaSPerCm,
          referenceTemperatureK: c.referenceTemperatureK,
          activationEnergyEv: c.activationEnergyEv,
          relativePermittivity: er,
          targetFrequencyHz: c.analyserMaxHz / 10,
          form: 'sigmaT',
        }).temperatureK,
      );
    case 'dcCurrentNa':
      return dcPolarisationCurrent(DC_CASE).currentA * 1e9;
  }
}
