/**
 * Unit tests (Node). Unit tests sit next to their code as `*.test.ts`; cross-cutting tests
 * live in `test/**` (but never `test/e2e`, which is Playwright's). Import `describe`, `it`,
 * `expect` from 'vitest' explicitly: there are no globals.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'renderer/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    // Speed is measured by `npm run bench`, not by tests: a loaded machine must not fail them.
    testTimeout: 30_000,
  },
});
