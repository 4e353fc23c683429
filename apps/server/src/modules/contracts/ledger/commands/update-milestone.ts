import type { UpdateMilestoneRequest } from '@thirdline/shared/contracts/ledger.schemas';
import type { Tx } from '../../../../db/client';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../../platform/errors/problem';
import { requireContractPermission } from '../../contracts.policy';
import { findMilestone, updateMilestoneRow, type MilestoneRow } from '../execution.repository';
import { isAccepted, requireMilestonesEditable } from '../ledger.policy';
import { failIfAny, lockReadableContract, notInFuture, readContract } from './contract-access';
import type { LedgerCommandContext } from './context';

export const acceptedMilestoneIsFinal = () =>
  conflict('The milestone is accepted: it can no longer change or be deleted.', 'milestone_accepted');

/** The milestone locked under its contract, at the version the caller read. */
export async function lockedMilestone(
  c: LedgerCommandContext,
  tx: Tx,
  contractId: string,
  milestoneId: string,
  version?: number,
): Promise<MilestoneRow> {
  requireMilestonesEditable(await lockReadableContract(tx, c, contractId));
  const row = await findMilestone(tx, contractId, milestoneId);
  if (!row) throw notFound('No such milestone.');
  if (version !== undefined && row.version !== version) throw versionConflict();
  if (isAccepted(row)) throw acceptedMilestoneIsFinal();
  return row;
}

/** Changes a milestone's plan or records its delivery; accepted milestones are final. */
export async function updateMilestone(
  c: LedgerCommandContext,
  contractId: string,
  milestoneId: string,
  input: UpdateMilestoneRequest,
): Promise<MilestoneRow> {
  await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  failIfAny(notInFuture(c, 'deliveredOn', input.deliveredOn));
  return c.db.transaction(async (tx) => {
    const before = await lockedMilestone(c, tx, contractId, milestoneId, input.version);
    const { version: _, ...changes } = input;
    const after = await updateMilestoneRow(tx, milestoneId, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-milestone.update',
      recordType: 'contract-milestone',
      recordId: milestoneId,
      before,
      after,
    });
    return after;
  });
}
