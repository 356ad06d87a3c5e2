import { useEffect } from 'react';
import { declaresRequirements, surfacesOf } from '../stac-schema';
import { loadRequirementChecks } from '../plugin-host';
import { loadWidgetFamilies, useChunkLoad } from '../renderer';
import { InstalledPluginView } from './InstalledPluginView';
import { PluginFailureNotice } from './PluginFailureNotice';
import { usePluginSlotHost, useSlotPluginSource } from './slotHost';
import { dependencyNodes, hostPlugin, type HostedPlugin, type SlotPlugin } from './hostedPlugin';
import { Skeleton } from '../ui';

export interface PluginSlotProps {
  /** Slot name (`dashboard_top`, `asset_detail`, or a host's own). */
  name: string;
  /** Page data for the plugins' scope, e.g. `{ asset }`. */
  context?: Record<string, unknown>;
  className?: string;
  /** Accessible name of the region; defaults to a readable form of the slot name. */
  label?: string;
  /**
   * Show a skeleton while the installed list loads (default). Slots that usually stay empty (a sidebar, a
   * floating button) pass `false` so that the page does not shift when they turn out to have nothing.
   */
  skeleton?: boolean;
}

export type { SlotPlugin } from './hostedPlugin';

function readableSlotName(name: string): string {
  return name.replace(/_/g, ' ');
}

const NO_PLUGINS: readonly SlotPlugin[] = [];

/** The documents the active plugins of a list show in one slot. */
function documentsIn(plugins: readonly SlotPlugin[], slot: string): unknown[] {
  return plugins
    .filter((plugin) => plugin.isActive !== false)
    .flatMap((plugin) => surfacesOf(plugin).filter((surface) => surface.slot === slot))
    .map((surface) => surface.ui);
}

/**
 * Renders the signed-in user's active plugins for one slot. All slots of a page share one cached request
 * for the installed list, so a toggle or an install anywhere updates every open slot.
 */
export function PluginSlot({ name, context, className, label, skeleton = true }: PluginSlotProps) {
  const host = usePluginSlotHost();
  const installed = useSlotPluginSource('PluginSlot').useInstalledPlugins({ enabled: !host.safeMode });
  // The embed reads and checks what manifests require (other plugins, a host version, startup checks) with
  // code it fetches only for a list where a plugin declares any: the slot waits for it as it waits for the list.
  const listed = (installed.data as readonly SlotPlugin[] | undefined) ?? NO_PLUGINS;
  const requirements = useChunkLoad(listed, loadRequirementChecks).state;
  // Meanwhile the widget families of this slot's documents start coming too: one round trip for both.
  const waitingForRequirements = requirements.status === 'loading';
  useEffect(() => {
    if (waitingForRequirements) for (const ui of documentsIn(listed, name)) void loadWidgetFamilies(ui);
  }, [waitingForRequirements, listed, name]);

  if (host.safeMode) return null;

  const regionLabel = label ?? `Plugins: ${readableSlotName(name)}`;
  const classes = ['plugin-slot', `plugin-slot--${name}`, className].filter(Boolean).join(' ');

  if (installed.isPending || requirements.status === 'loading') {
    if (!skeleton) return null;
    return (
      <section className={classes} data-slot={name} aria-label={regionLabel} aria-busy="true">
        <div className="slot-plugin slot-plugin--loading">
          <Skeleton lines={2} label="Loading plugins" />
        </div>
      </section>
    );
  }
  // The page must work without its plugins: a failed list shows nothing rather than an error wall.
  if (installed.isError || !installed.data) return null;

  // Should that code not come, the plugins that need it say so with a Retry and the others show as usual.
  const unreadable = requirements.status === 'failed' ? listed.filter(declaresRequirements) : [];
  const all = unreadable.length > 0 ? listed.filter((plugin) => !unreadable.includes(plugin)) : listed;
  const nodes = dependencyNodes(all);
  // A plugin renders in every slot it has a surface for, in activation order (the server lists what a plugin
  // needs before it); one whose startup checks fail or whose required plugins are not all on stays off.
  const plugins = all
    .filter((plugin) => plugin.isActive !== false)
    .map((plugin) => ({ plugin, hosted: hostPlugin(plugin, name, nodes) }))
    .filter((entry): entry is { plugin: SlotPlugin; hosted: HostedPlugin } => entry.hosted !== null)
    .filter(
      (entry) => entry.hosted.startupFailures.length === 0 && entry.hosted.dependencyProblems.length === 0,
    );
  const waiting = unreadable.filter(
    (plugin) => plugin.isActive !== false && documentsIn([plugin], name).length > 0,
  );
  if (plugins.length === 0 && waiting.length === 0) return null;

  return (
    <section className={classes} data-slot={name} aria-label={regionLabel}>
      {requirements.status === 'failed'
        ? waiting.map((plugin) => (
            <div key={plugin.id} className="slot-plugin" data-plugin-id={plugin.id}>
              <PluginFailureNotice
                pluginName={plugin.name}
                message={`Part of the slot could not be loaded: ${requirements.error.message}`}
                onRetry={requirements.retry}
              />
            </div>
          ))
        : null}
      {plugins.map(({ plugin, hosted }) => (
        <InstalledPluginView
          key={`${plugin.id}@${plugin.version ?? ''}`}
          plugin={plugin}
          hosted={hosted}
          slot={name}
          context={context}
        />
      ))}
    </section>
  );
}
