import type { UpdateUserRequest } from '@thirdline/shared/org/org.schemas';
import { isRole } from '@thirdline/shared/rbac/permissions';
import { recordAudit } from '../../../platform/audit/audit';
import { revokeUserTokens } from '../../../platform/auth/api-token-revocation';
import { closeUserSessions } from '../../../platform/auth/sessions';
import { notFound, unprocessable, versionConflict } from '../../../platform/errors/problem';
import { requirePermission } from '../org.policy';
import { findUserView, lockUser, updateUserRow, type NewUserRow, type UserView } from '../users.repository';
import type { OrgCommandContext } from './context';
import { checkUserDepartment, normaliseRoles } from './user-rules';

/**
 * Edits a user. Deactivation ends the user's sessions and revokes their API tokens in the same transaction.
 * Nobody can deactivate themself or take away their own admin role (422 `self_lockout`).
 */
export async function updateUser(c: OrgCommandContext, id: string, input: UpdateUserRequest): Promise<UserView> {
  requirePermission(c.actor, 'users:write');
  await c.db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    if (!before) throw notFound('No such user.');
    if (before.version !== input.version) throw versionConflict();

    const changes: Partial<NewUserRow> = {};
    if (input.displayName !== undefined && input.displayName !== before.displayName) {
      changes.displayName = input.displayName;
    }
    if (input.email !== undefined && input.email !== before.email) changes.email = input.email;
    const phone = input.phone === '' ? null : input.phone;
    if (phone !== undefined && phone !== before.phone) changes.phone = phone;
    if (input.departmentId !== undefined && input.departmentId !== before.departmentId) {
      changes.departmentId = input.departmentId;
    }
    if (input.roles !== undefined) {
      const roles = normaliseRoles(input.roles);
      if (roles.join() !== normaliseRoles(before.roles.filter(isRole)).join()) changes.roles = roles;
    }
    if (input.active !== undefined && input.active !== before.active) changes.active = input.active;
    if (input.locale !== undefined && input.locale !== before.locale) changes.locale = input.locale;
    if (Object.keys(changes).length === 0) return;

    if (c.actor.userId === id) {
      const losesAdmin = changes.roles && before.roles.includes('admin') && !changes.roles.includes('admin');
      if (changes.active === false || losesAdmin) {
        throw unprocessable(
          'You cannot deactivate yourself or remove your own administrator role; ask another administrator.',
          'self_lockout',
        );
      }
    }
    if (changes.departmentId) await checkUserDepartment(tx, changes.departmentId);

    const after = await updateUserRow(tx, id, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    const deactivated = changes.active === false;
    if (deactivated) {
      await closeUserSessions(tx, id);
      await revokeUserTokens(tx, id, c.audit.at);
    }
    const action = deactivated ? 'user.deactivate' : changes.active ? 'user.reactivate' : 'user.update';
    await recordAudit(tx, c.audit, { action, recordType: 'user', recordId: id, before, after });
  });
  return (await findUserView(c.db, id)) as UserView;
}
