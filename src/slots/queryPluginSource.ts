import { useCallback } from 'react';
import { useInstalledPlugins, useTogglePlugin } from '../api-client';
import type { SlotPluginSource } from './slotPluginSource';

/** The app's plugin source: the installed list and the on/off switch of the API client's TanStack Query hooks. */
export const queryPluginSource: SlotPluginSource = {
  useInstalledPlugins({ enabled }) {
    const installed = useInstalledPlugins({ enabled });
    return { isPending: installed.isPending, isError: installed.isError, data: installed.data };
  },
  usePluginSwitch() {
    const { mutate, isPending } = useTogglePlugin();
    const disable = useCallback((pluginId: string) => mutate({ pluginId, isActive: false }), [mutate]);
    return { disable, isPending };
  },
};
