import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The page runs in Chromium (test/web.test.ts drives it there), where Node's V8 coverage
      // cannot see; the CLI's entry is four lines run only as a spawned process (test/cli.test.ts).
      exclude: ['src/web/**', 'src/cli/main.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'test/.coverage',
      thresholds: { lines: 95 },
    },
  },
});
