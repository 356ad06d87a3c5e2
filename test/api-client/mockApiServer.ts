import { setupServer } from 'msw/node';
import { createApiClient, createMemoryAuth, type ApiClientOptions } from '../../src/api-client';
import {
  createMockDatabase,
  createPluginApiHandlers,
  type MockDatabase,
  type PluginApiHandlerOptions,
} from '../../src/api-client/mock';

/** One msw server per test file; each test installs the handlers over its own fresh database. */
export function setupMockApiServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export function setupMockApi(
  server: ReturnType<typeof setupServer>,
  options: {
    signedInAs?: string;
    handlers?: Omit<PluginApiHandlerOptions, 'db'>;
    client?: Omit<ApiClientOptions, 'auth'>;
  } = {},
) {
  const db: MockDatabase = createMockDatabase();
  server.use(...createPluginApiHandlers({ db, ...options.handlers }));
  const auth = createMemoryAuth({
    initialToken: options.signedInAs ? db.tokenFor(options.signedInAs) : null,
  });
  const client = createApiClient({ auth, ...options.client });
  return { db, auth, client };
}
