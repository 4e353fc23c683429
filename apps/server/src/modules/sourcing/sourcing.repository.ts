import type { SourcingListQuery } from '@thirdline/shared/sourcing/sourcing.schemas';
import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../db/list-page';
import { recordRows } from '../../db/record-rows';
import { sourcingRequests } from './sourcing.table';

export type SourcingRequestRow = typeof sourcingRequests.$inferSelect;
export type NewSourcingRequestRow = typeof sourcingRequests.$inferInsert;

const rows = recordRows(sourcingRequests, 'sourcing request');

export const findSourcingRequest = rows.find;

export const lockSourcingRequest = rows.lock;

export const insertSourcingRequest = rows.insert;

export const updateSourcingRequestRow = rows.update;

const SORT_COLUMNS = {
  createdAt: sourcingRequests.createdAt,
  reference: sourcingRequests.reference,
  budgetAmount: sourcingRequests.budgetAmount,
  title: sourcingRequests.title,
} as const;

/** A page of sourcing requests, newest first by default. */
export async function listSourcingRequests(
  db: Executor,
  query: SourcingListQuery,
): Promise<{ rows: SourcingRequestRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (query.status) conditions.push(eq(sourcingRequests.status, query.status));
  if (query.departmentId) conditions.push(eq(sourcingRequests.departmentId, query.departmentId));
  if (query.outsourcingCategory) conditions.push(eq(sourcingRequests.outsourcingCategory, query.outsourcingCategory));
  if (query.urgency) conditions.push(eq(sourcingRequests.urgency, query.urgency));
  if (query.riskLevel) conditions.push(eq(sourcingRequests.riskLevel, query.riskLevel));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(or(ilike(sourcingRequests.title, pattern), ilike(sourcingRequests.reference, pattern)));
  }
  const where = and(...conditions);
  const order = sortTerms(query.sort, SORT_COLUMNS, {
    fallback: '-createdAt',
    tieBreaker: sourcingRequests.id,
    tie: 'desc',
  });
  const rows = db
    .select()
    .from(sourcingRequests)
    .where(where)
    .orderBy(...order)
    .$dynamic();
  return selectPage(db, rows, { table: sourcingRequests, where }, pageWindow(query));
}
