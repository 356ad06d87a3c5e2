import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { PluginJobList, PluginJobRun, PluginJobView } from '../jobResponses';
import { jobKeys } from '../queryKeys';
import { useApiClient } from './ApiClientProvider';

/** How often the list is asked again while one of its jobs runs: progress without a socket. */
export const RUNNING_JOB_POLL_MS = 1000;

/** The signed-in user's plugin jobs; polls while a run is in progress so that its result shows up. */
export function usePluginJobs(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery<PluginJobList, ApiError>({
    queryKey: jobKeys.list(),
    queryFn: ({ signal }) => client.getPluginJobs({ signal }),
    enabled: options.enabled,
    refetchInterval: (query) =>
      query.state.data?.jobs.some((job) => job.running) ? RUNNING_JOB_POLL_MS : false,
  });
}

function useRefreshJobs() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: jobKeys.all });
}

export function useRunPluginJob() {
  const client = useApiClient();
  const refresh = useRefreshJobs();
  return useMutation<PluginJobRun, ApiError, { pluginId: string; jobId: string }>({
    mutationFn: ({ pluginId, jobId }) => client.runPluginJob(pluginId, jobId),
    onSettled: refresh,
  });
}

export function useCancelPluginJobRun() {
  const client = useApiClient();
  const refresh = useRefreshJobs();
  return useMutation<PluginJobRun, ApiError, { runId: number }>({
    mutationFn: ({ runId }) => client.cancelPluginJobRun(runId),
    onSettled: refresh,
  });
}

export function useSetPluginJobSchedule() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<PluginJobView, ApiError, { pluginId: string; jobId: string; enabled: boolean }>({
    mutationFn: ({ pluginId, jobId, enabled }) => client.setPluginJobSchedule(pluginId, jobId, enabled),
    onSuccess: (job) =>
      queryClient.setQueryData<PluginJobList>(jobKeys.list(), (list) =>
        list
          ? {
              ...list,
              jobs: list.jobs.map((entry) =>
                entry.pluginId === job.pluginId && entry.id === job.id ? job : entry,
              ),
            }
          : list,
      ),
  });
}
