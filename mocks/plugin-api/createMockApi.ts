import {
  createApiClient,
  createMemoryAuth,
  type ApiClient,
  type ApiClientOptions,
  type AuthSource,
} from '../../src/api-client';
import { createMockDatabase, type MockDatabase } from './createMockDatabase';
import { createPluginApiHandlers, type PluginApiHandlerOptions } from './createPluginApiHandlers';
import type { HttpHandler } from 'msw';

export interface MockApiOptions extends PluginApiHandlerOptions {
  /** Start the client signed in as this seeded user (`alice`, `bob`). */
  signInAs?: string;
  /** Client options other than the auth source (which is created here). */
  client?: Omit<ApiClientOptions, 'auth'>;
}

export interface MockApi {
  db: MockDatabase;
  /** Give these to msw: `setupServer(...handlers)` in tests, `setupWorker(...handlers)` in Storybook. */
  handlers: HttpHandler[];
  auth: AuthSource;
  client: ApiClient;
}

/** Database, handlers and a matching client in one call, for a story or a component test. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const { signInAs, client: clientOptions, ...handlerOptions } = options;
  const db = handlerOptions.db ?? createMockDatabase();
  const handlers = createPluginApiHandlers({ ...handlerOptions, db });
  const auth = createMemoryAuth({ initialToken: signInAs ? db.tokenFor(signInAs) : null });
  const client = createApiClient({ baseUrl: handlerOptions.baseUrl, ...clientOptions, auth });
  return { db, handlers, auth, client };
}
