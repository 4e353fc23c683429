import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiToken, CreatedApiToken, Permission } from '../../api/types';

export const API_TOKENS = '/api-tokens';

export function useApiTokens() {
  return useQuery({ queryKey: [API_TOKENS], queryFn: () => api.get<ApiToken[]>(API_TOKENS) });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; permissions: Permission[]; expiresAt: string }) =>
      api.post<CreatedApiToken>(API_TOKENS, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [API_TOKENS] }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${API_TOKENS}/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [API_TOKENS] }),
  });
}
