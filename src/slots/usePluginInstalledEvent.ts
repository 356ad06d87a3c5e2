import { useCallback } from 'react';
import { usePluginEvents } from './usePluginEvents';

/** What a subscriber reads as `installedPlugin` (the server's event carries the same fields). */
export interface InstalledPluginFacts {
  id: string;
  name: string;
  version?: string | null;
  author?: string | null;
}

/**
 * Tells the page actions of the user's subscribed plugins that plugins were just installed (the server runs
 * the server actions itself, after its transaction). One event per plugin, in install order; the installed
 * list is read fresh so that a plugin hears its own install.
 */
export function usePluginInstalledEvent(): (installed: readonly InstalledPluginFacts[]) => Promise<void> {
  const raise = usePluginEvents();
  return useCallback(
    async (installed) => {
      for (const plugin of installed) {
        await raise({
          event: 'plugin.installed',
          pluginId: plugin.id,
          data: {
            installedPlugin: {
              id: plugin.id,
              name: plugin.name,
              version: plugin.version ?? null,
              author: plugin.author ?? null,
            },
          },
          freshList: true,
        });
      }
    },
    [raise],
  );
}
