import { asc, eq, max } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { contractReviewRounds, contractReviews } from './drafting.table';

export type ReviewRoundRow = typeof contractReviewRounds.$inferSelect;
export type ReviewRow = typeof contractReviews.$inferSelect;

export async function lastRoundNumber(db: Executor, contractId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(contractReviewRounds.number) })
    .from(contractReviewRounds)
    .where(eq(contractReviewRounds.contractId, contractId));
  return Number(row?.n ?? 0);
}

export async function insertRound(tx: Executor, row: ReviewRoundRow, reviews: ReviewRow[]): Promise<void> {
  await tx.insert(contractReviewRounds).values(row);
  await tx.insert(contractReviews).values(reviews);
}

export async function roundsOf(db: Executor, contractId: string): Promise<ReviewRoundRow[]> {
  return db
    .select()
    .from(contractReviewRounds)
    .where(eq(contractReviewRounds.contractId, contractId))
    .orderBy(asc(contractReviewRounds.number));
}

export async function reviewsOf(db: Executor, contractId: string): Promise<ReviewRow[]> {
  return db.select().from(contractReviews).where(eq(contractReviews.contractId, contractId));
}

export async function reviewsOfRound(tx: Executor, roundId: string): Promise<ReviewRow[]> {
  return tx.select().from(contractReviews).where(eq(contractReviews.roundId, roundId));
}

export async function lockReview(tx: Executor, id: string): Promise<ReviewRow | undefined> {
  const [row] = await tx.select().from(contractReviews).where(eq(contractReviews.id, id)).for('update');
  return row;
}

export async function lockRound(tx: Executor, id: string): Promise<ReviewRoundRow | undefined> {
  const [row] = await tx.select().from(contractReviewRounds).where(eq(contractReviewRounds.id, id)).for('update');
  return row;
}

export async function updateReviewRow(tx: Executor, id: string, set: Partial<ReviewRow>): Promise<ReviewRow> {
  const [row] = await tx.update(contractReviews).set(set).where(eq(contractReviews.id, id)).returning();
  if (!row) throw new Error('review update returned nothing');
  return row;
}

export async function updateRoundRow(tx: Executor, id: string, set: Partial<ReviewRoundRow>): Promise<ReviewRoundRow> {
  const [row] = await tx.update(contractReviewRounds).set(set).where(eq(contractReviewRounds.id, id)).returning();
  if (!row) throw new Error('review round update returned nothing');
  return row;
}
