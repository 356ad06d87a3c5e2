import { useState } from 'react';
import { useUpdateInstalledPlugin } from '../api-client';
import { useToast } from '../ui';
import type { InstalledRecord } from './pluginManifestInfo';

const plural = (n: number) => `${n} plugin${n === 1 ? '' : 's'}`;

/** What the bulk update leaves to the user: the updates that ask for new permissions, by name. */
function waitingText(waiting: readonly InstalledRecord[]): string {
  if (waiting.length === 0) return '';
  const one = waiting.length === 1;
  const names = waiting.map((plugin) => `“${plugin.name}”`).join(', ');
  return ` ${names} ${one ? 'asks' : 'ask'} for new permissions: review ${one ? 'it' : 'them'} with Review update.`;
}

/**
 * Update all: every update that asks for nothing new, one after the other, then one notice that counts
 * them. Updates that ask for new permissions wait for the user's consent, one by one: never allowed in bulk.
 */
export function useUpdateAllPlugins(withUpdates: readonly InstalledRecord[]) {
  const updateInstalled = useUpdateInstalledPlugin();
  const notify = useToast();
  const [updatingAll, setUpdatingAll] = useState(false);

  const updateAll = async () => {
    setUpdatingAll(true);
    let failed = 0;
    const waiting = withUpdates.filter((plugin) => (plugin.updatePermissions ?? []).length > 0);
    const plain = withUpdates.filter((plugin) => !waiting.includes(plugin));
    // One after the other: the server bumps download counts and the list refreshes after each.
    for (const plugin of plain) {
      try {
        await updateInstalled.mutateAsync(plugin.id);
      } catch {
        failed += 1;
      }
    }
    setUpdatingAll(false);
    const left = waitingText(waiting);
    if (failed)
      notify(`${failed} of ${plain.length} updates failed. Try them one by one.${left}`, { tone: 'error' });
    else if (plain.length === 0) notify(left.trim(), { tone: 'info' });
    else notify(`Updated ${plural(plain.length)}.${left}`, { tone: 'success' });
  };

  return { updatingAll, updateAll };
}
