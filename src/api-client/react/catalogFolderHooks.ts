import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { CatalogFolderReport } from '../catalogFolderResponses';
import { catalogFolderKeys, pluginKeys } from '../queryKeys';
import { useApiClient } from './ApiClientProvider';

/** The plugin folders report (administrators only; others get PERMISSION_DENIED, never retried). */
export function useCatalogFolders(options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery<CatalogFolderReport, ApiError>({
    queryKey: catalogFolderKeys.report(),
    queryFn: ({ signal }) => client.getCatalogFolders({ signal }),
    enabled: options.enabled,
  });
}

/** Scans the folders now; the report shows the new scan and the catalog lists are asked again. */
export function useRescanCatalogFolders() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CatalogFolderReport, ApiError, void>({
    mutationFn: () => client.rescanCatalogFolders(),
    onSuccess: (report) => {
      queryClient.setQueryData(catalogFolderKeys.report(), report);
      void queryClient.invalidateQueries({ queryKey: pluginKeys.all });
    },
  });
}
