import type { Permission } from '@thirdline/shared/rbac/permissions';
import { forbidden } from '../../platform/errors/problem';

export interface PerformanceActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

export function requirePerformancePermission(actor: PerformanceActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}

/** Vendor actions are part of the vendor's record: whoever reads vendors reads them (others get 404). */
export function canReadVendorActions(actor: PerformanceActor): boolean {
  return actor.permissions.has('vendors:read');
}

export function vendorActionPermissions(
  actor: PerformanceActor,
  row: { kind: string; status: string },
): ('read' | 'close')[] {
  if (!canReadVendorActions(actor)) return [];
  const closable = row.kind === 'rectification' && row.status === 'approved';
  return closable && actor.permissions.has('vendor-actions:write') ? ['read', 'close'] : ['read'];
}

export function canManageCampaigns(actor: PerformanceActor): boolean {
  return actor.permissions.has('re-evaluations:manage');
}

/** A campaign is read by those who run campaigns and by its evaluators (others get 404). */
export function canReadCampaign(actor: PerformanceActor, isEvaluator: boolean): boolean {
  return canManageCampaigns(actor) || isEvaluator;
}

export function campaignPermissions(
  actor: PerformanceActor,
  row: { status: string },
  isEvaluator: boolean,
): ('read' | 'manage' | 'close')[] {
  if (!canReadCampaign(actor, isEvaluator)) return [];
  if (!canManageCampaigns(actor)) return ['read'];
  return row.status === 'open' ? ['read', 'manage', 'close'] : ['read', 'manage'];
}

/** A sheet is the evaluator's own; campaign managers read every sheet. Only its evaluator scores it, while open. */
export function sheetPermissions(
  actor: PerformanceActor,
  sheet: { evaluatorId: string; status: string },
  campaignOpen: boolean,
): ('read' | 'score')[] {
  const own = actor.userId !== null && actor.userId === sheet.evaluatorId;
  if (!own && !canManageCampaigns(actor)) return [];
  return own && campaignOpen && sheet.status === 'pending' ? ['read', 'score'] : ['read'];
}
