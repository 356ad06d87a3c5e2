/**
 * A stand-in for a real Invenicum backend (lopiv2/invenicum_backend at 8de23bf, Express + Prisma), for
 * tests: the same routes, bodies, wrappers, status codes and quirks, read from its source. Each answer
 * names the file it follows. State lives in memory (a test double of someone else's server); GitHub (the
 * market repository the backend reads and proposes pull requests to) is a map of raw files and a list of
 * pull requests. It speaks real HTTP on 127.0.0.1 (port 0) and, like the real app.js with a web build in
 * public/web, can serve a built SPA from the same origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import semver from 'semver';

export const MARKET_OWNER = 'lopiv2';
export const MARKET_REPO = 'invenicum-market-repository';
const RAW = `https://raw.githubusercontent.com/${MARKET_OWNER}/${MARKET_REPO}/main`;
/** src/config/githubConstants.js pluginRepoUrl (default). */
export const MARKET_INDEX_URL = `${RAW}/repository_plugin.json`;
export const marketFileUrl = (id: string) => `${RAW}/plugins/${id}.json`;

type Json = Record<string, unknown>;

export interface CompatUser {
  id: number;
  email: string;
  name: string;
  /** null until GitHub is linked (userService.updateGitHubIdentity sets it to the handle). */
  username: string | null;
  password: string;
  githubHandle: string | null;
  avatarUrl: string | null;
}

/** prisma/schema.prisma `Plugin`. */
export interface PluginRow {
  id: string;
  name: string;
  version: string | null;
  description: string | null;
  slot: string;
  ui: unknown;
  isPublic: boolean;
  authorAvatar: string | null;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

/** prisma/schema.prisma `UserPlugin`. */
export interface UserPluginRow {
  id: number;
  createdAt: string;
  userId: number;
  isActive: boolean;
  pluginId: string;
}

export interface PullRequest {
  number: number;
  html_url: string;
  title: string;
  /** The plugin file proposed (pluginService.uploadPluginJson / updatePlugin). */
  file: Json;
}

export interface CompatState {
  users: CompatUser[];
  plugins: Map<string, PluginRow>;
  userPlugins: UserPluginRow[];
  /** Raw files on GitHub, by URL (the market index and plugin files). */
  github: Map<string, unknown>;
  pullRequests: PullRequest[];
  /** Raw Prisma InventoryItem rows with location, assetType and images, by owner id. */
  items: Map<number, Json[]>;
  /** Every request as `METHOD path`, for tests that check what the client sent. */
  requests: Array<{ method: string; path: string; body: unknown }>;
}

export interface CompatServerOptions {
  /** A built SPA (dist/) to serve like app.js serves public/web, with history fallback. */
  webRoot?: string;
  /** Served as /config.json beside the SPA (a file an operator drops into public/web). */
  webConfig?: Json;
  seed?: (state: CompatState) => void;
}

export interface CompatServer {
  url: string;
  apiUrl: string;
  state: CompatState;
  close(): Promise<void>;
}

const now = () => new Date().toISOString();

function userDto(user: CompatUser) {
  // src/models/userModel.js
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    username: user.username || null,
    githubId: null,
    githubHandle: user.githubHandle,
    avatarUrl: user.avatarUrl,
    githubLinkedAt: null,
    isGithubVerified: false,
    themeConfig: null,
    preferences: null,
  };
}

/** The page Express sends for a route it does not have (finalhandler). */
function expressNotFound(c: Context) {
  return c.html(
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${c.req.method} ${c.req.path}</pre>\n</body>\n</html>\n`,
    404,
  );
}

async function jsonBody(c: Context): Promise<Json> {
  try {
    const body = (await c.req.json()) as unknown;
    return typeof body === 'object' && body !== null ? (body as Json) : {};
  } catch {
    return {};
  }
}

export function createCompatState(): CompatState {
  return {
    users: [],
    plugins: new Map(),
    userPlugins: [],
    github: new Map(),
    pullRequests: [],
    items: new Map(),
    requests: [],
  };
}

export async function startInvenicumCompatServer(options: CompatServerOptions = {}): Promise<CompatServer> {
  const state = createCompatState();
  options.seed?.(state);
  const tokens = new Map<string, number>();
  const app = new Hono<{ Variables: { user: CompatUser } }>();

  // A stand-in for axios.get on GitHub: a missing file fails like axios does on a 404.
  const fetchGithub = (url: string): unknown => {
    if (!state.github.has(url)) throw new Error('Request failed with status code 404');
    return structuredClone(state.github.get(url));
  };

  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) {
      const body = ['POST', 'PUT', 'PATCH'].includes(c.req.method) ? await c.req.raw.clone().text() : '';
      state.requests.push({
        method: c.req.method,
        path: c.req.path,
        body: body ? JSON.parse(body) : undefined,
      });
    }
    await next();
  });

  /** src/middleware/authMiddleware.js */
  const verifyToken = async (c: Context, next: () => Promise<void>) => {
    const header = c.req.header('authorization');
    if (!header) return c.json({ success: false, message: 'Token no proporcionado' }, 401);
    const userId = tokens.get(header.split(' ')[1] ?? '');
    const user = state.users.find((candidate) => candidate.id === userId);
    if (!user) return c.json({ success: false, message: 'Invalid or expired token' }, 401);
    c.set('user', user);
    await next();
  };

  const api = '/api/v1';

  // ---- src/routes/authRoutes.js (mounted first, before any router that checks tokens)
  app.get(`${api}/auth/first-run`, (c) => c.json({ firstRun: state.users.length === 0 }));
  app.post(`${api}/auth/login`, async (c) => {
    const { username, password } = await jsonBody(c);
    if (!username || !password) return c.json({ success: false, message: 'Missing credentials' }, 400);
    // src/services/userService.js login: `username` is looked up as the e-mail.
    const user = state.users.find((candidate) => candidate.email === username);
    if (!user || user.password !== password)
      return c.json({ success: false, message: 'Wrong username or password' }, 401);
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, user.id);
    return c.json({ success: true, token, user: userDto(user) });
  });
  app.get(`${api}/auth/me`, verifyToken, (c) => c.json({ success: true, user: userDto(c.get('user')) }));
  app.post(`${api}/auth/logout`, (c) => c.json({ success: true, message: 'Session closed successfully' }));

  // ---- src/routes/itemRoutes.js GET /items + inventoryItemService.getAllItemsForUser (raw Prisma rows)
  app.get(`${api}/items`, verifyToken, (c) => {
    const items = [...(state.items.get(c.get('user').id) ?? [])].sort((a, b) =>
      String(a.name).localeCompare(String(b.name)),
    );
    return c.json({
      success: true,
      data: { items, aggregationDefinitions: [], aggregationResults: {} },
    });
  });

  // ---- src/routes/loanRoutes.js is mounted at /api/v1/ with router.use(authMiddleware): every request
  // that reaches it (all later routers, the plugin routes among them) needs a token, even "public" ones.
  app.use(`${api}/*`, async (c, next) => {
    if (c.req.path.startsWith(`${api}/auth/`)) return next();
    return verifyToken(c, next);
  });

  /** pluginService._getGitHubPlugins: the index, each entry hydrated from its download_url. */
  const githubPlugins = (): Json[] => {
    let index: unknown;
    try {
      index = fetchGithub(MARKET_INDEX_URL);
    } catch {
      return [];
    }
    const list = (index as { plugins?: Json[] }).plugins;
    if (!Array.isArray(list)) return [];
    return list.map((plugin) => {
      let hydrated: Json = plugin;
      if (typeof plugin.download_url === 'string') {
        try {
          const full = fetchGithub(plugin.download_url) as Json;
          hydrated = {
            ...plugin,
            downloadCount: plugin.downloadCount || 0,
            authorAvatar: full.authorAvatar || full.avatarUrl || plugin.authorAvatar,
            ui: full.ui || full,
          };
        } catch {
          hydrated = plugin;
        }
      }
      return { ...hydrated, isOfficial: true, isPublic: true };
    });
  };

  const installedIds = (userId: number) =>
    state.userPlugins.filter((row) => row.userId === userId).map((row) => row.pluginId);

  // ---- src/routes/pluginRoutes.js
  app.get(`${api}/plugins/installed`, (c) => {
    // pluginService.getUserPlugins
    const user = c.get('user');
    const remote = githubPlugins();
    return c.json(
      state.userPlugins
        .filter((row) => row.userId === user.id)
        .map((row) => {
          const installed = state.plugins.get(row.pluginId) as PluginRow;
          const latest = remote.find((plugin) => plugin.id === installed.id);
          const latestVersion = latest ? String(latest.version) : installed.version;
          const hasUpdate = Boolean(
            latest &&
            semver.gt(
              semver.clean(String(latest.version)) || String(latest.version),
              semver.clean(String(installed.version)) || String(installed.version),
            ),
          );
          return {
            ...installed,
            isActive: row.isActive,
            isMine: installed.author === user.githubHandle,
            hasUpdate,
            latestVersion,
          };
        }),
    );
  });

  app.put(`${api}/plugins/user/toggle`, async (c) => {
    const { pluginId, isActive } = await jsonBody(c);
    if (!pluginId || isActive === undefined)
      return c.json({ message_es: 'pluginId and isActive are required' }, 400);
    // pluginService.toggleUserPlugin: prisma.userPlugin.update throws when the row does not exist.
    const row = state.userPlugins.find(
      (candidate) => candidate.userId === c.get('user').id && candidate.pluginId === pluginId,
    );
    if (!row) return c.json({ message: 'Error interno del servidor' }, 500);
    row.isActive = Boolean(isActive);
    return c.json({ message: 'Plugin status updated successfully', data: { ...row } });
  });

  /** src/middleware/jsValidator.js (Joi: name, slot, ui required). */
  const validatePlugin = (body: Json): Response | null => {
    const errors: string[] = [];
    if (typeof body.name !== 'string' || body.name === '') errors.push('"name" is required');
    if (typeof body.slot !== 'string' || body.slot === '') errors.push('"slot" is required');
    if (typeof body.ui !== 'object' || body.ui === null || Array.isArray(body.ui))
      errors.push('"ui" is required');
    if (errors.length === 0) return null;
    return new Response(JSON.stringify({ success: false, message: 'Error de validación', errors }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
  };

  const openPullRequest = (title: string, file: Json): PullRequest => {
    const number = state.pullRequests.length + 1;
    const pr = {
      number,
      html_url: `https://github.com/${MARKET_OWNER}/${MARKET_REPO}/pull/${number}`,
      title,
      file,
    };
    state.pullRequests.push(pr);
    return pr;
  };

  app.post(`${api}/plugins`, async (c) => {
    const body = await jsonBody(c);
    const invalid = validatePlugin(body);
    if (invalid) return invalid;
    // pluginService.createPlugin: needs a linked GitHub account, stores nothing, opens a pull request.
    const user = c.get('user');
    if (!user.githubHandle)
      return c.json({ success: false, message: 'User not found or GitHub not linked' }, 500);
    const existing = state.plugins.get(String(body.id));
    if (existing && existing.author !== user.githubHandle)
      return c.json(
        { success: false, message: 'Not authorized: This plugin belongs to another author' },
        500,
      );
    if (!semver.valid(String(body.version)))
      return c.json({ success: false, message: 'Error processing the proposal on GitHub' }, 500);
    const pr = openPullRequest(`🆕 Plugin Submission: ${String(body.name)}`, {
      id: body.id,
      name: body.name,
      description: body.description,
      version: body.version,
      author: user.githubHandle,
      authorAvatar: user.avatarUrl,
      slot: body.slot,
      ui: body.ui,
    });
    return c.json(
      { success: true, message: 'Proposal submitted to GitHub successfully', prUrl: pr.html_url },
      201,
    );
  });

  app.put(`${api}/plugins/:id`, async (c) => {
    const body = await jsonBody(c);
    const invalid = validatePlugin(body);
    if (invalid) return invalid;
    const id = c.req.param('id');
    const user = c.get('user');
    // pluginService.updatePlugin: the file must already be in the market repository (getContent).
    if (!state.github.has(marketFileUrl(id)))
      return c.json({ success: false, message: 'Failed to process the update on GitHub: Not Found' }, 500);
    const pr = openPullRequest(`🆙 Plugin Update: ${String(body.name)}`, {
      id,
      name: body.name,
      description: body.description,
      version: body.version || '1.0.0',
      author: user.githubHandle || user.name,
      authorAvatar: user.avatarUrl,
      slot: body.slot,
      ui: body.ui,
    });
    // Then it writes `hasPendingPR` and `pendingVersion`, columns prisma/schema.prisma does not have:
    // Prisma refuses the call, so the route answers 500 although the pull request was opened.
    void pr;
    return c.json(
      {
        success: false,
        message:
          'Failed to process the update on GitHub: \nInvalid `prisma.plugin.update()` invocation:\n\nUnknown argument `hasPendingPR`. Available options are marked with ?.',
      },
      500,
    );
  });

  app.delete(`${api}/plugins/uninstall/:id`, (c) => {
    const index = state.userPlugins.findIndex(
      (row) => row.userId === c.get('user').id && row.pluginId === c.req.param('id'),
    );
    if (index < 0)
      return c.json(
        {
          success: false,
          message:
            '\nInvalid `prisma.userPlugin.delete()` invocation:\n\nAn operation failed because it depends on one or more records that were required but not found. No record was found for a delete.',
        },
        500,
      );
    state.userPlugins.splice(index, 1);
    return c.json({ success: true, message: 'Plugin desinstalado' });
  });

  app.delete(`${api}/plugins/:id`, (c) => {
    const id = c.req.param('id');
    const plugin = state.plugins.get(id);
    if (!plugin || plugin.author !== c.get('user').githubHandle)
      return c.json({ success: false, message: 'Unauthorized: Only the author can delete this plugin' }, 500);
    if (c.req.query('deleteFromGitHub') === 'true' && plugin.isPublic) state.github.delete(marketFileUrl(id));
    state.plugins.delete(id);
    state.userPlugins = state.userPlugins.filter((row) => row.pluginId !== id);
    return c.json({ success: true, message: 'Plugin eliminado' });
  });

  app.get(`${api}/plugins/preview-stac`, (c) => {
    const url = c.req.query('url');
    if (!url) return c.json({ message: 'La URL es requerida' }, 400);
    // pluginService.getPluginPreview: only raw.githubusercontent.com, the file as it is.
    try {
      if (!url.startsWith('https://raw.githubusercontent.com'))
        throw new Error('URL not allowed for preview');
      return c.json(fetchGithub(url) as Json);
    } catch {
      return c.json({ success: false, message: 'Could not fetch plugin preview.' }, 500);
    }
  });

  app.get(`${api}/plugins/community`, (c) => {
    // pluginService.getAllCommunityPlugins: GitHub catalog and public rows, minus what the user installed.
    const user = c.get('user');
    const installed = installedIds(user.id);
    const map = new Map<string, Json>();
    for (const plugin of githubPlugins())
      if (!installed.includes(String(plugin.id)))
        map.set(String(plugin.id), { ...plugin, isOfficial: true, isMine: false });
    for (const plugin of state.plugins.values())
      if (plugin.isPublic && !installed.includes(plugin.id))
        map.set(plugin.id, { ...plugin, isOfficial: false, isMine: plugin.author === user.githubHandle });
    return c.json([...map.values()]);
  });

  app.post(`${api}/plugins/install`, async (c) => {
    const data = await jsonBody(c);
    const userId = c.get('user').id;
    // pluginService.installPlugin
    try {
      if (!data.id) throw new Error('Incomplete plugin data');
      const id = String(data.id);
      let ui = data.ui as Json | undefined;
      if (!ui) {
        const url = data.download_url || data.downloadUrl || data.url;
        if (url) {
          const file = fetchGithub(String(url)) as Json;
          ui = (file.ui ? file.ui : file) as Json;
        }
      } else if (ui.ui) {
        ui = ui.ui as Json;
      }
      const existing = state.plugins.get(id);
      if (existing) {
        // Prisma upsert `update`: undefined fields are left alone, and the slot is not among them.
        if (data.name !== undefined) existing.name = String(data.name);
        if (data.description !== undefined) existing.description = String(data.description);
        existing.version = String(data.version || '1.0.0');
        if (ui !== undefined) existing.ui = ui;
        if (data.authorAvatar !== undefined) existing.authorAvatar = data.authorAvatar as string | null;
        existing.updatedAt = now();
      } else {
        state.plugins.set(id, {
          id,
          name: String(data.name || 'No name'),
          version: String(data.version || '1.0.0'),
          description: String(data.description || ''),
          slot: String(data.slot || 'dashboard_top'),
          ui: ui || {},
          isPublic: true,
          author: (data.author as string | undefined) ?? null,
          authorAvatar: (data.authorAvatar as string | undefined) ?? null,
          createdAt: now(),
          updatedAt: now(),
        });
      }
      const row = state.userPlugins.find(
        (candidate) => candidate.userId === userId && candidate.pluginId === id,
      );
      if (row) row.isActive = true;
      else
        state.userPlugins.push({
          id: state.userPlugins.length + 1,
          createdAt: now(),
          userId,
          isActive: true,
          pluginId: id,
        });
      // _incrementPluginDownloadCount: a commit to the index on GitHub.
      const index = state.github.get(MARKET_INDEX_URL) as { plugins?: Json[] } | undefined;
      const entry = index?.plugins?.find((plugin) => plugin.id === id);
      if (entry) entry.downloadCount = Number(entry.downloadCount ?? 0) + 1;
      return c.json({ success: true, message: 'Plugin instalado correctamente' });
    } catch (error) {
      return c.json({ success: false, message: (error as Error).message }, 500);
    }
  });

  app.all(`${api}/*`, expressNotFound);

  if (options.webConfig) app.get('/config.json', (c) => c.json(options.webConfig as Json));
  const webRoot = options.webRoot;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('*', serveStatic({ root: webRoot }));
    // app.js: every other GET that is not /api/ gets the web build's index.html.
    app.get('*', (c) => c.html(readFileSync(join(webRoot, 'index.html'), 'utf8')));
  }
  app.all('*', expressNotFound);

  const server: ServerType = await new Promise((resolve) => {
    const running = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(running));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}${api}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
