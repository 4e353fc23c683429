import { flattenTree, useDepartmentTree } from '../../departments/api';
import { useUser } from '../../users/api';

/** The name of a department from the tree (null while loading or when unknown). */
export function useDepartmentName(id: string | null): string | null {
  const tree = useDepartmentTree(!!id);
  if (!id || !tree.data) return null;
  return flattenTree(tree.data).find((e) => e.node.id === id)?.node.name ?? null;
}

/** "张伟 (zhang.wei)" for a user id. */
export function useUserName(id: string | null): string | null {
  const user = useUser(id ?? undefined).data;
  return user ? `${user.displayName} (${user.username})` : null;
}
