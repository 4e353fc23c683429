import type { GiveOpinionRequest } from '@thirdline/shared/contracts/drafting.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, conflict, forbidden, notFound, type FieldError } from '../../../../platform/errors/problem';
import { findFile } from '../../../../platform/storage/files.repository';
import type { Executor } from '../../../../db/client';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import type { DraftingContext } from '../context';
import { lockReview, lockRound, reviewsOfRound, updateReviewRow, type ReviewRow } from '../reviews.repository';
import { closeRound } from './close-round';

/** Attachments must have been uploaded to this contract (`recordType` contract, `recordId` its id). */
async function checkFiles(tx: Executor, contractId: string, fileIds: readonly string[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, id] of fileIds.entries()) {
    const file = await findFile(tx, id);
    if (!file || file.recordType !== 'contract' || file.recordId !== contractId) {
      errors.push({ path: `fileIds.${i}`, message: 'Not a file of this contract.' });
    }
  }
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');
}

/**
 * A reviewer's opinion in the open round (R5.2). Only the assigned reviewer may give it (403), once (409); a closed
 * round takes no more opinions (409). A disagreement closes the round and sends the contract back to draft; the last
 * agreeing opinion closes it and starts the contract approval flow.
 */
export async function giveOpinion(
  c: DraftingContext,
  contractId: string,
  reviewId: string,
  input: GiveOpinionRequest,
): Promise<ReviewRow> {
  requireContractPermission(c.actor, 'contracts:read');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    const review = await lockReview(tx, reviewId);
    if (!review || review.contractId !== contractId) throw notFound('No such review.');
    if (review.reviewerId !== c.actor.userId) {
      throw forbidden('Only the assigned reviewer can give this opinion.', 'not_assigned_reviewer');
    }
    if (review.opinion !== null) throw conflict('This opinion has been given already.', 'opinion_already_given');
    const round = await lockRound(tx, review.roundId);
    if (!round || round.status !== 'open' || contract.status !== 'in-review') {
      throw conflict('This review round is closed.', 'review_round_closed');
    }
    const fileIds = [...new Set(input.fileIds ?? [])];
    await checkFiles(tx, contractId, fileIds);
    const after = await updateReviewRow(tx, reviewId, {
      opinion: input.opinion,
      comments: input.comments || null,
      fileIds,
      decidedAt: c.audit.at,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-review.opinion',
      recordType: 'contract',
      recordId: contractId,
      before: { reviewId, opinion: null },
      after: {
        reviewId,
        kind: after.kind,
        round: round.number,
        opinion: after.opinion,
        comments: after.comments,
        fileIds,
      },
    });
    if (input.opinion === 'disagree') {
      await closeRound(tx, c.audit, contract, round, 'disagreed');
    } else if ((await reviewsOfRound(tx, round.id)).every((r) => r.opinion !== null)) {
      await closeRound(tx, c.audit, contract, round, 'agreed');
    }
    return after;
  });
}
