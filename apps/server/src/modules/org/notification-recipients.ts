import { inArray } from 'drizzle-orm';
import type { NotificationDirectory, NotificationRecipient } from '../../platform/notifications/directory';
import { users } from './org.table';

/** E-mail address and language of notification recipients, for platform/notifications (decision 0003 pattern). */
export const orgNotificationDirectory: NotificationDirectory = {
  async recipients(db, ids) {
    const found = new Map<string, NotificationRecipient>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await db
        .select({
          id: users.id,
          displayName: users.displayName,
          email: users.email,
          locale: users.locale,
          active: users.active,
        })
        .from(users)
        .where(inArray(users.id, ids.slice(i, i + 1000)));
      for (const r of rows) found.set(r.id, r);
    }
    return found;
  },
};
