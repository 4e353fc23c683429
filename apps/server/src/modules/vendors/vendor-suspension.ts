import { canTransition, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import type { Executor } from '../../db/client';
import { recordAudit, type AuditContext } from '../../platform/audit/audit';
import { lockVendor, updateVendorRow } from './vendors.repository';

/**
 * An approved suspension (a vendor action, R4.5) suspends the vendor through the lifecycle (R3.5), in the
 * caller's transaction, audited with the action as the reason. Only an `approved` vendor can be suspended; any
 * other state is left as it is and `false` returned (the caller records that nothing changed).
 */
export async function suspendVendorFromAction(
  tx: Executor,
  ctx: AuditContext,
  vendorId: string,
  reason: string,
  details: Record<string, unknown> = {},
): Promise<boolean> {
  const before = await lockVendor(tx, vendorId);
  if (!before || !canTransition(before.status as VendorStatus, 'suspended')) return false;
  const after = await updateVendorRow(tx, vendorId, {
    status: 'suspended',
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'vendor.transition',
    recordType: 'vendor',
    recordId: vendorId,
    before,
    after,
    details: { from: before.status, to: 'suspended', reason, ...details },
  });
  return true;
}
