import { HttpResponse, type HttpHandler } from 'msw';
import { pickManifestFields, type StacIssue } from '../../../src/stac-schema';
import { invalidStac, MockApiError, pluginNotFound } from '../mockApiError';
import type { MockRouteKit } from '../mockRouter';
import { fetchRemote, readPluginFile, slugify, validateUi } from '../pluginFiles';
import { communityView, isNewer } from '../pluginViews';
import { boolean, nonEmptyString, optional, readBody, slot, version } from '../requestBody';

/** The catalog: browse, preview a plugin file by URL, publish, read, publish a new version, delete. */
export function catalogRoutes({ db, route, visible, installOf, findOwnPlugin }: MockRouteKit): HttpHandler[] {
  return [
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
      // As the server: the manifest's fields (permissions, dependencies, jobs, ...) beside the listing's own.
      const manifest = pickManifestFields(json);
      return HttpResponse.json({
        ...manifest,
        ...plugin,
        ...(manifest.surfaces === undefined ? {} : { ui: undefined }),
        id: plugin.id ?? slugify(plugin.name),
        sourceUrl: target,
        valid: validation.ok,
        issues: [...issues, ...validation.issues],
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
  ];
}
