import type { ApiError } from './ApiError';
import type { RequestOptions } from './requestJson';
import type {
  Acknowledgement,
  ApiUser,
  Asset,
  CreatePluginResult,
  DemoInfo,
  LoginResult,
  ToggleResult,
  UpdateInstalledResult,
  UpdatePluginResult,
} from './responseSchemas';
import type {
  CommunityPlugin,
  InstallPluginBody,
  InstalledPlugin,
  PluginCreateBody,
  PluginPreview,
  PluginUpdateBody,
} from './pluginResponses';

import type { PluginJobList, PluginJobRun, PluginJobView } from './jobResponses';

export interface DeletePluginOptions extends RequestOptions {
  /** Also delete the plugin's GitHub repository (the backend decides whether it can). */
  deleteFromGitHub?: boolean;
}

export interface ApiClient extends BackendMethods {
  readonly baseUrl: string;
  /** The backend this client speaks to; `auto` until the first request has detected it. */
  readonly profile: BackendProfileName | 'auto';
  isAuthenticated(): boolean;
  /** Adds a listener for 401 answers; returns an unsubscribe function. */
  subscribeUnauthenticated(listener: (error: ApiError) => void): () => void;
}

/** The backends the client can speak to: our reference server, or a real Invenicum backend. */
export type BackendProfileName = 'reference' | 'invenicum';

/** What a backend profile implements: one function per endpoint, in our typed model. */
export interface BackendMethods {
  getCommunityPlugins(options?: RequestOptions): Promise<CommunityPlugin[]>;
  getInstalledPlugins(options?: RequestOptions): Promise<InstalledPlugin[]>;
  previewPluginStac(url: string, options?: RequestOptions): Promise<PluginPreview>;
  installPlugin(body: InstallPluginBody, options?: RequestOptions): Promise<Acknowledgement>;
  uninstallPlugin(pluginId: string, options?: RequestOptions): Promise<Acknowledgement>;
  togglePlugin(pluginId: string, isActive: boolean, options?: RequestOptions): Promise<ToggleResult>;
  /** Moves an installed plugin to the catalog's latest version (on Invenicum: a re-install of the latest file). */
  updateInstalledPlugin(pluginId: string, options?: RequestOptions): Promise<UpdateInstalledResult>;
  createPlugin(body: PluginCreateBody, options?: RequestOptions): Promise<CreatePluginResult>;
  updatePlugin(
    pluginId: string,
    body: PluginUpdateBody,
    options?: RequestOptions,
  ): Promise<UpdatePluginResult>;
  deletePlugin(pluginId: string, options?: DeletePluginOptions): Promise<Acknowledgement>;

  /** Signs in and keeps the token in the auth source. */
  login(username: string, password: string, options?: RequestOptions): Promise<LoginResult>;
  /** Ends the session on the server (best effort) and always forgets the token locally. */
  logout(options?: RequestOptions): Promise<void>;
  me(options?: RequestOptions): Promise<ApiUser>;
  /** Whether the server runs with demo accounts, and which (no token needed). */
  getDemoInfo(options?: RequestOptions): Promise<DemoInfo>;

  getAssets(options?: RequestOptions): Promise<Asset[]>;
  getAsset(assetId: string, options?: RequestOptions): Promise<Asset>;

  /** The signed-in user's plugin jobs; `supported: false` when the backend runs no jobs (Invenicum). */
  getPluginJobs(options?: RequestOptions): Promise<PluginJobList>;
  /** Starts a run now; it answers at once with the run in progress. */
  runPluginJob(pluginId: string, jobId: string, options?: RequestOptions): Promise<PluginJobRun>;
  getPluginJobRun(runId: number, options?: RequestOptions): Promise<PluginJobRun>;
  cancelPluginJobRun(runId: number, options?: RequestOptions): Promise<PluginJobRun>;
  setPluginJobSchedule(
    pluginId: string,
    jobId: string,
    enabled: boolean,
    options?: RequestOptions,
  ): Promise<PluginJobView>;
}
