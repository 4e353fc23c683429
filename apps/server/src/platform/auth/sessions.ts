import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { sessions } from './auth.table';
import { newSecret, sha256Hex } from './tokens';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  id: string;
  expiresAt: Date;
}

export async function openSession(
  db: Executor,
  input: { userId: string; now: Date; absoluteMs: number; ip: string | null; userAgent: string | null },
): Promise<OpenedSession> {
  const token = newSecret();
  const csrfToken = newSecret(24);
  const id = sha256Hex(token);
  const expiresAt = new Date(input.now.getTime() + input.absoluteMs);
  await db.insert(sessions).values({
    id,
    userId: input.userId,
    csrfToken,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, id, expiresAt };
}

export type SessionRow = typeof sessions.$inferSelect;

/** The live session for a cookie token, or undefined when unknown, idle too long or past its lifetime. */
export async function findLiveSession(
  db: Executor,
  token: string,
  now: Date,
  idleMs: number,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(eq(sessions.id, sha256Hex(token)));
  if (!row) return undefined;
  if (row.expiresAt <= now || row.lastSeenAt.getTime() + idleMs <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return undefined;
  }
  return row;
}

/** Slides the idle timeout; written at most once a minute per session to keep reads cheap. */
export async function touchSession(db: Executor, row: SessionRow, now: Date): Promise<void> {
  if (now.getTime() - row.lastSeenAt.getTime() < 60_000) return;
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
}

export async function closeSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user (deactivation, password reset), or every one but `exceptSessionId`. */
export async function closeUserSessions(db: Executor, userId: string, exceptSessionId?: string): Promise<void> {
  const ofUser = eq(sessions.userId, userId);
  await db.delete(sessions).where(exceptSessionId ? and(ofUser, ne(sessions.id, exceptSessionId)) : ofUser);
}

export async function purgeExpiredSessions(db: Executor, now: Date, idleMs: number): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - idleMs))));
}
