import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Department, DepartmentNode } from '../../api/types';

export const DEPARTMENTS = '/departments';

export function useDepartmentTree(enabled = true) {
  return useQuery({
    queryKey: [DEPARTMENTS, 'tree'],
    queryFn: () => api.get<DepartmentNode[]>(`${DEPARTMENTS}/tree`),
    enabled,
  });
}

export function flattenTree(nodes: DepartmentNode[], depth = 0): { node: DepartmentNode; depth: number }[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenTree(node.children ?? [], depth + 1)]);
}

export interface DepartmentInput {
  name?: string;
  parentId?: string | null;
  headUserId?: string | null;
  active?: boolean;
}

export function useSaveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: DepartmentInput }) =>
      id
        ? api.patch<Department>(`${DEPARTMENTS}/${id}`, { version, ...input })
        : api.post<Department>(DEPARTMENTS, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [DEPARTMENTS] }),
  });
}
