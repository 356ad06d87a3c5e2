/**
 * The host's side on an Invenicum backend: the inventory's items as assets (read only from here), and the
 * plugin work it does not do (no job runner, no plugin events), answered as such.
 */
import { ApiError } from '../ApiError';
import type { BackendMethods } from '../apiClientTypes';
import type { InvenicumReads } from './invenicumReads';

type InventoryMethods = Pick<
  BackendMethods,
  | 'getAssets'
  | 'getAsset'
  | 'updateAsset'
  | 'reportAssetViewed'
  | 'getPluginJobs'
  | 'runPluginJob'
  | 'getPluginJobRun'
  | 'cancelPluginJobRun'
  | 'setPluginJobSchedule'
  | 'runPluginCommand'
  | 'getCatalogFolders'
  | 'rescanCatalogFolders'
>;

export function invenicumInventory({ items }: InvenicumReads): InventoryMethods {
  return {
    getAssets: items,
    async getAsset(assetId, o) {
      // There is no single-item GET for the whole inventory, only per container: read the list.
      const asset = (await items(o)).find((candidate) => candidate.id === assetId);
      if (!asset) {
        throw new ApiError({
          status: 404,
          code: 'ASSET_NOT_FOUND',
          serverMessage: `There is no item “${assetId}” in your inventory`,
          request: `GET /items/${assetId}`,
        });
      }
      return asset;
    },

    async updateAsset(assetId) {
      // Its PATCH /items/:id takes multipart form data tied to a container and raises no plugin events; this
      // client does not drive it yet (docs/invenicum.md). Edit items in the Invenicum app.
      notSupported(
        'Editing items from stac-web is not supported on an Invenicum backend yet; edit the item in the Invenicum app',
        `PATCH /items/${assetId}`,
      );
    },
    // No plugin runs work on an Invenicum backend, so there is no one to tell.
    reportAssetViewed: async () => undefined,

    // Invenicum's backend stores plugins and runs none of their work: it has no job runner, schedules or run
    // history (docs/invenicum.md). The list says so, and the plugins page shows no jobs.
    getPluginJobs: async () => ({ supported: false, jobs: [] }),
    // Its catalog is the market index, not folders on the server: there are none to report or scan.
    getCatalogFolders: async () =>
      notSupported(
        'This Invenicum backend has no plugin folders; its catalog is the market index (see docs/invenicum.md)',
        'GET /catalog/folders',
      ),
    rescanCatalogFolders: async () =>
      notSupported(
        'This Invenicum backend has no plugin folders; its catalog is the market index (see docs/invenicum.md)',
        'POST /catalog/folders/rescan',
      ),
    runPluginJob: async (pluginId, jobId) => jobsUnsupported(`POST /plugin-jobs/${pluginId}/${jobId}/run`),
    getPluginJobRun: async (runId) => jobsUnsupported(`GET /plugin-jobs/runs/${runId}`),
    cancelPluginJobRun: async (runId) => jobsUnsupported(`POST /plugin-jobs/runs/${runId}/cancel`),
    setPluginJobSchedule: async (pluginId, jobId) =>
      jobsUnsupported(`PUT /plugin-jobs/${pluginId}/${jobId}/schedule`),
    // A command that runs on the server needs the job runner too; commands that run in the page still work.
    runPluginCommand: async (pluginId, commandId) =>
      jobsUnsupported(`POST /plugin-commands/${pluginId}/${commandId}/run`),
  };
}

/** What an Invenicum backend cannot do at all: 501, not to be retried. */
export function notSupported(serverMessage: string, request: string): never {
  throw new ApiError({ status: 501, code: 'NOT_SUPPORTED', serverMessage, request, transient: false });
}

function jobsUnsupported(request: string): never {
  throw new ApiError({
    status: 404,
    code: 'NOT_FOUND',
    serverMessage: 'This Invenicum backend does not run plugin jobs; use the reference server for jobs',
    request,
    transient: false,
  });
}
