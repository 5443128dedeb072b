// Relative residuals of the real and imaginary parts, in per cent, against frequency (fit or Kramers–Kronig).
import type { JSX } from 'preact';
import { PlotCard } from './PlotCard';

interface Props { title: string; file: string; frequenciesHz: number[]; real: number[]; imag: number[]; description: string }

export function ResidualPlot({ title, file, frequenciesHz, real, imag, description }: Props): JSX.Element {
  const at = (r: number[]) => r.map((v, k) => [frequenciesHz[k]!, 100 * v] as [number, number]);
  return (
    <PlotCard title={title} file={file} xLabel="f (Hz)" yLabel="residual (%)" xLog zeroLine description={description}
      series={[{ label: 'Δ′ (real)', kind: 'points', tone: 1, points: at(real) }, { label: 'Δ″ (imaginary)', kind: 'points', tone: 2, points: at(imag) }]} />
  );
}
