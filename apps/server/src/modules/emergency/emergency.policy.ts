import type { Permission } from '@thirdline/shared/rbac/permissions';
import { forbidden } from '../../platform/errors/problem';

export interface EmergencyActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/**
 * Reporters see their own emergency actions; holders of `emergency:oversee` (director, executive, auditor) see every
 * one, overdue reports included. Anybody else gets 404 for a record, never a hint that it exists.
 */
export function canOverseeEmergencies(actor: EmergencyActor): boolean {
  return actor.permissions.has('emergency:oversee');
}

export function canReadEmergencyAction(actor: EmergencyActor, row: { createdBy: string | null }): boolean {
  if (canOverseeEmergencies(actor)) return true;
  return actor.permissions.has('emergency:report') && actor.userId !== null && row.createdBy === actor.userId;
}

export type EmergencyAction = 'read' | 'submit-report';

export function emergencyPermissions(
  actor: EmergencyActor,
  row: { createdBy: string | null; status: string },
): EmergencyAction[] {
  if (!canReadEmergencyAction(actor, row)) return [];
  const isReporter = actor.userId !== null && row.createdBy === actor.userId;
  return isReporter && row.status === 'report-due' ? ['read', 'submit-report'] : ['read'];
}

export function requireEmergencyPermission(actor: EmergencyActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}
