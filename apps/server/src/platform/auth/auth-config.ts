import type { Env } from '../../config/env';

export const SESSION_COOKIE = 'thirdline_session';

export interface AuthSettings {
  idleMs: number;
  absoluteMs: number;
  maxFailures: number;
  lockoutMs: number;
  ipAttemptsPerMinute: number;
  secureCookie: boolean;
}

export function authSettings(env: Env): AuthSettings {
  return {
    idleMs: env.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    maxFailures: env.LOGIN_MAX_FAILURES,
    lockoutMs: env.LOGIN_LOCKOUT_MINUTES * 60_000,
    ipAttemptsPerMinute: env.LOGIN_RATE_LIMIT_PER_MINUTE,
    secureCookie: env.COOKIE_SECURE ?? env.PUBLIC_URL?.startsWith('https://') ?? false,
  };
}
