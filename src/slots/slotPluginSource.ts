import type { SlotPlugin } from './hostedPlugin';

/** The installed list as a slot sees it while it loads, after it failed, and once it is there. */
export interface InstalledListState {
  isPending: boolean;
  isError: boolean;
  data: readonly SlotPlugin[] | undefined;
}

/** Switches a plugin off from its failure notice ("Disable"); `isPending` while the server answers. */
export interface PluginSwitch {
  disable(pluginId: string): void;
  isPending: boolean;
}

/**
 * Where slots get the user's installed plugins from, as two hooks. The app's source is TanStack Query's
 * shared cache (queryPluginSource, so a toggle on the marketplace updates every open slot); the embed has a
 * small one of its own (embed/embedPluginSource) so that pages which embed a slot do not download a query
 * library to fetch one list. A source is fixed for the life of a provider: its hooks are called unconditionally.
 */
export interface SlotPluginSource {
  useInstalledPlugins(options: { enabled: boolean }): InstalledListState;
  usePluginSwitch(): PluginSwitch;
}
