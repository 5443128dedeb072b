/**
 * Check 1 — Arrhenius consistency of a (σ, Eₐ) pair.
 *
 * A row that gives a conductivity σ at temperature T and an activation energy Eₐ fixes the prefactor
 * of the σT form of the Arrhenius law, σT = A·exp(−Eₐ/k_B T):
 *
 *     A = σ·T·exp(Eₐ / k_B T)            (S K cm⁻¹)
 *
 * For thermally activated hopping, Nernst–Einstein (σ = n q² D / k_B T) with a random-walk diffusion
 * coefficient D = (1/6)·a²·ν₀·exp(−Eₐ/k_B T) gives A = n q² a² ν₀ / (6 k_B) (correlation and
 * site-blocking factors of order one left out). The plausible range follows from the inputs:
 *
 *   low end:  n = 10²¹ cm⁻³ = 10²⁷ m⁻³, a = 2 Å, ν₀ = 10¹² s⁻¹
 *             n q² a² ν₀ = 10²⁷ × (1.602 × 10⁻¹⁹)² × (2 × 10⁻¹⁰)² × 10¹² = 1.03 × 10⁻¹⁸
 *             ÷ 6k_B (8.28 × 10⁻²³ J K⁻¹) = 1.24 × 10⁴ S K m⁻¹ = 1.2 × 10² S K cm⁻¹
 *   high end: n = 10²² cm⁻³ = 10²⁸ m⁻³, a = 4 Å, ν₀ = 10¹³ s⁻¹
 *             10²⁸ × 2.567 × 10⁻³⁸ × 1.6 × 10⁻¹⁹ × 10¹³ = 4.11 × 10⁻¹⁶
 *             ÷ 8.28 × 10⁻²³ = 4.96 × 10⁶ S K m⁻¹ = 5.0 × 10⁴ S K cm⁻¹
 *   migration entropy: the factor exp(ΔS_m/k_B), with ΔS_m up to about 4–5 k_B, can raise A by up
 *             to about 10², so the upper end becomes ≈ 5 × 10⁶, rounded to 10⁷ S K cm⁻¹.
 *
 * Thresholds: A outside 10²–10⁷ S K cm⁻¹ → warning; more than three decades outside (A < 10⁻¹ or
 * A > 10¹⁰ S K cm⁻¹) → error, because no choice of carrier density, jump length or attempt frequency
 * reaches it. Because exp(Eₐ/k_B T) is so steep, A is mostly a test of Eₐ: at 25 °C an error of
 * 0.06 eV in Eₐ moves A by a factor of ten.
 *
 * Where the source gives no temperature, 25 °C is assumed (the reviews quote such values as
 * room-temperature ones); ±10 K changes A by less than a factor of two for Eₐ below 0.4 eV.
 */
import type { DataTable } from '../../schemas/table';
import type { Finding } from '../../schemas/finding';
import { BOLTZMANN_EV_PER_K, CELSIUS_ZERO_K } from '../constants';
import { findingId, materialName, quantity, sci } from './shared';

/** Plausible prefactor range of the σT form, S K cm⁻¹ (see the derivation above). */
export const PREFACTOR_PLAUSIBLE_S_K_PER_CM = { min: 1e2, max: 1e7 } as const;
/** Beyond these, A is physically impossible for hopping conduction (three decades outside). */
export const PREFACTOR_IMPOSSIBLE_S_K_PER_CM = { min: 1e-1, max: 1e10 } as const;
/** Temperature assumed when the source states none, °C. */
export const ASSUMED_TEMPERATURE_C = 25;

/** A = σ·T·exp(Eₐ/k_B T) in S K cm⁻¹, from σ in S/cm, Eₐ in eV and T in K. */
export function impliedPrefactor(sigmaSPerCm: number, activationEnergyEv: number, temperatureK: number): number {
  return sigmaSPerCm * temperatureK * Math.exp(activationEnergyEv / (BOLTZMANN_EV_PER_K * temperatureK));
}

/** Activation energy that would give A = target at the same σ and T (for the explanation). */
export function energyForPrefactor(sigmaSPerCm: number, prefactor: number, temperatureK: number): number {
  return BOLTZMANN_EV_PER_K * temperatureK * Math.log(prefactor / (sigmaSPerCm * temperatureK));
}

export function checkArrhenius(tables: readonly DataTable[]): Finding[] {
  const out: Finding[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const s = quantity(row, 'sigmaSPerCm');
      const e = quantity(row, 'activationEnergyEv');
      if (!s || !e) continue;
      if (s.qualifier || s.upper !== undefined || e.qualifier || e.upper !== undefined) continue; // bounds, not values
      if (!(s.value > 0) || !(e.value > 0)) continue; // the range check reports these
      const assumed = s.temperatureC === undefined;
      const tC = s.temperatureC ?? ASSUMED_TEMPERATURE_C;
      const tK = tC + CELSIUS_ZERO_K;
      const a = impliedPrefactor(s.value, e.value, tK);
      const { min, max } = PREFACTOR_PLAUSIBLE_S_K_PER_CM;
      if (a >= min && a <= max) continue;
      const impossible = a < PREFACTOR_IMPOSSIBLE_S_K_PER_CM.min || a > PREFACTOR_IMPOSSIBLE_S_K_PER_CM.max;
      const high = a > max;
      const decades = Math.log10(high ? a / max : min / a);
      // Energies that would bring A back to the nearer edge of the plausible range.
      const eEdge = energyForPrefactor(s.value, high ? max : min, tK);
      const tempText = assumed ? `${tC} °C (assumed; the source states no temperature)` : `${tC} °C`;
      out.push({
        id: findingId('arrhenius', table.id, row.id, 'activationEnergyEv'),
        severity: impossible ? 'error' : 'warning',
        check: 'arrhenius',
        tableId: table.id,
        rowId: row.id,
        field: 'activationEnergyEv',
        message: `${materialName(table, row)}: the conductivity and the activation energy imply an Arrhenius prefactor of ${sci(a)} S K cm⁻¹, ${decades.toFixed(1)} decades ${high ? 'above' : 'below'} the range expected for ion hopping.`,
        sourceSays: `σ = ${s.printed} at ${tempText}; Eₐ = ${e.printed}.`,
        whyWrong:
          `With σT = A·exp(−Eₐ/kT) (k the Boltzmann constant), A = σ·T·exp(Eₐ/kT) = ${sci(a)} S K cm⁻¹. Hopping conduction gives A ≈ n q² a² ν₀ / 6k ≈ 10²–10⁷ S K cm⁻¹ ` +
          `(n = 10²¹–10²² cm⁻³, a = 2–4 Å, ν₀ = 10¹²–10¹³ s⁻¹, with room for a migration-entropy factor). ` +
          (high
            ? `Either Eₐ is too large for this σ (at this σ, Eₐ ≤ ${eEdge.toFixed(2)} eV keeps A below 10⁷), or σ is too small, or the two numbers describe different quantities (bulk against total, another temperature range).`
            : `Either Eₐ is too small for this σ (Eₐ ≥ ${eEdge.toFixed(2)} eV would bring A up to 10²), or σ is far below what the barrier allows, for example because grain boundaries or porosity block a conduction path that Eₐ does not describe.`),
        metric: { prefactorSKPerCm: a, temperatureK: tK, sigmaSPerCm: s.value, activationEnergyEv: e.value, decadesOutside: decades },
      });
    }
  }
  return out;
}
