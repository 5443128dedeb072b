import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and content tests run in Node; browser tests (tests/e2e) have their own runner config.
export default defineConfig({
  // The config lives in tests/; paths resolve from the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // A hang guard, not a speed limit: property tests and citation formatting take several seconds on a
    // busy two-core machine, and speed is measured by `npm run bench` instead.
    testTimeout: 60_000,
  },
});
