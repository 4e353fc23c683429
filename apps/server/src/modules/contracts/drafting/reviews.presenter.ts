import type { ReviewerKind, ReviewOpinion, ReviewRound } from '@thirdline/shared/contracts/drafting.schemas';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/auth/actor';
import { userDisplayNames } from '../../org';
import { reviewsOf, roundsOf, type ReviewRow } from './reviews.repository';

const KIND_ORDER: ReviewerKind[] = ['legal', 'finance', 'technical', 'business'];

/** Every round of the contract (oldest first) with its reviewers and opinions. */
export async function presentReviewRounds(
  db: Executor,
  actor: Pick<Actor, 'userId'>,
  contractId: string,
): Promise<ReviewRound[]> {
  const [rounds, reviews] = await Promise.all([roundsOf(db, contractId), reviewsOf(db, contractId)]);
  const names = await userDisplayNames(db, [
    ...reviews.map((r) => r.reviewerId),
    ...rounds.flatMap((r) => (r.submittedBy ? [r.submittedBy] : [])),
  ]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const byRound = new Map<string, ReviewRow[]>();
  for (const review of reviews) byRound.set(review.roundId, [...(byRound.get(review.roundId) ?? []), review]);
  return rounds.map((round) => ({
    id: round.id,
    number: round.number,
    status: round.status as ReviewRound['status'],
    submittedBy: round.submittedBy ? person(round.submittedBy) : null,
    submittedAt: round.submittedAt.toISOString(),
    comment: round.comment,
    closedAt: round.closedAt?.toISOString() ?? null,
    approvalId: round.approvalId,
    reviews: (byRound.get(round.id) ?? [])
      .sort((a, b) => KIND_ORDER.indexOf(a.kind as ReviewerKind) - KIND_ORDER.indexOf(b.kind as ReviewerKind))
      .map((r) => ({
        id: r.id,
        kind: r.kind as ReviewerKind,
        reviewer: person(r.reviewerId),
        opinion: r.opinion as ReviewOpinion | null,
        comments: r.comments,
        fileIds: r.fileIds,
        decidedAt: r.decidedAt?.toISOString() ?? null,
        permissions: round.status === 'open' && r.opinion === null && r.reviewerId === actor.userId ? ['opinion'] : [],
      })),
  }));
}
