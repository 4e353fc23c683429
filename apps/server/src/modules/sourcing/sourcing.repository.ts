import type { SourcingListQuery } from '@thirdline/shared/sourcing/sourcing.schemas';
import { and, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { containsPattern } from '../../db/like-pattern';
import { pageWindow, selectPage, sortTerms } from '../../db/list-page';
import { sourcingRequests } from './sourcing.table';

export type SourcingRequestRow = typeof sourcingRequests.$inferSelect;
export type NewSourcingRequestRow = typeof sourcingRequests.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findSourcingRequest(db: Executor, id: string): Promise<SourcingRequestRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.select().from(sourcingRequests).where(eq(sourcingRequests.id, id));
  return row;
}

export async function lockSourcingRequest(tx: Executor, id: string): Promise<SourcingRequestRow | undefined> {
  const [row] = await tx.select().from(sourcingRequests).where(eq(sourcingRequests.id, id)).for('update');
  return row;
}

export async function insertSourcingRequest(tx: Executor, values: NewSourcingRequestRow): Promise<SourcingRequestRow> {
  const [row] = await tx.insert(sourcingRequests).values(values).returning();
  if (!row) throw new Error('sourcing request insert returned nothing');
  return row;
}

export async function updateSourcingRequestRow(
  tx: Executor,
  id: string,
  set: Partial<NewSourcingRequestRow>,
): Promise<SourcingRequestRow> {
  const [row] = await tx.update(sourcingRequests).set(set).where(eq(sourcingRequests.id, id)).returning();
  if (!row) throw new Error('sourcing request update returned nothing');
  return row;
}

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
