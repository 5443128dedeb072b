import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Browser and built-site tests: need `npm run build` first; serve dist/ on 127.0.0.1.
export default defineConfig({
  // The config lives in tests/; paths resolve from the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // A poll waits for a condition; its default 1 s is too short for a busy two-core machine, where a
    // hydration or a fit can take several seconds. The condition, not the limit, ends the wait.
    expect: { poll: { timeout: 20_000, interval: 50 } },
    fileParallelism: false,
  },
});
