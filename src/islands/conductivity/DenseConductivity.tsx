// The pellet's conductivity corrected for its porosity: the dense material's σ by three effective-medium models,
// with the working and where each model stops holding. Physics in src/lib/conductivity-porosity.ts.
import type { JSX } from 'preact';
import { CONNECTED_PORES_BELOW, ISOLATED_PORES_ABOVE, type DenseConductivityResult, type PorosityModel } from '~/lib/conductivity-porosity';
import { formatSig } from '~/lib/format';

export const MODEL_NAME: Record<PorosityModel, string> = { maxwellGarnett: 'Maxwell Garnett', bruggeman: 'Bruggeman', archie: 'Archie' };
const MODEL_FORMULA: Record<PorosityModel, JSX.Element> = {
  maxwellGarnett: <>f = 2ρ/(3 − ρ)</>,
  bruggeman: <>f = ρ<sup>3/2</sup></>,
  archie: <>f = ρ<sup>m</sup></>,
};

/** Results of the porosity correction for a pellet of conductivity `sigmaSPerCm` at relative density `relativeDensity` (0–1). */
export function DenseConductivity({ result, sigmaSPerCm, relativeDensity, archieExponent }: { result: DenseConductivityResult; sigmaSPerCm: number; relativeDensity: number; archieExponent: number }): JSX.Element {
  const pct = (x: number) => `${formatSig(x * 100, 3)} %`;
  return (
    <>
      <table class="calc-results-table">
        <caption>Dense material at {pct(relativeDensity)} relative density (porosity {pct(result.porosity)})</caption>
        <thead><tr><th scope="col">Model</th><th scope="col">σ of the dense material</th><th scope="col">f = σ<sub>pellet</sub>/σ<sub>dense</sub></th></tr></thead>
        <tbody>
          {result.models.map((m) => (
            <tr><th scope="row">{MODEL_NAME[m.model]}, {MODEL_FORMULA[m.model]}{m.model === 'archie' ? ` (m = ${formatSig(archieExponent, 3)})` : ''}</th><td>{formatSig(m.sigmaDenseSPerCm)} S/cm</td><td>{formatSig(m.factor, 3)}</td></tr>
          ))}
        </tbody>
      </table>
      <p class="calc-working">
        Working: σ<sub>dense</sub> = σ<sub>pellet</sub> / f with σ<sub>pellet</sub> = {formatSig(sigmaSPerCm)} S/cm and ρ = {formatSig(relativeDensity, 4)};
        the three models differ by a factor of {formatSig(result.modelSpread, 3)}. Maxwell Garnett gives the lowest value: for any isotropic insulating pores
        the dense material conducts at least that well.
      </p>
      {result.beyondConnectedPores
        ? <p class="calc-field__error">Below {pct(CONNECTED_PORES_BELOW)} the pores connect into channels and none of these models holds; measure a denser pellet instead.</p>
        : result.beyondIsolatedPores && <p class="calc-field__hint">Below {pct(ISOLATED_PORES_ABOVE)} the pores are no longer isolated, so Maxwell Garnett is only a lower bound; Bruggeman is the usual choice here.</p>}
    </>
  );
}
