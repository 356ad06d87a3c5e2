import { defineConfig } from 'vitest/config';

// End-to-end tests: real `npm start` server, real Chromium (Debian's) through playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    globals: true,
    // `*.browser.test.tsx` files elsewhere in test/ measure layout in Chromium; they run here, with the browser.
    include: ['test/e2e/**/*.test.ts', 'test/**/*.browser.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll gives up after 1 s by default; a browser under load can take longer to settle.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
  },
});
