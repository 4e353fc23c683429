import { timingSafeEqual } from 'node:crypto';
import { isRole, permissionsForRoles, type Permission } from '@thirdline/shared/rbac/permissions';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import type { Clock } from '../calendar/clock';
import { forbidden, unauthorized } from '../errors/problem';
import type { Actor } from './actor';
import { findUsableToken } from './api-token-resolver';
import { SESSION_COOKIE, type AuthSettings } from './auth-config';
import { findLiveSession, touchSession } from './sessions';
import type { AuthUser, AuthUserStore } from './user-store';

export interface GuardDeps {
  db: Db;
  clock: Clock;
  users: AuthUserStore;
  settings: AuthSettings;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes a user who must change the password may still use. */
const ALLOWED_WHILE_PASSWORD_EXPIRED = new Set(['/api/v1/me', '/api/v1/me/password', '/api/v1/auth/logout']);

/**
 * Resolves the caller (session cookie or bearer token) and enforces the route's declared permission
 * and the CSRF header before the body is even validated: 401 unknown caller, 403 not allowed.
 */
export function registerAuthGuard(app: FastifyInstance, deps: GuardDeps) {
  app.decorateRequest('actor', null);
  app.decorateRequest('actorCsrf', null);
  app.addHook('onRequest', async (request, reply) => {
    const permission = request.routeOptions.config?.permission;
    if (permission === 'public' || permission === undefined) {
      request.actor = await resolveActor(request, deps).catch(() => null);
      return;
    }
    const actor = await resolveActor(request, deps);
    if (!actor) {
      if (request.cookies[SESSION_COOKIE]) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw unauthorized('Sign in first, or your session has ended.', 'session_required');
    }
    request.actor = actor;
    if (actor.via === 'session' && !SAFE_METHODS.has(request.method)) checkCsrf(request);
    const path = request.routeOptions.url ?? '';
    if (actor.mustChangePassword && actor.via === 'session' && !ALLOWED_WHILE_PASSWORD_EXPIRED.has(path)) {
      throw forbidden('Change your password before you continue.', 'password_change_required');
    }
    if (permission !== 'authenticated' && !actor.permissions.has(permission)) {
      throw forbidden(`This needs the permission "${permission}".`);
    }
  });
}

function checkCsrf(request: FastifyRequest) {
  const sent = request.headers['x-csrf-token'];
  const expected = request.actorCsrf;
  if (typeof sent !== 'string' || !expected || sent.length !== expected.length) {
    throw forbidden('The x-csrf-token header is missing or wrong.', 'csrf_failed');
  }
  if (!timingSafeEqual(Buffer.from(sent), Buffer.from(expected))) {
    throw forbidden('The x-csrf-token header is missing or wrong.', 'csrf_failed');
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** CSRF token of the session behind `actor`, when signed in by cookie. */
    actorCsrf: string | null;
  }
}

async function resolveActor(request: FastifyRequest, deps: GuardDeps): Promise<Actor | null> {
  const now = deps.clock.now();
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const token = await findUsableToken(deps.db, authorization.slice(7).trim(), now);
    if (!token) return null;
    const user = await deps.users.findById(deps.db, token.userId);
    if (!user?.active) return null;
    // A token never carries more than its owner currently holds.
    const owned = new Set(permissionsForUser(user));
    const granted = token.permissions.filter((p): p is Permission => owned.has(p as Permission));
    return toActor(user, new Set(granted), { via: 'token', tokenId: token.id });
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await findLiveSession(deps.db, cookie, now, deps.settings.idleMs);
  if (!session) return null;
  const user = await deps.users.findById(deps.db, session.userId);
  if (!user?.active) return null;
  await touchSession(deps.db, session, now);
  request.actorCsrf = session.csrfToken;
  return toActor(user, new Set(permissionsForUser(user)), { via: 'session', sessionId: session.id });
}

export function permissionsForUser(user: Pick<AuthUser, 'roles'>): Permission[] {
  return permissionsForRoles(user.roles.filter(isRole));
}

function toActor(
  user: AuthUser,
  permissions: ReadonlySet<Permission>,
  via: { via: 'session'; sessionId: string } | { via: 'token'; tokenId: string },
): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    departmentId: user.departmentId,
    roles: user.roles.filter(isRole),
    permissions,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    ...via,
  };
}
