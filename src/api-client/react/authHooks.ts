import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../ApiError';
import type { ApiUser, DemoInfo, LoginResult } from '../responseSchemas';
import { authKeys } from '../queryKeys';
import { useApiClient } from './ApiClientProvider';

/** The signed-in user, or `null` when there is no session (no request is made without a token). */
export function useMe() {
  const client = useApiClient();
  return useQuery<ApiUser | null, ApiError>({
    queryKey: authKeys.me(),
    queryFn: async ({ signal }) => (client.isAuthenticated() ? client.me({ signal }) : null),
  });
}

export function useDemoInfo() {
  const client = useApiClient();
  return useQuery<DemoInfo, ApiError>({
    queryKey: authKeys.demo(),
    queryFn: ({ signal }) => client.getDemoInfo({ signal }),
    staleTime: Infinity,
  });
}

export interface LoginVariables {
  username: string;
  password: string;
}

export function useLogin() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<LoginResult, ApiError, LoginVariables>({
    mutationFn: ({ username, password }: LoginVariables) => client.login(username, password),
    onSuccess: (result) => {
      // Whatever was cached belonged to nobody or to someone else.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.me(), result.user);
    },
  });
}

export function useLogout() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: () => client.logout(),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.me(), null);
    },
  });
}
