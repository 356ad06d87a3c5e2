import { Hono, type Context } from 'hono';
import type { AppServices } from '../appServices';
import { emptyFolderStatus } from '../catalog/index';
import { ApiError } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';

/** The folders' state as an administrator reads it: what is registered, what is refused and why. */
function folderReport(services: AppServices) {
  if (!services.catalogFolders) {
    return {
      configured: false,
      message:
        'Set STAC_WEB_PLUGIN_DIRS to one or more folders (separated by commas) and restart the server; each sub-folder with a plugin.json becomes a catalog plugin.',
      ...emptyFolderStatus([]),
    };
  }
  return { configured: true, ...services.catalogFolders.status() };
}

function requireAdmin(c: Context<AppEnv>, services: AppServices): void {
  if (!services.admins.has(c.get('user').username.toLowerCase()))
    throw new ApiError(
      403,
      'PERMISSION_DENIED',
      'Only administrators see the plugin folders; an administrator is a username listed in STAC_WEB_ADMINS.',
    );
}

/** `/api/v1/catalog/folders`: the plugin folders report and a rescan, for administrators. */
export function catalogFolderRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/folders', (c) => {
    requireAdmin(c, services);
    return c.json(folderReport(services));
  });
  routes.post('/folders/rescan', async (c) => {
    requireAdmin(c, services);
    await services.catalogFolders?.rescan();
    return c.json(folderReport(services));
  });
  return routes;
}
