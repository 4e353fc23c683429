import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { queryRows, type Executor } from '../../db/client';
import { notificationRouting } from './directory';
import { enabledChatVendors } from './channels.repository';
import { insertOutboxRows, type NewOutboxRow, type OutboxPayload } from './outbox.repository';
import { loadSwitches } from './preferences.repository';

export interface NewNotification {
  recipientId: string;
  kind: string;
  title: { zh: string; en: string };
  link: string | null;
}

/**
 * Writes notifications inside the caller's transaction: the in-app rows (unless the recipient turned in-app off
 * for the kind) and the outbox rows the delivery job sends later — an e-mail to each recipient who has an address
 * and wants e-mail for the kind (when SMTP is configured), and one message per enabled chat robot for each
 * distinct notification at least one recipient wants in chat.
 */
export async function insertNotifications(tx: Executor, items: NewNotification[], at: Date): Promise<void> {
  if (items.length === 0) return;
  const switches = await loadSwitches(
    tx,
    items.map((n) => n.recipientId),
    items.map((n) => n.kind),
  );
  await insertInApp(
    tx,
    items.filter((n) => switches(n.recipientId, n.kind).inApp),
    at,
  );
  const outbox = [
    ...(await emailRows(
      tx,
      items.filter((n) => switches(n.recipientId, n.kind).email),
    )),
    ...(await chatRows(
      tx,
      items.filter((n) => switches(n.recipientId, n.kind).chat),
    )),
  ];
  await insertOutboxRows(tx, outbox, at);
}

async function insertInApp(tx: Executor, items: NewNotification[], at: Date): Promise<void> {
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

function payloadOf(n: NewNotification): OutboxPayload {
  return { kind: n.kind, title: n.title, link: n.link };
}

async function emailRows(tx: Executor, items: NewNotification[]): Promise<NewOutboxRow[]> {
  const { directory, emailEnabled } = notificationRouting();
  if (!emailEnabled || !directory || items.length === 0) return [];
  const people = await directory.recipients(tx, [...new Set(items.map((n) => n.recipientId))]);
  return items.flatMap((n) => {
    const person = people.get(n.recipientId);
    return person?.active && person.email
      ? [{ channel: 'email', recipientId: n.recipientId, payload: payloadOf(n) }]
      : [];
  });
}

/** A group robot posts a notification once, however many of its recipients want it in chat. */
async function chatRows(tx: Executor, items: NewNotification[]): Promise<NewOutboxRow[]> {
  if (items.length === 0) return [];
  const vendors = await enabledChatVendors(tx);
  if (vendors.length === 0) return [];
  const distinct = new Map<string, NewNotification>();
  for (const n of items) distinct.set(JSON.stringify([n.kind, n.title.zh, n.link]), n);
  return [...distinct.values()].flatMap((n) =>
    vendors.map((channel) => ({ channel, recipientId: null, payload: payloadOf(n) })),
  );
}

export interface NotificationRow {
  id: string;
  kind: string;
  title_zh: string;
  title_en: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export async function listNotifications(
  db: Executor,
  userId: string,
  query: { page: number; pageSize: number; unread?: boolean | undefined },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const unreadOnly = query.unread ? sql`and read_at is null` : sql``;
  const rows = await queryRows<NotificationRow>(
    db,
    sql`select id, kind, title_zh, title_en, link, created_at, read_at from notifications
        where recipient_id = ${userId} ${unreadOnly}
        order by created_at desc, id desc
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [counts] = await queryRows<{ total: number; unread: number }>(
    db,
    sql`select count(*)::int as total, count(*) filter (where read_at is null)::int as unread
        from notifications where recipient_id = ${userId}`,
  );
  const unread = counts?.unread ?? 0;
  return { rows, total: query.unread ? unread : (counts?.total ?? 0), unread };
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await queryRows<{ unread: number }>(
    db,
    sql`select count(*)::int as unread from notifications where recipient_id = ${userId} and read_at is null`,
  );
  return row?.unread ?? 0;
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Executor, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update notifications set read_at = coalesce(read_at, ${at.toISOString()}::timestamptz)
        where id = ${id} and recipient_id = ${userId} returning id`,
  );
  return rows.length > 0;
}

export async function markAllRead(db: Executor, userId: string, at: Date): Promise<void> {
  await db.execute(
    sql`update notifications set read_at = ${at.toISOString()}::timestamptz
        where recipient_id = ${userId} and read_at is null`,
  );
}
