import { useCallback, useMemo, useState } from 'react';
import { defaultActionRegistry } from '../actions';
import { useInstalledPlugins, useTogglePlugin } from '../api-client';
import { defaultWidgetRegistry, StacView } from '../renderer';
import { parseStacDocument, WIDGET_TYPES } from '../stac-schema';
import type { StacRenderProblem } from '../renderer/contract';
import { PluginErrorBoundary } from './PluginErrorBoundary';
import { PluginFailureNotice } from './PluginFailureNotice';
import { usePluginSlotHost } from './PluginSlotProvider';

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

/** The shape a slot needs from an installed plugin record. */
export interface SlotPlugin {
  id: string;
  name: string;
  version?: string | null;
  slot?: string | null;
  isActive?: boolean | null;
  ui?: unknown;
}

function readableSlotName(name: string): string {
  return name.replace(/_/g, ' ');
}

/**
 * Renders the signed-in user's active plugins for one slot. All slots of a page share one cached request
 * for the installed list, so a toggle or an install anywhere updates every open slot.
 */
export function PluginSlot({ name, context, className, label, skeleton = true }: PluginSlotProps) {
  const host = usePluginSlotHost();
  const installed = useInstalledPlugins({ enabled: !host.safeMode });

  if (host.safeMode) return null;

  const regionLabel = label ?? `Plugins: ${readableSlotName(name)}`;
  const classes = ['plugin-slot', `plugin-slot--${name}`, className].filter(Boolean).join(' ');

  if (installed.isPending) {
    if (!skeleton) return null;
    return (
      <section className={classes} data-slot={name} aria-label={regionLabel} aria-busy="true">
        <div className="slot-plugin slot-plugin--loading">
          <div className="skeleton" role="status" aria-label="Loading plugins">
            <div className="skeleton__line" />
            <div className="skeleton__line" style={{ width: '60%' }} />
          </div>
        </div>
      </section>
    );
  }
  // The page must work without its plugins: a failed list shows nothing rather than an error wall.
  if (installed.isError || !installed.data) return null;

  const plugins = (installed.data as readonly SlotPlugin[]).filter(
    (plugin) => plugin.slot === name && plugin.isActive !== false,
  );
  if (plugins.length === 0) return null;

  return (
    <section className={classes} data-slot={name} aria-label={regionLabel}>
      {plugins.map((plugin) => (
        <SlotPluginView
          key={`${plugin.id}@${plugin.version ?? ''}`}
          plugin={plugin}
          slot={name}
          context={context}
        />
      ))}
    </section>
  );
}

function SlotPluginView({
  plugin,
  slot,
  context,
}: {
  plugin: SlotPlugin;
  slot: string;
  context?: Record<string, unknown>;
}) {
  const host = usePluginSlotHost();
  const toggle = useTogglePlugin();
  const [failure, setFailure] = useState<string | null>(null);

  const scope = useMemo(
    () => ({
      user: host.user,
      plugin: { id: plugin.id, name: plugin.name, version: plugin.version ?? '' },
      slot,
      ...context,
    }),
    [host.user, plugin.id, plugin.name, plugin.version, slot, context],
  );

  // Notices say which plugin they come from (snack bars read `plugin.name` from the scope).
  const services = useMemo(() => {
    const base = host.services;
    const notify = base?.notify;
    if (!notify) return base;
    return {
      ...base,
      notify: (message: string, options?: Parameters<typeof notify>[1]) =>
        notify(message, { ...options, source: plugin.name }),
    };
  }, [host.services, plugin.name]);

  // The renderer shows nothing in production for a document it cannot read at all (not a widget, over a
  // limit); the slot says so instead, with the same way out as for a plugin that throws.
  const unreadable = useMemo(() => {
    const registry = host.registry ?? defaultWidgetRegistry;
    const actions = host.actions ?? defaultActionRegistry;
    const vocabulary = new Set<string>(WIDGET_TYPES);
    const result = parseStacDocument(plugin.ui, {
      mode: 'lenient',
      extraWidgetTypes: Object.keys(registry).filter((type) => !vocabulary.has(type)),
      extraActionTypes: [...actions.actionTypes, ...actions.methodNames],
    });
    if (result.ok) return null;
    const issue = result.issues.find((candidate) => candidate.severity === 'error') ?? result.issues[0];
    return issue ? `${issue.path}: ${issue.message}` : 'The plugin has no readable UI.';
  }, [plugin.ui, host.registry, host.actions]);

  const onProblem = useCallback((problem: StacRenderProblem) => {
    if (problem.code !== 'render_error') return;
    // Reported from the renderer's own boundaries; defer so that we never set state while React renders.
    queueMicrotask(() => setFailure((current) => current ?? `${problem.path}: ${problem.message}`));
  }, []);

  const disable = useCallback(() => {
    toggle.mutate({ pluginId: plugin.id, isActive: false });
  }, [toggle, plugin.id]);

  const notice = (message: string) => (
    <PluginFailureNotice
      pluginName={plugin.name}
      message={message}
      onDisable={host.user ? disable : undefined}
      disabling={toggle.isPending}
    />
  );

  return (
    <div
      className="slot-plugin"
      role="group"
      aria-label={`Plugin: ${plugin.name}`}
      data-plugin-id={plugin.id}
      data-plugin-version={plugin.version ?? undefined}
    >
      {unreadable ? notice(unreadable) : failure ? notice(failure) : null}
      <PluginErrorBoundary resetKey={plugin.version} fallback={(error) => notice(error.message)}>
        <StacView
          document={plugin.ui}
          scope={scope}
          mode="production"
          theme={host.theme}
          services={services}
          actions={host.actions}
          registry={host.registry}
          onProblem={onProblem}
        />
      </PluginErrorBoundary>
    </div>
  );
}
