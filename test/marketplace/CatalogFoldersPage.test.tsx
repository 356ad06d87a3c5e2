import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createAppRoutes } from '../../src/app';
import { renderWithApp, setupMockApi } from '../app/appTestHarness';

const api = setupMockApi();

const report = {
  configured: true,
  dirs: ['/srv/plugins'],
  watching: true,
  scans: 1,
  scannedAt: '2026-12-04T10:00:00.000Z',
  registered: [
    {
      id: 'shelf-label',
      name: 'Shelf Label',
      version: '1.2.0',
      author: 'acme',
      path: '/srv/plugins/shelf-label/plugin.json',
      change: 'registered',
    },
  ],
  refused: [
    {
      path: '/srv/plugins/broken/plugin.json',
      id: 'broken',
      code: 'invalid_plugin',
      message: 'Fix the listed issues; the plugin is not registered until it passes strict validation.',
      issues: [
        {
          code: 'unknown_widget',
          severity: 'error',
          path: 'ui.children[1]',
          message: 'unknown widget "txet"',
          hint: 'did you mean "text"?',
        },
      ],
    },
  ],
  removed: [],
  error: null,
};

/** The server's answers for an administrator (and `/auth/me` saying so). */
function serveAdmin(answer: object, rescanned: object = answer) {
  let rescans = 0;
  api.current().server.use(
    http.get('*/api/v1/auth/me', () =>
      HttpResponse.json({ user: { id: 1, username: 'alice', name: 'Alice', isAdmin: true } }),
    ),
    http.get('*/api/v1/catalog/folders', () => HttpResponse.json(answer)),
    http.post('*/api/v1/catalog/folders/rescan', () => {
      rescans += 1;
      return HttpResponse.json(rescanned);
    }),
  );
  return { rescans: () => rescans };
}

describe('plugin folders page (administrators)', () => {
  beforeEach(() => {
    api.reset();
  });

  it('lists the folders, the registered plugins and each refused file with its issues where they sit', async () => {
    serveAdmin(report);
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/installed' });
    // The marketplace's code loads on demand.
    const nav = await screen.findByRole('navigation', { name: 'Marketplace' });
    await userEvent.setup().click(await within(nav).findByRole('link', { name: 'Plugin folders' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Plugin folders' })).toBeInTheDocument();
    // The page's heading shows at once; the report once it has loaded.
    const folders = await screen.findByRole('list', { name: 'Watched folders' });
    expect(within(folders).getByText('/srv/plugins')).toBeVisible();
    const registered = screen.getByRole('table', { name: 'Registered plugins' });
    expect(within(registered).getByRole('rowheader')).toHaveTextContent('Shelf Label (shelf-label)');
    expect(within(registered).getByText('/srv/plugins/shelf-label/plugin.json')).toBeVisible();

    const refusal = screen.getByRole('article', { name: '/srv/plugins/broken/plugin.json' });
    expect(refusal).toHaveTextContent('invalid_plugin Fix the listed issues');
    const issue = within(refusal).getByRole('listitem');
    expect(issue).toHaveTextContent(
      'ui.children[1] unknown_widget unknown widget "txet" (did you mean "text"?)',
    );
  });

  it('rescans on "Rescan" and shows the new report', async () => {
    const user = userEvent.setup();
    const server = serveAdmin(report, { ...report, scans: 2, refused: [] });
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/folders' });
    await screen.findByRole('article', { name: '/srv/plugins/broken/plugin.json' });
    await user.click(screen.getByRole('button', { name: 'Rescan' }));
    expect(await screen.findByText('Nothing refused: every plugin file was registered.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Refused (0)' })).toBeVisible();
    expect(server.rescans()).toBe(1);
  });

  it('says what to set when no folder is configured, without a Rescan button', async () => {
    serveAdmin({
      ...report,
      configured: false,
      dirs: [],
      registered: [],
      refused: [],
      message:
        'Set STAC_WEB_PLUGIN_DIRS to one or more folders (separated by commas) and restart the server.',
    });
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/folders' });
    expect(await screen.findByText('No plugin folders are configured.')).toBeVisible();
    expect(screen.getByText(/Set STAC_WEB_PLUGIN_DIRS to one or more folders/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Rescan' })).toBeNull();
  });

  it('shows a failed load with the reason and loads again on Retry', async () => {
    const user = userEvent.setup();
    let calls = 0;
    serveAdmin(report);
    api.current().server.use(
      http.get('*/api/v1/catalog/folders', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json(
              { success: false, error: 'SERVICE_UNAVAILABLE', message: 'The database is busy; try again.' },
              { status: 503 },
            )
          : HttpResponse.json(report);
      }),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/folders' });
    // The page's own alert (the toast stack is one too).
    const alert = (await screen.findByText('The plugin folders could not be loaded.')).closest(
      '[role="alert"]',
    );
    expect(alert).toHaveTextContent('The database is busy; try again.');
    await user.click(within(alert as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Registered plugins' })).toBeVisible();
  });
});

describe('plugin folders page (everyone else)', () => {
  beforeEach(() => {
    api.reset();
  });

  it('offers no link, and the address shows the refusal of the API', async () => {
    api.current().server.use(
      http.get('*/api/v1/catalog/folders', () =>
        HttpResponse.json(
          {
            success: false,
            error: 'PERMISSION_DENIED',
            message:
              'Only administrators see the plugin folders; an administrator is a username listed in STAC_WEB_ADMINS.',
          },
          { status: 403 },
        ),
      ),
    );
    renderWithApp({ db: api.current().db, routes: createAppRoutes(), path: '/marketplace/folders' });
    const title = await screen.findByText('Only administrators see the plugin folders.');
    expect(title.closest('[role="alert"]')).toHaveTextContent('STAC_WEB_ADMINS');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    const nav = await screen.findByRole('navigation', { name: 'Marketplace' });
    await waitFor(() => expect(within(nav).getAllByRole('link')).toHaveLength(4));
    expect(within(nav).queryByRole('link', { name: 'Plugin folders' })).toBeNull();
  });
});
