import type { Meta, StoryObj } from '@storybook/react-vite';
import type { RouteObject } from 'react-router';
import { http, HttpResponse } from 'msw';
import { createMockDatabase, type MockApi } from '../../mocks/plugin-api';
import {
  CatalogFoldersPage,
  InstalledPluginsPage,
  MarketplaceBrowsePage,
  MarketplaceLayout,
  PluginDetailPage,
  loadPluginEditorRoute,
  PreviewFromUrlPage,
} from '../../src/marketplace';
import { createStoryApi, StoryApp } from '../support/StoryApp';
import { catalogFolderHandlers, noFolders, watchedFolders } from './catalogFolderAnswers';
import { stockWatchJobHandlers } from './stockWatchJobs';

/**
 * The marketplace pages against the mock Plugin API (mocks/plugin-api) in each scenario: the seeded
 * catalog, a slow answer (loading), no plugins at all, a failing API, and updates for every install.
 */
const meta = {
  title: 'Marketplace/Pages',
  tags: ['marketplace'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const outside = (
  <p className="story-host__note">This link leaves the marketplace; in the app it opens another page.</p>
);

// The marketplace's own routes, as the app mounts them under /marketplace.
const routes: RouteObject[] = [
  {
    path: '/marketplace',
    element: <MarketplaceLayout />,
    children: [
      { index: true, element: <MarketplaceBrowsePage /> },
      { path: 'installed', element: <InstalledPluginsPage /> },
      { path: 'preview', element: <PreviewFromUrlPage /> },
      { path: 'folders', element: <CatalogFoldersPage /> },
      { path: 'new', lazy: loadPluginEditorRoute },
      { path: 'plugins/:id', element: <PluginDetailPage /> },
      { path: 'plugins/:id/edit', lazy: loadPluginEditorRoute },
    ],
  },
  { path: '*', element: outside },
];

function pageStory(api: MockApi, path: string): Story {
  return {
    parameters: { msw: { handlers: api.handlers }, layout: 'fullscreen' },
    render: () => <StoryApp api={api} routes={routes} path={path} />,
  };
}

export const Browse: Story = { name: 'Browse', ...pageStory(createStoryApi(), '/marketplace') };

export const BrowseLoading: Story = {
  name: 'Browse: loading',
  ...pageStory(createStoryApi({ scenario: 'slow', latencyMs: 8_000 }), '/marketplace'),
};

export const BrowseEmpty: Story = {
  name: 'Browse: empty catalog',
  ...pageStory(createStoryApi({ scenario: 'empty' }), '/marketplace'),
};

export const BrowseError: Story = {
  name: 'Browse: error',
  ...pageStory(createStoryApi({ scenario: 'error' }), '/marketplace'),
};

/** The catalog answers but the user's installed list does not: the cards show, a notice offers a retry. */
function installedListFails(path: string): Story {
  const api = createStoryApi();
  const refuse = http.get('*/api/v1/plugins/installed', () =>
    HttpResponse.json(
      {
        success: false,
        message: 'The server could not read your installed plugins.',
        error: 'INTERNAL_ERROR',
      },
      { status: 500 },
    ),
  );
  return {
    parameters: { msw: { handlers: [refuse, ...api.handlers] }, layout: 'fullscreen' },
    render: () => <StoryApp api={api} routes={routes} path={path} />,
  };
}

export const BrowseInstalledListFailed: Story = {
  name: 'Browse: the installed list failed',
  ...installedListFails('/marketplace'),
};

export const BrowseUpdatesInstalledListFailed: Story = {
  name: 'Browse: updates filter, the installed list failed',
  ...installedListFails('/marketplace?state=updates'),
};

export const Installed: Story = {
  name: 'Installed',
  ...pageStory(createStoryApi(), '/marketplace/installed'),
};

export const InstalledUpdateAvailable: Story = {
  name: 'Installed: update available',
  ...pageStory(createStoryApi({ scenario: 'updateAvailable' }), '/marketplace/installed'),
};

/** Alice with Stock Watch installed: its jobs (run now, schedules) and the switch for her AI assistants. */
function stockWatchStory(): Story {
  const db = createMockDatabase();
  db.install(db.findUser('alice')!.id, 'stock-watch');
  const api = createStoryApi({ db });
  return {
    parameters: { msw: { handlers: [...stockWatchJobHandlers, ...api.handlers] }, layout: 'fullscreen' },
    render: () => <StoryApp api={api} routes={routes} path="/marketplace/installed" />,
  };
}

export const InstalledJobsAndAssistants: Story = {
  name: 'Installed: jobs and AI assistants',
  ...stockWatchStory(),
};

export const InstalledEmpty: Story = {
  name: 'Installed: empty',
  ...pageStory(createStoryApi({ scenario: 'empty' }), '/marketplace/installed'),
};

export const InstalledError: Story = {
  name: 'Installed: error',
  ...pageStory(createStoryApi({ scenario: 'error' }), '/marketplace/installed'),
};

export const Detail: Story = {
  name: 'Plugin detail with live preview',
  ...pageStory(createStoryApi(), '/marketplace/plugins/asset-health-card'),
};

export const DetailUpdateAvailable: Story = {
  name: 'Plugin detail: update available',
  ...pageStory(createStoryApi(), '/marketplace/plugins/bob-loan-tracker'),
};

export const DetailJobsAndAssistants: Story = {
  name: 'Plugin detail: jobs and AI assistants',
  ...pageStory(createStoryApi(), '/marketplace/plugins/stock-watch'),
};

/** The administrators' view of the server's plugin folders (the mock leaves those routes to the server). */
function foldersStory(report: typeof watchedFolders): Story {
  const api = createStoryApi();
  return {
    parameters: {
      msw: { handlers: [...catalogFolderHandlers(report), ...api.handlers] },
      layout: 'fullscreen',
    },
    render: () => <StoryApp api={api} routes={routes} path="/marketplace/folders" />,
  };
}

export const PluginFolders: Story = {
  name: 'Plugin folders (administrators)',
  ...foldersStory(watchedFolders),
};

export const PluginFoldersNone: Story = {
  name: 'Plugin folders: none configured',
  ...foldersStory(noFolders),
};

export const Create: Story = {
  name: 'Create a plugin (editor)',
  ...pageStory(createStoryApi(), '/marketplace/new'),
};
