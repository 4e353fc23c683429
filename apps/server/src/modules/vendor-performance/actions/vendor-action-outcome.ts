import { recordAudit } from '../../../platform/audit/audit';
import type { OutcomeHandler } from '../../../platform/workflow';
import { suspendVendorFromAction } from '../../vendors';
import { lockVendorAction, updateVendorActionRow } from './vendor-actions.repository';

/**
 * The director decided a vendor action, in the deciding transaction: it becomes approved, rejected or withdrawn.
 * An approved suspension suspends the vendor through the vendor lifecycle (a vendor no longer approved is left
 * as it is; the action's audit event says so with `vendorSuspended: false`).
 */
export const onVendorActionOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockVendorAction(tx, recordId);
  if (!before || before.approvalId !== approvalId || before.status !== 'in-approval') return;
  const after = await updateVendorActionRow(tx, before.id, {
    status: outcome,
    decidedAt: ctx.at,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  const suspended =
    outcome === 'approved' && before.kind === 'suspension'
      ? await suspendVendorFromAction(tx, ctx, before.vendorId, before.reason, {
          vendorActionId: before.id,
          vendorActionReference: before.reference,
        })
      : undefined;
  await recordAudit(tx, ctx, {
    action: `vendor-action.${outcome === 'approved' ? 'approve' : outcome === 'rejected' ? 'reject' : 'withdraw'}`,
    recordType: 'vendor-action',
    recordId: before.id,
    before,
    after,
    details: suspended === undefined ? { approvalId } : { approvalId, vendorSuspended: suspended },
  });
};
