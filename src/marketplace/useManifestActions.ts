/**
 * The marketplace's plugin actions with the manifest's questions asked first, as browsers do for
 * extensions: install shows what the plugin (and what it brings along) may do and installs only when the
 * user allows it; an update that asks for more says what is new; switching off or removing a plugin others
 * need names them. If the server asks anyway (its lists were newer than ours), its answer is asked once more.
 */
import { useCallback } from 'react';
import {
  consentRequestOf,
  isApiError,
  useApiClient,
  useInstallPlugin,
  useTogglePlugin,
  useUninstallPlugin,
  useUpdateInstalledPlugin,
  type Acknowledgement,
  type InstallPluginBody,
} from '../api-client';
import { describePermission } from '../plugin-host';
import { useConfirm, type ConfirmRequest } from '../ui';
import { usePluginInstalledEvent } from '../slots';
import { installRequestFor, type ConsentGroup, type ManifestRecord } from './pluginManifestInfo';

/** The consent groups of a CONSENT_REQUIRED answer, in the words of the consent screen. */
function consentFromError(error: unknown): ConsentGroup[] | null {
  const request = consentRequestOf(error);
  // Nothing readable to show: the caller shows the server's own message instead of an empty question.
  if (!request || request.groups.length === 0) return null;
  return request.groups.map((group, index) => ({
    pluginId: group.pluginId ?? String(index),
    name: group.name,
    version: group.version ?? null,
    permissions: group.permissions.map((entry) => describePermission(entry.permission)),
  }));
}

function consentGroups(consent: readonly ConsentGroup[]): NonNullable<ConfirmRequest['groups']> {
  return consent.map((group) => ({
    title: `“${group.name}” will be able to`,
    items: group.permissions.map((p) => `${p.title} (${p.permission})`),
  }));
}

const authorOf = (record: ManifestRecord) => (typeof record.author === 'string' ? record.author : null);

export function useManifestActions() {
  const confirm = useConfirm();
  const client = useApiClient();
  const install = useInstallPlugin();
  const toggle = useTogglePlugin();
  const uninstall = useUninstallPlugin();
  const updateInstalled = useUpdateInstalledPlugin();

  const announceInstalled = usePluginInstalledEvent();

  /** Installs; when the server asks for more than the page knew, asks the user once more. */
  const installAskingAgain = useCallback(
    async (
      target: ManifestRecord,
      accepted: InstallPluginBody,
      permissions: readonly string[],
    ): Promise<Acknowledgement | null> => {
      try {
        return await install.mutateAsync(accepted);
      } catch (error) {
        const consent = consentFromError(error);
        if (!consent) throw error;
        const again = await confirm({
          title: `Install “${target.name}”?`,
          message: 'It asks for more than this page knew. Review what it asks for.',
          groups: consentGroups(consent),
          confirmLabel: 'Allow and install',
        });
        if (!again.confirmed) return null;
        const more = consent.flatMap((group) => group.permissions.map((p) => p.permission));
        return install.mutateAsync({
          ...accepted,
          acceptPermissions: [...permissions, ...more],
        });
      }
    },
    [confirm, install],
  );

  /**
   * Installs `target` after the user allowed what it asks for: the server's answer (it names startup checks
   * that keep the plugin off), or null when the user said no. Throws the server's error (or why the
   * dependencies cannot be met) for the caller to show.
   */
  const installWithConsent = useCallback(
    async (
      target: ManifestRecord,
      body: InstallPluginBody,
      lists: { catalog: readonly ManifestRecord[]; installed: readonly ManifestRecord[] },
    ): Promise<Acknowledgement | null> => {
      const request = installRequestFor(target, lists.catalog, lists.installed);
      if (!request.ok) throw new Error(request.problems.map((problem) => problem.message).join(' '));
      if (request.consent.length > 0 || request.alsoInstalls.length > 0) {
        const groups = consentGroups(request.consent);
        if (request.alsoInstalls.length > 0)
          groups.push({
            title: `Also installs, because “${target.name}” needs ${request.alsoInstalls.length === 1 ? 'it' : 'them'}`,
            items: request.alsoInstalls.map((p) => `${p.name}${p.version ? ` ${p.version}` : ''}`),
          });
        const answer = await confirm({
          title: `Install “${target.name}”?`,
          message:
            request.consent.length > 0
              ? 'Review what it asks for. You can switch it off or uninstall it at any time.'
              : 'It needs other plugins to work.',
          groups,
          confirmLabel: request.consent.length > 0 ? 'Allow and install' : 'Install all',
        });
        if (!answer.confirmed) return null;
      }
      const accepted = { ...body, acceptPermissions: request.permissions, installDependencies: true };
      // The Invenicum backend installs one plugin per call and knows no dependencies: install what it needs
      // first, in order (the reference server does all of it in one transaction).
      if (client.profile === 'invenicum')
        for (const dependency of request.alsoInstalls) await install.mutateAsync({ id: dependency.id });
      const done = await installAskingAgain(target, accepted, request.permissions);
      // Dependencies first, as the server installed them; the page actions of subscribers run here.
      if (done)
        void announceInstalled([
          ...request.alsoInstalls,
          { id: target.id, name: target.name, version: target.version, author: authorOf(target) },
        ]);
      return done;
    },
    [client, confirm, install, installAskingAgain, announceInstalled],
  );

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
