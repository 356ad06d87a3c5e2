import type { ApiError } from './ApiError';
import type { RequestOptions } from './requestJson';
import type {
  Acknowledgement,
  ApiUser,
  Asset,
  AssetChanges,
  AssetEdit,
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
  SaveSettingsResult,
} from './pluginResponses';

import type { PluginJobList, PluginJobRun, PluginJobView } from './jobResponses';
import type { CatalogFolderReport, McpSwitchResult } from './catalogFolderResponses';
/** Switching off or removing a plugin that switched-on plugins need is refused unless `force` is set. */
export interface ForceOptions extends RequestOptions {
  force?: boolean;
}

/** An update whose version asks for new permissions needs them allowed here. */
export interface UpdateInstalledOptions extends RequestOptions {
  acceptPermissions?: string[];
}

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

/** What a page's plugin slots ask of the API (the embed's client, createSlotApiClient). */
export type SlotMethods = Pick<BackendMethods, 'getInstalledPlugins' | 'togglePlugin' | 'me'>;

/** The embed's client: the slots' calls with the full client's transport, errors, token and 401 listeners. */
export interface SlotApiClient
  extends SlotMethods, Pick<ApiClient, 'baseUrl' | 'isAuthenticated' | 'subscribeUnauthenticated'> {}

/** The backends the client can speak to: our reference server, or a real Invenicum backend. */
export type BackendProfileName = 'reference' | 'invenicum';

/** What a backend profile implements: one function per endpoint, in our typed model. */
export interface BackendMethods {
  getCommunityPlugins(options?: RequestOptions): Promise<CommunityPlugin[]>;
  getInstalledPlugins(options?: RequestOptions): Promise<InstalledPlugin[]>;
  previewPluginStac(url: string, options?: RequestOptions): Promise<PluginPreview>;
  installPlugin(body: InstallPluginBody, options?: RequestOptions): Promise<Acknowledgement>;
  uninstallPlugin(pluginId: string, options?: ForceOptions): Promise<Acknowledgement>;
  togglePlugin(pluginId: string, isActive: boolean, options?: ForceOptions): Promise<ToggleResult>;
  /** Moves an installed plugin to the catalog's latest version (on Invenicum: a re-install of the latest file). */
  updateInstalledPlugin(pluginId: string, options?: UpdateInstalledOptions): Promise<UpdateInstalledResult>;
  /** Stores the user's values of an installed plugin's declared settings (validated by the server). */
  savePluginSettings(
    pluginId: string,
    values: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<SaveSettingsResult>;
  /**
   * Whether the user's AI assistants (MCP clients) see an installed plugin's tools and resources
   * (reference server; Invenicum answers NOT_SUPPORTED).
   */
  setPluginMcp(pluginId: string, enabled: boolean, options?: RequestOptions): Promise<McpSwitchResult>;
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
  /** Saves edited fields of an asset; the server raises `asset.changed` for the user's plugins. */
  updateAsset(assetId: string, changes: AssetChanges, options?: RequestOptions): Promise<AssetEdit>;
  /** Tells the server the user opened an asset (`asset.viewed` for server-side subscriptions); best effort. */
  reportAssetViewed(assetId: string, options?: RequestOptions): Promise<void>;

  /**
   * The plugin folders report for administrators (reference server: STAC_WEB_ADMINS; others get
   * PERMISSION_DENIED, Invenicum NOT_SUPPORTED): what each folder registered and what it refused, and why.
   */
  getCatalogFolders(options?: RequestOptions): Promise<CatalogFolderReport>;
  /** Scans the plugin folders now and answers the new report. */
  rescanCatalogFolders(options?: RequestOptions): Promise<CatalogFolderReport>;

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
  /**
   * Runs a plugin command whose action runs on the server (a host method, a request), as chosen from a host
   * menu; answers the finished run (its summary or error). `assetId` for a command of an asset's menu.
   */
  runPluginCommand(
    pluginId: string,
    commandId: string,
    context?: { assetId?: string },
    options?: RequestOptions,
  ): Promise<PluginJobRun>;
}
