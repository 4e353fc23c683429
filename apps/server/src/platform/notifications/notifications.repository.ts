import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { notifications } from './notifications.table';

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: { zh: string; en: string };
  link: string | null;
}

/** Writes in-app notifications (inside the caller's transaction). */
export async function insertNotifications(tx: Executor, items: NewNotification[], at: Date): Promise<void> {
  // Stay well below PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < items.length; i += 5000) {
    await tx.insert(notifications).values(
      items.slice(i, i + 5000).map((n) => ({
        id: uuidv7(),
        recipientId: n.recipientId,
        kind: n.kind,
        titleZh: n.title.zh,
        titleEn: n.title.en,
        link: n.link,
        createdAt: at,
      })),
    );
  }
}
