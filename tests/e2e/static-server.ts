// A minimal static file server for the built site, bound to 127.0.0.1 only, optionally under a base path.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.xml': 'application/xml', '.txt': 'text/plain',
  '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.pf_meta': 'application/octet-stream',
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(root, safe), join(root, safe, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serve `root` at http://127.0.0.1:<port><base>; resolves once listening. */
export async function startStaticServer(root: string, base = '/', port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = path.startsWith(base) ? await resolveFile(root, `/${path.slice(base.length)}`) : null;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    // Serve as the README recommends for a static host: hashed assets cached for a year, everything else
    // revalidated, and text compressed.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = /\/(_astro|pagefind)\//.test(path);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
    let body = await readFile(file);
    if (/text|javascript|json|svg|xml|csv/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actualPort}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
