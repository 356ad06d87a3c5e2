/**
 * React-free rules of host events and plugin commands, shared by the page (which runs page actions) and the
 * server (which runs the rest through its job runner): which plugins an event reaches, with which scope,
 * where each action runs, and which commands a host menu lists.
 */
import type {
  CommandPlace,
  FixedPermission,
  HostEvent,
  PluginCommand,
  PluginManifest,
  PluginSubscription,
} from '../stac-schema';
import { grantedScope, grantsFor, permissionForScopeRoot } from './permissions';
import { SERVER_HOST_METHODS } from './hostInfo';

/** Where an action runs: in the user's page, or on the server through the job runner. */
export type ActionPlace = 'page' | 'server';

/** Stac actions and SDK methods that need a page (they show or move something). */
const PAGE_ACTION_TYPES = new Set([
  'navigate',
  'showDialog',
  'showModalBottomSheet',
  'showSnackBar',
  'validateForm',
  'getFormValue',
]);
const PAGE_METHODS = new Set(['showAlert', 'getUserName', 'navigate', 'logout']);

/** Nested actions a multiAction may hold before we stop looking (the action layer has its own budget). */
const MAX_PLACE_STEPS = 200;

/** The steps of an action, a multiAction's nested steps included (at most MAX_PLACE_STEPS of them). */
function* actionSteps(action: unknown): Generator<Record<string, unknown>> {
  const pending: unknown[] = [action];
  for (let steps = 0; pending.length > 0 && steps < MAX_PLACE_STEPS; steps += 1) {
    const step = pending.pop();
    if (typeof step !== 'object' || step === null || Array.isArray(step)) continue;
    const record = step as Record<string, unknown>;
    yield record;
    if (Array.isArray(record.actions)) pending.push(...(record.actions as unknown[]));
  }
}

const needsPage = (step: Record<string, unknown>): boolean =>
  (typeof step.actionType === 'string' && PAGE_ACTION_TYPES.has(step.actionType)) ||
  (typeof step.method === 'string' && PAGE_METHODS.has(step.method));

/**
 * Where an event's action runs: in the page when any step of it shows or moves something (a notice, a
 * dialog, navigation), else on the server (requests, host methods such as `lowStockReport`, `setValue`),
 * where the run is recorded like a job's.
 */
export function actionPlace(action: unknown): ActionPlace {
  for (const step of actionSteps(action)) if (needsPage(step)) return 'page';
  return 'server';
}

const SERVER_ONLY = new Set<string>(SERVER_HOST_METHODS);

/**
 * The server-only host methods an action that runs in the page would call: a multiAction that shows a notice
 * and asks for `lowStockReport` runs in the page, where that method does not exist.
 */
export function serverMethodsInPageAction(action: unknown): string[] {
  if (actionPlace(action) !== 'page') return [];
  const found = new Set<string>();
  for (const step of actionSteps(action))
    if (typeof step.method === 'string' && SERVER_ONLY.has(step.method)) found.add(step.method);
  return [...found];
}

interface EventRule {
  /** The scope root holding the event's data that a plugin must be granted to receive the event. */
  dataRoot?: string;
  /** Delivered only to the plugin the event is about (a job's run is its own plugin's business). */
  ownPluginOnly?: boolean;
  /** What a user reads about it (detail page, docs). */
  title: string;
}

const EVENT_RULES: Readonly<Record<HostEvent, EventRule>> = {
  'asset.viewed': { dataRoot: 'asset', title: 'When you open an asset' },
  'asset.changed': { dataRoot: 'asset', title: 'When an asset is edited' },
  'plugin.installed': { title: 'When a plugin is installed' },
  'job.finished': { ownPluginOnly: true, title: 'When one of its jobs finishes' },
};

/** The permission a plugin needs to receive an event, or undefined when every subscriber receives it. */
export function eventPermission(event: HostEvent): FixedPermission | undefined {
  const root = EVENT_RULES[event].dataRoot;
  return root === undefined ? undefined : permissionForScopeRoot(root);
}

/** How an event reads for a user: "When an asset is edited". */
export function describeHostEvent(event: HostEvent): string {
  return EVENT_RULES[event].title;
}

/** What the host knows about one installed plugin when it routes events and lists commands. */
export interface HostingPlugin {
  id: string;
  name: string;
  version?: string | null;
  /** False for a plugin the user switched off (or that the host keeps off). */
  isActive: boolean;
  manifest: Pick<PluginManifest, 'permissions' | 'subscriptions' | 'commands'>;
}

/** The event a host raises: its name, the plugin it is about (if any) and its data (`asset`, `run`, ...). */
export interface HostEventInput {
  event: HostEvent;
  /** For `plugin.installed` and `job.finished`: the plugin the event is about. */
  pluginId?: string;
  data: Record<string, unknown>;
  /** ISO time it happened; the scope's `event.at`. */
  at: string;
}

export interface EventDelivery<P extends HostingPlugin = HostingPlugin> {
  plugin: P;
  subscription: PluginSubscription;
  place: ActionPlace;
  /** What the action's templates read: the event's data the plugin is granted, and `event`. */
  scope: Record<string, unknown>;
}

export interface EventRouting<P extends HostingPlugin = HostingPlugin> {
  deliveries: EventDelivery<P>[];
  /** Active subscribers the event did not reach because they lack the permission its data needs. */
  withheld: { plugin: P; permission: FixedPermission }[];
}

/**
 * Who receives an event: every ACTIVE plugin that subscribes to it and is granted what its data needs
 * (`asset:read` for asset events), each of its subscriptions once, in the order plugins and subscriptions
 * were given. `place` narrows to the actions the caller runs (the page runs page actions, the server the rest).
 */
export function routeHostEvent<P extends HostingPlugin>(
  input: HostEventInput,
  plugins: readonly P[],
  place?: ActionPlace,
): EventRouting<P> {
  const rule = EVENT_RULES[input.event];
  const routing: EventRouting<P> = { deliveries: [], withheld: [] };
  for (const plugin of plugins) {
    if (!plugin.isActive) continue;
    if (rule.ownPluginOnly && plugin.id !== input.pluginId) continue;
    const subscriptions = plugin.manifest.subscriptions.filter((entry) => entry.event === input.event);
    if (subscriptions.length === 0) continue;
    const grants = grantsFor(plugin.manifest);
    if (rule.dataRoot !== undefined && !grants.mayReadScopeRoot(rule.dataRoot)) {
      const permission = permissionForScopeRoot(rule.dataRoot);
      if (permission) routing.withheld.push({ plugin, permission });
      continue;
    }
    const scope = {
      ...grantedScope(input.data, grants),
      event: { type: input.event, at: input.at, ...(input.pluginId ? { pluginId: input.pluginId } : {}) },
    };
    for (const subscription of subscriptions) {
      const where = actionPlace(subscription.action);
      if (place !== undefined && where !== place) continue;
      routing.deliveries.push({ plugin, subscription, place: where, scope });
    }
  }
  return routing;
}

export interface HostCommand<P extends HostingPlugin = HostingPlugin> {
  plugin: P;
  command: PluginCommand;
  /** A key unique in the menu: `pluginId/commandId`. */
  key: string;
}

/** The entries of one host menu: every active plugin's commands declared for that place, in order. */
export function commandsFor<P extends HostingPlugin>(
  where: CommandPlace,
  plugins: readonly P[],
): HostCommand<P>[] {
  const entries: HostCommand<P>[] = [];
  for (const plugin of plugins) {
    if (!plugin.isActive) continue;
    for (const command of plugin.manifest.commands) {
      if (command.where === where) entries.push({ plugin, command, key: `${plugin.id}/${command.id}` });
    }
  }
  return entries;
}

/**
 * The scope a command's action binds against: the menu's context (the asset in scope for an asset's menu)
 * reduced to what the plugin is granted, and `command`.
 */
export function commandScope(entry: HostCommand, context: Record<string, unknown>): Record<string, unknown> {
  return {
    ...grantedScope(context, grantsFor(entry.plugin.manifest)),
    command: { id: entry.command.id, title: entry.command.title, where: entry.command.where },
  };
}
