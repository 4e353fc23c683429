import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../db/client';
import { auditChainHead, auditEvents } from './audit.table';
import { eventHash } from './canonical';
import { diffRecords, type Changes } from './diff';

/** Who did it, from where, and when: taken from the request (or a job) once and passed to every command. */
export interface AuditContext {
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
  ip: string | null;
  at: Date;
}

export interface AuditEventInput {
  action: string;
  recordType: string;
  recordId: string;
  before?: object | null;
  after?: object | null;
  /** Extra facts for actions that change no field (e.g. a sign-in, opening an archive). */
  details?: Record<string, unknown>;
}

/**
 * Appends one event to the hash chain. Call it inside the transaction that makes the change,
 * so the change and its audit event commit (or roll back) together.
 */
export async function recordAudit(tx: Executor, ctx: AuditContext, input: AuditEventInput): Promise<void> {
  await recordAudits(tx, ctx, [input]);
}

/** Events one insert statement carries when many are appended at once. */
const AUDIT_BATCH = 500;

/**
 * Appends several events to the hash chain in order, locking the chain head once (a bulk import audits every
 * record it creates). Same rules as `recordAudit`: call it inside the transaction that makes the changes.
 */
export async function recordAudits(tx: Executor, ctx: AuditContext, inputs: readonly AuditEventInput[]): Promise<void> {
  if (inputs.length === 0) return;
  // Locking the head row serialises appends across transactions and instances until the caller commits.
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  if (!head) throw new Error('audit chain head is missing: migrations not applied');
  let { seq, hash } = head;
  let batch: (typeof auditEvents.$inferInsert)[] = [];
  for (const input of inputs) {
    const changes: Changes | Record<string, unknown> = {
      ...diffRecords(input.before, input.after),
      ...(input.details ? { _details: { from: null, to: JSON.parse(JSON.stringify(input.details)) } } : {}),
    };
    const content = {
      seq: seq + 1,
      id: uuidv7(),
      occurredAt: ctx.at,
      actorId: ctx.actorId,
      actorName: ctx.actorName,
      action: input.action,
      recordType: input.recordType,
      recordId: input.recordId,
      changes,
      requestId: ctx.requestId,
      ip: ctx.ip,
      prevHash: hash,
    };
    seq = content.seq;
    hash = eventHash(content);
    batch.push({ ...content, hash });
    if (batch.length === AUDIT_BATCH) {
      await tx.insert(auditEvents).values(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await tx.insert(auditEvents).values(batch);
  await tx.update(auditChainHead).set({ seq, hash }).where(eq(auditChainHead.id, 1));
}
