import type { CreateVariationRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict } from '../../../../platform/errors/problem';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { requireRunning } from '../exit.policy';
import { checkVariedTerms, termsOf } from '../variation-terms';
import { insertVariation, nextVariationNumbers, openVariation, type VariationRow } from '../variations.repository';
import type { ExitCommandContext } from './context';

/**
 * A variation request on a running contract (R5.5): reason, content, impact on other clauses and the new terms.
 * It waits for the legal and the finance opinion; one variation at a time per contract.
 */
export async function requestVariation(
  c: ExitCommandContext,
  contractId: string,
  input: CreateVariationRequest,
): Promise<VariationRow> {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    requireRunning(contract, 'variation');
    const before = termsOf(contract);
    checkVariedTerms(before, input);
    if (await openVariation(tx, contractId)) {
      throw conflict('A variation of this contract is already under review or approval.', 'variation_pending');
    }
    const { number } = await nextVariationNumbers(tx, contractId);
    const row = await insertVariation(tx, {
      id: uuidv7(),
      contractId,
      number,
      reason: input.reason,
      content: input.content,
      impact: input.impact ?? '',
      newAmount: input.newAmount ?? null,
      newStartDate: input.newStartDate ?? null,
      newEndDate: input.newEndDate ?? null,
      newNoticePeriodDays: input.newNoticePeriodDays ?? null,
      status: 'in-review',
      termsBefore: before,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-variation.create',
      recordType: 'contract-variation',
      recordId: row.id,
      after: row,
      details: { contractId },
    });
    return row;
  });
}
