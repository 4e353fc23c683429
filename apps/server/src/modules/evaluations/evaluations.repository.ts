import type { EvaluationListQuery } from '@thirdline/shared/evaluations/evaluations.schemas';
import { and, asc, eq, exists, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../db/list-page';
import { recordRows } from '../../db/record-rows';
import { evaluations, evaluationSheets, evaluationVendors } from './evaluations.table';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluationRow = typeof evaluations.$inferInsert;
export type EvaluationVendorRow = typeof evaluationVendors.$inferSelect;

const rows = recordRows(evaluations, 'evaluation');

export const findEvaluation = rows.find;

export const lockEvaluation = rows.lock;

export const insertEvaluation = rows.insert;

export const updateEvaluationRow = rows.update;

export async function evaluationVendorsOf(db: Executor, evaluationId: string): Promise<EvaluationVendorRow[]> {
  return db
    .select()
    .from(evaluationVendors)
    .where(eq(evaluationVendors.evaluationId, evaluationId))
    .orderBy(asc(evaluationVendors.position));
}

export async function replaceEvaluationVendors(
  tx: Executor,
  evaluationId: string,
  rows: readonly Omit<EvaluationVendorRow, 'evaluationId' | 'position' | 'strengths' | 'weaknesses'>[],
): Promise<void> {
  await tx.delete(evaluationVendors).where(eq(evaluationVendors.evaluationId, evaluationId));
  if (rows.length === 0) return;
  await tx
    .insert(evaluationVendors)
    .values(rows.map((r, i) => ({ ...r, evaluationId, position: i + 1, strengths: null, weaknesses: null })));
}

export async function updateVendorNotes(
  tx: Executor,
  evaluationId: string,
  vendorId: string,
  notes: { strengths: string; weaknesses: string },
): Promise<void> {
  await tx
    .update(evaluationVendors)
    .set(notes)
    .where(and(eq(evaluationVendors.evaluationId, evaluationId), eq(evaluationVendors.vendorId, vendorId)));
}

const SORT_COLUMNS = {
  createdAt: evaluations.createdAt,
  reference: evaluations.reference,
  title: evaluations.title,
} as const;

/**
 * A page of evaluations. `memberId` narrows to those the user chairs, created or sits on the panel of (callers who
 * may not read every evaluation, or who asked for `mine`).
 */
export async function listEvaluations(
  db: Executor,
  query: EvaluationListQuery,
  scope: { memberId: string | null },
): Promise<{ rows: EvaluationRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (scope.memberId) {
    const onPanel = db
      .select({ one: evaluationSheets.id })
      .from(evaluationSheets)
      .where(and(eq(evaluationSheets.evaluationId, evaluations.id), eq(evaluationSheets.evaluatorId, scope.memberId)));
    conditions.push(
      or(eq(evaluations.chairId, scope.memberId), eq(evaluations.createdBy, scope.memberId), exists(onPanel)),
    );
  }
  if (query.status) conditions.push(eq(evaluations.status, query.status));
  if (query.sourcingRequestId) conditions.push(eq(evaluations.sourcingRequestId, query.sourcingRequestId));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(evaluations.title, pattern), ilike(evaluations.reference, pattern)));
  }
  const where = and(...conditions);
  const order = sortTerms(query.sort, SORT_COLUMNS, {
    fallback: '-createdAt',
    tieBreaker: evaluations.id,
    tie: 'desc',
  });
  const rows = db
    .select()
    .from(evaluations)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: evaluations, where }, pageWindow(query));
}

/** The vendors of several evaluations (one query, for a page). */
export async function vendorsOfEvaluations(db: Executor, ids: readonly string[]): Promise<EvaluationVendorRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evaluationVendors)
    .where(inArray(evaluationVendors.evaluationId, [...ids]))
    .orderBy(asc(evaluationVendors.position));
}

/** The user's own sheets on several evaluations. */
export async function sheetsOfEvaluator(db: Executor, ids: readonly string[], userId: string) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evaluationSheets)
    .where(and(inArray(evaluationSheets.evaluationId, [...ids]), eq(evaluationSheets.evaluatorId, userId)));
}
