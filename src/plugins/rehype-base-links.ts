/**
 * Rehype plugin: prefix root-relative links and image sources in Markdown/MDX with the site's base path,
 * so chapters can write "/fundamentals/ion-transport/" and still work when the site is deployed under a
 * sub-path (e.g. "/handbook/"). Handles plain HTML elements and the href/src props of MDX components.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

interface Options { base: string }

/** The path with the base prefixed, for root-relative paths only ("/x", not "//host/x" or "#x"). */
export function prefixBase(path: string, base: string): string {
  const cleanBase = base.replace(/\/+$/, '');
  if (!cleanBase || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === cleanBase || path.startsWith(`${cleanBase}/`)) return path;
  return `${cleanBase}${path}`;
}

type JsxAttribute = { type: string; name?: string; value?: unknown };

/** MDX components whose href/src props are plain URLs; the handbook's own components add the base themselves. */
const URL_PROP_COMPONENTS = new Set(['LinkCard', 'LinkButton', 'a', 'img']);

export default function rehypeBaseLinks({ base }: Options) {
  return (tree: Root) => {
    if (base.replace(/\/+$/, '') === '') return;
    visit(tree, (node) => {
      if (node.type === 'element') {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties?.[key];
          if (typeof value === 'string') node.properties[key] = prefixBase(value, base);
        }
        return;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as unknown as { name: string | null; attributes: JsxAttribute[] };
        if (!jsx.name || !URL_PROP_COMPONENTS.has(jsx.name)) return;
        for (const attribute of jsx.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && (attribute.name === 'href' || attribute.name === 'src') && typeof attribute.value === 'string') {
            attribute.value = prefixBase(attribute.value, base);
          }
        }
      }
    });
  };
}
