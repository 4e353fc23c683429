import type { SourcingStatus } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { Executor } from '../../db/client';
import { recordAudit, type AuditContext } from '../../platform/audit/audit';
import type { OutcomeHandler, StepHandler } from '../../platform/workflow';
import { lockSourcingRequest, updateSourcingRequestRow } from './sourcing.repository';

const NEXT = { approved: 'approved', rejected: 'rejected', withdrawn: 'returned' } as const;
const ACTION: Partial<Record<SourcingStatus, string>> = {
  approved: 'sourcing-request.approve',
  rejected: 'sourcing-request.reject',
  returned: 'sourcing-request.return',
  'in-approval': 'sourcing-request.resubmit',
};

/** Moves the request waiting on `approvalId` in status `from` to `to`, audited; any other request is left as it is. */
async function follow(
  tx: Executor,
  ctx: AuditContext,
  recordId: string,
  approvalId: string,
  from: SourcingStatus,
  to: SourcingStatus,
  details: Record<string, unknown>,
): Promise<void> {
  const before = await lockSourcingRequest(tx, recordId);
  if (!before || before.status !== from || before.approvalId !== approvalId) return;
  const after = await updateSourcingRequestRow(tx, recordId, {
    status: to,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: ACTION[to] as string,
    recordType: 'sourcing-request',
    recordId,
    before,
    after,
    details: { approvalId, ...details },
  });
}

/**
 * The procurement flow's final outcome, in the deciding transaction: approved → `approved`, rejected →
 * `rejected`, withdrawn by the submitter → `returned`, editable and submittable again (a new approval).
 */
export const onProcurementOutcome: OutcomeHandler = (tx, ctx, { approvalId, recordId, outcome }) =>
  follow(tx, ctx, recordId, approvalId, 'in-approval', NEXT[outcome], { outcome });

/**
 * A decider returned the request for changes → `returned` (editable; submitting it again resumes the same approval
 * at the returning stage); resubmitted (from the request or from the approval) → `in-approval` again.
 */
export const onProcurementStep: StepHandler = (tx, ctx, { approvalId, recordId, step, comment }) =>
  step === 'returned'
    ? follow(tx, ctx, recordId, approvalId, 'in-approval', 'returned', { step, comment })
    : follow(tx, ctx, recordId, approvalId, 'returned', 'in-approval', { step, comment });
