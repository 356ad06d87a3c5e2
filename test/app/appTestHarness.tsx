/**
 * Shared set-up of the app's component tests: the Plugin API in memory (msw handlers of src/api-client),
 * a real API client signed in as a seeded user, and the app's providers around a memory router.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { setupServer, type SetupServer } from 'msw/node';
import {
  createApiClient,
  createApiQueryClient,
  createMemoryAuth,
  type AuthSource,
} from '../../src/api-client';
import {
  createMockDatabase,
  createPluginApiHandlers,
  type MockDatabase,
  type MockDatabaseSeed,
} from '../../mocks/plugin-api';
import { AppProviders, flushRouterUpdate } from '../../src/app';

export interface MockApi {
  db: MockDatabase;
  server: SetupServer;
}

/** Starts msw for one test file; `reset(seed)` gives every test a fresh database. */
export function setupMockApi(): { current: () => MockApi; reset(seed?: MockDatabaseSeed): MockDatabase } {
  let api: MockApi | null = null;
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    current: () => {
      if (!api) throw new Error('call reset() in beforeEach first');
      return api;
    },
    reset(seed) {
      const db = createMockDatabase(seed);
      server.resetHandlers(...createPluginApiHandlers({ db }));
      api = { db, server };
      return db;
    },
  };
}

export interface RenderAppOptions {
  db: MockDatabase;
  /** Signed in as this seeded user; `null` for a signed-out visit. */
  user?: string | null;
  /** Routes to mount; default: the element at `/`. */
  routes?: RouteObject[];
  element?: ReactElement;
  path?: string;
}

export function renderWithApp({ db, user = 'alice', routes, element, path = '/' }: RenderAppOptions) {
  const auth: AuthSource = createMemoryAuth({ initialToken: user ? db.tokenFor(user) : null });
  const client = createApiClient({ baseUrl: 'http://localhost/api/v1', auth });
  const queryClient = createApiQueryClient();
  queryClient.setDefaultOptions({
    queries: { retry: false, staleTime: 30_000 },
    mutations: { retry: false },
  });
  const router = createMemoryRouter(routes ?? [{ path: '*', element }], { initialEntries: [path] });
  const view = render(
    <AppProviders auth={auth} queryClient={queryClient} client={client}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
    </AppProviders>,
  );
  return { ...view, auth, client, queryClient, router };
}
