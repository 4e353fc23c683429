import type { SubmitSourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import { EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import { startApproval } from '../../../platform/workflow';
import { updateSourcingRequestRow, type SourcingRequestRow } from '../sourcing.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus, touched } from './load';

export const PROCUREMENT_FLOW = 'procurement';

/**
 * Submits a draft (or returned) request for project initiation approval (R2.2): the `procurement` flow, department
 * head → finance → (director from the amount threshold) → executive, with the budget, risk level, category and
 * department as the flow's context.
 */
export async function submitSourcingRequest(
  c: SourcingCommandContext,
  id: string,
  input: SubmitSourcingRequest,
): Promise<SourcingRequestRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  return c.db.transaction(async (tx) => {
    const before = await lockForChange(tx, c, id, input.version);
    requireStatus(before, EDITABLE_SOURCING_STATUSES, 'in-approval');
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: PROCUREMENT_FLOW,
      recordType: 'sourcing-request',
      recordId: before.id,
      title: `采购需求：${before.reference} ${before.title}`,
      link: `/sourcing-requests/${before.id}`,
      submitterId: c.actor.userId as string,
      departmentId: before.departmentId,
      comment: input.comment || null,
      context: {
        // The flow's thresholds are in CNY; a budget in another currency is compared as its number.
        amount: Number(before.budgetAmount),
        riskLevel: before.riskLevel,
        category: before.outsourcingCategory,
        department: before.departmentId,
      },
    });
    const after = await updateSourcingRequestRow(tx, id, { status: 'in-approval', approvalId, ...touched(c, before) });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.submit',
      recordType: 'sourcing-request',
      recordId: id,
      before,
      after,
      details: { approvalId },
    });
    return after;
  });
}
