import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../db/client';
import { addDays, toDayNumber } from '../calendar/iso-date';
import { localDate } from '../calendar/zoned-time';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository';
import { currentOffset, offsetSeries, type DueItem, type DueItemKind, type DueItemRegistry } from './due-items';

export interface ReminderScanDeps {
  db: Db;
  registry: DueItemRegistry;
  /** The organisation's time zone: it decides what "today" is. */
  timeZone: string;
}

export interface ReminderScanResult {
  today: string;
  /** Reminders due today (this instance's view). */
  due: number;
  /** Reminders this scan sent (the rest were already sent, by an earlier scan or another instance). */
  sent: number;
  notifications: number;
}

interface Candidate {
  kind: DueItemKind;
  item: DueItem;
  offsetDays: number;
  daysLeft: number;
}

const CHUNK = 10_000;

/**
 * Sends every reminder due at `now` exactly once. Each reminder is claimed by inserting its key into
 * `reminders_sent` (… on conflict do nothing returning); only the claimed ones get notifications, written in the
 * same transaction. Two instances scanning together, or a scan repeated after a restart, therefore never send a
 * reminder twice, and a crash between claim and notification leaves neither.
 */
export async function runReminderScan(deps: ReminderScanDeps, now: Date): Promise<ReminderScanResult> {
  const today = localDate(now, deps.timeZone);
  const todayNumber = toDayNumber(today);
  const candidates: Candidate[] = [];
  for (const kind of deps.registry.kinds()) {
    const series = offsetSeries(kind.offsets);
    if (series.length === 0) continue;
    const from = addDays(today, -Math.max(0, series.at(-1) ?? 0));
    const to = addDays(today, Math.max(0, -(series[0] ?? 0)));
    for (const item of await kind.listDue(deps.db, { from, to })) {
      const daysSinceDue = todayNumber - toDayNumber(item.dueDate);
      const offsetDays = currentOffset(series, daysSinceDue);
      if (offsetDays !== undefined) candidates.push({ kind, item, offsetDays, daysLeft: -daysSinceDue });
    }
  }
  // One order for every instance, so concurrent scans wait on each other's keys instead of deadlocking.
  candidates.sort((a, b) => compare(a.kind.code, b.kind.code) || compare(a.item.id, b.item.id));

  let sent = 0;
  let notificationCount = 0;
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    await deps.db.transaction(async (tx) => {
      const claimed = await claim(tx, chunk, now);
      const out: NewNotification[] = [];
      for (const c of chunk) {
        if (!claimed.has(keyOf(c.kind.code, c.item.id, c.offsetDays, c.item.dueDate))) continue;
        sent++;
        const reminder = { offsetDays: c.offsetDays, daysLeft: c.daysLeft };
        const title = c.kind.title(c.item, reminder);
        await c.kind.onSent?.(tx, c.item, reminder, now);
        for (const recipientId of new Set(c.item.recipients)) {
          out.push({ recipientId, kind: c.kind.code, title, link: c.item.link });
        }
      }
      await insertNotifications(tx, out, now);
      notificationCount += out.length;
    });
  }
  return { today, due: candidates.length, sent, notifications: notificationCount };
}

/** Claims the chunk's reminders; returns the keys this transaction inserted (the others were already sent). */
async function claim(tx: Tx, chunk: Candidate[], now: Date): Promise<Set<string>> {
  // One JSON parameter instead of five per row: a short statement to parse and bind, whatever the chunk size.
  // Rows go in a fixed order so that instances inserting the same keys wait for each other, never deadlock.
  const rows = chunk.map((c) => ({ k: c.kind.code, i: c.item.id, o: c.offsetDays, d: c.item.dueDate }));
  const claimed = await queryRows<{ kind: string; item_id: string; offset_days: number; due_date: string }>(
    tx,
    sql`insert into reminders_sent (kind, item_id, offset_days, due_date, sent_at)
        select u.k, u.i, u.o, u.d, ${now.toISOString()}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as u(k text, i text, o int, d date)
        order by u.k, u.i, u.o, u.d
        on conflict do nothing
        returning kind, item_id, offset_days, to_char(due_date, 'YYYY-MM-DD') as due_date`,
  );
  return new Set(claimed.map((r) => keyOf(r.kind, r.item_id, Number(r.offset_days), r.due_date)));
}

function keyOf(kind: string, itemId: string, offsetDays: number, dueDate: string): string {
  return `${kind}\u0000${itemId}\u0000${offsetDays}\u0000${dueDate}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
