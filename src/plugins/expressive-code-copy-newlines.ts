/**
 * Expressive Code plugin: Expressive Code's copy button carries the code in `data-code` with every line
 * break written as U+007F (only so the HTML source looks tidier), and U+007F is a code point HTML forbids
 * (W3C Nu checker: "Forbidden code point U+007f"). This puts the line breaks back: a line break in an
 * attribute value is valid HTML, and the button's script (which turns U+007F into line breaks) copies the
 * same text. Runs after Expressive Code's Frames plugin, which adds the button. Not yet reported upstream
 * (expressive-code/expressive-code, packages/@expressive-code/plugin-frames).
 */
import type { ExpressiveCodePlugin } from 'astro-expressive-code';

type HastNode = { type: string; properties?: Record<string, unknown>; children?: HastNode[] };

const restoreLineBreaks = (node: HastNode): void => {
  const code = node.properties?.dataCode;
  if (typeof code === 'string') node.properties!.dataCode = code.replaceAll('\u007f', '\n');
  node.children?.forEach(restoreLineBreaks);
};

export function pluginCopyNewlines(): ExpressiveCodePlugin {
  return {
    name: 'copy-button-line-breaks',
    hooks: { postprocessRenderedBlock: ({ renderData }) => restoreLineBreaks(renderData.blockAst as HastNode) },
  };
}
