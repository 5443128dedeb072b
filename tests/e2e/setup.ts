// Vitest global setup for browser tests: serve the built site (dist/) on 127.0.0.1 for the run.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';
import { DIST } from './built-site';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/ is missing: run \`npm run build\` before the browser tests.`);
  const server = await startStaticServer(DIST, process.env.BASE_PATH ?? '/');
  project.provide('siteUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext { siteUrl: string }
}
