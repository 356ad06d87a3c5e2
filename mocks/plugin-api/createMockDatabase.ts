import { pickManifestFields, type StoredManifest } from '../../src/stac-schema';
import {
  seedAssets,
  seedInstalls,
  seedPluginFiles,
  seedUsers,
  type MockAsset,
  type SeedPluginFile,
} from './fixtures';

export type { MockAsset } from './fixtures';

/**
 * The in-memory twin of the reference server's SQLite store, for component tests and stories. It keeps the
 * same facts the server keeps (catalog with version history, per-user install snapshots, one download per
 * user) so that the msw handlers can answer with the same views and the same error codes.
 */

export interface MockUser {
  id: number;
  username: string;
  name: string;
  password: string;
  avatarUrl: string | null;
}

export interface MockPlugin {
  id: string;
  name: string;
  description: string;
  author: string;
  authorUserId: number | null;
  authorAvatar: string | null;
  slot: string;
  version: string;
  ui: unknown;
  isPublic: boolean;
  isOfficial: boolean;
  downloadUrl: string | null;
  downloadCount: number;
  /** version -> ui of every published version. */
  versions: Map<string, unknown>;
  /** version -> manifest fields (permissions, surfaces, ...) of the versions that declare any. */
  manifests: Map<string, StoredManifest>;
  /** ids of users who ever downloaded it: the count counts people, not clicks. */
  downloadedBy: Set<number>;
  createdAt: string;
  updatedAt: string;
}

/** An install keeps a snapshot of the version it installed, so catalog updates show as `hasUpdate`. */
export interface MockInstall {
  userId: number;
  pluginId: string;
  name: string;
  description: string;
  author: string;
  authorAvatar: string | null;
  slot: string;
  version: string;
  ui: unknown;
  /** The manifest of the installed version, as the server keeps it in the install's snapshot. */
  manifest: StoredManifest;
  /** The user's values of the plugin's declared settings. */
  settingValues: Record<string, unknown>;
  /** The permissions the user allowed for this version; undefined when it declares none (never asked). */
  consent?: string[];
  isActive: boolean;
  /** Whether the user's AI assistants see its MCP tools (false once switched off; on by default, as the server). */
  mcpEnabled?: boolean;
  installedAt: string;
  updatedAt: string;
}

export interface MockDatabaseSeed {
  users?: Array<Partial<MockUser> & { username: string; password: string }>;
  /** Catalog plugins (plugin files); `author` names a seeded user to make it theirs. */
  plugins?: SeedPluginFile[];
  /** Initial installs: `{ username, pluginId, version? }` (an older version shows an update). Default: the
   *  server's demo installs when `plugins` is not given either, else none. */
  installs?: Array<{ username: string; pluginId: string; version?: string; isActive?: boolean }>;
  assets?: MockAsset[];
  /** Files reachable by URL for preview-stac and install-by-URL: url -> JSON document. */
  remoteFiles?: Record<string, unknown>;
}

export interface MockDatabase {
  users: MockUser[];
  plugins: Map<string, MockPlugin>;
  /** key `${userId}:${pluginId}` */
  installs: Map<string, MockInstall>;
  assets: MockAsset[];
  remoteFiles: Map<string, unknown>;
  /** token -> user id */
  sessions: Map<string, number>;

  findUser(username: string): MockUser | undefined;
  /** A ready session for tests and stories: `createMemoryAuth({ initialToken: db.tokenFor('alice') })`. */
  tokenFor(username: string): string;
  addPlugin(
    file: SeedPluginFile,
    options?: { authorUsername?: string; isPublic?: boolean; isOfficial?: boolean },
  ): MockPlugin;
  /** Publishes a new version as the author would (no checks: for arranging tests). */
  publishVersion(pluginId: string, version: string, ui?: unknown): void;
  install(userId: number, pluginId: string, version?: string): MockInstall;
}

export const DEFAULT_MOCK_USERS: ReadonlyArray<Omit<MockUser, 'id'>> = seedUsers.map((user) => ({
  ...user,
  avatarUrl: null,
}));

export function createMockDatabase(seed: MockDatabaseSeed = {}): MockDatabase {
  const now = () => new Date().toISOString();
  const seedUsers: ReadonlyArray<Partial<MockUser> & { username: string; password: string }> =
    seed.users ?? DEFAULT_MOCK_USERS;
  const users: MockUser[] = seedUsers.map((user, index) => ({
    id: user.id ?? index + 1,
    username: user.username,
    name: user.name ?? user.username,
    password: user.password,
    avatarUrl: user.avatarUrl ?? null,
  }));

  const db: MockDatabase = {
    users,
    plugins: new Map(),
    installs: new Map(),
    assets: structuredClone([...(seed.assets ?? seedAssets)]),
    remoteFiles: new Map(Object.entries(seed.remoteFiles ?? {})),
    sessions: new Map(),

    findUser: (username) => users.find((u) => u.username.toLowerCase() === username.toLowerCase()),

    tokenFor(username) {
      const user = db.findUser(username);
      if (!user)
        throw new Error(
          `createMockDatabase: no user "${username}" (seeded: ${users.map((u) => u.username).join(', ')}).`,
        );
      const token = `mock-token-${user.username}`;
      db.sessions.set(token, user.id);
      return token;
    },

    addPlugin(file, options = {}) {
      const author = options.authorUsername
        ? db.findUser(options.authorUsername)
        : db.findUser(file.author ?? '');
      const at = now();
      const version = file.version ?? '1.0.0';
      // A composite plugin is listed under its first surface, whose document stands for it where one is needed.
      const surfaces = pickManifestFields(file).surfaces as Record<string, unknown> | undefined;
      const primary = surfaces ? Object.keys(surfaces)[0] : undefined;
      const ui = primary !== undefined && surfaces ? surfaces[primary] : file.ui;
      const plugin: MockPlugin = {
        id: file.id,
        name: file.name ?? file.id,
        description: file.description ?? '',
        author: author?.username ?? file.author ?? 'unknown',
        authorUserId: author?.id ?? null,
        authorAvatar: file.authorAvatar ?? null,
        slot: file.slot ?? primary ?? 'dashboard_top',
        version,
        ui: unwrapUi(ui),
        isPublic: options.isPublic ?? file.isPublic ?? true,
        // As the server seeds: files not written by a local user come from the project or the real market.
        isOfficial: options.isOfficial ?? file.isOfficial ?? !author,
        downloadUrl: file.downloadUrl ?? `/plugins/${file.id}.json`,
        downloadCount: file.downloadCount ?? 0,
        versions: new Map([[version, unwrapUi(ui)]]),
        manifests: new Map([[version, pickManifestFields(file)]]),
        downloadedBy: new Set(),
        createdAt: at,
        updatedAt: at,
      };
      db.plugins.set(plugin.id, plugin);
      return plugin;
    },

    publishVersion(pluginId, version, ui) {
      const plugin = db.plugins.get(pluginId);
      if (!plugin) throw new Error(`createMockDatabase: no plugin "${pluginId}".`);
      plugin.version = version;
      if (ui !== undefined) plugin.ui = ui;
      plugin.versions.set(version, plugin.ui);
      plugin.updatedAt = now();
    },

    install(userId, pluginId, version) {
      const plugin = db.plugins.get(pluginId);
      if (!plugin) throw new Error(`createMockDatabase: no plugin "${pluginId}".`);
      const at = now();
      const chosen = version ?? plugin.version;
      const install: MockInstall = {
        userId,
        pluginId,
        name: plugin.name,
        description: plugin.description,
        author: plugin.author,
        authorAvatar: plugin.authorAvatar,
        slot: plugin.slot,
        version: chosen,
        ui: structuredClone(plugin.versions.get(chosen) ?? plugin.ui),
        manifest: structuredClone(plugin.manifests.get(chosen) ?? {}),
        settingValues: {},
        // As the server's seed and install: the user allowed what this version declares.
        consent: permissionsOf(plugin.manifests.get(chosen)),
        isActive: true,
        installedAt: at,
        updatedAt: at,
      };
      db.installs.set(installKey(userId, pluginId), install);
      if (!plugin.downloadedBy.has(userId)) {
        plugin.downloadedBy.add(userId);
        plugin.downloadCount += 1;
      }
      return install;
    },
  };

  for (const file of seed.plugins ?? seedPluginFiles) {
    const plugin = db.addPlugin(structuredClone(file));
    for (const older of file.olderVersions ?? []) {
      plugin.versions.set(older.version, unwrapUi(older.ui));
      plugin.manifests.set(older.version, pickManifestFields(older));
    }
  }
  const installs: NonNullable<MockDatabaseSeed['installs']> =
    seed.installs ??
    (seed.plugins
      ? []
      : seedInstalls.filter((entry) => db.plugins.has(entry.pluginId) && db.findUser(entry.username)));
  for (const entry of installs) {
    const user = db.findUser(entry.username);
    if (!user) throw new Error(`createMockDatabase: install for unknown user "${entry.username}".`);
    const install = db.install(user.id, entry.pluginId, entry.version);
    if (entry.isActive === false) install.isActive = false;
  }
  return db;
}

/** The `permissions` a stored manifest declares, or undefined when it has none. */
export function permissionsOf(manifest: StoredManifest | undefined): string[] | undefined {
  const permissions = manifest?.permissions;
  return Array.isArray(permissions)
    ? permissions.filter((permission): permission is string => typeof permission === 'string')
    : undefined;
}

export function installKey(userId: number, pluginId: string): string {
  return `${userId}:${pluginId}`;
}

/** The real market sometimes stores the whole file as `ui`: `{ ui: { ui: {...} } }`. */
export function unwrapUi(ui: unknown): unknown {
  if (typeof ui === 'object' && ui !== null && !('type' in ui) && 'ui' in ui)
    return (ui as { ui: unknown }).ui;
  return ui;
}
