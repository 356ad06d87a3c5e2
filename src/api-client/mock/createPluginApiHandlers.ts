import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import semver from 'semver';
import {
  parseStacDocument,
  pickManifestFields,
  readPluginManifest,
  SLOT_PATTERN,
  type StacIssue,
} from '../../stac-schema';
import { describePermission, validateSettingValues } from '../../plugin-host';
import {
  createMockDatabase,
  installKey,
  unwrapUi,
  type MockDatabase,
  type MockInstall,
  type MockPlugin,
  type MockUser,
} from './createMockDatabase';

/**
 * msw handlers that implement the Plugin API contract in memory, with the reference server's semantics:
 * the same routes under the same base, the same views (`isInstalled`, `hasUpdate`, `latestVersion`, ...),
 * the same status codes and error codes (`{ success: false, message, error }`), strict STAC validation
 * with `issues`, and 401 without a live token. Component tests and Storybook use it; the real server is
 * tested over real HTTP in test/server.
 */

export type MockScenario = 'default' | 'empty' | 'error' | 'slow' | 'updateAvailable';

export interface PluginApiHandlerOptions {
  /** The data behind the handlers; share one with the test to arrange and inspect. Default: fresh seed. */
  db?: MockDatabase;
  /** Where the API is mounted (default `/api/v1`, any origin). */
  baseUrl?: string;
  /** Delay before each answer in ms (default 0; 1500 for the `slow` scenario). */
  latencyMs?: number;
  /**
   * Story presets: `empty` (no plugins at all), `error` (every call fails with 500), `slow` (1.5 s per
   * call), `updateAvailable` (every user has every public plugin installed, and each has a newer version).
   */
  scenario?: MockScenario;
  /** Treat requests without a token as this user (stories without a sign-in step). */
  signedInAs?: string;
}

type MockErrorCode =
  | 'PLUGIN_NOT_FOUND'
  | 'CONSENT_REQUIRED'
  | 'ALREADY_INSTALLED'
  | 'INVALID_STAC'
  | 'PERMISSION_DENIED'
  | 'VERSION_CONFLICT'
  | 'UNAUTHORIZED'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'INVALID_JSON'
  | 'INVALID_REQUEST'
  | 'ASSET_NOT_FOUND'
  | 'NOT_FOUND'
  | 'URL_NOT_ALLOWED'
  | 'FETCH_FAILED'
  | 'INVALID_SETTINGS'
  | 'INTERNAL_ERROR';

class MockApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: MockErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const pluginNotFound = (id: string, what = 'Plugin') =>
  new MockApiError(404, 'PLUGIN_NOT_FOUND', `${what} "${id}" was not found.`, { pluginId: id });

const invalidStac = (issues: StacIssue[], what = 'The plugin UI') =>
  new MockApiError(
    422,
    'INVALID_STAC',
    `${what} is not a valid STAC document: fix the listed issues and try again.`,
    { issues },
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVersion = (value: unknown): value is string =>
  typeof value === 'string' && semver.valid(value) === value;
const isNewer = (candidate: string, current: string) =>
  isVersion(candidate) && isVersion(current) && semver.gt(candidate, current);

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'plugin';
}

function validateUi(ui: unknown): { ok: boolean; issues: StacIssue[] } {
  const result = parseStacDocument(ui, { mode: 'strict', rootPath: 'ui' });
  return { ok: result.ok, issues: result.issues };
}

/** Field checks of a request body; a failure is a 400 INVALID_REQUEST naming each field. */
type FieldCheck = (value: unknown) => string | null;
const optional =
  (check: FieldCheck): FieldCheck =>
  (value) =>
    value === undefined ? null : check(value);
const nonEmptyString =
  (max: number, what: string): FieldCheck =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= max ? null : what;
const boolean: FieldCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false');
const version: FieldCheck = (value) => (isVersion(value) ? null : 'use a semver version such as 1.2.0');
const slot: FieldCheck = (value) =>
  typeof value === 'string' && SLOT_PATTERN.test(value)
    ? null
    : 'use a slot name such as dashboard_top or asset_detail';

const stringList =
  (maxItems: number, maxLength: number): FieldCheck =>
  (value) =>
    Array.isArray(value) &&
    value.length <= maxItems &&
    value.every((item) => typeof item === 'string' && item.length <= maxLength)
      ? null
      : `send a list of at most ${maxItems} strings`;

async function readBody(
  request: Request,
  fields: Record<string, FieldCheck>,
): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '')
    throw new MockApiError(400, 'INVALID_JSON', 'The request body is empty; send a JSON object.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new MockApiError(
      400,
      'INVALID_JSON',
      'The request body is not valid JSON: check quotes, commas and braces.',
    );
  }
  if (!isRecord(json))
    throw new MockApiError(400, 'INVALID_REQUEST', 'The request body is not accepted: send a JSON object.');
  const problems = Object.entries(fields).flatMap(([key, check]) => {
    const problem = check(json[key]);
    return problem ? [`${key}: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new MockApiError(
      400,
      'INVALID_REQUEST',
      `The request body is not accepted: ${problems.join('; ')}.`,
      { problems },
    );
  }
  return json;
}

/** `ui` for a one-surface plugin; a composite plugin's documents are its `surfaces` (as the server answers). */
function documentOf(ui: unknown, manifest: Record<string, unknown>) {
  return manifest.surfaces === undefined ? { ui: structuredClone(ui) } : {};
}

function communityView(plugin: MockPlugin, userId: number, install: MockInstall | undefined) {
  // As the server: the manifest fields first, so they can never override the listing's own fields.
  return {
    ...structuredClone(plugin.manifests.get(plugin.version) ?? {}),
    id: plugin.id,
    name: plugin.name,
    description: plugin.description,
    author: plugin.author,
    authorAvatar: plugin.authorAvatar,
    version: plugin.version,
    latestVersion: plugin.version,
    slot: plugin.slot,
    ...documentOf(plugin.ui, plugin.manifests.get(plugin.version) ?? {}),
    downloadCount: plugin.downloadCount,
    isOfficial: plugin.isOfficial,
    isPublic: plugin.isPublic,
    isMine: plugin.authorUserId === userId,
    isInstalled: install !== undefined,
    installedVersion: install?.version ?? null,
    hasUpdate: install !== undefined && isNewer(plugin.version, install.version),
    downloadUrl: plugin.downloadUrl,
    createdAt: plugin.createdAt,
    updatedAt: plugin.updatedAt,
  };
}

/** The permissions the plugin's current version declares (none for a plugin without a manifest). */
function declaredPermissions(plugin: MockPlugin): string[] {
  const permissions = plugin.manifests.get(plugin.version)?.permissions;
  return Array.isArray(permissions) ? permissions.filter((p): p is string => typeof p === 'string') : [];
}

/** As the server: nothing is installed until the user has allowed every permission the plugin declares. */
function consentRequired(plugin: MockPlugin, permissions: string[]): MockApiError {
  return new MockApiError(
    409,
    'CONSENT_REQUIRED',
    `“${plugin.name}” asks for permissions you have not allowed yet: ${permissions.join(', ')}. Show them to the user and send the allowed ones as "acceptPermissions".`,
    {
      consent: [
        {
          pluginId: plugin.id,
          name: plugin.name,
          version: plugin.version,
          permissions: permissions.map((permission) => describePermission(permission)),
        },
      ],
    },
  );
}

function installedView(db: MockDatabase, install: MockInstall) {
  const plugin = db.plugins.get(install.pluginId);
  const latestVersion = plugin?.version ?? install.version;
  return {
    ...structuredClone(install.manifest),
    id: install.pluginId,
    name: install.name,
    description: install.description,
    author: install.author,
    authorAvatar: install.authorAvatar,
    version: install.version,
    latestVersion,
    hasUpdate: isNewer(latestVersion, install.version),
    slot: install.slot,
    ...documentOf(install.ui, install.manifest),
    isActive: install.isActive,
    settingValues: structuredClone(install.settingValues),
    consentedPermissions: null,
    updatePermissions: [],
    isMine: plugin?.authorUserId === install.userId,
    isOfficial: plugin?.isOfficial ?? false,
    isPublic: plugin?.isPublic ?? false,
    downloadCount: plugin?.downloadCount ?? 0,
    inCatalog: plugin !== undefined,
    installedAt: install.installedAt,
    updatedAt: install.updatedAt,
  };
}

/** The server's tolerant reading of a plugin file (see server/plugins/pluginDocument.ts). */
function readPluginFile(json: unknown, fallbackName: string) {
  if (!isRecord(json)) {
    return {
      issues: [
        {
          code: 'not_an_object',
          severity: 'error',
          path: '',
          message: 'A plugin file must be a JSON object.',
        } as StacIssue,
      ],
    };
  }
  const issues: StacIssue[] = [];
  let ui: unknown = json.ui;
  if (ui === undefined && typeof json.type === 'string') ui = json;
  ui = unwrapUi(ui);
  if (ui === undefined) {
    return {
      issues: [
        {
          code: 'missing_required',
          severity: 'error',
          path: 'ui',
          message: 'The plugin has no "ui": add the STAC document as "ui".',
        } as StacIssue,
      ],
    };
  }
  let fileVersion = typeof json.version === 'string' ? json.version.trim() : undefined;
  if (!isVersion(fileVersion)) {
    issues.push({
      code: 'invalid_plugin',
      severity: 'warning',
      path: 'version',
      message: 'No valid version; 1.0.0 is assumed.',
    });
    fileVersion = '1.0.0';
  }
  let fileSlot = typeof json.slot === 'string' ? json.slot.trim() : undefined;
  if (!fileSlot || !SLOT_PATTERN.test(fileSlot)) {
    issues.push({
      code: 'invalid_plugin',
      severity: 'warning',
      path: 'slot',
      message: 'No valid slot; "dashboard_top" is assumed.',
    });
    fileSlot = 'dashboard_top';
  }
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  const id = text(json.id);
  return {
    plugin: {
      id: id && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) ? id : undefined,
      name: text(json.name) ?? fallbackName,
      description: text(json.description) ?? '',
      version: fileVersion,
      author: text(json.author),
      authorAvatar:
        typeof json.authorAvatar === 'string' && json.authorAvatar.startsWith('https://')
          ? json.authorAvatar
          : null,
      slot: fileSlot,
      ui,
    },
    issues,
  };
}

/** Stands in for the server's safe fetcher: only https, and only the files the database knows. */
function fetchRemote(db: MockDatabase, url: string): unknown {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MockApiError(400, 'URL_NOT_ALLOWED', 'That is not a URL; use an https URL of a plugin file.', {
      reason: 'INVALID_URL',
    });
  }
  if (parsed.protocol !== 'https:') {
    throw new MockApiError(400, 'URL_NOT_ALLOWED', 'Only https URLs can be fetched.', {
      reason: 'URL_NOT_ALLOWED',
    });
  }
  if (!db.remoteFiles.has(url)) {
    throw new MockApiError(
      502,
      'FETCH_FAILED',
      'The plugin could not be downloaded: the server answered 404.',
      { reason: 'HTTP_STATUS' },
    );
  }
  return structuredClone(db.remoteFiles.get(url));
}

function applyScenario(db: MockDatabase, scenario: MockScenario): void {
  if (scenario === 'empty') {
    db.plugins.clear();
    db.installs.clear();
  }
  if (scenario === 'updateAvailable') {
    for (const plugin of db.plugins.values()) {
      if (!plugin.isPublic) continue;
      for (const user of db.users)
        if (!db.installs.has(installKey(user.id, plugin.id))) db.install(user.id, plugin.id);
      const next = semver.inc(isVersion(plugin.version) ? plugin.version : '1.0.0', 'minor') ?? '1.1.0';
      db.publishVersion(plugin.id, next);
    }
  }
}

const MAX_LOGIN_FAILURES = 5;

export function createPluginApiHandlers(options: PluginApiHandlerOptions = {}): HttpHandler[] {
  const db = options.db ?? createMockDatabase();
  const scenario = options.scenario ?? 'default';
  applyScenario(db, scenario);
  const latencyMs = options.latencyMs ?? (scenario === 'slow' ? 1500 : 0);
  const trimmedBase = (options.baseUrl ?? '/api/v1').replace(/\/+$/, '');
  // A relative base matches on any origin: the page's in a browser, whatever a test names in Node.
  const prefix = /^[a-z][a-z0-9+.-]*:/i.test(trimmedBase) ? trimmedBase : `*${trimmedBase}`;
  const loginFailures = new Map<string, number>();

  type Method = 'get' | 'post' | 'put' | 'delete';
  interface Context {
    request: Request;
    params: Record<string, string>;
    url: URL;
    user: MockUser;
  }
  type Handler = (context: Context) => Promise<Response> | Response;
  type PublicHandler = (context: Omit<Context, 'user'>) => Promise<Response> | Response;

  function authenticate(request: Request): MockUser {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const userId = match ? db.sessions.get(match[1]) : undefined;
    const user = userId === undefined ? undefined : db.users.find((u) => u.id === userId);
    if (user) return user;
    const fallback = !match && options.signedInAs ? db.findUser(options.signedInAs) : undefined;
    if (fallback) return fallback;
    throw new MockApiError(
      401,
      'UNAUTHORIZED',
      match
        ? 'Your session has expired or is invalid; sign in again.'
        : 'Sign in first: this route needs a Bearer token.',
      {},
      { 'WWW-Authenticate': 'Bearer' },
    );
  }

  function respond(
    method: Method,
    path: string,
    run: (request: Request, params: Record<string, string>, url: URL) => Promise<Response> | Response,
  ): HttpHandler {
    return http[method](`${prefix}${path}`, async ({ request, params }) => {
      if (latencyMs > 0) await delay(latencyMs);
      try {
        if (scenario === 'error') {
          throw new MockApiError(
            500,
            'INTERNAL_ERROR',
            'Something went wrong on the server; try again later.',
          );
        }
        const stringParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        return await run(request, stringParams, new URL(request.url));
      } catch (error) {
        if (!(error instanceof MockApiError)) throw error;
        return HttpResponse.json(
          { success: false, message: error.message, error: error.code, ...error.details },
          { status: error.status, headers: error.headers },
        );
      }
    });
  }

  /** A route that needs a live token, like everything under the server's API but login, demo and health. */
  const route = (method: Method, path: string, handler: Handler): HttpHandler =>
    respond(method, path, (request, params, url) =>
      handler({ request, params, url, user: authenticate(request) }),
    );

  const publicRoute = (method: Method, path: string, handler: PublicHandler): HttpHandler =>
    respond(method, path, (request, params, url) => handler({ request, params, url }));

  const visible = (plugin: MockPlugin, user: MockUser) => plugin.isPublic || plugin.authorUserId === user.id;
  const installOf = (user: MockUser, pluginId: string) => db.installs.get(installKey(user.id, pluginId));

  function findOwnPlugin(id: string, user: MockUser): MockPlugin {
    const plugin = db.plugins.get(id);
    if (!plugin || !visible(plugin, user)) throw pluginNotFound(id);
    if (plugin.authorUserId !== user.id) {
      throw new MockApiError(
        403,
        'PERMISSION_DENIED',
        `Only the author (${plugin.author}) can change or delete "${plugin.name}".`,
        {
          pluginId: id,
        },
      );
    }
    return plugin;
  }

  const alreadyInstalled = (name: string, pluginId: string) =>
    new MockApiError(409, 'ALREADY_INSTALLED', `"${name}" is already installed.`, { pluginId });

  return [
    publicRoute('get', '/health', () => HttpResponse.json({ ok: true, service: 'stac-web-mock' })),

    publicRoute('get', '/auth/demo', () =>
      HttpResponse.json({
        demo: true,
        enabled: true,
        users: db.users.map(({ username, password, name }) => ({ username, password, name })),
        message: 'Demo mode: sign in with one of these accounts.',
      }),
    ),

    publicRoute('post', '/auth/login', async ({ request }) => {
      const body = await readBody(request, {
        username: nonEmptyString(64, 'enter a username'),
        password: nonEmptyString(1024, 'enter a password'),
      });
      const username = String(body.username).trim();
      const failures = loginFailures.get(username.toLowerCase()) ?? 0;
      if (failures >= MAX_LOGIN_FAILURES) {
        throw new MockApiError(
          429,
          'RATE_LIMITED',
          'Too many failed sign-ins. Try again in 15 minute(s).',
          { retryAfterSeconds: 900 },
          {
            'Retry-After': '900',
          },
        );
      }
      const user = db.findUser(username);
      if (!user || user.password !== body.password) {
        loginFailures.set(username.toLowerCase(), failures + 1);
        throw new MockApiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password.');
      }
      loginFailures.delete(username.toLowerCase());
      const token = `mock-${crypto.randomUUID()}`;
      db.sessions.set(token, user.id);
      return HttpResponse.json({
        token,
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        user: { id: user.id, username: user.username, name: user.name, avatarUrl: user.avatarUrl },
      });
    }),

    route('post', '/auth/logout', ({ request }) => {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      if (token) db.sessions.delete(token);
      return HttpResponse.json({ success: true, message: 'Signed out.' });
    }),

    route('get', '/auth/me', ({ user }) =>
      HttpResponse.json({
        user: { id: user.id, username: user.username, name: user.name, avatarUrl: user.avatarUrl },
      }),
    ),

    route('get', '/plugins/community', ({ user }) => {
      const list = [...db.plugins.values()]
        .filter((plugin) => visible(plugin, user))
        .sort(
          (a, b) =>
            Number(b.isOfficial) - Number(a.isOfficial) ||
            b.downloadCount - a.downloadCount ||
            a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
        );
      return HttpResponse.json(
        list.map((plugin) => communityView(plugin, user.id, installOf(user, plugin.id))),
      );
    }),

    route('get', '/plugins/installed', ({ user }) => {
      const list = [...db.installs.values()]
        .filter((install) => install.userId === user.id)
        .sort((a, b) => a.installedAt.localeCompare(b.installedAt) || a.pluginId.localeCompare(b.pluginId));
      return HttpResponse.json(list.map((install) => installedView(db, install)));
    }),

    route('get', '/plugins/preview-stac', ({ url }) => {
      const target = url.searchParams.get('url');
      if (!target) {
        throw new MockApiError(
          400,
          'INVALID_REQUEST',
          'Add the plugin file URL as ?url=https://raw.githubusercontent.com/...',
        );
      }
      const json = fetchRemote(db, target);
      const fallbackName = decodeURIComponent(new URL(target).pathname.split('/').pop() ?? 'plugin').replace(
        /\.json$/i,
        '',
      );
      const { plugin, issues } = readPluginFile(json, fallbackName);
      if (!plugin) throw invalidStac(issues, 'The file');
      const validation = validateUi(plugin.ui);
      return HttpResponse.json({
        ...plugin,
        id: plugin.id ?? slugify(plugin.name),
        sourceUrl: target,
        valid: validation.ok,
        issues: [...issues, ...validation.issues],
      });
    }),

    route('post', '/plugins/install', async ({ request, user }) => {
      const body = await readBody(request, {
        id: optional(nonEmptyString(100, 'give the plugin id')),
        download_url: optional(nonEmptyString(2048, 'give the plugin file URL')),
        downloadUrl: optional(nonEmptyString(2048, 'give the plugin file URL')),
        isOfficial: optional(boolean),
        acceptPermissions: optional(stringList(64, 300)),
      });
      const id = typeof body.id === 'string' ? body.id.trim() : undefined;
      const url = (body.download_url ?? body.downloadUrl) as string | undefined;
      const catalog = id ? db.plugins.get(id) : undefined;
      if (catalog && visible(catalog, user)) {
        if (installOf(user, catalog.id)) throw alreadyInstalled(catalog.name, catalog.id);
        const accepted = (body.acceptPermissions as string[] | undefined) ?? [];
        const unaccepted = declaredPermissions(catalog).filter(
          (permission) => !accepted.includes(permission),
        );
        if (unaccepted.length > 0) throw consentRequired(catalog, unaccepted);
        const install = db.install(user.id, catalog.id);
        return HttpResponse.json({
          success: true,
          message: 'Plugin installed successfully',
          plugin: installedView(db, install),
        });
      }
      if (!url) throw pluginNotFound(id ?? '(no id)');
      if (id && installOf(user, id)) throw alreadyInstalled(id, id);
      const fetched = fetchRemote(db, url);
      const { plugin, issues } = readPluginFile(
        fetched,
        typeof body.name === 'string' ? body.name : 'Plugin',
      );
      if (!plugin) throw invalidStac(issues, 'The downloaded file');
      const validation = validateUi(plugin.ui);
      if (!validation.ok) throw invalidStac(validation.issues, 'The downloaded plugin UI');
      const pluginId = id ?? plugin.id ?? slugify(plugin.name);
      if (catalog || db.plugins.has(pluginId)) {
        throw new MockApiError(
          409,
          'VERSION_CONFLICT',
          `The id "${pluginId}" belongs to another plugin; install it under a different id.`,
          {
            pluginId,
          },
        );
      }
      if (installOf(user, pluginId)) throw alreadyInstalled(plugin.name, pluginId);
      const at = new Date().toISOString();
      const install: MockInstall = {
        userId: user.id,
        pluginId,
        name: plugin.name,
        description: plugin.description,
        author: plugin.author ?? (typeof body.author === 'string' ? body.author : 'unknown'),
        authorAvatar: plugin.authorAvatar,
        slot: plugin.slot,
        version: plugin.version,
        ui: plugin.ui,
        manifest: pickManifestFields(fetched),
        settingValues: {},
        isActive: true,
        installedAt: at,
        updatedAt: at,
      };
      db.installs.set(installKey(user.id, pluginId), install);
      return HttpResponse.json({
        success: true,
        message: 'Plugin installed successfully',
        plugin: installedView(db, install),
      });
    }),

    route('delete', '/plugins/uninstall/:pluginId', ({ params, user }) => {
      if (!db.installs.delete(installKey(user.id, params.pluginId)))
        throw pluginNotFound(params.pluginId, 'Installed plugin');
      return HttpResponse.json({ success: true, message: 'Plugin uninstalled' });
    }),

    route('put', '/plugins/user/toggle', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        isActive: (value) => (typeof value === 'boolean' ? null : 'isActive must be true or false'),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      install.isActive = body.isActive as boolean;
      install.updatedAt = new Date().toISOString();
      return HttpResponse.json({ success: true, isActive: install.isActive });
    }),

    // The reference server's settings route, with the same validation (plugin-host's validateSettingValues).
    route('put', '/plugins/user/settings', async ({ request, user }) => {
      const body = await readBody(request, {
        pluginId: nonEmptyString(100, 'give the plugin id'),
        values: (value) => (isRecord(value) ? null : 'values is an object of setting values by key'),
      });
      const install = installOf(user, String(body.pluginId));
      if (!install) throw pluginNotFound(String(body.pluginId), 'Installed plugin');
      const { manifest } = readPluginManifest({ ...install.manifest, ui: install.ui });
      const checked = validateSettingValues(manifest.settings, body.values);
      if (!checked.ok) {
        throw new MockApiError(
          422,
          'INVALID_SETTINGS',
          `Some settings of “${install.name}” are not valid: ${checked.errors.map((e) => e.message).join(' ')}`,
          {
            errors: checked.errors,
            fieldErrors: Object.fromEntries(checked.errors.map((e) => [e.key, e.message])),
          },
        );
      }
      install.settingValues = checked.values;
      return HttpResponse.json({
        success: true,
        settingValues: checked.values,
        plugin: installedView(db, install),
      });
    }),

    route('post', '/plugins/user/update', async ({ request, user }) => {
      const body = await readBody(request, { pluginId: nonEmptyString(100, 'give the plugin id') });
      const id = String(body.pluginId);
      const install = installOf(user, id);
      if (!install) throw pluginNotFound(id, 'Installed plugin');
      const plugin = db.plugins.get(id);
      if (!plugin) {
        throw new MockApiError(
          404,
          'PLUGIN_NOT_FOUND',
          `"${install.name}" is no longer in the catalog; there is nothing to update to.`,
          {
            pluginId: id,
          },
        );
      }
      if (!isNewer(plugin.version, install.version)) {
        return HttpResponse.json({
          success: true,
          updated: false,
          version: install.version,
          message: `"${plugin.name}" is already at the latest version (${install.version}).`,
          plugin: installedView(db, install),
        });
      }
      const from = install.version;
      Object.assign(install, {
        name: plugin.name,
        description: plugin.description,
        author: plugin.author,
        authorAvatar: plugin.authorAvatar,
        slot: plugin.slot,
        version: plugin.version,
        ui: structuredClone(plugin.ui),
        manifest: structuredClone(plugin.manifests.get(plugin.version) ?? {}),
        updatedAt: new Date().toISOString(),
      });
      return HttpResponse.json({
        success: true,
        updated: true,
        version: plugin.version,
        message: `"${plugin.name}" updated from ${from} to ${plugin.version}.`,
        plugin: installedView(db, install),
      });
    }),

    route('post', '/plugins', async ({ request, user }) => {
      const body = await readBody(request, {
        name: nonEmptyString(100, 'give the plugin a name'),
        version,
        description: optional((v) =>
          typeof v === 'string' && v.length <= 2000 ? null : 'at most 2000 characters',
        ),
        slot,
        ui: (value) => (value === undefined ? 'add the STAC document as "ui"' : null),
        isPublic: optional(boolean),
      });
      const validation = validateUi(body.ui);
      if (!validation.ok) throw invalidStac(validation.issues);
      const id = `${slugify(String(body.name))}-${crypto.randomUUID().slice(0, 6)}`;
      const plugin = db.addPlugin(
        {
          id,
          name: String(body.name).trim(),
          description: typeof body.description === 'string' ? body.description : '',
          version: String(body.version),
          slot: String(body.slot),
          ui: body.ui,
          authorAvatar: user.avatarUrl,
          downloadUrl: null,
        },
        { authorUsername: user.username, isPublic: body.isPublic !== false, isOfficial: false },
      );
      return HttpResponse.json(
        { ...communityView(plugin, user.id, undefined), issues: validation.issues },
        { status: 201 },
      );
    }),

    route('get', '/plugins/:id', ({ params, user }) => {
      const plugin = db.plugins.get(params.id);
      const install = installOf(user, params.id);
      if (!plugin || !(visible(plugin, user) || install)) throw pluginNotFound(params.id);
      return HttpResponse.json(communityView(plugin, user.id, install));
    }),

    route('put', '/plugins/:id', async ({ request, params, user }) => {
      const plugin = findOwnPlugin(params.id, user);
      const body = await readBody(request, {
        version,
        name: optional(nonEmptyString(100, 'give the plugin a name')),
        description: optional((v) =>
          typeof v === 'string' && v.length <= 2000 ? null : 'at most 2000 characters',
        ),
        slot: optional(slot),
        isPublic: optional(boolean),
      });
      if (!isNewer(String(body.version), plugin.version)) {
        throw new MockApiError(
          409,
          'VERSION_CONFLICT',
          `Version ${String(body.version)} must be greater than the current ${plugin.version}.`,
          {
            currentVersion: plugin.version,
          },
        );
      }
      let issues: StacIssue[] = [];
      if (body.ui !== undefined) {
        const validation = validateUi(body.ui);
        if (!validation.ok) throw invalidStac(validation.issues);
        issues = validation.issues;
      }
      if (typeof body.name === 'string') plugin.name = body.name.trim();
      if (typeof body.description === 'string') plugin.description = body.description;
      if (typeof body.slot === 'string') plugin.slot = body.slot;
      if (typeof body.isPublic === 'boolean') plugin.isPublic = body.isPublic;
      db.publishVersion(plugin.id, String(body.version), body.ui);
      return HttpResponse.json({
        ...communityView(plugin, user.id, installOf(user, plugin.id)),
        pullRequestUrl: null,
        issues,
      });
    }),

    route('delete', '/plugins/:id', ({ params, url, user }) => {
      const plugin = findOwnPlugin(params.id, user);
      const fromGitHub = ['true', '1', 'yes'].includes(
        (url.searchParams.get('deleteFromGitHub') ?? '').toLowerCase(),
      );
      db.plugins.delete(plugin.id);
      return HttpResponse.json({
        success: true,
        deletedFromGitHub: false,
        message: fromGitHub
          ? 'Plugin deleted from the database. This mock has no GitHub connection, so nothing was deleted on GitHub.'
          : 'Plugin deleted from the database.',
      });
    }),

    route('get', '/assets', () => HttpResponse.json(db.assets)),

    route('get', '/assets/:id', ({ params }) => {
      const asset = db.assets.find((a) => a.id === params.id);
      if (!asset)
        throw new MockApiError(404, 'ASSET_NOT_FOUND', `Asset "${params.id}" was not found.`, {
          assetId: params.id,
        });
      return HttpResponse.json(asset);
    }),

    // The mock runs no plugin jobs (the reference server does): the plugins page shows none.
    route('get', '/plugin-jobs', () => HttpResponse.json({ jobs: [] })),

    ...(['get', 'post', 'put', 'delete'] as const).map((method) =>
      route(method, '/*', ({ request }) => {
        throw new MockApiError(
          404,
          'NOT_FOUND',
          `There is no API route ${request.method} ${new URL(request.url).pathname}.`,
        );
      }),
    ),
  ];
}
