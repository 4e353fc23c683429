import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { apiTokens } from '../auth.table';

export type ApiTokenRecord = typeof apiTokens.$inferSelect;

export async function insertApiToken(db: Executor, row: typeof apiTokens.$inferInsert): Promise<ApiTokenRecord> {
  const [inserted] = await db.insert(apiTokens).values(row).returning();
  if (!inserted) throw new Error('api token insert returned nothing');
  return inserted;
}

export function listTokensOfUser(db: Executor, userId: string): Promise<ApiTokenRecord[]> {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function findTokenOfUser(db: Executor, userId: string, id: string): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
  return row;
}

/** Sets revoked_at unless already set; returns the row only when this call revoked it. */
export async function markRevoked(db: Executor, id: string, at: Date): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}
