import type { SubmitSourcingRequest } from '@thirdline/shared/sourcing/sourcing.schemas';
import { EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import type { Executor } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { cnyEquivalent } from '../../../platform/exchange-rates';
import { resubmitReturnedApproval, startApproval } from '../../../platform/workflow';
import { findSourcingRequest, updateSourcingRequestRow, type SourcingRequestRow } from '../sourcing.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus, touched } from './load';

export const PROCUREMENT_FLOW = 'procurement';

/**
 * Submits a draft (or returned) request for project initiation approval (R2.2): the `procurement` flow, department
 * head → finance → (director from the amount threshold) → executive, with the budget's CNY equivalent (the
 * thresholds are in CNY; a currency without a reference rate → 422), risk level, category and department as the
 * flow's context. The rate used and the CNY amount are kept on the request. A request a decider returned resumes
 * its approval at the returning stage; one that was withdrawn starts a new approval.
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
    const budget = await cnyEquivalent(tx, before.budgetAmount, before.budgetCurrency);
    await updateSourcingRequestRow(tx, id, {
      budgetRateToCny: budget.rateToCny,
      budgetAmountCny: budget.amountCny,
    });
    const comment = input.comment || null;
    const context = {
      amount: Number(budget.amountCny),
      currency: budget.currency,
      budgetAmount: budget.amount,
      rateToCny: budget.rateToCny,
      riskLevel: before.riskLevel,
      category: before.outsourcingCategory,
      department: before.departmentId,
    };
    // Returned by a decider: the workflow moves the request back to in-approval (onProcurementStep).
    const resumed = await resubmitReturnedApproval(tx, c.audit, {
      recordType: 'sourcing-request',
      recordId: id,
      comment,
      context,
    });
    let approvalId = resumed;
    if (!approvalId) {
      approvalId = (
        await startApproval(tx, c.audit, {
          flowCode: PROCUREMENT_FLOW,
          recordType: 'sourcing-request',
          recordId: before.id,
          title: `采购需求：${before.reference} ${before.title}`,
          link: `/sourcing-requests/${before.id}`,
          submitterId: c.actor.userId as string,
          departmentId: before.departmentId,
          comment,
          context,
        })
      ).approvalId;
      await updateSourcingRequestRow(tx, id, { status: 'in-approval', approvalId, ...touched(c, before) });
    }
    const after = await reread(tx, id);
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.submit',
      recordType: 'sourcing-request',
      recordId: id,
      before,
      after,
      details: { approvalId, resumed: resumed !== null, budgetCny: budget },
    });
    return after;
  });
}

async function reread(tx: Executor, id: string): Promise<SourcingRequestRow> {
  const row = await findSourcingRequest(tx, id);
  if (!row) throw new Error('sourcing request vanished');
  return row;
}
