import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: { zh: string; en: string };
  link: string | null;
}

/** Writes in-app notifications (inside the caller's transaction). */
export async function insertNotifications(tx: Executor, items: NewNotification[], at: Date): Promise<void> {
  if (items.length === 0) return;
  // One JSON parameter for all rows: a short statement whatever the number of rows.
  const rows = items.map((n) => ({
    id: uuidv7(),
    r: n.recipientId,
    k: n.kind,
    z: n.title.zh,
    e: n.title.en,
    l: n.link,
  }));
  await tx.execute(sql`
    insert into notifications (id, recipient_id, kind, title_zh, title_en, link, created_at)
    select u.id, u.r, u.k, u.z, u.e, u.l, ${at.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as u(id uuid, r uuid, k text, z text, e text, l text)`);
}
