import type { BackendMethods } from '../apiClientTypes';
import {
  acknowledgementSchema,
  assetDetailSchema,
  assetEditSchema,
  assetViewedSchema,
  assetListSchema,
  createResultSchema,
  demoInfoSchema,
  loginResultSchema,
  meSchema,
  toggleResultSchema,
  updateInstalledResultSchema,
  updateResultSchema,
} from '../responseSchemas';
import {
  communityListSchema,
  installedListSchema,
  previewSchema,
  saveSettingsResultSchema,
} from '../pluginResponses';
import type { Transport } from '../transport';
import { jobAnswerSchema, jobListSchema, jobRunAnswerSchema } from '../jobResponses';
import { catalogFolderReportSchema, mcpSwitchResultSchema } from '../catalogFolderResponses';
import { bearerSession } from './bearerSession';
import { referenceSlotMethods } from './referenceSlotMethods';

const id = (value: string) => encodeURIComponent(value);

/**
 * The Plugin API as documented (seeds/invenicum-plugin-api.txt) and as our reference server answers it:
 * every answer already is our model, errors carry a code.
 */
export function createReferenceProfile(transport: Transport): BackendMethods {
  const { call, auth } = transport;
  return {
    // The app checks the slots' answers with zod, as all its answers; the schemas wrap the embed's readers.
    ...referenceSlotMethods(transport, {
      installedList: installedListSchema,
      me: meSchema,
      toggleResult: toggleResultSchema,
    }),
    getCommunityPlugins: (o) =>
      call({ ...o, method: 'GET', path: '/plugins/community', schema: communityListSchema }),
    previewPluginStac: (url, o) =>
      call({ ...o, method: 'GET', path: '/plugins/preview-stac', query: { url }, schema: previewSchema }),
    installPlugin: (body, o) =>
      call({ ...o, method: 'POST', path: '/plugins/install', body, schema: acknowledgementSchema }),
    uninstallPlugin: (pluginId, { force, ...o } = {}) =>
      call({
        ...o,
        method: 'DELETE',
        path: `/plugins/uninstall/${id(pluginId)}`,
        query: { force: force ? 'true' : undefined },
        schema: acknowledgementSchema,
      }),
    updateInstalledPlugin: (pluginId, { acceptPermissions, ...o } = {}) =>
      call({
        ...o,
        method: 'POST',
        path: '/plugins/user/update',
        body: acceptPermissions ? { pluginId, acceptPermissions } : { pluginId },
        schema: updateInstalledResultSchema,
      }),
    savePluginSettings: (pluginId, values, o) =>
      call({
        ...o,
        method: 'PUT',
        path: '/plugins/user/settings',
        body: { pluginId, values },
        schema: saveSettingsResultSchema,
      }),
    setPluginMcp: (pluginId, enabled, o) =>
      call({
        ...o,
        method: 'PUT',
        path: '/plugins/user/mcp',
        body: { pluginId, enabled },
        schema: mcpSwitchResultSchema,
      }),
    createPlugin: (body, o) =>
      call({ ...o, method: 'POST', path: '/plugins', body, schema: createResultSchema }),
    updatePlugin: (pluginId, body, o) =>
      call({ ...o, method: 'PUT', path: `/plugins/${id(pluginId)}`, body, schema: updateResultSchema }),
    deletePlugin: (pluginId, o = {}) => {
      const { deleteFromGitHub, ...rest } = o;
      return call({
        ...rest,
        method: 'DELETE',
        path: `/plugins/${id(pluginId)}`,
        query: { deleteFromGitHub: deleteFromGitHub === undefined ? undefined : String(deleteFromGitHub) },
        schema: acknowledgementSchema,
      });
    },

    ...bearerSession(auth, {
      signIn: (username, password, o) =>
        call({
          ...o,
          method: 'POST',
          path: '/auth/login',
          body: { username, password },
          schema: loginResultSchema,
          isSignIn: true,
        }),
      signOut: (o) =>
        call({ ...o, method: 'POST', path: '/auth/logout', schema: acknowledgementSchema, isSignIn: true }),
    }),
    getDemoInfo: (o) =>
      call({ ...o, method: 'GET', path: '/auth/demo', schema: demoInfoSchema, isSignIn: true }),

    getAssets: (o) => call({ ...o, method: 'GET', path: '/assets', schema: assetListSchema }),
    getAsset: (assetId, o) =>
      call({ ...o, method: 'GET', path: `/assets/${id(assetId)}`, schema: assetDetailSchema }),
    updateAsset: (assetId, changes, o) =>
      call({ ...o, method: 'PATCH', path: `/assets/${id(assetId)}`, body: changes, schema: assetEditSchema }),
    reportAssetViewed: async (assetId, o) => {
      await call({ ...o, method: 'POST', path: `/assets/${id(assetId)}/viewed`, schema: assetViewedSchema });
    },

    getCatalogFolders: (o) =>
      call({ ...o, method: 'GET', path: '/catalog/folders', schema: catalogFolderReportSchema }),
    rescanCatalogFolders: (o) =>
      call({ ...o, method: 'POST', path: '/catalog/folders/rescan', schema: catalogFolderReportSchema }),

    getPluginJobs: async (o) => ({
      supported: true,
      jobs: await call({ ...o, method: 'GET', path: '/plugin-jobs', schema: jobListSchema }),
    }),
    runPluginJob: (pluginId, jobId, o) =>
      call({
        ...o,
        method: 'POST',
        path: `/plugin-jobs/${id(pluginId)}/${id(jobId)}/run`,
        schema: jobRunAnswerSchema,
      }),
    getPluginJobRun: (runId, o) =>
      call({ ...o, method: 'GET', path: `/plugin-jobs/runs/${runId}`, schema: jobRunAnswerSchema }),
    cancelPluginJobRun: (runId, o) =>
      call({ ...o, method: 'POST', path: `/plugin-jobs/runs/${runId}/cancel`, schema: jobRunAnswerSchema }),
    setPluginJobSchedule: (pluginId, jobId, enabled, o) =>
      call({
        ...o,
        method: 'PUT',
        path: `/plugin-jobs/${id(pluginId)}/${id(jobId)}/schedule`,
        body: { enabled },
        schema: jobAnswerSchema,
      }),
    runPluginCommand: (pluginId, commandId, context = {}, o) =>
      call({
        ...o,
        method: 'POST',
        path: `/plugin-commands/${id(pluginId)}/${id(commandId)}/run`,
        body: context.assetId ? { assetId: context.assetId } : {},
        schema: jobRunAnswerSchema,
      }),
  };
}
