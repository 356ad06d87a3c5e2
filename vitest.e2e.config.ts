import { defineConfig } from 'vitest/config';

// End-to-end tests: real `npm start` server, real Chromium (Debian's) through playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
