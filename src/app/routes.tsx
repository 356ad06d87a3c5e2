import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';
import { SignInPage } from './pages/SignInPage';
import { Skeleton } from '../ui';

const loading = (label: string) => (
  <div className="card">
    <Skeleton lines={8} label={label} />
  </div>
);

/**
 * A page whose code is downloaded when it is first drawn, with a placeholder until then. React's `lazy`
 * rather than the router's `lazy`: the router loads the code of every route an address matches before any
 * of them renders, so a signed-out visitor of `/` would download the dashboard before `RequireSession` sends
 * them to the sign-in page. Later navigations run in a transition, so the current page stays until the next
 * one is ready. A chunk that fails to load is a render error: the route's error page says what to do.
 */
function onDemand<M>(load: () => Promise<M>, pick: (module: M) => ComponentType, placeholder: ReactNode) {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return (
    <Suspense fallback={placeholder}>
      <Page />
    </Suspense>
  );
}

const page = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) =>
  onDemand(load, pick, loading('Loading the page'));
const marketplace = () => import('../marketplace');
const editor = async () => (await (await marketplace()).loadPluginEditorRoute()).Component;

/**
 * Every route of the SPA; `createAppRouter` uses it with a browser history, tests with a memory one. Only the
 * sign-in page and the session check are in the first download (budget in scripts/bundleSizes.ts): the layout
 * with its plugin slots, the host pages and the marketplace bring the renderer and the schema with them.
 */
export function createAppRoutes(): RouteObject[] {
  return [
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    {
      element: <RequireSession />,
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: page(
            () => import('./AppLayout'),
            (module) => module.AppLayout,
          ),
          children: [
            {
              index: true,
              element: page(
                () => import('./pages/DashboardPage'),
                (module) => module.DashboardPage,
              ),
            },
            {
              path: 'assets',
              element: page(
                () => import('./pages/AssetsPage'),
                (module) => module.AssetsPage,
              ),
            },
            {
              path: 'assets/:id',
              element: page(
                () => import('./pages/AssetDetailPage'),
                (module) => module.AssetDetailPage,
              ),
            },
            // The Invenicum app's full-page plugin route (lib/core/routing/app_router.dart).
            {
              path: 'plugins/:pluginId',
              element: page(
                () => import('./pages/PluginPage'),
                (module) => module.PluginPage,
              ),
            },
            {
              path: 'marketplace',
              element: page(marketplace, (module) => module.MarketplaceLayout),
              children: [
                { index: true, element: page(marketplace, (module) => module.MarketplaceBrowsePage) },
                { path: 'installed', element: page(marketplace, (module) => module.InstalledPluginsPage) },
                { path: 'preview', element: page(marketplace, (module) => module.PreviewFromUrlPage) },
                { path: 'folders', element: page(marketplace, (module) => module.CatalogFoldersPage) },
                {
                  path: 'new',
                  element: onDemand(editor, (component) => component, loading('Loading the editor')),
                },
                { path: 'plugins/:id', element: page(marketplace, (module) => module.PluginDetailPage) },
                {
                  path: 'plugins/:id/edit',
                  element: onDemand(editor, (component) => component, loading('Loading the editor')),
                },
              ],
            },
            {
              path: '*',
              element: page(
                () => import('./pages/NotFoundPage'),
                (module) => module.NotFoundPage,
              ),
            },
          ],
        },
      ],
    },
  ];
}
