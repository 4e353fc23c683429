import type { CreateRenewalDecisionRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, conflict } from '../../../../platform/errors/problem';
import { startApproval } from '../../../../platform/workflow';
import { approvalAmount } from '../../approval-amount';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { requireRunning } from '../exit.policy';
import { insertRenewalDecision, renewalInApproval, type RenewalRow } from '../variations.repository';
import type { ExitCommandContext } from './context';

export const RENEWAL_FLOW = 'contract-renewal';

const DECISION_ZH = { renew: '续签', renegotiate: '重新谈判', 're-tender': '重新招标', 'let-expire': '到期终止' };

/**
 * A renewal decision (renew / renegotiate / re-tender / let expire) with its reason, through `contract-renewal`.
 * A renewal names the new end date (after the current one) and may name a new total amount, which the approval
 * is about; both are applied to the contract when it is approved.
 */
export async function decideRenewal(
  c: ExitCommandContext,
  contractId: string,
  input: CreateRenewalDecisionRequest,
): Promise<RenewalRow> {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    requireRunning(contract, 'renewal decision');
    if (await renewalInApproval(tx, contractId)) {
      throw conflict('A renewal decision on this contract is already in approval.', 'renewal_pending');
    }
    if (input.newEndDate && input.newEndDate <= contract.endDate) {
      throw badRequest(
        'The renewed term must end after the current one.',
        [{ path: 'newEndDate', message: 'Must be after the current end date.' }],
        'validation_failed',
      );
    }
    const id = uuidv7();
    const { approvalId } = await startApproval(tx, c.audit, {
      flowCode: RENEWAL_FLOW,
      recordType: 'contract-renewal',
      recordId: id,
      title: `合同续签决定（${DECISION_ZH[input.decision]}）：${contract.reference} ${contract.title}`,
      link: `/contracts/${contract.id}?tab=renewal`,
      submitterId: c.actor.userId,
      departmentId: contract.departmentId,
      context: {
        ...(await approvalAmount(tx, input.newAmount ?? contract.amount, contract.currency)),
        category: contract.outsourcingCategory ?? contract.type,
        department: contract.departmentId,
        decision: input.decision,
      },
      comment: input.reason,
    });
    const row = await insertRenewalDecision(tx, {
      id,
      contractId,
      decision: input.decision,
      reason: input.reason,
      endDate: contract.endDate,
      newEndDate: input.newEndDate ?? null,
      newAmount: input.newAmount ?? null,
      status: 'in-approval',
      approvalId,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-renewal.create',
      recordType: 'contract-renewal',
      recordId: row.id,
      after: row,
      details: { contractId },
    });
    return row;
  });
}
