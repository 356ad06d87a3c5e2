import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { pluginKeys, useApiClient } from '../api-client';
import { describeHostEvent, routeHostEvent } from '../plugin-host';
import type { HostEvent } from '../stac-schema';
import { hostingPlugin, useRunPluginAction } from './PluginActionHost';
import type { SlotPlugin } from './hostedPlugin';
import { usePluginSlotHost } from './PluginSlotProvider';

export interface RaiseHostEvent {
  event: HostEvent;
  /** The plugin the event is about (`plugin.installed`, `job.finished`). */
  pluginId?: string;
  data: Record<string, unknown>;
  /**
   * Read the installed list from the server instead of the cache: an install just changed it, and the new
   * plugin must hear its own `plugin.installed`.
   */
  freshList?: boolean;
}

/** What raising an event found: how many server-side subscriptions the server will run for it. */
export interface RaisedHostEvent {
  serverSubscribers: number;
}

const NONE: RaisedHostEvent = { serverSubscribers: 0 };

/**
 * Raises a host event in the page: the page actions (notices, dialogs, navigation) of every active plugin of
 * the user that subscribes to it and is granted its data run here, each through the plugin's own guarded
 * services. Server actions are the server's (it raises the same events itself). Nothing in safe mode.
 */
export function usePluginEvents(): (input: RaiseHostEvent) => Promise<RaisedHostEvent> {
  const host = usePluginSlotHost();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const runAction = useRunPluginAction();
  return useCallback(
    async (input) => {
      if (host.safeMode || host.user === null) return NONE;
      let installed: SlotPlugin[];
      try {
        const query = {
          queryKey: pluginKeys.installed(),
          queryFn: ({ signal }: { signal: AbortSignal }) => client.getInstalledPlugins({ signal }),
        };
        installed = (await (input.freshList
          ? queryClient.fetchQuery({ ...query, staleTime: 0 })
          : queryClient.ensureQueryData(query))) as SlotPlugin[];
      } catch {
        // Without the installed list no plugin can be told; the page's own action already succeeded.
        return NONE;
      }
      const event = {
        event: input.event,
        pluginId: input.pluginId,
        data: input.data,
        at: new Date().toISOString(),
      };
      const plugins = installed.map(hostingPlugin);
      const routing = routeHostEvent(event, plugins, 'page');
      for (const delivery of routing.deliveries) {
        runAction({
          plugin: delivery.plugin.record,
          action: delivery.subscription.action,
          context: delivery.scope,
          label: describeHostEvent(input.event),
        });
      }
      // The server runs its own deliveries; the page only says how many there are, so that a host can skip
      // telling the server about an event nobody there listens to.
      return { serverSubscribers: routeHostEvent(event, plugins, 'server').deliveries.length };
    },
    [host.safeMode, host.user, client, queryClient, runAction],
  );
}
