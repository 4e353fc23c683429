import { recordAudit } from '../../platform/audit/audit';
import type { OutcomeHandler } from '../../platform/workflow';
import { lockSourcingRequest, updateSourcingRequestRow } from './sourcing.repository';

const NEXT = { approved: 'approved', rejected: 'rejected', withdrawn: 'returned' } as const;

/**
 * The procurement flow's final outcome, in the deciding transaction: approved → `approved`, rejected →
 * `rejected`, withdrawn by the submitter (e.g. after a decider returned it) → `returned`, editable and
 * submittable again. A request no longer waiting for this approval is left as it is.
 */
export const onProcurementOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockSourcingRequest(tx, recordId);
  if (!before || before.status !== 'in-approval' || before.approvalId !== approvalId) return;
  const status = NEXT[outcome];
  const after = await updateSourcingRequestRow(tx, recordId, {
    status,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: `sourcing-request.${status === 'returned' ? 'return' : status === 'approved' ? 'approve' : 'reject'}`,
    recordType: 'sourcing-request',
    recordId,
    before,
    after,
    details: { approvalId, outcome },
  });
};
