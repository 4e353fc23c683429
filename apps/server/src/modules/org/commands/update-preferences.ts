import type { UpdatePreferencesRequest } from '@thirdline/shared/org/org.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { unauthorized } from '../../../platform/errors/problem';
import { lockUser, updateUserRow, type UserRow } from '../users.repository';
import type { OrgCommandContext } from './context';

/** The signed-in user's own preferences (language). */
export async function updatePreferences(c: OrgCommandContext, input: UpdatePreferencesRequest): Promise<UserRow> {
  const userId = c.actor.userId;
  if (!userId) throw unauthorized('Sign in first.', 'session_required');
  return c.db.transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before) throw unauthorized('Sign in first.', 'session_required');
    if (before.locale === input.locale) return before;
    const after = await updateUserRow(tx, userId, {
      locale: input.locale,
      updatedAt: c.audit.at,
      updatedBy: userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'user.update-preferences',
      recordType: 'user',
      recordId: userId,
      before,
      after,
    });
    return after;
  });
}
