import { z } from 'zod';
import { ApiError } from '../ApiError';
import type { BackendMethods } from '../apiClientTypes';
import type { CommunityPlugin, InstalledPlugin, PluginPreview } from '../pluginResponses';
import { previewSchema } from '../pluginResponses';
import { acknowledgementSchema, type Asset } from '../responseSchemas';
import type { RequestOptions } from '../requestJson';
import type { ApiCall, Transport } from '../transport';
import {
  INVENICUM_DEFAULT_VERSION,
  catalogEntrySchema,
  installRecordBody,
  invenicumCatalogIndexSchema,
  invenicumCommunitySchema,
  invenicumCreateSchema,
  invenicumInstalledSchema,
  invenicumItemsSchema,
  invenicumLoginSchema,
  invenicumMeSchema,
  invenicumToggleSchema,
  invenicumUpdateSchema,
  itemToAsset,
  mergeCommunityWithInstalled,
  pluginIdFromName,
  previewFromRawFile,
  type CatalogEntry,
  type LatestFile,
} from './invenicumAnswers';
import { unwrapPluginUi } from '../../stac-schema';
import { readInvenicumError, type InvenicumRoute } from './invenicumErrors';

/** Where the real backend reads its market catalog by default (src/config/githubConstants.js). */
export const INVENICUM_CATALOG_INDEX_URL =
  'https://raw.githubusercontent.com/lopiv2/invenicum-market-repository/main/repository_plugin.json';

export interface InvenicumProfileOptions {
  catalogIndexUrl?: string;
}

const id = (value: string) => encodeURIComponent(value);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `https://raw.githubusercontent.com/owner/repo/...` → that repository's pull requests on GitHub. */
function marketPullRequestsUrl(catalogIndexUrl: string): string | null {
  const match = /^https:\/\/raw\.githubusercontent\.com\/([\w.-]+)\/([\w.-]+)\//.exec(catalogIndexUrl);
  return match ? `https://github.com/${match[1]}/${match[2]}/pulls` : null;
}

/**
 * A real Invenicum backend (lopiv2/invenicum_backend, Express + Prisma) behind our typed client: our calls
 * become what its routes take, its answers become our model, its status-only errors become our codes.
 * What it cannot do (demo accounts, single-item GET, an update route) is built from what it has.
 */
export function createInvenicumProfile(
  transport: Transport,
  options: InvenicumProfileOptions = {},
): BackendMethods {
  const { auth } = transport;
  const catalogIndexUrl = options.catalogIndexUrl ?? INVENICUM_CATALOG_INDEX_URL;
  const mediaOrigin = new URL(transport.baseUrl).origin;

  async function call<T>(route: InvenicumRoute, c: ApiCall<T>): Promise<T> {
    try {
      return await transport.call(c);
    } catch (error) {
      throw readInvenicumError(route, error);
    }
  }

  const community = (o?: RequestOptions) =>
    call('community', { ...o, method: 'GET', path: '/plugins/community', schema: invenicumCommunitySchema });
  const installed = (o?: RequestOptions): Promise<InstalledPlugin[]> =>
    call('installed', { ...o, method: 'GET', path: '/plugins/installed', schema: invenicumInstalledSchema });
  const rawFile = (route: InvenicumRoute, url: string, o?: RequestOptions) =>
    call(route, {
      ...o,
      method: 'GET',
      path: '/plugins/preview-stac',
      query: { url },
      schema: z.unknown(),
    });

  async function preview(url: string, o?: RequestOptions): Promise<PluginPreview> {
    const file = await rawFile('preview', url, o);
    return previewSchema.parse(previewFromRawFile(file, url));
  }

  const postInstall = (body: Record<string, unknown>, o?: RequestOptions) =>
    call('install', { ...o, method: 'POST', path: '/plugins/install', body, schema: acknowledgementSchema });

  /** Plugins the user can see, installed or not: what browsing, "mine" and the editor need. */
  async function everyPlugin(o?: RequestOptions): Promise<CommunityPlugin[]> {
    const [listed, own] = await Promise.all([community(o), installed(o)]);
    return mergeCommunityWithInstalled(listed, own, await latestFiles(own, o));
  }

  /** The market's latest file of each installed plugin with an update, so it can be reviewed before updating. */
  async function latestFiles(own: readonly InstalledPlugin[], o?: RequestOptions) {
    const files = new Map<string, LatestFile>();
    const updatable = own.filter((plugin) => plugin.hasUpdate);
    if (updatable.length === 0) return files;
    try {
      const entries = await catalogEntries(o);
      await Promise.all(
        updatable.map(async (plugin) => {
          const url = entries.get(plugin.id)?.download_url;
          if (!url) return;
          const file = await rawFile('catalog', url, o);
          const ui = unwrapPluginUi(isRecord(file) && file.ui !== undefined ? file.ui : file);
          files.set(plugin.id, { ui, download_url: url });
        }),
      );
    } catch {
      // Without the market the list still shows; the update just cannot be previewed.
    }
    return files;
  }

  async function catalogEntries(o?: RequestOptions): Promise<Map<string, CatalogEntry>> {
    const index = invenicumCatalogIndexSchema.parse(await rawFile('catalog', catalogIndexUrl, o));
    const entries = new Map<string, CatalogEntry>();
    for (const entry of index.plugins) {
      const checked = catalogEntrySchema.safeParse(entry);
      if (checked.success) entries.set(checked.data.id, checked.data);
    }
    return entries;
  }

  async function items(o?: RequestOptions): Promise<Asset[]> {
    const answer = await call('items', { ...o, method: 'GET', path: '/items', schema: invenicumItemsSchema });
    return answer.data.items.map((item) => itemToAsset(item, mediaOrigin));
  }

  return {
    getCommunityPlugins: everyPlugin,
    getInstalledPlugins: installed,
    previewPluginStac: preview,

    async installPlugin(body, o) {
      // The backend has no 409: installing twice silently re-installs. Keep our contract.
      const [listed, own] = await Promise.all([community(o), installed(o)]);
      if (body.id !== undefined && own.some((plugin) => plugin.id === body.id)) {
        throw new ApiError({
          status: 409,
          code: 'ALREADY_INSTALLED',
          serverMessage: `“${body.name ?? body.id}” is already installed`,
          request: 'POST /plugins/install',
        });
      }
      const fromCatalog = listed.find((plugin) => plugin.id === body.id);
      if (fromCatalog) return postInstall(installRecordBody(fromCatalog), o);
      if (body.download_url) {
        const file = await preview(body.download_url, o);
        const pluginId = body.id ?? file.id ?? pluginIdFromName(file.name);
        return postInstall(installRecordBody({ ...file, id: pluginId, download_url: body.download_url }), o);
      }
      throw new ApiError({
        status: 404,
        code: 'PLUGIN_NOT_FOUND',
        serverMessage: `There is no plugin “${body.id ?? ''}” in the Invenicum market`,
        request: 'POST /plugins/install',
      });
    },

    uninstallPlugin: (pluginId, o) =>
      call('uninstall', {
        ...o,
        method: 'DELETE',
        path: `/plugins/uninstall/${id(pluginId)}`,
        schema: acknowledgementSchema,
      }),

    togglePlugin: (pluginId, isActive, o) =>
      call('toggle', {
        ...o,
        method: 'PUT',
        path: '/plugins/user/toggle',
        body: { pluginId, isActive },
        schema: invenicumToggleSchema,
      }),

    async savePluginSettings() {
      // Its plugin tables have no column for per-user values, and this client keeps no plugin data of its own.
      throw new ApiError({
        status: 501,
        code: 'NOT_SUPPORTED',
        serverMessage:
          'This Invenicum backend cannot store plugin settings; the plugin uses its defaults (see docs/invenicum.md)',
        request: 'PUT /plugins/user/settings',
        transient: false,
      });
    },

    async setPluginMcp() {
      // Invenicum offers no MCP endpoint: no assistant can see a plugin, so there is nothing to switch.
      notSupported(
        'This Invenicum backend offers no MCP endpoint for AI assistants; use the reference server for MCP (see docs/invenicum.md)',
        'PUT /plugins/user/mcp',
      );
    },

    async updateInstalledPlugin(pluginId, o) {
      // There is no update route: the real app re-installs the latest file (plugin_provider.dart
      // updateFromStore). It sends the old ui with the new version number; we send the latest file's URL
      // instead, so the backend downloads the new ui with it.
      const current = (await installed(o)).find((plugin) => plugin.id === pluginId);
      if (!current) {
        throw new ApiError({
          status: 404,
          code: 'PLUGIN_NOT_FOUND',
          serverMessage: 'The plugin is not installed; refresh the list',
          request: 'POST /plugins/install',
        });
      }
      const entry = (await catalogEntries(o)).get(pluginId);
      if (!entry?.download_url) {
        throw new ApiError({
          status: 404,
          code: 'PLUGIN_NOT_FOUND',
          serverMessage: `“${current.name}” is not in the Invenicum market catalog, so there is no newer file`,
          request: 'POST /plugins/install',
        });
      }
      const version = entry.version ?? INVENICUM_DEFAULT_VERSION;
      if (version === current.version)
        return { success: true, version, message: `“${current.name}” is up to date.` };
      await postInstall(
        installRecordBody({
          ...current,
          name: entry.name ?? current.name,
          version,
          ui: undefined,
          download_url: entry.download_url,
        }),
        o,
      );
      return { success: true, version, message: `Updated “${current.name}” to ${version}.` };
    },

    async createPlugin(body, o) {
      const pluginId = body.id ?? pluginIdFromName(body.name);
      const answer = await call('create', {
        ...o,
        method: 'POST',
        path: '/plugins',
        body: { ...body, id: pluginId },
        schema: invenicumCreateSchema,
      });
      return {
        id: pluginId,
        name: body.name,
        version: body.version,
        submittedForReview: true,
        pullRequestUrl: answer.prUrl ?? null,
      };
    },

    async updatePlugin(pluginId, body, o) {
      // The route's validator (src/middleware/jsValidator.js) wants name, slot and ui on every update.
      const needsCurrent = body.name === undefined || body.slot === undefined || body.ui === undefined;
      const current = needsCurrent
        ? (await everyPlugin(o)).find((plugin) => plugin.id === pluginId)
        : undefined;
      const full = {
        name: current?.name,
        description: current?.description,
        slot: current?.slot,
        ui: current?.ui,
        version: current?.version,
        ...body,
      };
      const version = full.version ?? INVENICUM_DEFAULT_VERSION;
      try {
        const answer = await transport.call({
          ...o,
          method: 'PUT',
          path: `/plugins/${id(pluginId)}`,
          body: full,
          schema: invenicumUpdateSchema,
        });
        return {
          id: pluginId,
          version,
          pullRequestUrl: answer.data?.html_url ?? null,
          submittedForReview: true,
        };
      } catch (error) {
        // pluginService.updatePlugin opens the pull request, then writes columns its Prisma schema lacks
        // (hasPendingPR, pendingVersion) and answers 500: the proposal exists, only its link is lost.
        if (
          error instanceof ApiError &&
          /prisma\.plugin\.update|hasPendingPR/.test(error.serverMessage ?? '')
        ) {
          const pulls = marketPullRequestsUrl(catalogIndexUrl);
          return {
            id: pluginId,
            version,
            pullRequestUrl: pulls,
            submittedForReview: true,
            reviewNote:
              'Invenicum opened the pull request but did not return its link; find it among the market ' +
              "repository's open pull requests.",
          };
        }
        throw readInvenicumError('update', error);
      }
    },

    deletePlugin: (pluginId, o = {}) => {
      const { deleteFromGitHub, ...rest } = o;
      return call('delete', {
        ...rest,
        method: 'DELETE',
        path: `/plugins/${id(pluginId)}`,
        query: { deleteFromGitHub: deleteFromGitHub === undefined ? undefined : String(deleteFromGitHub) },
        schema: acknowledgementSchema,
      });
    },

    async login(username, password, o) {
      // src/services/userService.js looks `username` up as the account's e-mail.
      const result = await call('login', {
        ...o,
        method: 'POST',
        path: '/auth/login',
        body: { username: username.trim(), password },
        schema: invenicumLoginSchema,
        isSignIn: true,
      });
      auth.setToken(result.token);
      return result;
    },
    async logout(o) {
      try {
        // The backend's tokens are stateless JWTs; /auth/logout only acknowledges.
        if (auth.getToken() !== null) {
          await call('me', {
            ...o,
            method: 'POST',
            path: '/auth/logout',
            schema: acknowledgementSchema,
            isSignIn: true,
          });
        }
      } finally {
        auth.setToken(null);
      }
    },
    me: (o) => call('me', { ...o, method: 'GET', path: '/auth/me', schema: invenicumMeSchema }),
    // Invenicum has no demo accounts; its first account is made in the app's setup wizard.
    getDemoInfo: async () => ({ enabled: false, users: [] }),

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
      throw new ApiError({
        status: 501,
        code: 'NOT_SUPPORTED',
        serverMessage:
          'Editing items from stac-web is not supported on an Invenicum backend yet; edit the item in the Invenicum app',
        request: `PATCH /items/${assetId}`,
        transient: false,
      });
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

function notSupported(serverMessage: string, request: string): never {
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
