import type { HttpHandler } from 'msw';
import { createMockDatabase, type MockDatabase } from './createMockDatabase';
import { createMockRouter } from './mockRouter';
import { authRoutes } from './routes/authRoutes';
import { catalogRoutes } from './routes/catalogRoutes';
import { hostRoutes } from './routes/hostRoutes';
import { installRoutes } from './routes/installRoutes';
import { jobRoutes } from './routes/jobRoutes';
import { userPluginRoutes } from './routes/userPluginRoutes';
import { applyScenario, type MockScenario } from './scenarios';

export type { MockScenario } from './scenarios';

/**
 * msw handlers that implement the Plugin API contract in memory, with the reference server's semantics:
 * the same routes under the same base, the same views (`isInstalled`, `hasUpdate`, `latestVersion`, ...),
 * the same status codes and error codes (`{ success: false, message, error }`), strict STAC validation
 * with `issues`, and 401 without a live token. Component tests and Storybook use it; the real server is
 * tested over real HTTP in test/server.
 */

export interface PluginApiHandlerOptions {
  /** The data behind the handlers; share one with the test to arrange and inspect. Default: fresh seed. */
  db?: MockDatabase;
  /** Where the API is mounted (default `/api/v1`, any origin). */
  baseUrl?: string;
  /** Delay before each answer in ms (default 0; 1500 for the `slow` scenario). */
  latencyMs?: number;
  /**
   * Story presets: `empty` (no plugins at all), `error` (every call fails with 500), `slow` (1.5 s per
   * call), `updateAvailable` (every user has every public plugin installed, and each has a newer version).
   */
  scenario?: MockScenario;
  /** Treat requests without a token as this user (stories without a sign-in step). */
  signedInAs?: string;
}

export function createPluginApiHandlers(options: PluginApiHandlerOptions = {}): HttpHandler[] {
  const db = options.db ?? createMockDatabase();
  const scenario = options.scenario ?? 'default';
  applyScenario(db, scenario);
  const kit = createMockRouter({
    db,
    scenario,
    latencyMs: options.latencyMs ?? (scenario === 'slow' ? 1500 : 0),
    baseUrl: options.baseUrl ?? '/api/v1',
    signedInAs: options.signedInAs,
  });
  // Order matters: msw answers with the first match, so fixed paths (/plugins/installed, /plugins/community)
  // come before /plugins/:id, and the catch-all 404 of hostRoutes comes last.
  return [
    ...authRoutes(kit),
    ...userPluginRoutes(kit),
    ...installRoutes(kit),
    ...catalogRoutes(kit),
    ...jobRoutes(kit),
    ...hostRoutes(kit),
  ];
}
