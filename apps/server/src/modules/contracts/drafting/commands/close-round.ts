import type { Executor } from '../../../../db/client';
import { recordAudit, type AuditContext } from '../../../../platform/audit/audit';
import { startApproval } from '../../../../platform/workflow';
import { approvalAmount } from '../../approval-amount';
import { updateContractRow, type ContractRow } from '../../contracts.repository';
import { requireTransition } from '../drafting-rules';
import { contractLink, notifyOwners } from '../notify';
import { updateRoundRow, type ReviewRoundRow } from '../reviews.repository';

/**
 * What the approval flow's conditions look at: the amount thresholds (CNY) decide the stages, so `amount` is the
 * CNY equivalent at the reference rate (recorded with it; a currency without a rate → 422).
 */
async function approvalContext(tx: Executor, contract: ContractRow) {
  return {
    ...(await approvalAmount(tx, contract.amount, contract.currency)),
    contractAmount: contract.amount,
    category: contract.outsourcingCategory,
    department: contract.departmentId,
    type: contract.type,
    material: contract.material,
    criticalFunction: contract.criticalFunction,
  };
}

/**
 * Ends a review round. Disagreed: the contract goes back to draft for a new round. Agreed: the contract goes into
 * approval through the `contract` flow, whose id is kept on the contract and the round. Owners hear either way.
 */
export async function closeRound(
  tx: Executor,
  audit: AuditContext,
  contract: ContractRow,
  round: ReviewRoundRow,
  outcome: 'agreed' | 'disagreed',
): Promise<void> {
  const to = outcome === 'agreed' ? 'in-approval' : 'draft';
  requireTransition(contract, to);
  let approvalId: string | null = null;
  if (outcome === 'agreed') {
    ({ approvalId } = await startApproval(tx, audit, {
      flowCode: 'contract',
      recordType: 'contract',
      recordId: contract.id,
      title: `合同审批：${contract.reference} ${contract.title}`,
      link: contractLink(contract),
      submitterId: round.submittedBy ?? contract.createdBy ?? (audit.actorId as string),
      departmentId: contract.departmentId,
      context: await approvalContext(tx, contract),
      comment: round.comment,
    }));
  }
  await updateRoundRow(tx, round.id, { status: outcome, closedAt: audit.at, approvalId });
  const after = await updateContractRow(tx, contract.id, {
    status: to,
    ...(approvalId ? { approvalId } : {}),
    updatedAt: audit.at,
    updatedBy: audit.actorId,
    version: contract.version + 1,
  });
  await recordAudit(tx, audit, {
    action: outcome === 'agreed' ? 'contract.review-agreed' : 'contract.review-disagreed',
    recordType: 'contract',
    recordId: contract.id,
    before: contract,
    after,
    details: { round: round.number, approvalId },
  });
  await notifyOwners(tx, after, round.submittedBy, outcome, round.number, audit.at);
}
