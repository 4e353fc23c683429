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
  // Locking the head row serialises appends across transactions and instances until the caller commits.
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  if (!head) throw new Error('audit chain head is missing: migrations not applied');
  const changes: Changes | Record<string, unknown> = {
    ...diffRecords(input.before, input.after),
    ...(input.details ? { _details: { from: null, to: JSON.parse(JSON.stringify(input.details)) } } : {}),
  };
  const content = {
    seq: head.seq + 1,
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
    prevHash: head.hash,
  };
  const hash = eventHash(content);
  await tx.insert(auditEvents).values({ ...content, hash });
  await tx.update(auditChainHead).set({ seq: content.seq, hash }).where(eq(auditChainHead.id, 1));
}
