import { useEffect } from 'react';
import { useInstalledPlugins } from '../api-client';
import { usePluginSlotHost } from './PluginSlotProvider';
import { dependencyNodes, hostPlugin, type SlotPlugin } from './hostedPlugin';

/** Notices already shown in this page's life: a failing check is told once, not on every refetch. */
const shown = new Set<string>();

/**
 * Tells the user once, as a notice from the plugin, when an installed plugin cannot start because a startup
 * check fails (as DMS reports its load errors); the plugin's row in the marketplace keeps saying it. Renders
 * nothing. Place it once, inside the PluginSlotProvider.
 */
export function PluginStartupNotices() {
  const host = usePluginSlotHost();
  const installed = useInstalledPlugins({ enabled: !host.safeMode && host.user !== null });
  const notify = host.services.notify;

  useEffect(() => {
    if (!notify || !installed.data) return;
    const all = installed.data as readonly SlotPlugin[];
    const nodes = dependencyNodes(all);
    for (const plugin of all) {
      const slot = String(plugin.slot ?? '');
      const hosted = hostPlugin(plugin, slot, nodes);
      for (const failure of hosted?.startupFailures ?? []) {
        const key = `${plugin.id}@${plugin.version ?? ''}:${failure.title}`;
        if (shown.has(key)) continue;
        shown.add(key);
        notify(
          `“${plugin.name}” cannot start: ${failure.title}${failure.details ? `. ${failure.details}` : ''}`,
          { tone: 'error', source: plugin.name },
        );
      }
    }
  }, [installed.data, notify]);

  return null;
}
