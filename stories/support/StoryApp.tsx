/**
 * The app's providers around a story, talking to the Plugin API of mocks/plugin-api through msw (the
 * handlers are the story's `parameters.msw.handlers`, served by the loader in .storybook/preview.tsx).
 */
import { useState, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApiQueryClient } from '../../src/api-client';
import { createMockApi, type MockApi, type MockApiOptions } from '../../mocks/plugin-api';
import { AppProviders, flushRouterUpdate, THEME_STORAGE_KEY } from '../../src/app';
import { PluginSlotProvider } from '../../src/slots';
import { createStoryServices } from './storyServices';
import { STORY_USER } from './storyScope';
import { useStoryTheme } from './storyTheme';

/** A mock API signed in as alice, for one story: hand `handlers` to `parameters.msw`, `client` to StoryApp. */
export function createStoryApi(options: MockApiOptions = {}): MockApi {
  return createMockApi({ signInAs: 'alice', signedInAs: 'alice', ...options });
}

export interface StoryAppProps {
  api: MockApi;
  /** Rendered inside a memory router at `path`; or give `routes`. */
  children?: ReactNode;
  routes?: RouteObject[];
  path?: string;
  safeMode?: boolean;
}

export function StoryApp({ api, children, routes, path = '/', safeMode = false }: StoryAppProps) {
  const theme = useStoryTheme();
  // The app's ThemeProvider reads the stored choice once; the toolbar's theme wins by remounting.
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // No storage: the app follows the system theme.
  }
  return (
    <StoryAppTree key={theme} api={api} routes={routes} path={path} safeMode={safeMode} theme={theme}>
      {children}
    </StoryAppTree>
  );
}

function StoryAppTree({
  api,
  children,
  routes,
  path,
  safeMode,
  theme,
}: Required<Pick<StoryAppProps, 'api' | 'path' | 'safeMode'>> &
  Pick<StoryAppProps, 'children' | 'routes'> & { theme: 'light' | 'dark' }) {
  const [queryClient] = useState(() => {
    const client = createApiQueryClient();
    // Stories show a state at once: no retries hiding the error state, no refetch on focus.
    client.setDefaultOptions({
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    });
    return client;
  });
  const [services] = useState(() => createStoryServices());
  const [router] = useState(() =>
    createMemoryRouter(routes ?? [{ path: '*', element: children }], { initialEntries: [path] }),
  );
  return (
    <AppProviders auth={api.auth} queryClient={queryClient} client={api.client}>
      <PluginSlotProvider services={services} user={STORY_USER} theme={theme} safeMode={safeMode}>
        <RouterProvider router={router} flushSync={flushRouterUpdate} />
      </PluginSlotProvider>
    </AppProviders>
  );
}
