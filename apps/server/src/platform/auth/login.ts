import { and, count, eq, gt, max } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../db/client';
import { recordAudit, type AuditContext } from '../audit/audit';
import type { Clock } from '../calendar/clock';
import { tooManyRequests, unauthorized } from '../errors/problem';
import { loginAttempts } from './auth.table';
import type { AuthSettings } from './auth-config';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { closeSession, openSession, type OpenedSession } from './sessions';
import { sha256Hex } from './tokens';
import type { AuthUser, AuthUserStore } from './user-store';

export interface LoginDeps {
  db: Db;
  clock: Clock;
  users: AuthUserStore;
  settings: AuthSettings;
}

export interface LoginInput {
  username: string;
  password: string;
  userAgent: string | null;
  /** Cookie token of a session the browser already holds; it is ended (session rotation). */
  previousSessionToken: string | undefined;
}

const WRONG_CREDENTIALS = 'Wrong username or password.';

/** Signs a user in: per-IP rate limit, per-account lockout, argon2id check, new session; all audited. */
export async function login(
  deps: LoginDeps,
  input: LoginInput,
  ctx: AuditContext,
): Promise<{ user: AuthUser; session: OpenedSession }> {
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  await refuseWhenThrottled(deps, username, ctx.ip, now);

  const user = await deps.users.findByUsername(deps.db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    await deps.db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ id: uuidv7(), username, ip: ctx.ip, succeeded: false, at: now });
      await recordAudit(tx, ctx, {
        action: 'auth.login-failed',
        recordType: 'user',
        recordId: user?.id ?? username,
        details: { username, reason: !user ? 'unknown user' : !user.active ? 'inactive' : 'wrong password' },
      });
    });
    throw unauthorized(WRONG_CREDENTIALS, 'invalid_credentials');
  }

  const session = await deps.db.transaction(async (tx) => {
    if (input.previousSessionToken) await closeSession(tx, sha256Hex(input.previousSessionToken));
    await tx.insert(loginAttempts).values({ id: uuidv7(), username, ip: ctx.ip, succeeded: true, at: now });
    const opened = await openSession(tx, {
      userId: user.id,
      now,
      absoluteMs: deps.settings.absoluteMs,
      ip: ctx.ip,
      userAgent: input.userAgent,
    });
    await recordAudit(
      tx,
      { ...ctx, actorId: user.id, actorName: user.username },
      {
        action: 'auth.login',
        recordType: 'user',
        recordId: user.id,
      },
    );
    return opened;
  });
  return { user, session };
}

async function refuseWhenThrottled(deps: LoginDeps, username: string, ip: string | null, now: Date) {
  const { settings, db } = deps;
  if (ip) {
    const minuteAgo = new Date(now.getTime() - 60_000);
    const [byIp] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), gt(loginAttempts.at, minuteAgo)));
    if ((byIp?.n ?? 0) >= settings.ipAttemptsPerMinute) {
      throw tooManyRequests(
        'Too many sign-in attempts from this address. Wait a minute and try again.',
        60,
        'login_rate_limited',
      );
    }
  }
  const windowStart = new Date(now.getTime() - settings.lockoutMs);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, windowStart)),
    );
  const since = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const failures = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)))
    .orderBy(loginAttempts.at);
  if (failures.length >= settings.maxFailures) {
    const unlockAt =
      (failures[failures.length - settings.maxFailures]?.at.getTime() ?? now.getTime()) + settings.lockoutMs;
    throw tooManyRequests(
      'This account is locked after too many failed sign-ins. Try again later.',
      (unlockAt - now.getTime()) / 1000,
      'account_locked',
    );
  }
}
