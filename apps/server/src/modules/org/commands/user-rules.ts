import { ROLES, type Role } from '@thirdline/shared/rbac/permissions';
import type { Executor } from '../../../db/client';
import { badRequest } from '../../../platform/errors/problem';
import { findDepartmentById } from '../departments.repository';

/** A user's department must exist and be active. */
export async function checkUserDepartment(db: Executor, departmentId: string | null | undefined): Promise<void> {
  if (!departmentId) return;
  const department = await findDepartmentById(db, departmentId);
  if (!department?.active) {
    throw badRequest(
      'The department does not exist or is inactive.',
      [{ path: 'departmentId', message: 'No such active department.' }],
      'unknown_department',
    );
  }
}

/** Roles without duplicates, in catalogue order, so equal sets compare equal. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  const held = new Set(roles);
  return ROLES.filter((r) => held.has(r));
}
