// The built HTML is valid under the W3C Nu HTML checker (vnu, from the vnu-jar package; needs Java: `npm run
// java:install`). The checker runs once over the whole of dist/ (one JVM: it is slow to start). Errors that come
// from upstream markup are let through only where UPSTREAM below names them, each matched by its message and the
// markup it points at, so the same message caused by our own markup still fails; README.md lists them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './built-site';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** An upstream error let through: its project, where it is reported, the message, and a test on the markup it points at. */
interface Upstream { project: string; issue: string; message: RegExp; at: (html: string, offset: number) => boolean }

const UPSTREAM: Upstream[] = [
  // Expressive Code (code blocks) writes each line of code as a <div> inside <code>.
  {
    project: 'Expressive Code', issue: 'https://github.com/expressive-code/expressive-code/issues/423',
    message: /^Element “div” not allowed as child of element “code”/,
    at: (html, i) => html.startsWith('<div class="ec-line"', i),
  },
  // Expressive Code's copy button holds a <div> (its icon).
  {
    project: 'Expressive Code', issue: 'https://github.com/expressive-code/expressive-code/issues/423',
    message: /^Element “div” not allowed as child of element “button”/,
    at: (html, i) => /^<button title="[^"]*" data-copied="/.test(html.slice(html.lastIndexOf('<button', i))),
  },
  // Expressive Code colours tokens with custom properties named --0, --1 (one per theme). CSS allows a custom
  // property name that starts with a digit after "--" (w3c/csswg-drafts#6131); the checker's CSS parser does not.
  {
    project: 'Nu Html Checker (CSS parser)', issue: 'not yet reported upstream',
    message: /^CSS: “--”: Parse Error\.$/,
    at: (html, i) => /^<span style="--\d/.test(html.slice(i, i + 20)),
  },
  // Starlight marks its sidebar's inline scripts aria-hidden on purpose: Safari with VoiceOver reads them aloud
  // inside a display: contents container (https://bugs.webkit.org/show_bug.cgi?id=283645).
  {
    project: 'Starlight', issue: 'https://github.com/withastro/starlight/pull/2633',
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    at: (html, i) => html.startsWith('<script aria-hidden="true">', i) && /sl-sidebar|_starlightScrollRestore/.test(html.slice(i, i + 800)),
  },
];

const VNU_JAR = createRequire(import.meta.url)('vnu-jar') as string;
const distRoot = resolve(DIST);
const sources = new Map<string, { html: string; lineStarts: number[] }>();

/** The page's HTML and where each of its lines starts. */
function source(file: string) {
  if (!sources.has(file)) {
    const html = readFileSync(file, 'utf8');
    const lineStarts = [0];
    for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    sources.set(file, { html, lineStarts });
  }
  return sources.get(file)!;
}

const fileOf = (m: VnuMessage) => (m.url ? fileURLToPath(m.url) : '');
const line = (m: VnuMessage) => m.firstLine ?? m.lastLine ?? 0;

/** The upstream entry that explains `m`, if any. */
function upstreamOf(m: VnuMessage): Upstream | undefined {
  if (m.type !== 'error' || !m.url) return undefined;
  const candidates = UPSTREAM.filter((u) => u.message.test(m.message));
  if (candidates.length === 0) return undefined;
  const { html, lineStarts } = source(fileOf(m));
  const offset = (lineStarts[line(m) - 1] ?? 0) + (m.firstColumn ?? 1) - 1;
  return candidates.find((u) => u.at(html, offset));
}

const describeMessage = (m: VnuMessage) =>
  `${m.url ? `/${relative(distRoot, fileOf(m))}` : '(no file)'} line ${line(m)}, column ${m.firstColumn ?? '?'}: ${m.message}${m.extract ? `  [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;

describe('HTML validity (W3C Nu HTML checker)', () => {
  let errors: VnuMessage[] = [];

  beforeAll(async () => {
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--errors-only', '--exit-zero-always', '--skip-non-html', distRoot],
        { maxBuffer: 256 * 1024 * 1024 }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('The HTML checker needs Java: run "npm run java:install" (or install a Java 17+ runtime).');
      throw error;
    }
    errors = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages.filter((m) => m.type !== 'info');
  }, 10 * 60_000);

  it('finds no error in our own markup', () => {
    expect(errors.filter((m) => !upstreamOf(m)).map(describeMessage)).toEqual([]);
  });

  // An upstream fix makes its entry useless: remove it (and its line in README.md). This also shows the checker
  // did read the pages.
  for (const u of UPSTREAM) {
    it(`still needs its allowance for ${u.project}: ${u.message.source}`, () => {
      expect(errors.some((m) => upstreamOf(m) === u)).toBe(true);
    });
  }
});
