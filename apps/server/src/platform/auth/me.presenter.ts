import type { MeResponse, SessionUser } from '@thirdline/shared/auth/auth.schemas';
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import type { Actor } from './actor';
import type { AuthUser } from './user-store';

type UserFields = Pick<AuthUser, 'id' | 'username' | 'displayName' | 'departmentId' | 'locale' | 'mustChangePassword'>;

export function sessionUser(user: UserFields): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    departmentId: user.departmentId,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
  };
}

/** `GET /me`: the user (as now stored), the actor's roles and permissions, and the session's CSRF token. */
export function presentMe(user: UserFields, actor: Actor, csrfToken: string | null): MeResponse {
  return {
    user: sessionUser(user),
    roles: actor.roles,
    permissions: PERMISSIONS.filter((p) => actor.permissions.has(p)),
    csrfToken,
  };
}
