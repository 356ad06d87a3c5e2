import type { QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { flushRouterUpdate } from './flushRouterUpdate';
import {
  ApiClientProvider,
  createApiClient,
  createApiQueryClient,
  createMemoryAuth,
  type ApiClient,
  type AuthSource,
} from '../api-client';
import { AppConfigContext, DEFAULT_APP_CONFIG, type AppConfig } from './AppConfig';
import { createAppRoutes } from './routes';
import { SessionProvider } from './SessionProvider';
import { ThemeProvider } from './ThemeProvider';
import { ConfirmProvider, ToastProvider } from '../ui';

export interface AppProvidersProps {
  children: ReactNode;
  auth: AuthSource;
  queryClient: QueryClient;
  config?: AppConfig;
  /** Inject a client (tests); otherwise one is created for `config.apiBaseUrl`. */
  client?: ApiClient;
}

export function createAppQueryClient(): QueryClient {
  const queryClient = createApiQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, refetchOnWindowFocus: false },
  });
  return queryClient;
}

/** Everything a page needs around it: config, session, API client, query cache, theme, toasts, confirm. */
export function AppProviders({
  children,
  auth,
  queryClient,
  config = DEFAULT_APP_CONFIG,
  client,
}: AppProvidersProps) {
  const [apiClient] = useState(
    () =>
      client ??
      createApiClient({
        baseUrl: config.apiBaseUrl,
        profile: config.apiProfile,
        catalogIndexUrl: config.catalogIndexUrl,
        auth,
      }),
  );
  return (
    <AppConfigContext.Provider value={config}>
      <SessionProvider auth={auth}>
        <ApiClientProvider client={apiClient} queryClient={queryClient}>
          <ThemeProvider>
            <ToastProvider>
              <ConfirmProvider>{children}</ConfirmProvider>
            </ToastProvider>
          </ThemeProvider>
        </ApiClientProvider>
      </SessionProvider>
    </AppConfigContext.Provider>
  );
}

export function createAppRouter() {
  return createBrowserRouter(createAppRoutes());
}

/** The SPA: a session that survives reloads of this tab (sessionStorage, never localStorage). */
export function App({ config = DEFAULT_APP_CONFIG }: { config?: AppConfig }) {
  const [auth] = useState(() => createMemoryAuth({ persist: 'session' }));
  const [queryClient] = useState(createAppQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <AppProviders auth={auth} queryClient={queryClient} config={config}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
    </AppProviders>
  );
}
