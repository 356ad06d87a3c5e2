import type { Generated } from 'kysely';

/**
 * The tables as the query layer sees them, one shape for both SQLite and PostgreSQL. Flags are integers
 * (0/1) and times ISO-8601 text in both, so rows compare the same way whichever database holds them.
 */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  avatar_url: string | null;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface PluginsTable {
  id: string;
  name: string;
  description: string;
  author: string;
  author_user_id: number | null;
  author_avatar: string | null;
  slot: string;
  version: string;
  ui_json: string;
  /** The stored manifest fields (stac-schema's STORED_MANIFEST_FIELDS) as a JSON object. */
  manifest_json: Generated<string>;
  is_public: number;
  is_official: number;
  source: 'catalog' | 'user';
  download_url: string | null;
  download_count: number;
  created_at: string;
  updated_at: string;
  /** Replaced by the database on every insert and update (migration 007): a cheap "has this row changed". */
  revision: Generated<string>;
}

export interface PluginVersionsTable {
  plugin_id: string;
  version: string;
  ui_json: string;
  manifest_json: Generated<string>;
  created_at: string;
}

export interface PluginDownloadsTable {
  plugin_id: string;
  user_id: number;
  created_at: string;
}

export interface InstallsTable {
  user_id: number;
  plugin_id: string;
  name: string;
  description: string;
  author: string;
  author_avatar: string | null;
  slot: string;
  version: string;
  ui_json: string;
  manifest_json: Generated<string>;
  /** The user's values of the declared settings, as a JSON object. */
  settings_json: Generated<string>;
  /** 1 while the user offers this plugin's MCP tools and resources to their assistants. */
  mcp_enabled: Generated<number>;
  is_active: number;
  installed_at: string;
  updated_at: string;
  /** Replaced by the database on every insert and update (migration 007): a cheap "has this row changed". */
  revision: Generated<string>;
}

/** What a user allowed one version of a plugin (its declared permissions at the time). */
export interface PluginConsentsTable {
  user_id: number;
  plugin_id: string;
  version: string;
  permissions_json: string;
  granted_at: string;
  /** Replaced by the database on every insert and update (migration 007): a cheap "has this row changed". */
  revision: Generated<string>;
}

export interface AssetsTable {
  id: string;
  name: string;
  category: string;
  location: string;
  quantity: number;
  min_stock: number;
  quality_score: number;
  value: number;
  currency: string;
  tags_json: string;
  image_url: string | null;
  description: string;
  serial_number: string | null;
  updated_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** Counters of rate-limiter-flexible (its layout): `expire` is epoch milliseconds (a string from pg's bigint). */
export interface RateLimitsTable {
  key: string;
  points: number;
  expire: number | string | null;
}

/** Per user, plugin and job: the schedule switch, when it is next due, failures in a row and a pause. */
export interface JobStatesTable {
  user_id: number;
  plugin_id: string;
  job_id: string;
  schedule_enabled: number;
  /** The schedule the next run time was computed from (the plugin's may change with an update). */
  schedule_text: string | null;
  next_run_at: string | null;
  consecutive_failures: number;
  paused_reason: string | null;
  updated_at: string;
}

/** `dropped`: an event run the per-user event limit did not start (the reason is its error). */
export type JobRunStatus = 'running' | 'succeeded' | 'failed' | 'timed_out' | 'cancelled' | 'dropped';

export interface JobRunsTable {
  id: Generated<number>;
  user_id: number;
  plugin_id: string;
  job_id: string;
  plugin_version: string;
  /**
   * `event`: a subscription's server action, run when its host event happened; `assistant`: a tool call of an
   * MCP client acting as the user.
   */
  run_trigger: 'manual' | 'scheduled' | 'event' | 'assistant' | 'command';
  status: JobRunStatus;
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  summary: string | null;
  error_code: string | null;
  error_message: string | null;
  result_json: string | null;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** A catalog plugin registered from a plugin folder (STAC_WEB_PLUGIN_DIRS): its file and the text's hash. */
export interface CatalogFolderPluginsTable {
  plugin_id: string;
  source_path: string;
  content_hash: string;
  registered_at: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  plugins: PluginsTable;
  plugin_versions: PluginVersionsTable;
  plugin_downloads: PluginDownloadsTable;
  installs: InstallsTable;
  plugin_consents: PluginConsentsTable;
  assets: AssetsTable;
  meta: MetaTable;
  rate_limits: RateLimitsTable;
  job_states: JobStatesTable;
  job_runs: JobRunsTable;
  catalog_folder_plugins: CatalogFolderPluginsTable;
  schema_migrations: SchemaMigrationsTable;
}
