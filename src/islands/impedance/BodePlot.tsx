// Bode plots: |Z| and the phase angle −θ against frequency on a log axis, the fit drawn over the data.
import type { JSX } from 'preact';
import type { Spectrum } from '~/lib/eis/types';
import { PlotCard } from './PlotCard';
import type { PlotSeries } from './Plot';
import { maxAbs, ohmUnit } from './units';

const modulus = (s: Spectrum) => s.zRealOhm.map((re, k) => Math.hypot(re, s.zImagOhm[k]!));
const phase = (s: Spectrum) => s.zRealOhm.map((re, k) => (-Math.atan2(s.zImagOhm[k]!, re) * 180) / Math.PI);

export function BodePlot({ data, fit, name }: { data: Spectrum; fit?: Spectrum; name: string }): JSX.Element {
  const { factor, unit } = ohmUnit(maxAbs(modulus(data)));
  const make = (values: (s: Spectrum) => number[], scale: number): PlotSeries[] => {
    const at = (s: Spectrum) => values(s).map((v, k) => [s.frequenciesHz[k]!, v * scale] as [number, number]);
    return [{ label: 'measured', kind: 'points', tone: 1, hollow: true, points: at(data) }, ...(fit ? [{ label: 'fit', kind: 'line' as const, tone: 2 as const, points: at(fit) }] : [])];
  };
  const range = `${data.frequenciesHz.length} points`;
  return (
    <>
      <PlotCard title="Bode plot of |Z|" file="bode-modulus.svg" xLabel="f (Hz)" yLabel={`|Z| (${unit})`} xLog yLog series={make(modulus, factor)}
        description={`${name}: ${range}, modulus of the impedance against frequency, both on log scales.`} />
      <PlotCard title="Bode plot of the phase" file="bode-phase.svg" xLabel="f (Hz)" yLabel="−θ (°)" xLog series={make(phase, 1)} zeroLine
        description={`${name}: ${range}, phase angle against frequency; capacitive behaviour is positive.`} />
    </>
  );
}
