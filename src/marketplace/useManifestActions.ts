/**
 * The marketplace's plugin actions with the manifest's questions asked first, as browsers do for
 * extensions: install shows what the plugin (and what it brings along) may do and installs only when the
 * user allows it (useInstallWithConsent); an update that asks for more says what is new; switching off or
 * removing a plugin others need names them. If the server asks anyway (its lists were newer than ours), its
 * answer is asked once more.
 */
import { useCallback } from 'react';
import {
  consentRequestOf,
  isApiError,
  useTogglePlugin,
  useUninstallPlugin,
  useUpdateInstalledPlugin,
} from '../api-client';
import { describePermission } from '../plugin-host';
import { useConfirm } from '../ui';
import { useInstallWithConsent } from './useInstallWithConsent';

export function useManifestActions() {
  const confirm = useConfirm();
  const { install, installWithConsent } = useInstallWithConsent();
  const toggle = useTogglePlugin();
  const uninstall = useUninstallPlugin();
  const updateInstalled = useUpdateInstalledPlugin();

  /** Updates to the latest version, asking first for permissions that version adds; false when declined. */
  const updateWithConsent = useCallback(
    async (plugin: {
      id: string;
      name: string;
      latestVersion?: string | null;
      updatePermissions?: string[];
    }) => {
      const added = plugin.updatePermissions ?? [];
      const ask = async (permissions: string[]) =>
        (
          await confirm({
            title: `Update “${plugin.name}”?`,
            message: `Version ${plugin.latestVersion ?? 'latest'} asks for more than you allowed. It stays at its version until you allow it.`,
            groups: [
              {
                title: 'New: it will also be able to',
                items: permissions.map((p) => `${describePermission(p).title} (${p})`),
              },
            ],
            confirmLabel: 'Allow and update',
          })
        ).confirmed;
      if (added.length > 0 && !(await ask(added))) return false;
      try {
        await updateInstalled.mutateAsync({ pluginId: plugin.id, acceptPermissions: added });
      } catch (error) {
        const more = consentRequestOf(error)?.added.map((entry) => entry.permission) ?? [];
        if (more.length === 0) throw error;
        if (!(await ask(more))) return false;
        await updateInstalled.mutateAsync({ pluginId: plugin.id, acceptPermissions: [...added, ...more] });
      }
      return true;
    },
    [confirm, updateInstalled],
  );

  /** Asks before stopping plugins that need this one; false when the user keeps it. */
  const confirmDependents = useCallback(
    async (name: string, dependents: readonly { name: string }[], what: 'switch off' | 'uninstall') => {
      if (dependents.length === 0) return true;
      const answer = await confirm({
        title: `${what === 'uninstall' ? 'Uninstall' : 'Switch off'} “${name}”?`,
        message: `Other plugins need it. They stop showing until “${name}” is back.`,
        groups: [{ title: 'Plugins that need it', items: dependents.map((d) => d.name) }],
        confirmLabel: what === 'uninstall' ? 'Uninstall anyway' : 'Switch off anyway',
        tone: 'danger',
      });
      return answer.confirmed;
    },
    [confirm],
  );

  /** Switches a plugin on or off; switching off asks first when others need it. False when declined. */
  const setActive = useCallback(
    async (
      plugin: { id: string; name: string },
      isActive: boolean,
      dependents: readonly { name: string }[],
    ) => {
      if (!isActive && !(await confirmDependents(plugin.name, dependents, 'switch off'))) return false;
      const force = !isActive && dependents.length > 0;
      try {
        await toggle.mutateAsync({ pluginId: plugin.id, isActive, force });
      } catch (error) {
        // Another tab may have switched a dependent on meanwhile: the server names it.
        if (!isApiError(error) || error.code !== 'PLUGIN_REQUIRED' || force) throw error;
        const named = Array.isArray(error.data.dependents)
          ? (error.data.dependents as { name?: unknown }[])
          : [];
        const names = named.map((d) => ({ name: typeof d.name === 'string' ? d.name : '?' }));
        if (!(await confirmDependents(plugin.name, names, 'switch off'))) return false;
        await toggle.mutateAsync({ pluginId: plugin.id, isActive, force: true });
      }
      return true;
    },
    [confirmDependents, toggle],
  );

  return {
    installWithConsent,
    updateWithConsent,
    confirmDependents,
    setActive,
    install,
    toggle,
    uninstall,
    updateInstalled,
  };
}

/** The marketplace's plugin actions, as one page hands them to its parts. */
export type ManifestActions = ReturnType<typeof useManifestActions>;
