import type { ChangePasswordRequest } from '@thirdline/shared/org/org.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { hashPassword, verifyPassword } from '../../../platform/auth/passwords';
import { closeUserSessions } from '../../../platform/auth/sessions';
import { badRequest, unauthorized } from '../../../platform/errors/problem';
import { findUserById, lockUser, updateUserRow } from '../users.repository';
import type { OrgCommandContext } from './context';
import { assertPasswordPolicy } from './password-rules';

/**
 * The signed-in user replaces their password: the current one must be right, the new one must meet the policy
 * and differ from it. Clears `mustChangePassword` and ends the user's other sessions (this one stays).
 */
export async function changeOwnPassword(
  c: OrgCommandContext,
  currentSessionId: string | undefined,
  input: ChangePasswordRequest,
): Promise<void> {
  const userId = c.actor.userId;
  const user = userId ? await findUserById(c.db, userId) : undefined;
  if (!userId || !user) throw unauthorized('Sign in first.', 'session_required');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest(
      'The current password is wrong.',
      [{ path: 'currentPassword', message: 'The current password is wrong.' }],
      'wrong_current_password',
    );
  }
  assertPasswordPolicy(input.newPassword, user.username, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw badRequest(
      'The new password must differ from the current one.',
      [{ path: 'newPassword', message: 'The new password must differ from the current one.' }],
      'password_policy',
    );
  }
  const passwordHash = await hashPassword(input.newPassword);

  await c.db.transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before) throw unauthorized('Sign in first.', 'session_required');
    const after = await updateUserRow(tx, userId, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: c.audit.at,
      updatedAt: c.audit.at,
      updatedBy: userId,
      version: before.version + 1,
    });
    await closeUserSessions(tx, userId, currentSessionId);
    await recordAudit(tx, c.audit, {
      action: 'user.change-password',
      recordType: 'user',
      recordId: userId,
      before,
      after,
    });
  });
}
