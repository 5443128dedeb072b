// A plot with its "Download … (SVG)" button; the file is the SVG exactly as drawn.
import { useRef } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { downloadText } from '../shared/download';
import { Plot, type PlotProps } from './Plot';

/** `children`: controls of the plot, shown between it and its download button. */
export function PlotCard(props: Omit<PlotProps, 'svgRef'> & { file: string; children?: ComponentChildren }): JSX.Element {
  const svg = useRef<SVGSVGElement>(null);
  const save = () => {
    if (svg.current) downloadText(props.file, 'image/svg+xml', `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg.current)}`);
  };
  return (
    <figure class="eis-card">
      <Plot {...props} svgRef={svg} />
      {props.children}
      <button type="button" class="eis-small-button" onClick={save}>Download {props.title} (SVG)</button>
    </figure>
  );
}
