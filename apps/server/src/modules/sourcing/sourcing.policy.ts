import type { Permission, Role } from '@thirdline/shared/rbac/permissions';
import {
  allowedNextSourcingStatuses,
  EDITABLE_SOURCING_STATUSES,
  SPEC_EDITABLE_SOURCING_STATUSES,
  type SourcingStatus,
} from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { SOURCING_REQUEST_ACTIONS } from '@thirdline/shared/sourcing/sourcing.schemas';
import type { Executor } from '../../db/client';
import { forbidden } from '../../platform/errors/problem';
import { orgAssigneeDirectory } from '../org';

export interface SourcingActor {
  userId: string | null;
  departmentId: string | null;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
}

type Row = { departmentId: string; createdBy: string | null; status: string };
export type SourcingAction = (typeof SOURCING_REQUEST_ACTIONS)[number];

/** Every holder of `sourcing:read` sees every request (internal roles and the auditor). */
export function canReadSourcing(actor: SourcingActor): boolean {
  return actor.permissions.has('sourcing:read');
}

/**
 * Who changes a request: a `sourcing:write` holder of the requesting department, its author, or a director /
 * administrator (any department).
 */
export function canManageSourcing(actor: SourcingActor, row: Row): boolean {
  if (!actor.permissions.has('sourcing:write')) return false;
  if (actor.roles.includes('admin') || actor.roles.includes('director')) return true;
  return (
    (actor.departmentId !== null && actor.departmentId === row.departmentId) ||
    (actor.userId !== null && row.createdBy === actor.userId)
  );
}

export function requireManageSourcing(actor: SourcingActor, row: Row): void {
  if (!canManageSourcing(actor, row)) {
    throw forbidden('Only the requesting department, the author or a director may change this sourcing request.');
  }
}

export function requireSourcingPermission(actor: SourcingActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}

/** The head of the requesting department (who confirms the requirements and the scope), if the department has one. */
export async function departmentHeadId(db: Executor, departmentId: string): Promise<string | null> {
  return (await orgAssigneeDirectory.departmentHead(db, departmentId))?.id ?? null;
}

/** What the caller may do with a request; `headId` is the requesting department's head. */
export function sourcingPermissions(actor: SourcingActor, row: Row, headId: string | null): SourcingAction[] {
  if (!canReadSourcing(actor)) return [];
  const status = row.status as SourcingStatus;
  const actions: SourcingAction[] = [];
  const manage = canManageSourcing(actor, row);
  const specOpen = SPEC_EDITABLE_SOURCING_STATUSES.includes(status);
  if (manage && EDITABLE_SOURCING_STATUSES.includes(status)) actions.push('edit', 'submit');
  if (manage && status === 'approved') actions.push('start-sourcing');
  if (manage && allowedNextSourcingStatuses(status).includes('cancelled')) actions.push('cancel');
  if (manage && specOpen) actions.push('edit-spec');
  if (specOpen && headId !== null && headId === actor.userId) actions.push('confirm');
  if (manage && status === 'sourcing') actions.push('manage-candidates');
  return actions;
}
