// The distribution of relaxation times γ(ln τ) against τ on a log axis, with its peaks marked.
import type { JSX } from 'preact';
import type { DrtResult } from '~/lib/eis/drt';
import { PlotCard } from './PlotCard';
import { maxAbs, ohmUnit } from './units';
import { formatSig } from '~/lib/format';

export function DrtPlot({ drt, name }: { drt: DrtResult; name: string }): JSX.Element {
  const { factor, unit } = ohmUnit(maxAbs(drt.gammaOhm));
  const peakGamma = (tau: number) => {
    const k = drt.tauS.reduce((best, t, i) => (Math.abs(Math.log(t / tau)) < Math.abs(Math.log(drt.tauS[best]! / tau)) ? i : best), 0);
    return drt.gammaOhm[k]! * factor;
  };
  return (
    <PlotCard title="Distribution of relaxation times" file="drt.svg" xLabel="τ (s)" yLabel={`γ (${unit})`} xLog
      series={[
        { label: `γ, λ = ${formatSig(drt.lambda, 2)}`, kind: 'line', tone: 1, points: drt.tauS.map((t, k) => [t, drt.gammaOhm[k]! * factor]) },
        { label: 'peaks', kind: 'points', tone: 2, points: drt.peaks.map((p) => [p.tauS, peakGamma(p.tauS)]) },
      ]}
      description={`${name}: DRT with regularisation λ = ${formatSig(drt.lambda, 2)}; ${drt.peaks.length} peak${drt.peaks.length === 1 ? '' : 's'}.`} />
  );
}
