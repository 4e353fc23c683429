import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { contractClauses } from './drafting.table';

export type ClauseRow = typeof contractClauses.$inferSelect;
export type NewClauseRow = typeof contractClauses.$inferInsert;

export async function listClauses(
  db: Executor,
  filter: { active?: boolean; category?: string } = {},
): Promise<ClauseRow[]> {
  const where: SQL[] = [];
  if (filter.active !== undefined) where.push(eq(contractClauses.active, filter.active));
  if (filter.category !== undefined) where.push(eq(contractClauses.category, filter.category));
  return db
    .select()
    .from(contractClauses)
    .where(and(...where))
    .orderBy(asc(contractClauses.sortOrder), asc(contractClauses.code));
}

export async function clausesByIds(db: Executor, ids: readonly string[]): Promise<ClauseRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(contractClauses)
    .where(inArray(contractClauses.id, [...ids]));
}

export async function findClauseByCode(db: Executor, code: string): Promise<ClauseRow | undefined> {
  const [row] = await db.select().from(contractClauses).where(eq(contractClauses.code, code));
  return row;
}

export async function lockClause(tx: Executor, id: string): Promise<ClauseRow | undefined> {
  const [row] = await tx.select().from(contractClauses).where(eq(contractClauses.id, id)).for('update');
  return row;
}

export async function findClause(db: Executor, id: string): Promise<ClauseRow | undefined> {
  const [row] = await db.select().from(contractClauses).where(eq(contractClauses.id, id));
  return row;
}

/** Inserts clauses whose code is not in the library yet; returns the inserted rows. */
export async function insertMissingClauses(tx: Executor, rows: NewClauseRow[]): Promise<ClauseRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(contractClauses).values(rows).onConflictDoNothing({ target: contractClauses.code }).returning();
}

export async function updateClauseRow(tx: Executor, id: string, set: Partial<NewClauseRow>): Promise<ClauseRow> {
  const [row] = await tx.update(contractClauses).set(set).where(eq(contractClauses.id, id)).returning();
  if (!row) throw new Error('clause update returned nothing');
  return row;
}
