// The shared line plot's y axis: tick labels of small or large values share one power of ten, written in the
// axis title, and the left margin makes room for the widest tick label beside the rotated title.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { axisTickLabels, LinePlot } from '~/islands/shared/LinePlot';
import { labelWidth } from '~/lib/plot-labels';

describe('axisTickLabels', () => {
  it('takes a shared power of ten out of ticks that would each need one', () => {
    expect(axisTickLabels([-5e-4, 0, 5e-4, 1e-3])).toEqual({ labels: ['−5', '0', '5', '10'], factor: ' (× 10⁻⁴)' });
    expect(axisTickLabels([2e-5, 4e-5, 6e-5, 8e-5, 1e-4])).toEqual({ labels: ['2', '4', '6', '8', '10'], factor: ' (× 10⁻⁵)' });
    expect(axisTickLabels([0.005, 0.01, 0.015])).toEqual({ labels: ['5', '10', '15'], factor: ' (× 10⁻³)' });
    // ticks closer together than their size: distinct labels, where "1.00 × 10⁻³" would repeat
    expect(axisTickLabels([1.001e-3, 1.002e-3, 1.003e-3]).labels).toEqual(['1001', '1002', '1003']);
    expect(axisTickLabels([0, 10000, 20000])).toEqual({ labels: ['0', '1', '2'], factor: ' (× 10⁴)' });
  });
  it('leaves ticks that read plainly as they are', () => {
    expect(axisTickLabels([-0.5, 0, 0.5, 1])).toEqual({ labels: ['−0.5', '0', '0.5', '1'], factor: '' });
    expect(axisTickLabels([100, 200, 300])).toEqual({ labels: ['100', '200', '300'], factor: '' });
  });
});

describe('LinePlot y axis', () => {
  const render = (values: number[]) => renderToString(h(LinePlot, {
    title: 'Residuals', xLabel: 'x', yLabel: 'ln(σT) − fit', description: 'd', hLine: { y: 0, label: '' },
    series: [{ label: 'residuals', kind: 'points', points: values.map((v, i): [number, number] => [i, v]) }],
  }));

  it('residuals of 10⁻⁴ get compact ticks and the factor in the title, in both drawings', () => {
    const html = render([-4e-4, 3e-4, 1.1e-3, -5e-5]);
    expect(html).not.toMatch(/>−?\d[\d.]* × 10/);
    expect(html.match(/ln\(σT\) − fit \(× 10⁻⁴\)/g)).toHaveLength(2);
  });

  it('the plot frame starts right of the widest y tick label, which starts right of the axis title', () => {
    for (const values of [[-4e-4, 1.1e-3], [-0.0125, 0.0121], [-1234, 5678], [0.5, 0.7]]) {
      const html = render(values);
      for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g)!) {
        const frame = Number(svg.match(/<rect x="([\d.]+)"[^>]*fill="none"/)![1]);
        const ticks = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.-]+" text-anchor="end" fill="#333">([^<]+)<\/text>/g)]
          .filter((m) => Number(m[1]) < frame);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        for (const [, x, label] of ticks) {
          expect(Number(x)).toBeLessThan(frame);
          // The rotated title's glyphs end about 17 units from the left edge.
          expect(Number(x) - labelWidth(label!, 13), `${label} in ${values.join(', ')}`).toBeGreaterThanOrEqual(20);
        }
      }
    }
  });
});
