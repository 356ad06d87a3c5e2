import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompressAssets } from './scripts/precompressAssets.mjs';
import { iconFiles } from './scripts/viteIconFiles.ts';

// One config for the app build, the dev server and the unit/component/server tests.
// End-to-end tests in real Chromium have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [react(), iconFiles(), precompressAssets()],
  server: {
    host: '127.0.0.1',
    proxy: {
      // `npm run dev` talks to a reference server started with `npm start` (default port 8080).
      '/api': process.env.STAC_WEB_API ?? 'http://127.0.0.1:8080',
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // The sizes that matter are held by gzip budgets (test/scripts/bundleSizes.test.ts); Vite's warning
    // about minified chunks over 500 kB only repeated itself on every `npm start`.
    chunkSizeWarningLimit: 1200,
    // Precompression (Brotli at its top quality, once per build) is slow on purpose.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    globals: true,
    // Ceilings for tests that wait on conditions, set for a loaded 2-core machine (see test/setup-dom.ts):
    // a passing test takes no longer for them. Timings are measured by `npm run bench`, not asserted here.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: a request to a local server can take longer on a loaded
    // machine, so a poll without its own timeout waits as long as findBy* does (test/setup-dom.ts).
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [
            'test/server/**',
            'test/e2e/**',
            'test/node/**',
            'test/scripts/**',
            'test/**/*.browser.test.{ts,tsx}',
          ],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/server/**/*.test.ts', 'test/node/**/*.test.{ts,tsx}', 'test/scripts/**/*.test.ts'],
          // Several server processes on one database: PostgreSQL only (see node-postgres).
          exclude: ['test/server/postgres/**'],
        },
      },
      {
        // The server tests once more on a throwaway PostgreSQL (started by the global setup; needs Debian's
        // postgresql). Tests of code that never touches the database run once, in `node`.
        extends: true,
        test: {
          name: 'node-postgres',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          exclude: [
            'test/server/safeFetch.test.ts',
            'test/server/ipAddressPolicy.test.ts',
            // A second process locking the database file: SQLite only.
            'test/server/sqlite/**',
            // Icons come from files, never from the database.
            'test/server/http/iconFiles.test.ts',
          ],
          env: { STAC_WEB_TEST_DB: 'postgres' },
          globalSetup: ['test/server/helpers/postgresGlobalSetup.ts'],
        },
      },
    ],
  },
});
