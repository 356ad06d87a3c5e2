/**
 * Runs plugin actions that no widget of the page fired: host events delivered to subscribed plugins and
 * commands chosen from host menus. Each run gets a StacView of its own (invisible, so that the action's
 * dialogs, sheets and snack bars have the renderer's overlay host) with the plugin's scope, grants and
 * guarded services; a failing action is told to the user as a notice naming the plugin and what failed.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ActionErrorEvent } from '../actions';
import {
  buildPluginScope,
  dependencyPresence,
  grantsFor,
  guardHostServices,
  resolveSettingValues,
  type HostingPlugin,
} from '../plugin-host';
import { createWidgetRegistry, defaultWidgetRegistry, StacView, useStacDispatch } from '../renderer';
import { readPluginManifest } from '../stac-schema';
import { hostScope } from './hostScope';
import type { SlotPlugin } from './hostedPlugin';
import { usePluginSlotHost } from './PluginSlotProvider';

/** One action to run for one plugin: an event it subscribed to, or a command the user chose. */
export interface PluginActionRequest {
  plugin: SlotPlugin;
  action: unknown;
  /** What the action's templates read beyond the plugin's own fields (already reduced to its grants). */
  context: Record<string, unknown>;
  /** What the user would call it in an error: "Reorder", "When an asset is edited". */
  label: string;
}

type RunPluginAction = (request: PluginActionRequest) => void;

const PluginActionContext = createContext<RunPluginAction | null>(null);

/** Runs a plugin action in the page; a no-op outside a PluginActionHost (e.g. a story without one). */
export function useRunPluginAction(): RunPluginAction {
  return useContext(PluginActionContext) ?? noRun;
}
const noRun: RunPluginAction = () => undefined;

/** The plugin as events and menus see it: active or not, with the manifest fields that route them. */
export function hostingPlugin(plugin: SlotPlugin): HostingPlugin & { record: SlotPlugin } {
  const { manifest } = readPluginManifest(plugin);
  return {
    id: plugin.id,
    name: plugin.name,
    version: plugin.version,
    isActive: plugin.isActive !== false,
    manifest,
    record: plugin,
  };
}

/** Runs kept mounted at once: each may hold an open dialog; the oldest make way for new ones. */
const MAX_RUNS = 8;
const RUN_WIDGET = 'stacWebHostRun';

interface Run extends PluginActionRequest {
  id: number;
}

export function PluginActionHost({ children }: { children: ReactNode }) {
  const [runs, setRuns] = useState<Run[]>([]);
  const nextId = useRef(0);
  const run = useCallback<RunPluginAction>((request) => {
    nextId.current += 1;
    const id = nextId.current;
    setRuns((current) => [...current, { ...request, id }].slice(-MAX_RUNS));
  }, []);
  return (
    <PluginActionContext.Provider value={run}>
      {children}
      <div className="plugin-action-runs" data-testid="plugin-action-runs">
        {runs.map((entry) => (
          <PluginActionRun key={entry.id} run={entry} />
        ))}
      </div>
    </PluginActionContext.Provider>
  );
}

function PluginActionRun({ run }: { run: Run }) {
  const host = usePluginSlotHost();
  const { plugin } = run;
  const manifest = useMemo(() => readPluginManifest(plugin).manifest, [plugin]);
  const grants = useMemo(() => grantsFor(manifest), [manifest]);
  const scope = useMemo(() => {
    const built = buildPluginScope({
      plugin: { id: plugin.id, version: plugin.version },
      slot: 'host',
      context: hostScope(host.user, run.context),
      grants,
      settings: resolveSettingValues(manifest.settings, plugin.settingValues),
      has: dependencyPresence(manifest.dependencies, new Map()),
    });
    return { ...built, plugin: { ...(built.plugin as object), name: plugin.name } };
  }, [host.user, plugin, run.context, grants, manifest]);
  const services = useMemo(() => {
    const guarded = guardHostServices(host.services, grants, { pluginName: plugin.name });
    const notify = guarded.notify;
    return notify
      ? {
          ...guarded,
          notify: (message: string, options?: Parameters<typeof notify>[1]) =>
            notify(message, { ...options, source: plugin.name }),
        }
      : guarded;
  }, [host.services, grants, plugin.name]);
  const registry = useMemo(() => {
    const action = run.action;
    function RunOnMount() {
      const dispatch = useStacDispatch();
      const started = useRef(false);
      useEffect(() => {
        // Once per run, also under StrictMode's second effect pass.
        if (started.current) return;
        started.current = true;
        dispatch(action, 'action');
      }, [dispatch]);
      return null;
    }
    return createWidgetRegistry({ [RUN_WIDGET]: RunOnMount }, host.registry ?? defaultWidgetRegistry);
  }, [run.action, host.registry]);
  const notify = host.services.notify;
  const onActionError = useCallback(
    (event: ActionErrorEvent) =>
      notify?.(`“${plugin.name}” could not run “${run.label}”: ${event.message}`, {
        tone: 'error',
        source: plugin.name,
      }),
    [notify, plugin.name, run.label],
  );
  return (
    <StacView
      document={{ type: RUN_WIDGET }}
      scope={scope}
      services={services}
      actions={host.actions}
      registry={registry}
      theme={host.theme}
      onActionError={onActionError}
    />
  );
}
