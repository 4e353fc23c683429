import type { CheckScheduleRequest, CreateCheckRequest } from '@thirdline/shared/contracts/ledger.schemas';
import { DEFAULT_CHECK_INTERVAL_MONTHS } from '@thirdline/shared/contracts/ledger.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { requireContractPermission } from '../../contracts.policy';
import { checkIntervalMonths, insertCheck, upsertCheckSchedule, type CheckRow } from '../execution.repository';
import { CHECKABLE_STATUSES, requireContractStatus } from '../ledger.policy';
import { activeUser, failIfAny, lockReadableContract, notInFuture, readContract } from './contract-access';
import type { LedgerCommandContext } from './context';

/** Records a periodic execution check (R5.4): checker (default the caller), date, findings, follow-ups. */
export async function recordCheck(
  c: LedgerCommandContext,
  contractId: string,
  input: CreateCheckRequest,
): Promise<CheckRow> {
  const contract = await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  requireContractStatus(contract, CHECKABLE_STATUSES, 'Recording an execution check');
  const checkerId = input.checkerId ?? c.actor.userId;
  failIfAny([...notInFuture(c, 'checkedOn', input.checkedOn), ...(await activeUser(c.db, 'checkerId', checkerId))]);
  return c.db.transaction(async (tx) => {
    await lockReadableContract(tx, c, contractId);
    const now = c.audit.at;
    const row = await insertCheck(tx, {
      id: uuidv7(),
      contractId,
      checkedOn: input.checkedOn,
      checkerId,
      findings: input.findings,
      followUps: input.followUps?.trim() || null,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-check.create',
      recordType: 'contract-check',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}

/** Sets how often a contract's execution is checked (monthly unless set). */
export async function setCheckSchedule(c: LedgerCommandContext, contractId: string, input: CheckScheduleRequest) {
  await readContract(c, contractId);
  requireContractPermission(c.actor, 'contracts:write');
  await c.db.transaction(async (tx) => {
    await lockReadableContract(tx, c, contractId);
    const before = (await checkIntervalMonths(tx, contractId)) ?? DEFAULT_CHECK_INTERVAL_MONTHS;
    await upsertCheckSchedule(tx, {
      contractId,
      intervalMonths: input.intervalMonths,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.check-schedule.update',
      recordType: 'contract',
      recordId: contractId,
      before: { checkIntervalMonths: before },
      after: { checkIntervalMonths: input.intervalMonths },
    });
  });
}
