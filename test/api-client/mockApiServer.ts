import { setupServer } from 'msw/node';
import type { ApiClientOptions } from '../../src/api-client';
import { createMockApi, type PluginApiHandlerOptions } from '../../mocks/plugin-api';

/** One msw server per test file; each test installs the handlers over its own fresh database. */
export function setupMockApiServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Fresh database + handlers on `server`, and a client (signed in as `signedInAs` when given). */
export function setupMockApi(
  server: ReturnType<typeof setupServer>,
  options: {
    signedInAs?: string;
    handlers?: Omit<PluginApiHandlerOptions, 'db'>;
    client?: Omit<ApiClientOptions, 'auth'>;
  } = {},
) {
  const { db, handlers, auth, client } = createMockApi({
    ...options.handlers,
    signInAs: options.signedInAs,
    client: options.client,
  });
  server.use(...handlers);
  return { db, auth, client };
}
