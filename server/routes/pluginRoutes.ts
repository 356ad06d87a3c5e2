import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { STORED_MANIFEST_FIELDS, pickManifestFields } from '../../src/stac-schema/index';
import type { AppServices } from '../appServices';
import { ApiError, pluginNotFound } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { sendPreparedJson } from '../http/preparedJson';
import { readJsonBody } from '../http/readJsonBody';
import {
  avatarUrlProblem,
  readPluginFile,
  SLOT_PATTERN,
  validatePluginContent,
  validatePluginUi,
} from '../plugins/pluginDocument';
import { storedManifest, toCommunityView } from '../plugins/pluginViews';
import { isNewerVersion, isValidVersion } from '../plugins/version';
import { installRoutes } from './installRoutes';
import { createPluginLookup, invalidStac, slugify, type PluginLookup } from './pluginLookup';

export { slugify } from './pluginLookup';

const semverString = z.string().refine(isValidVersion, 'use a semver version such as 1.2.0');
const slot = z.string().regex(SLOT_PATTERN, 'use a slot name such as dashboard_top or asset_detail');
const httpsAvatar = z
  .string()
  .superRefine((value, ctx) => {
    const problem = avatarUrlProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .nullable();

/** The manifest fields a body may carry; their content is checked by validatePluginContent, with paths. */
const manifestFields = Object.fromEntries(
  STORED_MANIFEST_FIELDS.map((field) => [field, z.unknown().optional()]),
) as Record<(typeof STORED_MANIFEST_FIELDS)[number], z.ZodOptional<z.ZodUnknown>>;

const createBody = z
  .object({
    name: z.string().trim().min(1, 'give the plugin a name').max(100),
    version: semverString,
    description: z.string().max(2000).default(''),
    slot: slot.optional(),
    ui: z.unknown().optional(),
    isPublic: z.boolean().default(true),
    authorAvatar: httpsAvatar.optional(),
    ...manifestFields,
  })
  .refine((body) => body.ui !== undefined || body.surfaces !== undefined, {
    message: 'add the STAC document as "ui" (with "slot"), or several as "surfaces"',
    path: ['ui'],
  })
  .refine((body) => body.surfaces !== undefined || body.slot !== undefined, {
    message: 'use a slot name such as dashboard_top or asset_detail',
    path: ['slot'],
  });
const updateBody = z.object({
  version: semverString,
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(2000).optional(),
  slot: slot.optional(),
  ui: z.unknown().optional(),
  isPublic: z.boolean().optional(),
  authorAvatar: httpsAvatar.optional(),
  ...manifestFields,
});

/** A published plugin must pass the strict rules: every surface, the manifest and the declared access. */
function validatedContent(input: {
  name: string;
  version: string;
  slot?: string;
  ui?: unknown;
  manifest: Record<string, unknown>;
}) {
  const { plugin, issues } = readPluginFile(
    { ...input.manifest, name: input.name, version: input.version, slot: input.slot, ui: input.ui },
    input.name,
  );
  if (!plugin) throw invalidStac(issues);
  const validation = validatePluginContent(plugin);
  if (!validation.ok) throw invalidStac(validation.issues, 'The plugin');
  return { plugin, issues: validation.issues };
}

export function pluginRoutes(
  services: AppServices,
  lookup: PluginLookup = createPluginLookup(services),
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const { plugins } = services;

  // Static paths first: `/:id` below would otherwise swallow them.
  routes.get('/community', async (c) => {
    const user = c.get('user');
    const [installed, visible] = await Promise.all([
      plugins.installedByUser(user.id),
      plugins.listVisible(user.id),
    ]);
    return c.json(visible.map((row) => toCommunityView(row, user.id, installed.get(row.id))));
  });

  // The most frequent call of every page: kept serialised (and gzipped) per user while its rows stay the same.
  routes.get('/installed', async (c) => sendPreparedJson(c, await lookup.installedAnswer(c.get('user').id)));

  routes.get('/preview-stac', async (c) => {
    const url = c.req.query('url');
    if (!url)
      throw new ApiError(
        400,
        'INVALID_REQUEST',
        'Add the plugin file URL as ?url=https://raw.githubusercontent.com/...',
      );
    const fetched = await lookup.download(url);
    const fallbackName = decodeURIComponent(
      new URL(fetched.url).pathname.split('/').pop() ?? 'plugin',
    ).replace(/\.json$/i, '');
    const { plugin, issues } = readPluginFile(fetched.json, fallbackName);
    if (!plugin) throw invalidStac(issues, 'The file');
    const validation = validatePluginUi(plugin.ui);
    const allIssues = [...issues, ...validation.issues];
    const { manifest, ...metadata } = plugin;
    return c.json({
      ...manifest,
      ...metadata,
      ...(manifest.surfaces === undefined ? {} : { ui: undefined }),
      id: plugin.id ?? slugify(plugin.name),
      sourceUrl: fetched.url,
      valid: validation.ok,
      issues: allIssues,
    });
  });

  routes.route('/', installRoutes(services, lookup));

  routes.post('/', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, createBody);
    const { plugin, issues } = validatedContent({ ...body, manifest: pickManifestFields(body) });
    const row = await plugins.create({
      id: `${slugify(body.name)}-${randomBytes(3).toString('hex')}`,
      name: body.name,
      description: body.description,
      author: user.username,
      authorUserId: user.id,
      authorAvatar: body.authorAvatar ?? user.avatarUrl,
      slot: plugin.slot,
      version: body.version,
      uiJson: JSON.stringify(plugin.ui),
      manifestJson: JSON.stringify(plugin.manifest),
      isPublic: body.isPublic,
      isOfficial: false,
      source: 'user',
      downloadUrl: null,
    });
    return c.json({ ...toCommunityView(row, user.id, undefined), issues }, 201);
  });

  routes.get('/:id', async (c) => {
    const user = c.get('user');
    const id = c.req.param('id');
    const row = await lookup.visiblePlugin(id, user);
    if (!row) throw pluginNotFound(id);
    return c.json(toCommunityView(row, user.id, await plugins.getInstall(user.id, id)));
  });

  routes.put('/:id', async (c) => {
    const user = c.get('user');
    const row = await lookup.findOwnPlugin(c.req.param('id'), user);
    const body = await readJsonBody(c, updateBody);
    if (!isNewerVersion(body.version, row.version)) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        `Version ${body.version} must be greater than the current ${row.version}.`,
        { currentVersion: row.version },
      );
    }
    // Fields left out keep their value; a new "ui" replaces "surfaces" and the other way round.
    const given = pickManifestFields(body);
    const previous = storedManifest(row.manifest_json);
    const manifest: Record<string, unknown> = { ...previous, ...given };
    if (body.ui !== undefined && given.surfaces === undefined) delete manifest.surfaces;
    const keepsUi = manifest.surfaces === undefined;
    const { plugin, issues } = validatedContent({
      name: body.name ?? row.name,
      version: body.version,
      slot: body.slot ?? (keepsUi || body.surfaces === undefined ? row.slot : undefined),
      ui: keepsUi ? (body.ui ?? JSON.parse(row.ui_json)) : undefined,
      manifest,
    });
    const updated = await plugins.update(row.id, row.version, {
      name: body.name ?? row.name,
      description: body.description ?? row.description,
      slot: plugin.slot,
      version: body.version,
      uiJson: JSON.stringify(plugin.ui),
      manifestJson: JSON.stringify(plugin.manifest),
      isPublic: body.isPublic ?? row.is_public === 1,
      authorAvatar: body.authorAvatar === undefined ? row.author_avatar : body.authorAvatar,
    });
    if (!updated) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        'The plugin changed while you were saving; reload it and try again.',
        { currentVersion: (await plugins.get(row.id))?.version ?? null },
      );
    }
    const view = toCommunityView(updated, user.id, await plugins.getInstall(user.id, row.id));
    // No GitHub here: changes are stored directly, so there is never a pull request.
    return c.json({ ...view, pullRequestUrl: null, issues });
  });

  routes.delete('/:id', async (c) => {
    const user = c.get('user');
    const row = await lookup.findOwnPlugin(c.req.param('id'), user);
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
