import { PERMISSIONS, type Permission } from '@thirdline/shared/rbac/permissions';
import { canTransition, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import { forbidden } from '../../platform/errors/problem';

/**
 * Who acts on vendors: a signed-in user (an `Actor` fits) or the system (demo seed).
 * The vendor registry is organisation-wide: `vendors:read` shows every vendor. Financial snapshots are narrower:
 * only holders of `vendors:read-financials` and the vendor's relationship manager see them (others get 404).
 */
export interface VendorActor {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

export const SYSTEM_VENDOR_ACTOR: VendorActor = { userId: null, permissions: new Set(PERMISSIONS) };

export type VendorAction =
  'read' | 'update' | 'transition' | 'approve' | 'request-approval' | 'read-financials' | 'write-financials';

export function requirePermission(actor: VendorActor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw forbidden(`This needs the permission "${permission}".`);
}

export function canReadVendors(actor: VendorActor): boolean {
  return actor.permissions.has('vendors:read');
}

export function canSeeFinancials(actor: VendorActor, vendor: { relationshipManagerId: string | null }): boolean {
  if (!canReadVendors(actor)) return false;
  if (actor.permissions.has('vendors:read-financials')) return true;
  return actor.userId !== null && actor.userId === vendor.relationshipManagerId;
}

export function vendorPermissions(
  actor: VendorActor,
  vendor: { relationshipManagerId: string | null; status: string },
  pendingApprovalId: string | null = null,
): VendorAction[] {
  if (!canReadVendors(actor)) return [];
  const actions: VendorAction[] = ['read'];
  const p = actor.permissions;
  if (p.has('vendors:write')) actions.push('update');
  if (p.has('vendors:transition') && vendor.status !== 'terminated') actions.push('transition');
  if (p.has('vendors:approve') && p.has('vendors:transition')) actions.push('approve');
  // Anyone who moves vendors may ask for approval through the vendor-approval flow (one at a time).
  const approvable = canTransition(vendor.status as VendorStatus, 'approved');
  if (p.has('vendors:transition') && approvable && !pendingApprovalId) actions.push('request-approval');
  if (canSeeFinancials(actor, vendor)) {
    actions.push('read-financials');
    if (p.has('vendors:write')) actions.push('write-financials');
  }
  return actions;
}
