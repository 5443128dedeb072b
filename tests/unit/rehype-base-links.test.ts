import { describe, expect, it } from 'vitest';
import rehypeBaseLinks, { prefixBase } from '../../src/plugins/rehype-base-links';

describe('base-path links', () => {
  it('prefixes root-relative paths only', () => {
    expect(prefixBase('/fundamentals/ion-transport/', '/handbook/')).toBe('/handbook/fundamentals/ion-transport/');
    expect(prefixBase('/handbook/data/', '/handbook/')).toBe('/handbook/data/');
    expect(prefixBase('//cdn.example/x', '/handbook/')).toBe('//cdn.example/x');
    expect(prefixBase('#key-numbers', '/handbook/')).toBe('#key-numbers');
    expect(prefixBase('https://doi.org/10.1/x', '/handbook/')).toBe('https://doi.org/10.1/x');
    expect(prefixBase('/x/', '/')).toBe('/x/');
  });
  it('rewrites element links and MDX component props', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '/data/' }, children: [] },
        { type: 'element', tagName: 'img', properties: { src: '/diagrams/x.svg' }, children: [] },
        { type: 'mdxJsxFlowElement', name: 'LinkCard', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/nasicon/structure/' }], children: [] },
        { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [{ type: 'mdxJsxAttribute', name: 'src', value: '/diagrams/own.svg' }], children: [] },
      ],
    };
    rehypeBaseLinks({ base: '/seh/' })(tree as never);
    expect(JSON.stringify(tree)).toContain('"/seh/data/"');
    expect(JSON.stringify(tree)).toContain('"/seh/diagrams/x.svg"');
    expect(JSON.stringify(tree)).toContain('"/seh/nasicon/structure/"');
    // The handbook's own components (Figure, DataTable, …) add the base themselves.
    expect(JSON.stringify(tree)).toContain('"/diagrams/own.svg"');
  });
});
