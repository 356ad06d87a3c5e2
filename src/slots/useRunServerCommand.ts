import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { jobKeys, useApiClient } from '../api-client';
import type { HostCommand, HostingPlugin } from '../plugin-host';
import { usePluginSlotHost } from './PluginSlotProvider';

/** How long a command may take before the user is told it is still running. */
const STILL_RUNNING_AFTER_MS = 800;

function assetIdOf(context: Record<string, unknown>): string | undefined {
  const asset = context.asset;
  if (typeof asset !== 'object' || asset === null) return undefined;
  const id = (asset as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Runs a command whose action runs on the server (a host method such as `lowStockReport`, a request): the
 * server runs it through its job runner with the plugin's permissions and records it; the page sends only the
 * asset's id, waits, and tells the user the run's summary, or what went wrong, as a notice naming the plugin.
 */
export function useRunServerCommand(): (
  entry: HostCommand<HostingPlugin>,
  context: Record<string, unknown>,
) => Promise<void> {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const notify = usePluginSlotHost().services.notify;
  return useCallback(
    async (entry, context) => {
      const { plugin, command } = entry;
      const source = plugin.name;
      const failed = (why: string) =>
        notify?.(`“${plugin.name}” could not run “${command.title}”: ${why}`, { tone: 'error', source });
      const slow = setTimeout(
        () => notify?.(`Running “${command.title}”…`, { tone: 'info', source }),
        STILL_RUNNING_AFTER_MS,
      );
      try {
        const assetId = command.where === 'asset_actions' ? assetIdOf(context) : undefined;
        const run = await client.runPluginCommand(plugin.id, command.id, assetId ? { assetId } : {});
        if (run.status === 'succeeded')
          notify?.(`${command.title}: ${run.summary ?? 'done.'}`, { tone: 'success', source });
        else failed(run.error?.message ?? `it ended as ${run.status.replace('_', ' ')}.`);
      } catch (error) {
        failed(error instanceof Error ? error.message : String(error));
      } finally {
        clearTimeout(slow);
        // The plugins page lists the command's last run.
        void queryClient.invalidateQueries({ queryKey: jobKeys.all });
      }
    },
    [client, queryClient, notify],
  );
}
