// Nyquist (complex-plane) plot: −Z″ up against Z′, with equal scales so that an ideal R‖C arc is round.
// A blocking-electrode spike can dwarf the arcs, so the plot can be limited to the box the arcs fill: Z′ up to
// 1.1 × the resistance through them and −Z″ up to 0.6 × it (a semicircle is half as high as it is wide).
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Spectrum } from '~/lib/eis/types';
import { withPrefix } from '~/lib/format';
import { PlotCard } from './PlotCard';
import type { PlotSeries } from './Plot';
import { maxAbs, ohmUnit } from './units';

interface Props { data: Spectrum; fit?: Spectrum; name: string; /** Resistance of the sample without electrodes, Ω (offers the zoom). */ arcsOhm?: number | null }

export function NyquistPlot({ data, fit, name, arcsOhm }: Props): JSX.Element {
  const [zoom, setZoom] = useState(false);
  const limit = zoom && arcsOhm ? 1.1 * arcsOhm : Infinity;
  const pairs = (s: Spectrum) => s.zRealOhm.flatMap((re, k) => (re <= limit && -s.zImagOhm[k]! <= 0.6 * limit ? [[re, -s.zImagOhm[k]!] as [number, number]] : []));
  const shown = pairs(data);
  const { factor, unit } = ohmUnit(maxAbs(shown.map((p) => p[0]), shown.map((p) => p[1])));
  const scaled = (list: [number, number][]) => list.map(([x, y]) => [x * factor, y * factor] as [number, number]);
  const series: PlotSeries[] = [{ label: 'measured', kind: 'points', tone: 1, hollow: true, points: scaled(shown) }];
  if (fit) series.push({ label: 'fit', kind: 'line', tone: 2, points: scaled(pairs(fit)) });
  return (
    <PlotCard title="Nyquist plot" file="nyquist.svg" xLabel={`Z′ (${unit})`} yLabel={`−Z″ (${unit})`} equal series={series}
      description={`${name}: ${shown.length} points of −Z″ against Z′ on equal scales${fit ? ', with the fitted circuit drawn over them' : ''}.`}>
      {arcsOhm ? (
        <label class="eis-zoom">
          <input type="checkbox" checked={zoom} onChange={(e) => setZoom((e.currentTarget as HTMLInputElement).checked)} />
          {' '}Only the arcs: Z′ up to {withPrefix(1.1 * arcsOhm, 'Ω', 2)}, without the low-frequency tail
        </label>
      ) : null}
    </PlotCard>
  );
}
