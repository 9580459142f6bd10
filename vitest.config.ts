import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The CLI tests run the bundled CLI, as users do; this keeps the bundle current.
    globalSetup: ['test/support/build-cli.ts'],
  },
});
