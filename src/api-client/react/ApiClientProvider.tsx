import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { isApiError } from '../ApiError';
import type { ApiClient } from '../createApiClient';
import { authKeys } from '../queryKeys';

const ApiClientContext = createContext<ApiClient | null>(null);

/**
 * A QueryClient with defaults that suit this API: failures a retry cannot fix (4xx, invalid answers,
 * cancellation) are not retried; network trouble and 5xx are retried twice.
 */
export function createApiQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryApiError, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

export function shouldRetryApiError(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return isApiError(error) ? error.isTransient : true;
}

export interface ApiClientProviderProps {
  client: ApiClient;
  /** Default: one `createApiQueryClient()` for the provider's lifetime. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** Makes the client and its query cache available to the hooks below it. */
export function ApiClientProvider({ client, queryClient, children }: ApiClientProviderProps) {
  const [ownQueryClient] = useState(() => queryClient ?? createApiQueryClient());
  const activeQueryClient = queryClient ?? ownQueryClient;

  // A 401 means the session is gone: `useMe` turns null so the app can show sign-in. The user's other
  // cached data is dropped at the next login (useLogin), not here, so that screens still mounted do not
  // see their queries vanish under them.
  useEffect(
    () => client.subscribeUnauthenticated(() => activeQueryClient.setQueryData(authKeys.me(), null)),
    [client, activeQueryClient],
  );

  return (
    <ApiClientContext.Provider value={client}>
      <QueryClientProvider client={activeQueryClient}>{children}</QueryClientProvider>
    </ApiClientContext.Provider>
  );
}

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) throw new Error('`useApiClient` must be used within `ApiClientProvider`.');
  return client;
}
