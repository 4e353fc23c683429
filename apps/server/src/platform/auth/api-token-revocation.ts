import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { apiTokens } from './auth.table';

/** Revokes every still-active API token of a user (deactivation); returns how many were revoked. */
export async function revokeUserTokens(tx: Executor, userId: string, at: Date): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}
