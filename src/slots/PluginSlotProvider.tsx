import { createContext, useContext, useMemo, type ComponentType, type ReactNode } from 'react';
import type { ActionRegistry, HostServices, StacUser } from '../actions';
import type { StacWidgetRegistry } from '../renderer';
import type { PluginFailureNoticeProps } from './PluginFailureNotice';

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
}

const DEFAULT_HOST: PluginSlotHost = { services: {}, user: null, safeMode: false };

const PluginSlotHostContext = createContext<PluginSlotHost>(DEFAULT_HOST);

export interface PluginSlotProviderProps extends Partial<PluginSlotHost> {
  children: ReactNode;
}

/** What every <PluginSlot> below shares: host services, the user, safe mode, theme and replaced views. */
export function PluginSlotProvider({
  children,
  services,
  user,
  safeMode,
  theme,
  actions,
  registry,
  views,
}: PluginSlotProviderProps) {
  const value = useMemo<PluginSlotHost>(
    () => ({
      services: services ?? {},
      user: user ?? null,
      safeMode: safeMode ?? false,
      theme,
      actions,
      registry,
      views,
    }),
    [services, user, safeMode, theme, actions, registry, views],
  );
  return <PluginSlotHostContext.Provider value={value}>{children}</PluginSlotHostContext.Provider>;
}

export function usePluginSlotHost(): PluginSlotHost {
  return useContext(PluginSlotHostContext);
}

/** Reads `?safe-mode` (any value but `0`/`false`) from a query string. */
export function isSafeModeSearch(search: string): boolean {
  const params = new URLSearchParams(search);
  if (!params.has('safe-mode')) return false;
  const value = params.get('safe-mode');
  return value !== '0' && value !== 'false';
}
