import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppServices } from '../appServices';
import { ApiError, pluginNotFound } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';
import { readPluginFile, SLOT_PATTERN, validatePluginUi } from '../plugins/pluginDocument';
import { isVisibleTo, toCommunityView, toInstalledView } from '../plugins/pluginViews';
import { isNewerVersion, isValidVersion } from '../plugins/version';
import { SafeFetchError, type SafeFetchResult } from '../safeFetch';
import type { PluginRow } from '../store/pluginStore';
import type { UserRecord } from '../store/userStore';

const pluginId = z.string().trim().min(1, 'give the plugin id').max(100);
const semverString = z.string().refine(isValidVersion, 'use a semver version such as 1.2.0');
const slot = z.string().regex(SLOT_PATTERN, 'use a slot name such as dashboard_top or asset_detail');
const httpsAvatar = z
  .string()
  .regex(/^https:\/\/[^\s"'<>]{1,500}$/, 'use an https URL')
  .nullable();

const installBody = z.object({
  id: pluginId.optional(),
  name: z.string().max(100).optional(),
  author: z.string().max(64).optional(),
  version: z.string().max(64).optional(),
  download_url: z.string().max(2048).optional(),
  downloadUrl: z.string().max(2048).optional(),
  isOfficial: z.boolean().optional(),
});
const toggleBody = z.object({ pluginId, isActive: z.boolean({ error: 'isActive must be true or false' }) });
const updateInstallBody = z.object({ pluginId });
const createBody = z.object({
  name: z.string().trim().min(1, 'give the plugin a name').max(100),
  version: semverString,
  description: z.string().max(2000).default(''),
  slot,
  ui: z.unknown().refine((ui) => ui !== undefined, 'add the STAC document as "ui"'),
  isPublic: z.boolean().default(true),
  authorAvatar: httpsAvatar.optional(),
});
const updateBody = z.object({
  version: semverString,
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(2000).optional(),
  slot: slot.optional(),
  ui: z.unknown().optional(),
  isPublic: z.boolean().optional(),
  authorAvatar: httpsAvatar.optional(),
});

/** `"Stock Meter!"` -> `stock-meter`; ids stay readable in URLs and logs. */
export function slugify(name: string): string {
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

function invalidStac(issues: unknown[], what = 'The plugin UI'): ApiError {
  return new ApiError(
    422,
    'INVALID_STAC',
    `${what} is not a valid STAC document: fix the listed issues and try again.`,
    { issues },
  );
}

/** Fetch problems become API errors; `reason` keeps the fetcher's own code for clients that care. */
function fetchFailure(error: unknown): ApiError {
  if (!(error instanceof SafeFetchError)) throw error;
  const reason = error.code;
  if (reason === 'INVALID_URL' || reason === 'URL_NOT_ALLOWED' || reason === 'ADDRESS_NOT_ALLOWED') {
    return new ApiError(400, 'URL_NOT_ALLOWED', error.message, { reason });
  }
  if (reason === 'NOT_JSON' || reason === 'TOO_DEEP')
    return new ApiError(422, 'INVALID_STAC', error.message, { reason, issues: [] });
  return new ApiError(502, 'FETCH_FAILED', `The plugin could not be downloaded: ${error.message}`, {
    reason,
  });
}

export function pluginRoutes(services: AppServices): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const { plugins } = services;

  /**
   * The catalog as this user may see it: public plugins and their own. Every route looks plugins up
   * through here, so another user's private plugin answers exactly as one that does not exist.
   */
  async function visiblePlugin(id: string, user: UserRecord): Promise<PluginRow | undefined> {
    const row = await plugins.get(id);
    return row && isVisibleTo(row, user.id) ? row : undefined;
  }

  async function findOwnPlugin(id: string, user: UserRecord): Promise<PluginRow> {
    const row = await visiblePlugin(id, user);
    if (!row) throw pluginNotFound(id);
    if (row.author_user_id !== user.id) {
      throw new ApiError(
        403,
        'PERMISSION_DENIED',
        `Only the author (${row.author}) can change or delete "${row.name}".`,
        {
          pluginId: id,
        },
      );
    }
    return row;
  }

  async function download(url: string): Promise<SafeFetchResult> {
    try {
      return await services.fetchPluginJson(url);
    } catch (error) {
      throw fetchFailure(error);
    }
  }

  async function installedView(userId: number, id: string) {
    const row = (await plugins.listInstalls(userId)).find((install) => install.plugin_id === id);
    return row && toInstalledView(row, userId);
  }

  // Static paths first: `/:id` below would otherwise swallow them.
  routes.get('/community', async (c) => {
    const user = c.get('user');
    const [installed, visible] = await Promise.all([
      plugins.installedByUser(user.id),
      plugins.listVisible(user.id),
    ]);
    return c.json(visible.map((row) => toCommunityView(row, user.id, installed.get(row.id))));
  });

  routes.get('/installed', async (c) => {
    const user = c.get('user');
    return c.json((await plugins.listInstalls(user.id)).map((row) => toInstalledView(row, user.id)));
  });

  routes.get('/preview-stac', async (c) => {
    const url = c.req.query('url');
    if (!url)
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        'Add the plugin file URL as ?url=https://raw.githubusercontent.com/...',
      );
    const fetched = await download(url);
    const fallbackName = decodeURIComponent(
      new URL(fetched.url).pathname.split('/').pop() ?? 'plugin',
    ).replace(/\.json$/i, '');
    const { plugin, issues } = readPluginFile(fetched.json, fallbackName);
    if (!plugin) throw invalidStac(issues, 'The file');
    const validation = validatePluginUi(plugin.ui);
    const allIssues = [...issues, ...validation.issues];
    return c.json({
      ...plugin,
      id: plugin.id ?? slugify(plugin.name),
      sourceUrl: fetched.url,
      valid: validation.ok,
      issues: allIssues,
    });
  });

  routes.post('/install', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, installBody);
    const url = body.download_url ?? body.downloadUrl;
    const catalogRow = body.id ? await visiblePlugin(body.id, user) : undefined;
    if (catalogRow) {
      if ((await plugins.install(user.id, catalogRow)) === 'already_installed') {
        throw new ApiError(409, 'ALREADY_INSTALLED', `"${catalogRow.name}" is already installed.`, {
          pluginId: catalogRow.id,
        });
      }
      return c.json({
        success: true,
        message: 'Plugin installed successfully',
        plugin: await installedView(user.id, catalogRow.id),
      });
    }
    if (!url) throw pluginNotFound(body.id ?? '(no id)');
    if (body.id && (await plugins.getInstall(user.id, body.id))) {
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${body.id}" is already installed.`, {
        pluginId: body.id,
      });
    }
    const fetched = await download(url);
    const { plugin, issues } = readPluginFile(fetched.json, body.name ?? 'Plugin');
    if (!plugin) throw invalidStac(issues, 'The downloaded file');
    const validation = validatePluginUi(plugin.ui);
    if (!validation.ok) throw invalidStac(validation.issues, 'The downloaded plugin UI');
    const id = body.id ?? plugin.id ?? slugify(plugin.name);
    // Only a plugin this user can see is a conflict; the snapshot below never touches the catalog.
    if (await visiblePlugin(id, user)) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        `The id "${id}" belongs to another plugin; install it under a different id.`,
        {
          pluginId: id,
        },
      );
    }
    const outcome = await plugins.installSnapshot(user.id, {
      pluginId: id,
      name: plugin.name,
      description: plugin.description,
      author: plugin.author ?? body.author ?? 'unknown',
      authorAvatar: plugin.authorAvatar,
      slot: plugin.slot,
      version: plugin.version,
      uiJson: JSON.stringify(plugin.ui),
    });
    if (outcome === 'already_installed') {
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${plugin.name}" is already installed.`, {
        pluginId: id,
      });
    }
    return c.json({
      success: true,
      message: 'Plugin installed successfully',
      plugin: await installedView(user.id, id),
    });
  });

  routes.delete('/uninstall/:pluginId', async (c) => {
    const user = c.get('user');
    const id = c.req.param('pluginId');
    if (!(await plugins.uninstall(user.id, id))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, message: 'Plugin uninstalled' });
  });

  routes.put('/user/toggle', async (c) => {
    const user = c.get('user');
    const { pluginId: id, isActive } = await readJsonBody(c, toggleBody);
    if (!(await plugins.setActive(user.id, id, isActive))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, isActive });
  });

  // Not in the Invenicum docs: moves an install to the catalog's latest version (hasUpdate -> false).
  routes.post('/user/update', async (c) => {
    const user = c.get('user');
    const { pluginId: id } = await readJsonBody(c, updateInstallBody);
    const install = await plugins.getInstall(user.id, id);
    if (!install) throw pluginNotFound(id, 'Installed plugin');
    const row = await visiblePlugin(id, user);
    if (!row)
      throw new ApiError(
        404,
        'PLUGIN_NOT_FOUND',
        `"${install.name}" is no longer in the catalog; there is nothing to update to.`,
        { pluginId: id },
      );
    if (!isNewerVersion(row.version, install.version)) {
      return c.json({
        success: true,
        updated: false,
        version: install.version,
        message: `"${row.name}" is already at the latest version (${install.version}).`,
        plugin: await installedView(user.id, id),
      });
    }
    await plugins.refreshInstall(user.id, row);
    return c.json({
      success: true,
      updated: true,
      version: row.version,
      message: `"${row.name}" updated from ${install.version} to ${row.version}.`,
      plugin: await installedView(user.id, id),
    });
  });

  routes.post('/', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, createBody);
    const validation = validatePluginUi(body.ui);
    if (!validation.ok) throw invalidStac(validation.issues);
    const row = await plugins.create({
      id: `${slugify(body.name)}-${randomBytes(3).toString('hex')}`,
      name: body.name,
      description: body.description,
      author: user.username,
      authorUserId: user.id,
      authorAvatar: body.authorAvatar ?? user.avatarUrl,
      slot: body.slot,
      version: body.version,
      uiJson: JSON.stringify(body.ui),
      isPublic: body.isPublic,
      isOfficial: false,
      source: 'user',
      downloadUrl: null,
    });
    return c.json({ ...toCommunityView(row, user.id, undefined), issues: validation.issues }, 201);
  });

  routes.get('/:id', async (c) => {
    const user = c.get('user');
    const id = c.req.param('id');
    const row = await visiblePlugin(id, user);
    if (!row) throw pluginNotFound(id);
    return c.json(toCommunityView(row, user.id, await plugins.getInstall(user.id, id)));
  });

  routes.put('/:id', async (c) => {
    const user = c.get('user');
    const row = await findOwnPlugin(c.req.param('id'), user);
    const body = await readJsonBody(c, updateBody);
    if (!isNewerVersion(body.version, row.version)) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        `Version ${body.version} must be greater than the current ${row.version}.`,
        {
          currentVersion: row.version,
        },
      );
    }
    let uiJson = row.ui_json;
    let issues: unknown[] = [];
    if (body.ui !== undefined) {
      const validation = validatePluginUi(body.ui);
      if (!validation.ok) throw invalidStac(validation.issues);
      uiJson = JSON.stringify(body.ui);
      issues = validation.issues;
    }
    const updated = await plugins.update(row.id, row.version, {
      name: body.name ?? row.name,
      description: body.description ?? row.description,
      slot: body.slot ?? row.slot,
      version: body.version,
      uiJson,
      isPublic: body.isPublic ?? row.is_public === 1,
      authorAvatar: body.authorAvatar === undefined ? row.author_avatar : body.authorAvatar,
    });
    if (!updated) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        'The plugin changed while you were saving; reload it and try again.',
        {
          currentVersion: (await plugins.get(row.id))?.version ?? null,
        },
      );
    }
    const view = toCommunityView(updated, user.id, await plugins.getInstall(user.id, row.id));
    // No GitHub here: changes are stored directly, so there is never a pull request.
    return c.json({ ...view, pullRequestUrl: null, issues });
  });

  routes.delete('/:id', async (c) => {
    const user = c.get('user');
    const row = await findOwnPlugin(c.req.param('id'), user);
    const fromGitHub = ['true', '1', 'yes'].includes((c.req.query('deleteFromGitHub') ?? '').toLowerCase());
    await plugins.remove(row.id);
    return c.json({
      success: true,
      deletedFromGitHub: false,
      message: fromGitHub
        ? 'Plugin deleted from the database. This server has no GitHub connection, so nothing was deleted on GitHub.'
        : 'Plugin deleted from the database.',
    });
  });

  return routes;
}
