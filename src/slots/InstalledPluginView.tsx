import { useCallback, useMemo, useState } from 'react';
import { defaultActionRegistry } from '../actions';
import { useTogglePlugin } from '../api-client';
import { defaultWidgetRegistry, StacView } from '../renderer';
import { parseStacDocument, WIDGET_TYPES } from '../stac-schema';
import type { StacRenderProblem } from '../renderer/contract';
import { PluginErrorBoundary } from './PluginErrorBoundary';
import { PluginFailureNotice } from './PluginFailureNotice';
import type { SlotPlugin } from './PluginSlot';
import { hostScope } from './hostScope';
import { usePluginSlotHost } from './PluginSlotProvider';

export interface InstalledPluginViewProps {
  plugin: SlotPlugin;
  /** Where it is shown: a slot name, or `page` for the full-page route. */
  slot: string;
  /** Page data for the plugin's scope, e.g. `{ asset }`. */
  context?: Record<string, unknown>;
}

/**
 * One installed plugin, isolated: its own error boundary, a notice with "Disable" when it fails, and the
 * host's scope (hostScope) with its own `plugin` and `slot`. Used by every slot and by the full-page plugin route.
 */
export function InstalledPluginView({ plugin, slot, context }: InstalledPluginViewProps) {
  const host = usePluginSlotHost();
  const toggle = useTogglePlugin();
  const [failure, setFailure] = useState<string | null>(null);

  const scope = useMemo(
    () => ({
      ...hostScope(host.user, context),
      plugin: { id: plugin.id, name: plugin.name, version: plugin.version ?? '' },
      slot,
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
