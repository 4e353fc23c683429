import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { savedFilters } from './saved-filters.table';

export type SavedFilterRow = typeof savedFilters.$inferSelect;

export async function listSavedFilters(db: Executor, userId: string, list: string): Promise<SavedFilterRow[]> {
  return db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.userId, userId), eq(savedFilters.list, list)))
    .orderBy(asc(savedFilters.createdAt), asc(savedFilters.id));
}

export async function countSavedFilters(db: Executor, userId: string, list: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(savedFilters)
    .where(and(eq(savedFilters.userId, userId), eq(savedFilters.list, list)));
  return row?.n ?? 0;
}

export async function insertSavedFilter(tx: Executor, values: SavedFilterRow): Promise<SavedFilterRow> {
  const [row] = await tx.insert(savedFilters).values(values).returning();
  if (!row) throw new Error('saved filter insert returned nothing');
  return row;
}

/** Deletes one of this user's saved filters; undefined when there is none with this id for them. */
export async function deleteSavedFilterRow(
  tx: Executor,
  userId: string,
  id: string,
): Promise<SavedFilterRow | undefined> {
  const [row] = await tx
    .delete(savedFilters)
    .where(and(eq(savedFilters.id, id), eq(savedFilters.userId, userId)))
    .returning();
  return row;
}
