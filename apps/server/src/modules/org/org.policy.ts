import { PERMISSIONS, type Permission } from '@thirdline/shared/rbac/permissions';
import { forbidden } from '../../platform/errors/problem';

/**
 * Who acts on the organisation: a signed-in user (an `Actor` fits) or the system itself (bootstrap, demo seed).
 * Departments and users form an org-wide directory: holding `departments:read` / `users:read` shows every record;
 * changing one needs the matching write permission.
 */
export interface OrgActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/** The system acting by itself (seed, start-up): every permission, no user. */
export const SYSTEM_ACTOR: OrgActor = { userId: null, permissions: new Set(PERMISSIONS) };

export type RecordAction = 'read' | 'update' | 'deactivate' | 'reset-password';

export function requirePermission(actor: OrgActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}

export function departmentPermissions(actor: OrgActor, department: { active: boolean }): RecordAction[] {
  if (!actor.permissions.has('departments:read') && !actor.permissions.has('departments:write')) return [];
  const actions: RecordAction[] = ['read'];
  if (actor.permissions.has('departments:write')) {
    actions.push('update');
    if (department.active) actions.push('deactivate');
  }
  return actions;
}

export function userPermissions(actor: OrgActor, user: { id: string; active: boolean }): RecordAction[] {
  const self = actor.userId === user.id;
  if (!actor.permissions.has('users:read') && !self) return [];
  const actions: RecordAction[] = ['read'];
  if (actor.permissions.has('users:write')) {
    actions.push('update');
    // Deactivating oneself would lock the administrator out (self_lockout).
    if (user.active && !self) actions.push('deactivate');
  }
  if (actor.permissions.has('users:reset-password')) actions.push('reset-password');
  return actions;
}

export function canReadUser(actor: OrgActor, userId: string): boolean {
  return actor.permissions.has('users:read') || actor.userId === userId;
}

export function canReadDepartments(actor: OrgActor): boolean {
  return actor.permissions.has('departments:read');
}
