import type { Permission, Role } from '@thirdline/shared/rbac/permissions';
import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../errors/problem';

/** The signed-in caller of a request, from a session cookie or an API token. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  locale: string;
  mustChangePassword: boolean;
  via: 'session' | 'token';
  sessionId?: string;
  tokenId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

export function hasPermission(actor: Actor | null, permission: Permission): boolean {
  return !!actor && actor.permissions.has(permission);
}
