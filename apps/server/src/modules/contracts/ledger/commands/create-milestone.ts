import type { CreateMilestoneRequest } from '@thirdline/shared/contracts/ledger.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { requireContractPermission } from '../../contracts.policy';
import { insertMilestone, type MilestoneRow } from '../execution.repository';
import { requireMilestonesEditable } from '../ledger.policy';
import { lockReadableContract, readContract } from './contract-access';
import type { LedgerCommandContext } from './context';

/** Plans a deliverable / payment milestone on a contract. */
export async function createMilestone(
  c: LedgerCommandContext,
  contractId: string,
  input: CreateMilestoneRequest,
): Promise<MilestoneRow> {
  await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    requireMilestonesEditable(await lockReadableContract(tx, c, contractId));
    const now = c.audit.at;
    const row = await insertMilestone(tx, {
      id: uuidv7(),
      contractId,
      name: input.name,
      description: input.description ?? null,
      dueDate: input.dueDate,
      plannedAmount: input.plannedAmount ?? null,
      plannedPaymentDate: input.plannedPaymentDate ?? null,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-milestone.create',
      recordType: 'contract-milestone',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}
