import type { MilestoneAcceptanceRequest } from '@thirdline/shared/contracts/ledger.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import type { FieldError } from '../../../../platform/errors/problem';
import { requireContractPermission } from '../../contracts.policy';
import { updateMilestoneRow, type MilestoneRow } from '../execution.repository';
import { contractFiles, failIfAny, notInFuture, readContract } from './contract-access';
import type { LedgerCommandContext } from './context';
import { lockedMilestone } from './update-milestone';

/**
 * Records the acceptance of a milestone (R5.4): accepted (final), rejected with reasons, or partially accepted with
 * reasons; the acceptance documents are files uploaded to the contract. A rejected or partial result may be
 * recorded again after rework. A milestone accepted without a delivery date counts as delivered on acceptance.
 */
export async function acceptMilestone(
  c: LedgerCommandContext,
  contractId: string,
  milestoneId: string,
  input: MilestoneAcceptanceRequest,
): Promise<MilestoneRow> {
  await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  const reasons = input.reasons?.trim() || null;
  const errors: FieldError[] = [...notInFuture(c, 'acceptedOn', input.acceptedOn)];
  if (input.result !== 'accepted' && !reasons) {
    errors.push({ path: 'reasons', message: 'Required when rejected or partially accepted.' });
  }
  errors.push(...(await contractFiles(c.db, contractId, input.documentFileIds)));
  failIfAny(errors);
  return c.db.transaction(async (tx) => {
    const before = await lockedMilestone(c, tx, contractId, milestoneId, input.version);
    const after = await updateMilestoneRow(tx, milestoneId, {
      acceptanceResult: input.result,
      acceptedOn: input.acceptedOn,
      acceptanceReasons: reasons,
      acceptanceFileIds: [...new Set(input.documentFileIds)],
      deliveredOn: before.deliveredOn ?? input.acceptedOn,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: `contract-milestone.${input.result === 'accepted' ? 'accept' : input.result === 'rejected' ? 'reject' : 'accept-partially'}`,
      recordType: 'contract-milestone',
      recordId: milestoneId,
      before,
      after,
    });
    return after;
  });
}
