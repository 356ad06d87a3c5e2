import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { Asset, AssetChanges, AssetEdit } from '../responseSchemas';
import { assetKeys } from '../queryKeys';
import { useApiClient } from './ApiClientProvider';

export function useAssets() {
  const client = useApiClient();
  return useQuery<Asset[], ApiError>({
    queryKey: assetKeys.list(),
    queryFn: ({ signal }) => client.getAssets({ signal }),
  });
}

/** One asset; idle while `assetId` is empty. */
export function useAsset(assetId: string | null | undefined) {
  const client = useApiClient();
  return useQuery<Asset, ApiError>({
    queryKey: assetKeys.detail(assetId ?? ''),
    queryFn: ({ signal }) => client.getAsset(assetId as string, { signal }),
    enabled: Boolean(assetId),
  });
}

/**
 * Saves edited fields of an asset. On success the asset's page shows the saved asset at once and the lists
 * (assets, the dashboard's inventory summary) are read again.
 */
export function useUpdateAsset() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<AssetEdit, ApiError, { assetId: string; changes: AssetChanges }>({
    mutationFn: ({ assetId, changes }) => client.updateAsset(assetId, changes),
    onSuccess: (edit, { assetId }) => {
      queryClient.setQueryData(assetKeys.detail(assetId), edit.asset);
      void queryClient.invalidateQueries({ queryKey: assetKeys.list() });
    },
  });
}
