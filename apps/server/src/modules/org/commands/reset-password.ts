import { recordAudit } from '../../../platform/audit/audit';
import { hashPassword } from '../../../platform/auth/passwords';
import { closeUserSessions } from '../../../platform/auth/sessions';
import { notFound } from '../../../platform/errors/problem';
import { requirePermission } from '../org.policy';
import { findUserById, lockUser, updateUserRow } from '../users.repository';
import type { OrgCommandContext } from './context';
import { assertPasswordPolicy, generatePassword } from './password-rules';

/**
 * An administrator sets a temporary password (given or generated): the user must change it at the next sign-in,
 * and every session of the user ends now.
 */
export async function resetPassword(
  c: OrgCommandContext,
  id: string,
  input: { password?: string | undefined },
): Promise<{ temporaryPassword: string }> {
  requirePermission(c.actor, 'users:reset-password');
  const target = await findUserById(c.db, id);
  if (!target) throw notFound('No such user.');
  if (input.password !== undefined) assertPasswordPolicy(input.password, target.username, 'password');
  const temporaryPassword = input.password ?? generatePassword(target.username);
  const passwordHash = await hashPassword(temporaryPassword);

  await c.db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    if (!before) throw notFound('No such user.');
    const after = await updateUserRow(tx, id, {
      passwordHash,
      mustChangePassword: true,
      passwordChangedAt: c.audit.at,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await closeUserSessions(tx, id);
    await recordAudit(tx, c.audit, { action: 'user.reset-password', recordType: 'user', recordId: id, before, after });
  });
  return { temporaryPassword };
}
