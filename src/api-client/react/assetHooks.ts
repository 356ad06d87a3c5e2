import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { Asset } from '../responseSchemas';
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
