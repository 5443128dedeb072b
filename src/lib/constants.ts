/**
 * Physical constants, CODATA 2018 recommended values (exact where the 2019 SI defines them).
 * Source: E. Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021); https://physics.nist.gov/cuu/Constants/
 */

/** Elementary charge e, in coulombs (exact). */
export const ELEMENTARY_CHARGE_C = 1.602176634e-19;
/** Boltzmann constant k_B, in joules per kelvin (exact). */
export const BOLTZMANN_J_PER_K = 1.380649e-23;
/** Boltzmann constant k_B, in electronvolts per kelvin (exact ratio k_B/e). */
export const BOLTZMANN_EV_PER_K = BOLTZMANN_J_PER_K / ELEMENTARY_CHARGE_C;
/** Avogadro constant N_A, per mole (exact). */
export const AVOGADRO_PER_MOL = 6.02214076e23;
/** Faraday constant F = e N_A, in coulombs per mole (exact). */
export const FARADAY_C_PER_MOL = ELEMENTARY_CHARGE_C * AVOGADRO_PER_MOL;
/** Molar gas constant R = N_A k_B, in joules per mole per kelvin (exact). */
export const GAS_CONSTANT_J_PER_MOL_K = AVOGADRO_PER_MOL * BOLTZMANN_J_PER_K;
/** Vacuum electric permittivity ε₀, in farads per metre (CODATA 2018, measured). */
export const VACUUM_PERMITTIVITY_F_PER_M = 8.8541878128e-12;
/** Zero of the Celsius scale, in kelvin (exact by definition). */
export const CELSIUS_ZERO_K = 273.15;
