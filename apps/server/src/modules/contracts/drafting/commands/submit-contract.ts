import type { SubmitContractRequest } from '@thirdline/shared/contracts/drafting.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { permissionsForUser } from '../../../../platform/auth/guard';
import { badRequest, unprocessable, versionConflict, type FieldError } from '../../../../platform/errors/problem';
import type { Executor } from '../../../../db/client';
import { orgUserStore } from '../../../org';
import { lockContract, updateContractRow, type ContractRow } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { ensureChecklist, missingItems } from '../checklist';
import { checklistEntries } from '../checklist.repository';
import { isEnglish, type DraftingContext } from '../context';
import { requireTransition } from '../drafting-rules';
import { notifyReviewers } from '../notify';
import { insertRound, lastRoundNumber } from '../reviews.repository';

/** Every reviewer must be an active user who may read contracts (400 with the reviewer's path otherwise). */
async function checkReviewers(tx: Executor, input: SubmitContractRequest): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, reviewer] of input.reviewers.entries()) {
    const user = await orgUserStore.findById(tx, reviewer.userId);
    if (!user?.active) errors.push({ path: `reviewers.${i}.userId`, message: 'No such active user.' });
    else if (!permissionsForUser(user).includes('contracts:read')) {
      errors.push({ path: `reviewers.${i}.userId`, message: 'This user cannot read contracts.' });
    }
  }
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
}

/**
 * Submits a draft for review (R5.1, R5.2): 409 unless it is a draft (with the allowed next states) or when the
 * version is stale; 422 listing the mandatory checklist items that are not present; otherwise the contract is
 * in review with a new numbered round whose legal, finance, technical (and optional business) reviewers are notified.
 */
export async function submitContract(
  c: DraftingContext,
  contractId: string,
  input: SubmitContractRequest,
): Promise<ContractRow> {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    requireTransition(contract, 'in-review');
    if (contract.version !== input.version) throw versionConflict();
    await checkReviewers(tx, input);
    await ensureChecklist(tx, c.audit, contract);
    const missing = missingItems(contract, await checklistEntries(tx, contractId));
    if (missing.length > 0) {
      const english = isEnglish(c.actor);
      throw unprocessable('Mandatory clauses are not present in the checklist.', 'mandatory_clauses_missing', {
        missing: missing.map(({ clause }) => ({ code: clause.code, title: english ? clause.titleEn : clause.titleZh })),
      });
    }
    const number = (await lastRoundNumber(tx, contractId)) + 1;
    const roundId = uuidv7();
    await insertRound(
      tx,
      {
        id: roundId,
        contractId,
        number,
        status: 'open',
        comment: input.comment || null,
        submittedAt: c.audit.at,
        submittedBy: c.actor.userId,
        closedAt: null,
        approvalId: null,
      },
      input.reviewers.map((r) => ({
        id: uuidv7(),
        roundId,
        contractId,
        kind: r.kind,
        reviewerId: r.userId,
        opinion: null,
        comments: null,
        fileIds: [],
        decidedAt: null,
      })),
    );
    const after = await updateContractRow(tx, contractId, {
      status: 'in-review',
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: contract.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.submit',
      recordType: 'contract',
      recordId: contractId,
      before: contract,
      after,
      details: { round: number, reviewers: input.reviewers, comment: input.comment ?? null },
    });
    await notifyReviewers(
      tx,
      after,
      number,
      input.reviewers.map((r) => r.userId),
      c.audit.at,
    );
    return after;
  });
}
