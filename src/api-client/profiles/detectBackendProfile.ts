import { ApiError } from '../ApiError';
import type { BackendMethods, BackendProfileName } from '../apiClientTypes';
import type { Transport } from '../transport';
import { invenicumFirstRunSchema } from './invenicumAnswers';

/**
 * Asks the backend once which one it is: only Invenicum answers `GET /auth/first-run` (public, in
 * src/routes/authRoutes.js) with `{ firstRun }`; our server refuses it (401) or does not know it (404).
 */
export async function detectBackendProfile(transport: Transport): Promise<BackendProfileName> {
  try {
    await transport.call({
      method: 'GET',
      path: '/auth/first-run',
      schema: invenicumFirstRunSchema,
      isSignIn: true,
    });
    return 'invenicum';
  } catch (error) {
    // No answer at all says nothing about the backend: let the caller see the failure, and ask again later.
    if (error instanceof ApiError && error.status === 0) throw error;
    return 'reference';
  }
}

/**
 * Methods that detect the profile before their first request and then delegate to it; detection runs once
 * (concurrent first calls share it) and again only if it could not reach the backend.
 */
export function createDetectingProfile(
  transport: Transport,
  build: (name: BackendProfileName) => BackendMethods,
): BackendMethods {
  let resolved: Promise<BackendMethods> | undefined;
  const methods = () => {
    resolved ??= detectBackendProfile(transport).then(build, (error: unknown) => {
      resolved = undefined;
      throw error;
    });
    return resolved;
  };
  // Typed per key by the object below; the cast only bridges TypeScript's view of a generic method lookup.
  const delegate = <K extends keyof BackendMethods>(name: K): BackendMethods[K] => {
    const forward = async (...args: unknown[]) => {
      const target = (await methods())[name] as (...a: unknown[]) => Promise<unknown>;
      return target(...args);
    };
    return forward as unknown as BackendMethods[K];
  };
  return {
    getCommunityPlugins: delegate('getCommunityPlugins'),
    getInstalledPlugins: delegate('getInstalledPlugins'),
    previewPluginStac: delegate('previewPluginStac'),
    installPlugin: delegate('installPlugin'),
    uninstallPlugin: delegate('uninstallPlugin'),
    togglePlugin: delegate('togglePlugin'),
    updateInstalledPlugin: delegate('updateInstalledPlugin'),
    savePluginSettings: delegate('savePluginSettings'),
    setPluginMcp: delegate('setPluginMcp'),
    createPlugin: delegate('createPlugin'),
    updatePlugin: delegate('updatePlugin'),
    deletePlugin: delegate('deletePlugin'),
    login: delegate('login'),
    logout: delegate('logout'),
    me: delegate('me'),
    getDemoInfo: delegate('getDemoInfo'),
    getAssets: delegate('getAssets'),
    getAsset: delegate('getAsset'),
    updateAsset: delegate('updateAsset'),
    reportAssetViewed: delegate('reportAssetViewed'),
    getPluginJobs: delegate('getPluginJobs'),
    runPluginJob: delegate('runPluginJob'),
    getPluginJobRun: delegate('getPluginJobRun'),
    cancelPluginJobRun: delegate('cancelPluginJobRun'),
    setPluginJobSchedule: delegate('setPluginJobSchedule'),
    runPluginCommand: delegate('runPluginCommand'),
    getCatalogFolders: delegate('getCatalogFolders'),
    rescanCatalogFolders: delegate('rescanCatalogFolders'),
  };
}
