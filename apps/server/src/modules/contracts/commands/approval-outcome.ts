import { canTransitionContract, type ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import { recordAudit } from '../../../platform/audit/audit';
import type { OutcomeHandler } from '../../../platform/workflow';
import { lockContract, updateContractRow } from '../contracts.repository';

/**
 * The `contract` approval flow ended: approved → `approved`; rejected or withdrawn → back to `draft` for the owner
 * to rework. Runs in the deciding transaction, audited with the last decider as actor. A contract that is no longer
 * in approval (or whose current approval is another one) is left as it is.
 */
export const onContractApprovalOutcome: OutcomeHandler = async (tx, ctx, { approvalId, recordId, outcome }) => {
  const before = await lockContract(tx, recordId);
  if (!before || before.status !== 'in-approval') return;
  if (before.approvalId && before.approvalId !== approvalId) return;
  const to: ContractStatus = outcome === 'approved' ? 'approved' : 'draft';
  if (!canTransitionContract(before.status, to)) return;
  const after = await updateContractRow(tx, recordId, {
    status: to,
    approvalId,
    updatedAt: ctx.at,
    updatedBy: ctx.actorId,
    version: before.version + 1,
  });
  await recordAudit(tx, ctx, {
    action: outcome === 'approved' ? 'contract.approve' : 'contract.return-to-draft',
    recordType: 'contract',
    recordId,
    before,
    after,
    details: { from: before.status, to, approvalId, outcome },
  });
};
