import { allowedNextStatuses, canTransition, type VendorStatus } from '@thirdline/shared/vendors/lifecycle';
import type { VendorTransitionRequest } from '@thirdline/shared/vendors/vendors.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { conflict, notFound, unprocessable, versionConflict } from '../../../platform/errors/problem';
import { lockVendor, updateVendorRow, type VendorRow } from '../vendors.repository';
import { requirePermission } from '../vendors.policy';
import { unmetApprovalConditions } from './approval-gate';
import type { VendorCommandContext } from './context';

/**
 * Moves a vendor through its lifecycle (R3.5). Illegal moves get 409 with `allowedNext`; approving needs
 * `vendors:approve` and passes the approval gate (422 with every `unmetConditions`). Audited with the reason.
 */
export async function transitionVendor(
  c: VendorCommandContext,
  id: string,
  input: VendorTransitionRequest,
): Promise<VendorRow> {
  requirePermission(c.actor, 'vendors:transition');
  return c.db.transaction(async (tx) => {
    const before = await lockVendor(tx, id);
    if (!before) throw notFound('No such vendor.');
    if (input.version !== undefined && before.version !== input.version) throw versionConflict();
    const from = before.status as VendorStatus;
    if (!canTransition(from, input.to)) {
      throw conflict(`A ${from} vendor cannot become ${input.to}.`, 'illegal_transition', {
        from,
        to: input.to,
        allowedNext: [...allowedNextStatuses(from)],
      });
    }
    if (input.to === 'approved') {
      requirePermission(c.actor, 'vendors:approve');
      const unmet = await unmetApprovalConditions(tx, id, c.today);
      if (unmet.length > 0) {
        throw unprocessable('The vendor does not meet the conditions for approval.', 'approval_conditions_unmet', {
          unmetConditions: unmet,
        });
      }
    }
    const after = await updateVendorRow(tx, id, {
      status: input.to,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: `vendor.${input.to === 'approved' ? 'approve' : 'transition'}`,
      recordType: 'vendor',
      recordId: id,
      before,
      after,
      details: { from, to: input.to, reason: input.reason },
    });
    return after;
  });
}
