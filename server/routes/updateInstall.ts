/**
 * Moving an install to the catalog's latest version (not in the Invenicum docs). A version that asks for
 * more than the user allowed waits for their consent; one whose dependencies are not met is refused; one
 * that needs a setting or a host feature the old one did not is taken but switched off until it holds.
 */
import {
  addedPermissions,
  dependencyRefusal,
  planPluginInstall,
  unconsented,
  updateConsentRefusal,
  type StartupFailure,
} from '../../src/plugin-host/index';
import { ApiError, pluginNotFound, refusal } from '../http/apiError';
import { activationVerdict, dependencyNodeOf, installedNodes, manifestOfRow } from '../plugins/pluginHosting';
import { isNewerVersion } from '../plugins/version';
import type { PluginStore } from '../store/pluginStore';
import type { UserRecord } from '../store/userStore';
import type { PluginLookup } from './pluginLookup';

export async function updateInstall(
  plugins: PluginStore,
  lookup: PluginLookup,
  user: UserRecord,
  body: { pluginId: string; acceptPermissions?: string[] },
) {
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
    return {
      success: true,
      updated: false,
      version: install.version,
      message: `"${row.name}" is already at the latest version (${install.version}).`,
      plugin: await lookup.installedView(user.id, id),
    };
  }
  // What the user allowed before (or, for an install that was never asked, what that version declared,
  // which for a version without "permissions" is the legacy access).
  const allowed = (await plugins.consentsOf(user.id)).get(id) ?? manifestOfRow(install).permissions;
  const next = manifestOfRow(row);
  const added = unconsented(addedPermissions(allowed, next.permissions), body.acceptPermissions ?? []);
  if (added.length > 0)
    throw refusal(
      updateConsentRefusal({ pluginId: id, name: row.name, version: row.version }, install.version, added),
    );
  const others = installed.filter((other) => other.plugin_id !== id);
  const plan = planPluginInstall(dependencyNodeOf(id, row), installedNodes(others), () => undefined);
  if (!plan.ok) throw refusal(dependencyRefusal(plan.problems));
  await plugins.refreshInstall(user.id, row, next.permissions);
  let blocked: StartupFailure[] = [];
  if (install.is_active === 1) {
    const updated = { ...install, ...row, plugin_id: id, manifest_json: row.manifest_json };
    const verdict = activationVerdict(updated, [...others, updated]);
    if (!verdict.ok) {
      blocked = verdict.startupFailures;
      await plugins.setActive(user.id, id, false);
    }
  }
  return {
    success: true,
    updated: true,
    version: row.version,
    message: `"${row.name}" updated from ${install.version} to ${row.version}.${blocked[0] ? ` It is switched off until: ${blocked[0].title}` : ''}`,
    ...(blocked.length > 0 ? { startupFailures: blocked } : {}),
    plugin: await lookup.installedView(user.id, id),
  };
}
