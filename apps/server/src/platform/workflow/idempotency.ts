import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { unprocessable } from '../errors/problem';
import { idempotencyKeys } from './workflow.table';

/**
 * Runs `work` once per (user, Idempotency-Key): the key is claimed in the caller's transaction before the work and
 * the response stored with it, so a retry — even one racing the first request, which waits on the key's row —
 * gets the first response instead of a second decision. A request that failed stored nothing (it rolled back) and
 * may be retried. The same key on another URL is refused (422).
 */
export async function withIdempotency<T>(
  tx: Executor,
  claim: { userId: string; key: string | undefined; requestPath: string; at: Date },
  work: () => Promise<T>,
): Promise<T> {
  const { userId, key, requestPath, at } = claim;
  if (!key) return work();
  const [claimed] = await tx
    .insert(idempotencyKeys)
    .values({ userId, key, requestPath, createdAt: at })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  if (!claimed) {
    const [first] = await tx.select().from(idempotencyKeys).where(where);
    if (!first || first.requestPath !== requestPath || first.response === null) {
      throw unprocessable('This Idempotency-Key was used for another request.', 'idempotency_key_reused');
    }
    return first.response as T;
  }
  const response = await work();
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: 200, response: response as object })
    .where(where);
  return response;
}
