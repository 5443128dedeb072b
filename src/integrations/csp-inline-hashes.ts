/**
 * Astro integration: after the build, add the SHA-256 hash of every inline <script> a page contains to
 * that page's Content-Security-Policy script-src. Astro hashes the scripts it bundles, but not the
 * `is:inline` scripts Starlight ships (theme, search shortcut, sidebar state); without their hashes the
 * policy would block them. Only scripts present in our own built HTML are hashed, so the policy still
 * admits no script from anywhere else.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFilesIn } from './built-files';
import { fileURLToPath } from 'node:url';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The page's HTML with hashes of its inline scripts added to script-src (data blocks are not scripts). */
export function addInlineScriptHashes(html: string): string {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  if (hashes.size === 0) return html;
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
    const index = directives.findIndex((d) => d.startsWith('script-src '));
    if (index === -1) throw new Error('CSP meta has no script-src directive');
    const present = new Set(directives[index].split(/\s+/));
    directives[index] = [directives[index], ...[...hashes].filter((h) => !present.has(h))].join(' ');
    return `${open}${directives.join('; ')}${close}`;
  });
}


export default function cspInlineHashes(): AstroIntegration {
  return {
    name: 'csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFilesIn(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!CSP_META.test(html)) throw new Error(`${file}: no Content-Security-Policy meta tag`);
          writeFileSync(file, addInlineScriptHashes(html));
        }
      },
    },
  };
}
