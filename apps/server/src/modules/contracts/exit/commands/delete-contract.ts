import { CONTRACT_RETENTION_YEARS } from '@thirdline/shared/contracts/contract-lifecycle';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict, unprocessable } from '../../../../platform/errors/problem';
import { lockContract, type ContractRow } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { contractWasSubmitted, deleteContractRow } from '../exit.repository';

import type { ExitCommandContext } from './context';

/** The day `years` after an ISO date (29 February falls back to 28 February in common years). */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** Until when a contract and its acceptance records must be kept (R6.6): null while it has not ended. */
export function retainUntil(contract: Pick<ContractRow, 'endedOn'>): string | null {
  return contract.endedOn ? addYears(contract.endedOn, CONTRACT_RETENTION_YEARS) : null;
}

function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

/**
 * Deletes a contract: a draft that was never submitted, or one whose retention period ran out (five years after it
 * ended, R6.6). Anything else is refused with 422 and `retainUntil` (null while the contract has not ended).
 */
export async function deleteContract(c: ExitCommandContext, contractId: string): Promise<void> {
  requireContractPermission(c.actor, 'contracts:delete');
  try {
    await c.db.transaction(async (tx) => {
      const contract = readableContract(c.actor, await lockContract(tx, contractId));
      const until = retainUntil(contract);
      const neverSubmitted =
        contract.status === 'draft' && !contract.approvalId && !(await contractWasSubmitted(tx, contractId));
      const retentionOver = until !== null && c.today >= until;
      if (!neverSubmitted && !retentionOver) {
        throw unprocessable(
          until
            ? `A contract is kept for ${CONTRACT_RETENTION_YEARS} years after it ended, here until ${until}.`
            : `Only a draft that was never submitted may be deleted; this contract is kept until ${CONTRACT_RETENTION_YEARS} years after it ends.`,
          'contract_retained',
          { retainUntil: until, status: contract.status },
        );
      }
      await recordAudit(tx, c.audit, {
        action: neverSubmitted ? 'contract.delete-draft' : 'contract.purge',
        recordType: 'contract',
        recordId: contractId,
        before: contract,
        details: { retainUntil: until },
      });
      await deleteContractRow(tx, contractId);
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw conflict('Other records still refer to this contract.', 'contract_referenced');
    }
    throw error;
  }
}
