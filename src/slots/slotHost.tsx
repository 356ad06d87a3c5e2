import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { ActionRegistry, HostServices, StacUser } from '../actions';
import type { StacWidgetRegistry } from '../renderer';
import type { PluginFailureNoticeProps } from './PluginFailureNotice';
import type { SlotPluginSource } from './slotPluginSource';

/** The views a slot shows of its own, for a host to replace (the ones left out keep the default). */
export interface PluginSlotViews {
  /** The box a failing plugin leaves behind (unreadable document, a widget that threw): what failed and a way to switch it off. */
  PluginFailure: ComponentType<PluginFailureNoticeProps>;
}

export interface PluginSlotHost {
  /** Host services handed to every plugin's actions (navigate, notify, confirm, ...). */
  services: Partial<HostServices>;
  /** The signed-in user, bound as `user` in every plugin's scope. */
  user: StacUser | null;
  /** `?safe-mode`: render no plugins at all, so a broken plugin can be disabled from a working page. */
  safeMode: boolean;
  theme?: 'light' | 'dark';
  /** Extra actions/methods the host registers for its plugins. */
  actions?: ActionRegistry;
  /** Widget registry override (hosts add widgets; plugins cannot). */
  registry?: StacWidgetRegistry;
  /** Replace the slot's own views, e.g. `{ PluginFailure: MyFailureCard }`. */
  views?: Partial<PluginSlotViews>;
  /** Where slots read the installed plugins from; null outside a provider. */
  source: SlotPluginSource | null;
}

const DEFAULT_HOST: PluginSlotHost = { services: {}, user: null, safeMode: false, source: null };

const PluginSlotHostContext = createContext<PluginSlotHost>(DEFAULT_HOST);

export interface SlotHostProviderProps extends Partial<Omit<PluginSlotHost, 'source'>> {
  source: SlotPluginSource;
  children: ReactNode;
}

/**
 * What every <PluginSlot> below shares, with the plugin source given explicitly. Hosts use
 * PluginSlotProvider (the app's TanStack Query source by default); the embed gives its own.
 */
export function SlotHostProvider({
  children,
  services,
  user,
  safeMode,
  theme,
  actions,
  registry,
  views,
  source,
}: SlotHostProviderProps) {
  const value = useMemo<PluginSlotHost>(
    () => ({
      services: services ?? {},
      user: user ?? null,
      safeMode: safeMode ?? false,
      theme,
      actions,
      registry,
      views,
      source,
    }),
    [services, user, safeMode, theme, actions, registry, views, source],
  );
  return <PluginSlotHostContext.Provider value={value}>{children}</PluginSlotHostContext.Provider>;
}

export function usePluginSlotHost(): PluginSlotHost {
  return useContext(PluginSlotHostContext);
}

/** The plugin source of the nearest provider; slots cannot list plugins without one. */
export function useSlotPluginSource(component: string): SlotPluginSource {
  const { source } = usePluginSlotHost();
  if (!source) {
    throw new Error(
      `\`${component}\` must be used within \`PluginSlotProvider\` (or an embed's mountPluginSlot), which says where the installed plugins come from.`,
    );
  }
  return source;
}
