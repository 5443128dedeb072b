import { describe, expect, it } from 'vitest';
import {
  celsiusToKelvin,
  kelvinToCelsius,
  kjPerMolToEv,
  evToKjPerMol,
  mSPerCmToSPerCm,
  sPerCmToMSPerCm,
  sPerMToSPerCm,
  sPerCmToSPerM,
  mmToUm,
  nmToUm,
  daysToHours,
} from '../../src/lib/units';

describe('units', () => {
  it('kJ/mol → eV uses 96.485 kJ/mol = 1 eV', () => {
    expect(kjPerMolToEv(96.485)).toBeCloseTo(1, 5);
    expect(evToKjPerMol(1)).toBeCloseTo(96.485, 3);
    expect(kjPerMolToEv(31.1)).toBeCloseTo(0.32233, 5);
    expect(evToKjPerMol(kjPerMolToEv(21.6))).toBeCloseTo(21.6, 10);
  });

  it('°C ↔ K round trip', () => {
    expect(celsiusToKelvin(25)).toBeCloseTo(298.15, 12);
    expect(kelvinToCelsius(273.15)).toBeCloseTo(0, 12);
    for (const t of [-40, 0, 25, 900]) expect(kelvinToCelsius(celsiusToKelvin(t))).toBeCloseTo(t, 10);
  });

  it('conductivity: mS/cm → S/cm and S/m ↔ S/cm', () => {
    expect(mSPerCmToSPerCm(1.2)).toBeCloseTo(1.2e-3, 15);
    expect(sPerCmToMSPerCm(1.2e-3)).toBeCloseTo(1.2, 12);
    expect(sPerMToSPerCm(1)).toBeCloseTo(0.01, 15);
    expect(sPerCmToSPerM(0.01)).toBeCloseTo(1, 12);
    expect(sPerMToSPerCm(sPerCmToSPerM(7e-4))).toBeCloseTo(7e-4, 15);
  });

  it('lengths and durations', () => {
    expect(mmToUm(0.075)).toBeCloseTo(75, 10);
    expect(mmToUm(1)).toBe(1000);
    expect(nmToUm(200)).toBeCloseTo(0.2, 12);
    expect(daysToHours(10)).toBe(240);
  });
});
