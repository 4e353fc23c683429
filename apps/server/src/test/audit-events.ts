import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditEvents } from '../platform/audit/audit.table';

/** The audit events of one record, oldest first. */
export async function auditEventsOf(db: Db, recordType: string, recordId: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.recordType, recordType), eq(auditEvents.recordId, recordId)))
    .orderBy(auditEvents.seq);
}
