import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core, WebDriver BiDi)
// with the built extension; one browser at a time.
export default defineConfig({
  resolve: { alias: { '@': new URL('./', import.meta.url).pathname } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
