/**
 * A user's installs on an Invenicum backend: install (from the market or a file's URL), uninstall, switch,
 * and update, which the backend lacks and the profile builds from a re-install of the latest file.
 */
import { ApiError } from '../ApiError';
import type { BackendMethods } from '../apiClientTypes';
import { acknowledgementSchema } from '../responseSchemas';
import {
  INVENICUM_DEFAULT_VERSION,
  installRecordBody,
  invenicumToggleSchema,
  pluginIdFromName,
} from './invenicumAnswers';
import { notSupported } from './invenicumInventory';
import type { InvenicumReads } from './invenicumReads';

type InstallMethods = Pick<
  BackendMethods,
  | 'installPlugin'
  | 'uninstallPlugin'
  | 'togglePlugin'
  | 'savePluginSettings'
  | 'setPluginMcp'
  | 'updateInstalledPlugin'
>;

const id = (value: string) => encodeURIComponent(value);

export function invenicumInstalls(reads: InvenicumReads): InstallMethods {
  const { call, community, installed, preview, postInstall, catalogEntries } = reads;
  return {
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
      notSupported(
        'This Invenicum backend cannot store plugin settings; the plugin uses its defaults (see docs/invenicum.md)',
        'PUT /plugins/user/settings',
      );
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
  };
}
