/**
 * The reference server's administration of plugin folders, for the Plugin folders stories. The mock API leaves
 * these routes to the real server (they read the server's disk), so a story answers them itself, signed in as an
 * administrator; every other route is the mock's.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { CatalogFolderReport } from '../../src/api-client';

const scannedAt = '2026-12-04T09:30:00.000Z';

/** Two folders: two plugins registered, one file refused with its issues, one removed since the last scan. */
export const watchedFolders: CatalogFolderReport = {
  configured: true,
  dirs: ['/srv/stac-web/plugins', '/home/dora/plugins'],
  watching: true,
  scans: 3,
  scannedAt,
  registered: [
    {
      id: 'shelf-label',
      name: 'Shelf Label',
      version: '1.2.0',
      author: 'acme',
      path: '/srv/stac-web/plugins/shelf-label/plugin.json',
      change: 'updated',
    },
    {
      id: 'cycle-count',
      name: 'Cycle Count',
      version: '0.3.1',
      author: 'dora',
      path: '/home/dora/plugins/cycle-count/plugin.json',
      change: 'registered',
    },
  ],
  refused: [
    {
      path: '/home/dora/plugins/broken-badge/plugin.json',
      id: 'broken-badge',
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
        {
          code: 'invalid_url',
          severity: 'error',
          path: 'ui.children[2].src',
          message: 'the URL scheme "javascript:" is not allowed',
        },
      ],
    },
  ],
  removed: ['old-clock'],
  error: null,
};

export const noFolders: CatalogFolderReport = {
  configured: false,
  message:
    'Set STAC_WEB_PLUGIN_DIRS to one or more folders (separated by commas) and restart the server; each sub-folder with a plugin.json becomes a catalog plugin.',
  dirs: [],
  watching: false,
  scans: 0,
  scannedAt: null,
  registered: [],
  refused: [],
  removed: [],
  error: null,
};

/** Handlers to put before the mock's: alice as an administrator, and the folder report (rescan answers it too). */
export function catalogFolderHandlers(report: CatalogFolderReport): HttpHandler[] {
  return [
    http.get('*/api/v1/auth/me', () =>
      HttpResponse.json({ user: { id: 1, username: 'alice', name: 'Alice Admin', isAdmin: true } }),
    ),
    http.get('*/api/v1/catalog/folders', () => HttpResponse.json(report)),
    http.post('*/api/v1/catalog/folders/rescan', () =>
      HttpResponse.json({ ...report, scans: report.scans + 1 }),
    ),
  ];
}
