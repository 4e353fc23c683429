import { canTransition, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import { recordAudit } from '../../platform/audit/audit';
import type { OutcomeHandler } from '../../platform/workflow';
import { lockVendor, updateVendorRow } from './vendors.repository';

/**
 * The vendor-approval flow approved the vendor: it becomes `approved` in the deciding transaction, audited with
 * the last decider as actor. A vendor moved elsewhere meanwhile (e.g. terminated) is left as it is.
 */
export const onVendorApprovalOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  if (outcome !== 'approved') return;
  const before = await lockVendor(tx, recordId);
  if (!before || !canTransition(before.status as VendorStatus, 'approved')) return;
  const after = await updateVendorRow(tx, recordId, {
    status: 'approved',
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'vendor.approve',
    recordType: 'vendor',
    recordId,
    before,
    after,
    details: { from: before.status, to: 'approved', approvalId },
  });
};
