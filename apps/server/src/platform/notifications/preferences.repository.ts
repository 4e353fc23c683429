import { DEFAULT_CHANNEL_SWITCHES, type ChannelSwitches } from '@thirdline/shared/notifications/notifications.schemas';
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

interface PreferenceRow {
  user_id: string;
  kind: string;
  in_app: boolean;
  email: boolean;
  chat: boolean;
}

const switchesOf = (r: PreferenceRow): ChannelSwitches => ({ inApp: r.in_app, email: r.email, chat: r.chat });

/** The channels each (user, kind) wants, in one query for a whole batch of notifications. */
export async function loadSwitches(
  db: Executor,
  userIds: string[],
  kinds: string[],
): Promise<(userId: string, kind: string) => ChannelSwitches> {
  const rows = await queryRows<PreferenceRow>(
    db,
    sql`select user_id, kind, in_app, email, chat from notification_preferences
        where user_id in (select jsonb_array_elements_text(${JSON.stringify([...new Set(userIds)])}::jsonb)::uuid)
          and kind in (select jsonb_array_elements_text(${JSON.stringify([...new Set(kinds)])}::jsonb))`,
  );
  const byKey = new Map(rows.map((r) => [`${r.user_id}\u0000${r.kind}`, switchesOf(r)]));
  return (userId, kind) => byKey.get(`${userId}\u0000${kind}`) ?? DEFAULT_CHANNEL_SWITCHES;
}

/** A user's stored choices, by kind (kinds without a row use the defaults). */
export async function findPreferences(db: Executor, userId: string): Promise<Map<string, ChannelSwitches>> {
  const rows = await queryRows<PreferenceRow>(
    db,
    sql`select user_id, kind, in_app, email, chat from notification_preferences where user_id = ${userId}`,
  );
  return new Map(rows.map((r) => [r.kind, switchesOf(r)]));
}

export async function savePreferences(
  db: Executor,
  userId: string,
  channels: Record<string, ChannelSwitches>,
  at: Date,
): Promise<void> {
  const rows = Object.entries(channels).map(([k, s]) => ({ k, i: s.inApp, e: s.email, c: s.chat }));
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into notification_preferences (user_id, kind, in_app, email, chat, updated_at)
    select ${userId}::uuid, u.k, u.i, u.e, u.c, ${at.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as u(k text, i boolean, e boolean, c boolean)
    on conflict (user_id, kind) do update
      set in_app = excluded.in_app, email = excluded.email, chat = excluded.chat, updated_at = excluded.updated_at`);
}
