import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditEvents } from './audit.table';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.recordType) conditions.push(eq(auditEvents.recordType, filter.recordType));
  if (filter.recordId) conditions.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.occurredAt, filter.to));
  return conditions.length ? and(...conditions) : undefined;
}

/** One page of events, newest first (by chain position). */
export async function listAuditEvents(
  db: Executor,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ items: AuditEventRow[]; total: number }> {
  const where = whereOf(filter);
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.seq))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

/** Every matching event, newest first, read in batches (keyset on seq) so an export never loads them all at once. */
export async function* iterateAuditEvents(
  db: Executor,
  filter: AuditFilter,
  limit: number,
  batchSize = 1000,
): AsyncGenerator<AuditEventRow> {
  let before: number | undefined;
  let produced = 0;
  while (produced < limit) {
    const where = whereOf(filter);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(before === undefined ? where : and(where, lt(auditEvents.seq, before)))
      .orderBy(desc(auditEvents.seq))
      .limit(Math.min(batchSize, limit - produced));
    if (rows.length === 0) return;
    for (const row of rows) yield row;
    produced += rows.length;
    before = rows[rows.length - 1]?.seq;
  }
}
