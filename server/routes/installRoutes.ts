/**
 * A user's installs: install (with the dependencies it needs and the consent to what each declares),
 * uninstall and switch off (warning when other plugins need it), switch on (dependencies and startup checks
 * first), update (asking again for new permissions) and settings (validated with the plugin's own schema).
 * Every refusal is decided before anything is written and carries a stable code.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  addedPermissions,
  planPluginInstall,
  validateSettingValues,
  type DependencyProblem,
  type StartupFailure,
} from '../../src/plugin-host/index';
import type { AppServices } from '../appServices';
import { ApiError, pluginNotFound } from '../http/apiError';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/readJsonBody';
import { readPluginFile, validatePluginContent } from '../plugins/pluginDocument';
import {
  activationVerdict,
  dependencyNodeOf,
  dependentsOf,
  installedNodes,
  manifestOfRow,
  permissionList,
  unconsented,
  type InstalledRow,
} from '../plugins/pluginHosting';
import { isNewerVersion } from '../plugins/version';
import type { PluginRow, PlannedInstall } from '../store/pluginStore';
import { invalidStac, slugify, type PluginLookup } from './pluginLookup';
import { raisePluginInstalled } from './pluginInstalledEvent';

const pluginId = z.string().trim().min(1, 'give the plugin id').max(100);
const acceptPermissions = z.array(z.string().max(300)).max(64).optional();

const installBody = z.object({
  id: pluginId.optional(),
  name: z.string().max(100).optional(),
  author: z.string().max(64).optional(),
  version: z.string().max(64).optional(),
  download_url: z.string().max(2048).optional(),
  downloadUrl: z.string().max(2048).optional(),
  isOfficial: z.boolean().optional(),
  /** The permissions the user allowed on the consent screen (of the plugin and what it brings along). */
  acceptPermissions,
  /** Install the missing plugins it needs, dependencies first. */
  installDependencies: z.boolean().optional(),
});
const toggleBody = z.object({
  pluginId,
  isActive: z.boolean({ error: 'isActive must be true or false' }),
  /** Switch off even though switched-on plugins need it (they stop showing until it is on again). */
  force: z.boolean().optional(),
});
const updateInstallBody = z.object({ pluginId, acceptPermissions });
const mcpBody = z.object({ pluginId, enabled: z.boolean({ error: 'enabled must be true or false' }) });
const settingsBody = z.object({
  pluginId,
  values: z.record(z.string().max(64), z.unknown(), {
    error: 'values is an object of setting values by key',
  }),
});

function dependencyRefusal(problems: readonly DependencyProblem[]): ApiError {
  const first = problems[0]!;
  return new ApiError(
    409,
    first.code,
    problems.length === 1 ? first.message : `${first.message} (and ${problems.length - 1} more)`,
    { problems },
  );
}

function startupRefusal(name: string, failures: readonly StartupFailure[]): ApiError {
  const first = failures[0]!;
  return new ApiError(
    409,
    'STARTUP_CHECK_FAILED',
    `“${name}” cannot be switched on: ${first.title}${first.details ? ` — ${first.details}` : ''}`,
    { startupFailures: failures },
  );
}

/** What the consent screen must ask for: each plugin with the permissions the user has not accepted. */
function consentNeeded(plan: readonly { id: string; row: PluginRow }[], accepted: readonly string[]) {
  return plan
    .map(({ id, row }) => ({
      pluginId: id,
      name: row.name,
      version: row.version,
      permissions: permissionList(unconsented(manifestOfRow(row).permissions, accepted)),
    }))
    .filter((entry) => entry.permissions.length > 0);
}

function consentRefusal(needed: ReturnType<typeof consentNeeded>, what: string): ApiError {
  const list = needed.flatMap((entry) => entry.permissions.map((p) => p.permission));
  return new ApiError(
    409,
    'CONSENT_REQUIRED',
    `${what} asks for permissions you have not allowed yet: ${list.join(', ')}. Show them to the user and send the allowed ones as "acceptPermissions".`,
    { consent: needed },
  );
}

/** A would-be install row: what the activation rules read before the row exists. */
function asInstalledRow(id: string, row: PluginRow, isActive: boolean): InstalledRow {
  return { ...row, plugin_id: id, is_active: isActive ? 1 : 0, settings_json: '{}' };
}

export function installRoutes(services: AppServices, lookup: PluginLookup): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const { plugins } = services;

  /** Decides which planned plugins start switched on: those whose dependencies and checks hold. */
  function activationOf(plan: readonly { id: string; row: PluginRow }[], installed: InstalledRow[]) {
    const rows = [...installed];
    const blocked = new Map<
      string,
      { startupFailures: StartupFailure[]; dependencyProblems: DependencyProblem[] }
    >();
    for (const { id, row } of plan) {
      const candidate = asInstalledRow(id, row, true);
      const verdict = activationVerdict(candidate, [...rows, candidate]);
      if (!verdict.ok) blocked.set(id, verdict);
      rows.push({ ...candidate, is_active: verdict.ok ? 1 : 0 });
    }
    return blocked;
  }

  async function installFromCatalog(
    userId: number,
    target: PluginRow,
    body: z.output<typeof installBody>,
    visible: (id: string) => Promise<PluginRow | undefined>,
  ) {
    const installed = await plugins.listInstalls(userId);
    if (installed.some((row) => row.plugin_id === target.id))
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${target.name}" is already installed.`, {
        pluginId: target.id,
      });
    // The plan reads synchronously: load every plugin the dependency graph can reach first.
    const reachable = new Map<string, PluginRow>([[target.id, target]]);
    const pending = [target];
    while (pending.length > 0 && reachable.size <= 64) {
      for (const dependency of manifestOfRow(pending.shift()!).dependencies) {
        if (reachable.has(dependency.id) || dependency.optional) continue;
        const row = await visible(dependency.id);
        if (row) {
          reachable.set(dependency.id, row);
          pending.push(row);
        }
      }
    }
    const plan = planPluginInstall(dependencyNodeOf(target.id, target), installedNodes(installed), (id) => {
      const row = reachable.get(id);
      return row && dependencyNodeOf(id, row);
    });
    if (!plan.ok) throw dependencyRefusal(plan.problems);
    const ordered = plan.order.map((node) => ({ id: node.id, row: reachable.get(node.id)! }));
    if (plan.missing.length > 0 && body.installDependencies !== true) {
      const missing = plan.missing.map((node) => {
        const row = reachable.get(node.id)!;
        return {
          id: node.id,
          name: row.name,
          version: row.version,
          permissions: permissionList(manifestOfRow(row).permissions ?? []),
        };
      });
      throw new ApiError(
        409,
        'DEPENDENCIES_REQUIRED',
        `“${target.name}” needs ${missing.map((m) => `“${m.name}” ${m.version}`).join(', ')}, not installed yet. Offer to install ${missing.length === 1 ? 'it' : 'them'} too and send "installDependencies": true.`,
        { missing, order: plan.order.map((node) => node.id) },
      );
    }
    const needed = consentNeeded(ordered, body.acceptPermissions ?? []);
    if (needed.length > 0) throw consentRefusal(needed, `“${target.name}”`);
    const blocked = activationOf(ordered, installed);
    const entries: PlannedInstall[] = ordered.map(({ id, row }) => ({
      plugin: row,
      isActive: !blocked.has(id),
      consent: manifestOfRow(row).permissions,
    }));
    if ((await plugins.installPlan(userId, entries)) === 'already_installed')
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${target.name}" is already installed.`, {
        pluginId: target.id,
      });
    return {
      order: ordered.map((entry) => entry.id),
      blocked,
      added: ordered.map(({ id, row }) => ({ id, name: row.name, version: row.version, author: row.author })),
    };
  }

  routes.post('/install', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, installBody);
    const url = body.download_url ?? body.downloadUrl;
    const catalogRow = body.id ? await lookup.visiblePlugin(body.id, user) : undefined;
    if (catalogRow) {
      const { order, blocked, added } = await installFromCatalog(user.id, catalogRow, body, (id) =>
        lookup.visiblePlugin(id, user),
      );
      const own = blocked.get(catalogRow.id);
      const eventRuns = await raisePluginInstalled(services.jobs, user, added);
      return c.json({
        success: true,
        message: own
          ? `Plugin installed, but it stays off: ${own.startupFailures[0]?.title ?? own.dependencyProblems[0]?.message}`
          : order.length > 1
            ? `Plugin installed with ${order.length - 1} plugin${order.length > 2 ? 's' : ''} it needs`
            : 'Plugin installed successfully',
        installed: order,
        ...(own ? { startupFailures: own.startupFailures, dependencyProblems: own.dependencyProblems } : {}),
        plugin: await lookup.installedView(user.id, catalogRow.id),
        eventRuns,
      });
    }
    if (!url) throw pluginNotFound(body.id ?? '(no id)');
    if (body.id && (await plugins.getInstall(user.id, body.id))) {
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${body.id}" is already installed.`, {
        pluginId: body.id,
      });
    }
    const fetched = await lookup.download(url);
    const { plugin, issues } = readPluginFile(fetched.json, body.name ?? 'Plugin');
    if (!plugin) throw invalidStac(issues, 'The downloaded file');
    const validation = validatePluginContent(plugin);
    if (!validation.ok) throw invalidStac(validation.issues, 'The downloaded plugin');
    const id = body.id ?? plugin.id ?? slugify(plugin.name);
    // Only a plugin this user can see is a conflict; the snapshot below never touches the catalog.
    if (await lookup.visiblePlugin(id, user)) {
      throw new ApiError(
        409,
        'VERSION_CONFLICT',
        `The id "${id}" belongs to another plugin; install it under a different id.`,
        { pluginId: id },
      );
    }
    const snapshotRow = {
      name: plugin.name,
      version: plugin.version,
      slot: plugin.slot,
      ui_json: JSON.stringify(plugin.ui),
      manifest_json: JSON.stringify(plugin.manifest),
    };
    const installed = await plugins.listInstalls(user.id);
    // A plugin from a URL brings nothing along: what it needs must be installed first.
    const problems = planPluginInstall(
      dependencyNodeOf(id, snapshotRow),
      installedNodes(installed),
      () => undefined,
    );
    if (!problems.ok) throw dependencyRefusal(problems.problems);
    const declared = manifestOfRow(snapshotRow).permissions;
    const missingConsent = unconsented(declared, body.acceptPermissions ?? []);
    if (missingConsent.length > 0)
      throw consentRefusal(
        [
          {
            pluginId: id,
            name: plugin.name,
            version: plugin.version,
            permissions: permissionList(missingConsent),
          },
        ],
        `“${plugin.name}”`,
      );
    const candidate: InstalledRow = { ...snapshotRow, plugin_id: id, is_active: 1, settings_json: '{}' };
    const verdict = activationVerdict(candidate, [...installed, candidate]);
    const outcome = await plugins.installSnapshot(user.id, {
      pluginId: id,
      name: plugin.name,
      description: plugin.description,
      author: plugin.author ?? body.author ?? 'unknown',
      authorAvatar: plugin.authorAvatar,
      slot: plugin.slot,
      version: plugin.version,
      uiJson: snapshotRow.ui_json,
      manifestJson: snapshotRow.manifest_json,
      isActive: verdict.ok,
      consent: declared,
    });
    if (outcome === 'already_installed') {
      throw new ApiError(409, 'ALREADY_INSTALLED', `"${plugin.name}" is already installed.`, {
        pluginId: id,
      });
    }
    const eventRuns = await raisePluginInstalled(services.jobs, user, [
      { id, name: plugin.name, version: plugin.version, author: plugin.author ?? body.author ?? 'unknown' },
    ]);
    return c.json({
      success: true,
      message: verdict.ok
        ? 'Plugin installed successfully'
        : `Plugin installed, but it stays off: ${verdict.startupFailures[0]?.title ?? verdict.dependencyProblems[0]?.message}`,
      installed: [id],
      ...(verdict.ok
        ? {}
        : { startupFailures: verdict.startupFailures, dependencyProblems: verdict.dependencyProblems }),
      plugin: await lookup.installedView(user.id, id),
      eventRuns,
    });
  });

  /** Refuses to remove or switch off a plugin that switched-on plugins need, unless the caller insists. */
  function refuseIfNeeded(id: string, name: string, installed: InstalledRow[], force: boolean, what: string) {
    const dependents = dependentsOf(id, installed);
    if (dependents.length === 0 || force) return dependents;
    throw new ApiError(
      409,
      'PLUGIN_REQUIRED',
      `${dependents.map((d) => `“${d.name}”`).join(', ')} need${dependents.length === 1 ? 's' : ''} “${name}”: ${what} it switches ${dependents.length === 1 ? 'that plugin' : 'them'} off too. Confirm to go on (force).`,
      { dependents },
    );
  }

  routes.delete('/uninstall/:pluginId', async (c) => {
    const user = c.get('user');
    const id = c.req.param('pluginId');
    const installed = await plugins.listInstalls(user.id);
    const row = installed.find((install) => install.plugin_id === id);
    if (!row) throw pluginNotFound(id, 'Installed plugin');
    const force = ['true', '1', 'yes'].includes((c.req.query('force') ?? '').toLowerCase());
    const dependents = refuseIfNeeded(id, row.name, installed, force, 'removing');
    if (!(await plugins.uninstall(user.id, id))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({
      success: true,
      message: 'Plugin uninstalled',
      ...(dependents.length > 0 ? { dependents } : {}),
    });
  });

  routes.put('/user/toggle', async (c) => {
    const user = c.get('user');
    const { pluginId: id, isActive, force } = await readJsonBody(c, toggleBody);
    const installed = await plugins.listInstalls(user.id);
    const row = installed.find((install) => install.plugin_id === id);
    if (!row) throw pluginNotFound(id, 'Installed plugin');
    let dependents: { id: string; name: string }[] = [];
    if (isActive) {
      const verdict = activationVerdict(row, installed);
      if (!verdict.ok) {
        if (verdict.dependencyProblems.length > 0) throw dependencyRefusal(verdict.dependencyProblems);
        throw startupRefusal(row.name, verdict.startupFailures);
      }
    } else if (row.is_active === 1) {
      dependents = refuseIfNeeded(id, row.name, installed, force === true, 'switching it off');
    }
    if (!(await plugins.setActive(user.id, id, isActive))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, isActive, ...(dependents.length > 0 ? { dependents } : {}) });
  });

  // Not in the Invenicum docs: moves an install to the catalog's latest version (hasUpdate -> false).
  routes.post('/user/update', async (c) => {
    const user = c.get('user');
    const body = await readJsonBody(c, updateInstallBody);
    const id = body.pluginId;
    const installed = await plugins.listInstalls(user.id);
    const install = installed.find((row) => row.plugin_id === id);
    if (!install) throw pluginNotFound(id, 'Installed plugin');
    const row = await lookup.visiblePlugin(id, user);
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
        plugin: await lookup.installedView(user.id, id),
      });
    }
    // What the user allowed before (or, for an install that was never asked, what that version declared,
    // which for a version without "permissions" is the legacy access).
    const allowed = (await plugins.consentsOf(user.id)).get(id) ?? manifestOfRow(install).permissions;
    const next = manifestOfRow(row);
    const added = unconsented(addedPermissions(allowed, next.permissions), body.acceptPermissions ?? []);
    if (added.length > 0) {
      throw new ApiError(
        409,
        'CONSENT_REQUIRED',
        `Version ${row.version} of “${row.name}” asks for more than you allowed: ${added.join(', ')}. It stays at ${install.version} until you allow ${added.length === 1 ? 'it' : 'them'} ("acceptPermissions").`,
        {
          consent: [
            { pluginId: id, name: row.name, version: row.version, permissions: permissionList(added) },
          ],
          added: permissionList(added),
        },
      );
    }
    const others = installed.filter((other) => other.plugin_id !== id);
    const plan = planPluginInstall(dependencyNodeOf(id, row), installedNodes(others), () => undefined);
    if (!plan.ok) throw dependencyRefusal(plan.problems);
    await plugins.refreshInstall(user.id, row, next.permissions);
    // A new version may need a setting or a host feature the old one did not: it then waits, switched off.
    let blocked: StartupFailure[] = [];
    if (install.is_active === 1) {
      const updated = { ...install, ...row, plugin_id: id, manifest_json: row.manifest_json };
      const verdict = activationVerdict(updated, [...others, updated]);
      if (!verdict.ok) {
        blocked = verdict.startupFailures;
        await plugins.setActive(user.id, id, false);
      }
    }
    return c.json({
      success: true,
      updated: true,
      version: row.version,
      message: `"${row.name}" updated from ${install.version} to ${row.version}.${blocked[0] ? ` It is switched off until: ${blocked[0].title}` : ''}`,
      ...(blocked.length > 0 ? { startupFailures: blocked } : {}),
      plugin: await lookup.installedView(user.id, id),
    });
  });

  // Not in the Invenicum docs: whether the user's AI assistants see the plugin's MCP tools and resources.
  routes.put('/user/mcp', async (c) => {
    const user = c.get('user');
    const { pluginId: id, enabled } = await readJsonBody(c, mcpBody);
    if (!(await plugins.setMcpEnabled(user.id, id, enabled))) throw pluginNotFound(id, 'Installed plugin');
    return c.json({ success: true, mcpEnabled: enabled, plugin: await lookup.installedView(user.id, id) });
  });

  // Not in the Invenicum docs: the user's values of the plugin's declared settings.
  routes.put('/user/settings', async (c) => {
    const user = c.get('user');
    const { pluginId: id, values } = await readJsonBody(c, settingsBody);
    const install = await plugins.getInstall(user.id, id);
    if (!install) throw pluginNotFound(id, 'Installed plugin');
    const manifest = manifestOfRow(install);
    const validation = validateSettingValues(manifest.settings, values);
    if (!validation.ok) {
      throw new ApiError(
        422,
        'INVALID_SETTINGS',
        `Some settings of “${install.name}” are not valid: ${validation.errors.map((e) => e.message).join(' ')}`,
        {
          errors: validation.errors,
          fieldErrors: Object.fromEntries(validation.errors.map((e) => [e.key, e.message])),
        },
      );
    }
    if (!(await plugins.setSettings(user.id, id, JSON.stringify(validation.values))))
      throw pluginNotFound(id, 'Installed plugin');
    return c.json({
      success: true,
      settingValues: validation.values,
      plugin: await lookup.installedView(user.id, id),
    });
  });

  return routes;
}
