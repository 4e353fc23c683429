import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { queryRows, type Executor } from '../../db/client';

export interface OutboxPayload {
  kind: string;
  title: { zh: string; en: string };
  link: string | null;
}

export interface NewOutboxRow {
  channel: string;
  recipientId: string | null;
  payload: OutboxPayload;
}

export interface OutboxRow {
  id: string;
  channel: string;
  recipient_id: string | null;
  payload: OutboxPayload;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export async function insertOutboxRows(tx: Executor, rows: NewOutboxRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map((r) => ({ id: uuidv7(), c: r.channel, r: r.recipientId, p: r.payload }));
  await tx.execute(sql`
    insert into notification_outbox (id, channel, recipient_id, payload, status, attempts, next_attempt_at, created_at)
    select u.id, u.c, u.r, u.p, 'pending', 0, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as u(id uuid, c text, r uuid, p jsonb)`);
}

/**
 * Claims up to `limit` rows due at `now`: counts the attempt and pushes `next_attempt_at` out by `leaseMs`, in one
 * statement over rows locked with SKIP LOCKED. Another instance neither waits for nor picks these rows; if this one
 * dies while sending, they become due again when the lease ends.
 */
export async function claimDueOutbox(db: Executor, now: Date, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  return queryRows<OutboxRow>(
    db,
    sql`update notification_outbox o set attempts = o.attempts + 1, next_attempt_at = ${lease}::timestamptz
        from (select id from notification_outbox
              where status in ('pending', 'failed') and next_attempt_at <= ${now.toISOString()}::timestamptz
              order by next_attempt_at, id limit ${limit}
              for update skip locked) due
        where o.id = due.id
        returning o.id, o.channel, o.recipient_id, o.payload, o.status, o.attempts, o.next_attempt_at,
                  o.last_error, o.created_at, o.sent_at`,
  );
}

export async function markOutboxSent(db: Executor, id: string, at: Date): Promise<void> {
  await db.execute(sql`update notification_outbox set status = 'sent', sent_at = ${at.toISOString()}::timestamptz,
    last_error = null where id = ${id}`);
}

/** Records a failed attempt: tried again at `retryAt`, or never again (`dead`) when `retryAt` is null. */
export async function markOutboxFailed(db: Executor, id: string, error: string, retryAt: Date | null): Promise<void> {
  const status = retryAt ? 'failed' : 'dead';
  await db.execute(sql`update notification_outbox set status = ${status}, last_error = ${error.slice(0, 1000)},
    next_attempt_at = coalesce(${retryAt?.toISOString() ?? null}::timestamptz, next_attempt_at) where id = ${id}`);
}

export async function listOutbox(
  db: Executor,
  query: { page: number; pageSize: number; status?: string | undefined },
): Promise<{ rows: OutboxRow[]; total: number }> {
  const where = query.status ? sql`where status = ${query.status}` : sql``;
  const rows = await queryRows<OutboxRow>(
    db,
    sql`select id, channel, recipient_id, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at
        from notification_outbox ${where} order by created_at desc, id desc
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from notification_outbox ${where}`,
  );
  return { rows, total: count?.total ?? 0 };
}

/** Puts a failed or dead row back in line now; false when there is no such row or it was sent. */
export async function retryOutboxRow(db: Executor, id: string, now: Date): Promise<OutboxRow | undefined> {
  const [row] = await queryRows<OutboxRow>(
    db,
    sql`update notification_outbox set status = 'pending', attempts = 0, next_attempt_at = ${now.toISOString()}::timestamptz
        where id = ${id} and status in ('failed', 'dead')
        returning id, channel, recipient_id, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at`,
  );
  return row;
}

export async function findOutboxRow(db: Executor, id: string): Promise<OutboxRow | undefined> {
  const [row] = await queryRows<OutboxRow>(
    db,
    sql`select id, channel, recipient_id, payload, status, attempts, next_attempt_at, last_error, created_at, sent_at
        from notification_outbox where id = ${id}`,
  );
  return row;
}
