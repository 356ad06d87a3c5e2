/**
 * Installing with the manifest's questions asked first: what the plugin and what it brings along may do,
 * installed only when the user allows it; if the server asks anyway (its lists were newer than ours), its
 * answer is asked once more. Subscribers hear of the install (plugin.installed) once it has committed.
 */
import { useCallback } from 'react';
import {
  consentRequestOf,
  useApiClient,
  useInstallPlugin,
  type Acknowledgement,
  type InstallPluginBody,
} from '../api-client';
import { describePermission } from '../plugin-host';
import { usePluginInstalledEvent } from '../slots';
import { useConfirm, type ConfirmRequest } from '../ui';
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

/**
 * The notice after an install whose startup check keeps the plugin off (the server installed it switched off),
 * or null when nothing keeps it off.
 */
export function stayedOffNotice(name: string, done: Acknowledgement | null): string | null {
  const blocked = done?.startupFailures?.[0];
  if (!blocked) return null;
  return `Installed “${name}”, but it stays off: ${blocked.title}${blocked.details ? `. ${blocked.details}` : ''}`;
}

const authorOf = (record: ManifestRecord) => (typeof record.author === 'string' ? record.author : null);

export function useInstallWithConsent() {
  const confirm = useConfirm();
  const client = useApiClient();
  const install = useInstallPlugin();
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

  return { install, installWithConsent };
}
