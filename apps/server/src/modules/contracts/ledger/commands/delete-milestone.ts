import { recordAudit } from '../../../../platform/audit/audit';
import { conflict } from '../../../../platform/errors/problem';
import { requireContractPermission } from '../../contracts.policy';
import { deleteMilestoneRow, milestoneHasPayments } from '../execution.repository';
import { readContract } from './contract-access';
import type { LedgerCommandContext } from './context';
import { lockedMilestone } from './update-milestone';

/** Removes a planned milestone; accepted ones (acceptance records) and ones with payments stay. */
export async function deleteMilestone(c: LedgerCommandContext, contractId: string, milestoneId: string) {
  await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  await c.db.transaction(async (tx) => {
    const before = await lockedMilestone(c, tx, contractId, milestoneId);
    if (await milestoneHasPayments(tx, milestoneId)) {
      throw conflict('Payments were recorded against this milestone: it cannot be deleted.', 'milestone_has_payments');
    }
    await deleteMilestoneRow(tx, milestoneId);
    await recordAudit(tx, c.audit, {
      action: 'contract-milestone.delete',
      recordType: 'contract-milestone',
      recordId: milestoneId,
      before,
    });
  });
}
