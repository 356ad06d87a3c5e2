import type { RouteObject } from 'react-router';
import {
  InstalledPluginsPage,
  MarketplaceBrowsePage,
  MarketplaceLayout,
  PluginDetailPage,
  PreviewFromUrlPage,
  loadPluginEditorRoute,
} from '../marketplace';
import { AppLayout } from './AppLayout';
import { AssetDetailPage } from './pages/AssetDetailPage';
import { AssetsPage } from './pages/AssetsPage';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PluginPage } from './pages/PluginPage';
import { SignInPage } from './pages/SignInPage';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';
import { Skeleton } from '../ui';

/**
 * Shown while the editor's code loads when the app is opened on an editor address; without it React Router
 * renders nothing at all (and warns) until the chunk arrives.
 */
const editorLoading = (
  <div className="card">
    <Skeleton lines={8} label="Loading the editor" />
  </div>
);

/** Every route of the SPA; `createAppRouter` uses it with a browser history, tests with a memory one. */
export function createAppRoutes(): RouteObject[] {
  return [
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    {
      element: <RequireSession />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <DashboardPage /> },
            { path: 'assets', element: <AssetsPage /> },
            { path: 'assets/:id', element: <AssetDetailPage /> },
            // The Invenicum app's full-page plugin route (lib/core/routing/app_router.dart).
            { path: 'plugins/:pluginId', element: <PluginPage /> },
            {
              path: 'marketplace',
              element: <MarketplaceLayout />,
              children: [
                { index: true, element: <MarketplaceBrowsePage /> },
                { path: 'installed', element: <InstalledPluginsPage /> },
                { path: 'preview', element: <PreviewFromUrlPage /> },
                { path: 'new', lazy: loadPluginEditorRoute, hydrateFallbackElement: editorLoading },
                { path: 'plugins/:id', element: <PluginDetailPage /> },
                {
                  path: 'plugins/:id/edit',
                  lazy: loadPluginEditorRoute,
                  hydrateFallbackElement: editorLoading,
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
