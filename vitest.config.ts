import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    // Lookups need the outlet table provided (see lib/outlets/table.ts).
    setupFiles: ['test/support/outlets.ts'],
    // Two cores here: more workers only add contention.
    maxWorkers: 2,
    // A test's time limit guards against hangs, not speed (speed is npm run bench): on a busy
    // 2-core machine the 5 s default fails tests that pass alone in under a second.
    testTimeout: 30_000,
  },
});
