/**
 * Installing a plugin from a file's https URL: the file is fetched through the safe fetcher, validated as
 * publishing does, and installed as a snapshot of this user's own (the catalog is never touched). It brings
 * nothing along: what it needs must be installed first.
 */
import {
  consentRefusal,
  dependencyRefusal,
  installedMessage,
  permissionList,
  planPluginInstall,
  unconsented,
} from '../../src/plugin-host/index';
import type { AppServices } from '../appServices';
import { ApiError, refusal } from '../http/apiError';
import { readPluginFile, validatePluginContent } from '../plugins/pluginDocument';
import {
  activationVerdict,
  dependencyNodeOf,
  installedNodes,
  manifestOfRow,
  type InstalledRow,
} from '../plugins/pluginHosting';
import type { UserRecord } from '../store/userStore';
import { alreadyInstalled } from './installCatalogPlugin';
import { raisePluginInstalled } from './pluginInstalledEvent';
import { invalidStac, slugify, type PluginLookup } from './pluginLookup';

export interface FileInstallRequest {
  id?: string;
  name?: string;
  author?: string;
  url: string;
  acceptPermissions?: string[];
}

export async function installPluginFile(
  { plugins, jobs }: Pick<AppServices, 'plugins' | 'jobs'>,
  lookup: PluginLookup,
  user: UserRecord,
  request: FileInstallRequest,
) {
  if (request.id && (await plugins.getInstall(user.id, request.id)))
    throw alreadyInstalled(request.id, request.id);
  const fetched = await lookup.download(request.url);
  const { plugin, issues } = readPluginFile(fetched.json, request.name ?? 'Plugin');
  if (!plugin) throw invalidStac(issues, 'The downloaded file');
  const validation = validatePluginContent(plugin);
  if (!validation.ok) throw invalidStac(validation.issues, 'The downloaded plugin');
  const id = request.id ?? plugin.id ?? slugify(plugin.name);
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
  const problems = planPluginInstall(
    dependencyNodeOf(id, snapshotRow),
    installedNodes(installed),
    () => undefined,
  );
  if (!problems.ok) throw refusal(dependencyRefusal(problems.problems));
  const declared = manifestOfRow(snapshotRow).permissions;
  const missingConsent = unconsented(declared, request.acceptPermissions ?? []);
  if (missingConsent.length > 0) {
    const group = { pluginId: id, name: plugin.name, version: plugin.version };
    throw refusal(
      consentRefusal([{ ...group, permissions: permissionList(missingConsent) }], `“${plugin.name}”`),
    );
  }
  const candidate: InstalledRow = { ...snapshotRow, plugin_id: id, is_active: 1, settings_json: '{}' };
  const verdict = activationVerdict(candidate, [...installed, candidate]);
  const outcome = await plugins.installSnapshot(user.id, {
    pluginId: id,
    name: plugin.name,
    description: plugin.description,
    author: plugin.author ?? request.author ?? 'unknown',
    authorAvatar: plugin.authorAvatar,
    slot: plugin.slot,
    version: plugin.version,
    uiJson: snapshotRow.ui_json,
    manifestJson: snapshotRow.manifest_json,
    isActive: verdict.ok,
    consent: declared,
  });
  if (outcome === 'already_installed') throw alreadyInstalled(plugin.name, id);
  const blocked = verdict.ok ? undefined : verdict;
  const author = plugin.author ?? request.author ?? 'unknown';
  const eventRuns = await raisePluginInstalled(jobs, user, [
    { id, name: plugin.name, version: plugin.version, author },
  ]);
  return {
    success: true,
    message: installedMessage(1, blocked),
    installed: [id],
    ...(blocked
      ? { startupFailures: blocked.startupFailures, dependencyProblems: blocked.dependencyProblems }
      : {}),
    plugin: await lookup.installedView(user.id, id),
    eventRuns,
  };
}
