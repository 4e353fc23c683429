import type { Executor } from '../../../db/client';
import { badRequest, conflict } from '../../../platform/errors/problem';
import { ancestorIds, findDepartmentById, findSibling } from '../departments.repository';
import { findUserById } from '../users.repository';

/** A given parent must exist and a given head must be an active user: else 400 naming the field. */
export async function checkDepartmentReferences(
  db: Executor,
  refs: { parentId?: string | null; headUserId?: string | null },
): Promise<void> {
  if (refs.parentId && !(await findDepartmentById(db, refs.parentId))) {
    throw badRequest(
      'The parent department does not exist.',
      [{ path: 'parentId', message: 'No such department.' }],
      'unknown_department',
    );
  }
  if (refs.headUserId) {
    const head = await findUserById(db, refs.headUserId);
    if (!head?.active) {
      throw badRequest(
        'The head of department must be an active user.',
        [{ path: 'headUserId', message: 'No such active user.' }],
        'unknown_user',
      );
    }
  }
}

/** Moving `id` under `parentId` must not make it its own ancestor. */
export async function checkNoCycle(db: Executor, id: string, parentId: string): Promise<void> {
  if (parentId === id || (await ancestorIds(db, parentId)).includes(id)) {
    throw badRequest(
      'A department cannot be placed under itself or one of its sub-departments.',
      [{ path: 'parentId', message: 'This parent would make a cycle.' }],
      'department_cycle',
    );
  }
}

/** Sibling departments have distinct names (case-insensitive). */
export async function checkSiblingName(
  db: Executor,
  parentId: string | null,
  name: string,
  excludeId?: string,
): Promise<void> {
  if (await findSibling(db, parentId, name, excludeId)) {
    throw conflict(`A department named "${name}" already exists at this place.`, 'department_name_taken');
  }
}
