import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { DeletePluginOptions } from '../createApiClient';
import type {
  CommunityPlugin,
  InstallPluginBody,
  InstalledPlugin,
  PluginCreateBody,
  PluginPreview,
  PluginUpdateBody,
  SaveSettingsResult,
} from '../pluginResponses';
import { pluginKeys } from '../queryKeys';
import type { McpSwitchResult } from '../catalogFolderResponses';
import type {
  Acknowledgement,
  CreatePluginResult,
  ToggleResult,
  UpdateInstalledResult,
  UpdatePluginResult,
} from '../responseSchemas';
import { useApiClient } from './ApiClientProvider';

export function useCommunityPlugins(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery<CommunityPlugin[], ApiError>({
    queryKey: pluginKeys.community(),
    queryFn: ({ signal }) => client.getCommunityPlugins({ signal }),
    enabled: options.enabled,
  });
}

export function useInstalledPlugins(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery<InstalledPlugin[], ApiError>({
    queryKey: pluginKeys.installed(),
    queryFn: ({ signal }) => client.getInstalledPlugins({ signal }),
    enabled: options.enabled,
  });
}

/** Fetches a plugin file's preview by URL; idle while `url` is empty. */
export function usePreviewPlugin(url: string | null | undefined) {
  const client = useApiClient();
  return useQuery<PluginPreview, ApiError>({
    queryKey: pluginKeys.preview(url ?? ''),
    queryFn: ({ signal }) => client.previewPluginStac(url as string, { signal }),
    enabled: Boolean(url),
    // A preview is looked at once; do not hammer a remote file on every focus.
    staleTime: 60_000,
  });
}

/** Plugin lists change together: an install moves a download count and the installed list. */
function refreshPluginLists(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: pluginKeys.all, refetchType: 'active' });
}

function setInstalled(queryClient: QueryClient, update: (list: InstalledPlugin[]) => InstalledPlugin[]) {
  queryClient.setQueryData<InstalledPlugin[]>(pluginKeys.installed(), (list) => (list ? update(list) : list));
}

export function useInstallPlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Acknowledgement, ApiError, InstallPluginBody>({
    mutationFn: (body: InstallPluginBody) => client.installPlugin(body),
    onSettled: () => refreshPluginLists(queryClient),
  });
}

/** A plugin id, or the id with `force` to remove a plugin that others need (after the user agreed). */
export type UninstallPluginVariables = string | { pluginId: string; force?: boolean };

export function useUninstallPlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Acknowledgement, ApiError, UninstallPluginVariables>({
    mutationFn: (input: UninstallPluginVariables) => {
      const { pluginId, force } = typeof input === 'string' ? { pluginId: input, force: false } : input;
      return client.uninstallPlugin(pluginId, force ? { force } : undefined);
    },
    onSuccess: (_result, input) => {
      const pluginId = typeof input === 'string' ? input : input.pluginId;
      setInstalled(queryClient, (list) => list.filter((p) => p.id !== pluginId));
    },
    onSettled: () => refreshPluginLists(queryClient),
  });
}

export interface TogglePluginVariables {
  pluginId: string;
  isActive: boolean;
  /** Switch off even though switched-on plugins need it (after the user agreed). */
  force?: boolean;
}

/**
 * Flips `isActive` in the installed list at once; if the server refuses, the list goes back to what it was
 * and the mutation's `error` says why.
 */
export function useTogglePlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<ToggleResult, ApiError, TogglePluginVariables, { previous?: InstalledPlugin[] }>({
    mutationFn: ({ pluginId, isActive, force }: TogglePluginVariables) =>
      client.togglePlugin(pluginId, isActive, force ? { force } : undefined),
    onMutate: async ({ pluginId, isActive }) => {
      // A refetch in flight would overwrite the optimistic value with the old one.
      await queryClient.cancelQueries({ queryKey: pluginKeys.installed() });
      const previous = queryClient.getQueryData<InstalledPlugin[]>(pluginKeys.installed());
      setInstalled(queryClient, (list) => list.map((p) => (p.id === pluginId ? { ...p, isActive } : p)));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(pluginKeys.installed(), context.previous);
    },
    onSuccess: (result, { pluginId }) =>
      setInstalled(queryClient, (list) =>
        list.map((p) => (p.id === pluginId ? { ...p, isActive: result.isActive } : p)),
      ),
    // Not awaited: the switch already shows the outcome, and a slow refetch must not hold back the error.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pluginKeys.installed() });
    },
  });
}

export interface SetPluginMcpVariables {
  pluginId: string;
  enabled: boolean;
}

/**
 * Shows or hides an installed plugin from the user's AI assistants (MCP). Optimistic like the on/off switch:
 * the switch moves at once and moves back when the server refuses.
 */
export function useSetPluginMcp() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<McpSwitchResult, ApiError, SetPluginMcpVariables, { previous?: InstalledPlugin[] }>({
    mutationFn: ({ pluginId, enabled }) => client.setPluginMcp(pluginId, enabled),
    onMutate: async ({ pluginId, enabled }) => {
      await queryClient.cancelQueries({ queryKey: pluginKeys.installed() });
      const previous = queryClient.getQueryData<InstalledPlugin[]>(pluginKeys.installed());
      setInstalled(queryClient, (list) =>
        list.map((p) => (p.id === pluginId ? { ...p, mcpEnabled: enabled } : p)),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(pluginKeys.installed(), context.previous);
    },
    onSuccess: (result, { pluginId }) =>
      setInstalled(queryClient, (list) =>
        list.map((p) => (p.id === pluginId ? { ...p, mcpEnabled: result.mcpEnabled } : p)),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pluginKeys.installed() });
    },
  });
}

/** A plugin id, or the id with the new permissions the user allowed for the update. */
export type UpdateInstalledVariables = string | { pluginId: string; acceptPermissions?: string[] };

/** Moves an installed plugin to the catalog's latest version. */
export function useUpdateInstalledPlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<UpdateInstalledResult, ApiError, UpdateInstalledVariables>({
    mutationFn: (input: UpdateInstalledVariables) =>
      typeof input === 'string'
        ? client.updateInstalledPlugin(input)
        : client.updateInstalledPlugin(input.pluginId, { acceptPermissions: input.acceptPermissions }),
    onSettled: () => refreshPluginLists(queryClient),
  });
}

export interface SavePluginSettingsVariables {
  pluginId: string;
  values: Record<string, unknown>;
}

/** Stores a plugin's settings for the user; every slot showing it re-renders with the new values. */
export function useSavePluginSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<SaveSettingsResult, ApiError, SavePluginSettingsVariables>({
    mutationFn: ({ pluginId, values }: SavePluginSettingsVariables) =>
      client.savePluginSettings(pluginId, values),
    onSuccess: (result, { pluginId }) =>
      setInstalled(queryClient, (list) =>
        list.map((p) => (p.id === pluginId ? { ...p, settingValues: result.settingValues } : p)),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: pluginKeys.installed() });
    },
  });
}

export function useCreatePlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CreatePluginResult, ApiError, PluginCreateBody>({
    mutationFn: (body: PluginCreateBody) => client.createPlugin(body),
    onSettled: () => refreshPluginLists(queryClient),
  });
}

export interface UpdatePluginVariables {
  pluginId: string;
  body: PluginUpdateBody;
}

/** Publishes a new version of a plugin the user authored. */
export function useUpdatePlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<UpdatePluginResult, ApiError, UpdatePluginVariables>({
    mutationFn: ({ pluginId, body }: UpdatePluginVariables) => client.updatePlugin(pluginId, body),
    onSuccess: (result, { pluginId, body }) =>
      queryClient.setQueryData<CommunityPlugin[]>(pluginKeys.community(), (list) =>
        list?.map((p) =>
          p.id === pluginId ? { ...p, ...stripUndefined(body), version: result.version } : p,
        ),
      ),
    onSettled: () => refreshPluginLists(queryClient),
  });
}

export interface DeletePluginVariables extends Pick<DeletePluginOptions, 'deleteFromGitHub'> {
  pluginId: string;
}

export function useDeletePlugin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Acknowledgement, ApiError, DeletePluginVariables>({
    mutationFn: ({ pluginId, deleteFromGitHub }: DeletePluginVariables) =>
      client.deletePlugin(pluginId, { deleteFromGitHub }),
    onSuccess: (_result, { pluginId }) =>
      queryClient.setQueryData<CommunityPlugin[]>(pluginKeys.community(), (list) =>
        list?.filter((p) => p.id !== pluginId),
      ),
    onSettled: () => refreshPluginLists(queryClient),
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
