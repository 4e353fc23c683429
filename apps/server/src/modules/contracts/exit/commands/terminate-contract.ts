import type { TerminateContractRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import {
  allowedNextContractStatuses,
  canTransitionContract,
  type ContractStatus,
} from '@thirdline/shared/contracts/contract-lifecycle';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { addDays } from '../../../../platform/calendar/iso-date';
import { badRequest, conflict, versionConflict, type FieldError } from '../../../../platform/errors/problem';
import { lockContract, updateContractRow } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { exitSettings, findTermination, insertTermination, type TerminationRow } from '../exit.repository';
import { ensureHandoverItems } from '../handover';
import type { ExitCommandContext } from './context';

type Input = TerminateContractRequest & { settlementOwedToVendor: string; settlementOwedByVendor: string };

function checkEffectiveDate(startDate: string, endDate: string, input: Input): void {
  const errors: FieldError[] = [];
  if (input.effectiveDate < startDate) {
    errors.push({ path: 'effectiveDate', message: 'Must not be before the contract start date.' });
  } else if (input.kind !== 'expiry' && input.effectiveDate > endDate) {
    errors.push({ path: 'effectiveDate', message: 'Must not be after the contract end date.' });
  }
  if (errors.length > 0) throw badRequest('The termination is not valid.', errors, 'validation_failed');
}

/**
 * Ends a contract (R5.6): normal expiry, early termination for quality failure or breach, mutual agreement or force
 * majeure, with reason, effective date and settlement both ways. A running contract becomes `terminated` with
 * `endedOn` = the effective date; a normal expiry of an already expired contract keeps its status and records the
 * exit. Either way the final report falls due the configured number of days (15) after the effective date, and
 * the handover checklist is started.
 */
export async function terminateContract(
  c: ExitCommandContext,
  contractId: string,
  input: Input,
): Promise<TerminationRow> {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    if (contract.version !== input.version) throw versionConflict();
    if (await findTermination(tx, contractId)) {
      throw conflict('This contract has already been terminated.', 'contract_already_terminated');
    }
    const status = contract.status as ContractStatus;
    const recordsExpiry = status === 'expired' && input.kind === 'expiry';
    if (!recordsExpiry && !canTransitionContract(status, 'terminated')) {
      throw conflict(`A contract in status "${status}" cannot be terminated.`, 'illegal_transition', {
        status,
        allowedNext: allowedNextContractStatuses(status),
      });
    }
    checkEffectiveDate(contract.startDate, contract.endDate, input);
    const settings = await exitSettings(tx, c.audit.at);
    const row = await insertTermination(tx, {
      id: uuidv7(),
      contractId,
      kind: input.kind,
      reason: input.reason,
      effectiveDate: input.effectiveDate,
      settlementOwedToVendor: input.settlementOwedToVendor,
      settlementOwedByVendor: input.settlementOwedByVendor,
      settlementNote: input.settlementNote ?? null,
      finalReportDueOn: addDays(input.effectiveDate, settings.finalReportDays),
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    const after = recordsExpiry
      ? contract
      : await updateContractRow(tx, contractId, {
          status: 'terminated',
          endedOn: input.effectiveDate,
          updatedAt: c.audit.at,
          updatedBy: c.actor.userId,
          version: contract.version + 1,
        });
    await recordAudit(tx, c.audit, {
      action: 'contract.terminate',
      recordType: 'contract',
      recordId: contractId,
      before: { status: contract.status, endedOn: contract.endedOn },
      after: { status: after.status, endedOn: after.endedOn },
      details: {
        terminationId: row.id,
        kind: row.kind,
        reason: row.reason,
        effectiveDate: row.effectiveDate,
        settlementOwedToVendor: row.settlementOwedToVendor,
        settlementOwedByVendor: row.settlementOwedByVendor,
        finalReportDueOn: row.finalReportDueOn,
      },
    });
    await ensureHandoverItems(tx, c, contractId);
    return row;
  });
}
