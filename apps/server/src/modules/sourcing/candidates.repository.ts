import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sourcingCandidates, sourcingProposals } from './sourcing.table';

export type CandidateRow = typeof sourcingCandidates.$inferSelect;
export type ProposalRow = typeof sourcingProposals.$inferSelect;

export async function candidatesOf(db: Executor, requestId: string): Promise<CandidateRow[]> {
  return db
    .select()
    .from(sourcingCandidates)
    .where(eq(sourcingCandidates.sourcingRequestId, requestId))
    .orderBy(asc(sourcingCandidates.invitedAt), asc(sourcingCandidates.id));
}

export async function findCandidate(
  db: Executor,
  requestId: string,
  vendorId: string,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select()
    .from(sourcingCandidates)
    .where(and(eq(sourcingCandidates.sourcingRequestId, requestId), eq(sourcingCandidates.vendorId, vendorId)));
  return row;
}

export async function insertCandidate(tx: Executor, values: typeof sourcingCandidates.$inferInsert) {
  const [row] = await tx.insert(sourcingCandidates).values(values).onConflictDoNothing().returning();
  return row;
}

export async function proposalsOf(db: Executor, candidateIds: readonly string[]): Promise<ProposalRow[]> {
  if (candidateIds.length === 0) return [];
  return db
    .select()
    .from(sourcingProposals)
    .where(inArray(sourcingProposals.candidateId, [...candidateIds]))
    .orderBy(asc(sourcingProposals.receivedAt), asc(sourcingProposals.id));
}

export async function insertProposal(
  tx: Executor,
  values: typeof sourcingProposals.$inferInsert,
): Promise<ProposalRow> {
  const [row] = await tx.insert(sourcingProposals).values(values).returning();
  if (!row) throw new Error('proposal insert returned nothing');
  return row;
}

/** The vendors invited to a request (what an evaluation of it compares). */
export async function candidateVendorIds(db: Executor, requestId: string): Promise<string[]> {
  return (await candidatesOf(db, requestId)).map((c) => c.vendorId);
}
