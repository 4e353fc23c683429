import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreatedUser, CreateUserRequest, Page, UpdateUserRequest, User } from '../../api/types';

export const USERS = '/users';

export type UserCreateInput = CreateUserRequest;
export type UserUpdateInput = Omit<UpdateUserRequest, 'version'>;

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: [USERS, id],
    queryFn: () => api.get<User>(`${USERS}/${id}`),
    enabled: !!id,
  });
}

/** Users matching a search, for pickers. */
export function useUserSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: [USERS, 'search', q],
    queryFn: () => api.get<Page<User>>(USERS, { query: { q: q || undefined, pageSize: 20, active: true } }),
    enabled,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [USERS] });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: UserCreateInput) => api.post<CreatedUser>(USERS, input),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, input }: { user: User; input: UserUpdateInput }) =>
      api.patch<User>(`${USERS}/${user.id}`, { version: user.version, ...input }),
    onSuccess: async (updated) => {
      queryClient.setQueryData([USERS, updated.id], updated);
      await invalidate();
      await queryClient.invalidateQueries({ queryKey: ['/audit-events'] });
    },
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (user: User) => api.post<{ temporaryPassword: string }>(`${USERS}/${user.id}/reset-password`, {}),
    onSuccess: invalidate,
  });
}
