import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiTokens } from './auth.table';
import { sha256Hex } from './tokens';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** The usable token for a bearer secret, or undefined when unknown, revoked or expired. */
export async function findUsableToken(db: Executor, secret: string, now: Date): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sha256Hex(secret)));
  if (!row || row.revokedAt || row.expiresAt <= now) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return row;
}
