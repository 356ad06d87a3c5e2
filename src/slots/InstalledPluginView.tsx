import { useCallback, useMemo, useState } from 'react';
import { defaultActionRegistry, type ActionErrorEvent } from '../actions';
import {
  defaultWidgetRegistry,
  parseDocumentCached,
  StacView,
  useWidgetFamilies,
  type StacRenderProblem,
} from '../renderer';
import { WIDGET_TYPES } from '../stac-schema';
import { Skeleton } from '../ui';
import { PluginErrorBoundary } from './PluginErrorBoundary';
import { PluginFailureNotice } from './PluginFailureNotice';
import { hostPlugin, type HostedPlugin, type SlotPlugin } from './hostedPlugin';
import { buildPluginScope, grantsFor, guardHostServices } from '../plugin-host';
import { hostScope } from './hostScope';
import { usePluginSlotHost, useSlotPluginSource } from './slotHost';

export interface InstalledPluginViewProps {
  plugin: SlotPlugin;
  /** Where it is shown: a slot name, or `page` for the full-page route. */
  slot: string;
  /** Page data for the plugin's scope, e.g. `{ asset }`. */
  context?: Record<string, unknown>;
  /** How the slot hosts it (surface, grants, settings); computed from the plugin alone when missing. */
  hosted?: HostedPlugin;
}

/**
 * One installed plugin, isolated: its own error boundary, a notice with "Disable" when it fails, and the
 * host's scope (hostScope) with its own `plugin` and `slot`. Used by every slot and by the full-page plugin route.
 */
export function InstalledPluginView({ plugin, slot, context, hosted: hostedProp }: InstalledPluginViewProps) {
  // The full-page route shows a plugin outside its slots: its first surface, with its own grants.
  const hosted = useMemo(
    () =>
      hostedProp ??
      hostPlugin(plugin, slot, new Map()) ??
      hostPlugin(plugin, String(plugin.slot ?? ''), new Map()),
    [hostedProp, plugin, slot],
  );
  const host = usePluginSlotHost();
  const pluginSwitch = useSlotPluginSource('InstalledPluginView').usePluginSwitch();
  const [failure, setFailure] = useState<string | null>(null);

  // Keyed by content: the installed list is refetched often, and equal values must not re-render the plugin.
  const settingsKey = JSON.stringify(hosted?.settings ?? {});
  const hasKey = JSON.stringify(hosted?.has ?? {});
  const grants = hosted?.grants;
  const document = hosted ? hosted.document : plugin.ui;
  // The embed loads the widget families a document uses (their components and specs) before checking it.
  const families = useWidgetFamilies(document);
  const scope = useMemo(() => {
    const pluginScope = { id: plugin.id, name: plugin.name, version: plugin.version ?? '' };
    if (!grants) return { ...hostScope(host.user, context), plugin: pluginScope, slot };
    const built = buildPluginScope({
      plugin: pluginScope,
      slot,
      context: hostScope(host.user, context),
      grants,
      settings: JSON.parse(settingsKey) as Record<string, string | number | boolean>,
      has: JSON.parse(hasKey) as Record<string, boolean>,
    });
    return { ...built, plugin: { ...(built.plugin as object), name: plugin.name } };
  }, [host.user, plugin.id, plugin.name, plugin.version, slot, context, grants, settingsKey, hasKey]);

  // Notices say which plugin they come from (snack bars read `plugin.name` from the scope).
  const services = useMemo(() => {
    // A plugin that cannot be hosted (unreadable) still gets the guard of a plugin without permissions.
    const base = guardHostServices(host.services, grants ?? grantsFor({}), { pluginName: plugin.name });
    const notify = base?.notify;
    if (!notify) return base;
    return {
      ...base,
      notify: (message: string, options?: Parameters<typeof notify>[1]) =>
        notify(message, { ...options, source: plugin.name }),
    };
  }, [host.services, plugin.name, grants]);

  // The renderer shows nothing in production for a document it cannot read at all (not a widget, over a
  // limit); the slot says so instead, with the same way out as for a plugin that throws.
  const familiesReady = families.status === 'ready';
  const unreadable = useMemo(() => {
    if (!familiesReady) return null;
    const registry = host.registry ?? defaultWidgetRegistry;
    const actions = host.actions ?? defaultActionRegistry;
    const vocabulary = new Set<string>(WIDGET_TYPES);
    // The view parses the same document with the same options: through the shared cache, it is read once.
    const result = parseDocumentCached(document, {
      mode: 'lenient',
      extraWidgetTypes: Object.keys(registry).filter((type) => !vocabulary.has(type)),
      extraActionTypes: [...actions.actionTypes, ...actions.methodNames],
    });
    if (result.ok) return null;
    const issue = result.issues.find((candidate) => candidate.severity === 'error') ?? result.issues[0];
    return issue ? `${issue.path}: ${issue.message}` : 'The plugin has no readable UI.';
  }, [document, host.registry, host.actions, familiesReady]);

  const onProblem = useCallback((problem: StacRenderProblem) => {
    if (problem.code !== 'render_error') return;
    // Reported from the renderer's own boundaries; defer so that we never set state while React renders.
    queueMicrotask(() => setFailure((current) => current ?? `${problem.path}: ${problem.message}`));
  }, []);

  const { disable: disablePlugin } = pluginSwitch;
  const disable = useCallback(() => disablePlugin(plugin.id), [disablePlugin, plugin.id]);

  const FailureView = host.views?.PluginFailure ?? PluginFailureNotice;

  // A production view keeps action errors to the host. The user hears of the ones they can make sense of:
  // the plugin was not allowed to do what they pressed, the clipboard refused to take the text, or the
  // action's code could not be loaded (the embed loads it on first use; pressing again tries again).
  const onActionError = useCallback(
    (event: ActionErrorEvent) => {
      if (
        event.code === 'not_permitted' ||
        event.code === 'load_failed' ||
        event.method === 'copyToClipboard'
      )
        services?.notify?.(event.message, { tone: 'error' });
    },
    [services],
  );

  const notice = (message: string) => (
    <FailureView
      pluginName={plugin.name}
      message={message}
      onDisable={host.user ? disable : undefined}
      disabling={pluginSwitch.isPending}
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
      {hosted && hosted.missingSettings.length > 0 ? (
        <SetUpPrompt
          pluginName={plugin.name}
          missing={hosted.missingSettings.map((field) => field.label)}
          navigate={host.services.navigate}
        />
      ) : families.status === 'loading' ? (
        // The slot's loading state, while the widgets the plugin's document uses arrive.
        <Skeleton lines={2} label="Loading plugin" />
      ) : families.status === 'failed' ? (
        <FailureView
          pluginName={plugin.name}
          message={`Part of the renderer could not be loaded: ${families.error.message}`}
          onRetry={families.retry}
          onDisable={host.user ? disable : undefined}
          disabling={pluginSwitch.isPending}
        />
      ) : (
        <>
          {unreadable ? notice(unreadable) : failure ? notice(failure) : null}
          <PluginErrorBoundary resetKey={plugin.version} fallback={(error) => notice(error.message)}>
            <StacView
              document={document}
              scope={scope}
              withheldScope={hosted?.withheldScope}
              mode="production"
              theme={host.theme}
              services={services}
              actions={host.actions}
              registry={host.registry}
              onProblem={onProblem}
              onActionError={onActionError}
            />
          </PluginErrorBoundary>
        </>
      )}
    </div>
  );
}

/** Instead of half-rendered content: the plugin needs settings the user has not filled in yet. */
function SetUpPrompt({
  pluginName,
  missing,
  navigate,
}: {
  pluginName: string;
  missing: string[];
  navigate?: (request: { kind: 'push'; path: string }) => void | Promise<void>;
}) {
  const path = '/marketplace/installed';
  return (
    <div className="plugin-setup" role="status">
      <p className="plugin-setup__title">“{pluginName}” needs to be set up before it can show anything.</p>
      <p className="plugin-setup__details">Missing: {missing.join(', ')}.</p>
      <a
        className="button button--tonal button--small"
        href={path}
        onClick={(event) => {
          if (!navigate) return;
          event.preventDefault();
          void navigate({ kind: 'push', path });
        }}
      >
        Set up
      </a>
    </div>
  );
}
