import type { ReactNode } from 'react';
import { queryPluginSource } from './queryPluginSource';
import { SlotHostProvider, type PluginSlotHost } from './slotHost';
import type { SlotPluginSource } from './slotPluginSource';

export { usePluginSlotHost, type PluginSlotHost, type PluginSlotViews } from './slotHost';

export interface PluginSlotProviderProps extends Partial<Omit<PluginSlotHost, 'source'>> {
  /** Where slots read the installed plugins from; default: the API client's TanStack Query cache. */
  source?: SlotPluginSource;
  children: ReactNode;
}

/** What every <PluginSlot> below shares: host services, the user, safe mode, theme and replaced views. */
export function PluginSlotProvider({ source, ...props }: PluginSlotProviderProps) {
  return <SlotHostProvider {...props} source={source ?? queryPluginSource} />;
}

/** Reads `?safe-mode` (any value but `0`/`false`) from a query string. */
export function isSafeModeSearch(search: string): boolean {
  const params = new URLSearchParams(search);
  if (!params.has('safe-mode')) return false;
  const value = params.get('safe-mode');
  return value !== '0' && value !== 'false';
}
