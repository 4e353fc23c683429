import { allowedNextStatuses, canTransition, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, unprocessable } from '../../../platform/errors/problem';
import { startApproval } from '../../../platform/workflow';
import { requirePermission } from '../vendors.policy';
import { lockVendor } from '../vendors.repository';
import { unmetApprovalConditions } from './approval-gate';
import type { VendorCommandContext } from './context';

/**
 * Sends a vendor through the `vendor-approval` flow (department head → finance → executive) instead of the
 * direct approve transition. The same gate first: 422 with every unmet condition; 409 when the vendor cannot
 * become approved from its status or an approval is already under way.
 */
export async function requestVendorApproval(
  c: VendorCommandContext,
  id: string,
  comment: string | null,
): Promise<{ approvalId: string }> {
  requirePermission(c.actor, 'vendors:transition');
  return c.db.transaction(async (tx) => {
    const vendor = await lockVendor(tx, id);
    if (!vendor) throw notFound('No such vendor.');
    const from = vendor.status as VendorStatus;
    if (!canTransition(from, 'approved')) {
      throw conflict(`A ${from} vendor cannot become approved.`, 'illegal_transition', {
        from,
        to: 'approved',
        allowedNext: [...allowedNextStatuses(from)],
      });
    }
    const unmet = await unmetApprovalConditions(tx, id, c.today);
    if (unmet.length > 0) {
      throw unprocessable('The vendor does not meet the conditions for approval.', 'approval_conditions_unmet', {
        unmetConditions: unmet,
      });
    }
    const started = await startApproval(tx, c.audit, {
      flowCode: 'vendor-approval',
      recordType: 'vendor',
      recordId: id,
      title: `供应商准入审批：${vendor.name}`,
      link: `/vendors/${id}`,
      submitterId: c.actor.userId as string,
      departmentId: vendor.departmentId,
      context: { vendorTier: vendor.tier, department: vendor.departmentId },
      comment,
    });
    await recordAudit(tx, c.audit, {
      action: 'vendor.request-approval',
      recordType: 'vendor',
      recordId: id,
      details: { approvalId: started.approvalId, comment },
    });
    return started;
  });
}
