import { asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditChainHead, auditEvents } from './audit.table';
import { eventHash, GENESIS_HASH } from './canonical';

export type ChainVerdict =
  { ok: true; events: number } | { ok: false; events: number; seq: number; id: string | null; reason: string };

/** Walks the whole chain in order and reports the first event whose link or content does not check out. */
export async function verifyAuditChain(db: Executor, batchSize = 2000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (rows.length === 0) return checkHead(db, checked, prevHash);
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, events: checked, seq: expectedSeq, id: null, reason: `event ${expectedSeq} is missing` };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, events: checked, seq: row.seq, id: row.id, reason: 'link to the previous event is broken' };
      }
      const { hash, ...content } = row;
      if (eventHash(content) !== hash) {
        return { ok: false, events: checked, seq: row.seq, id: row.id, reason: 'content does not match its hash' };
      }
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
  }
}

async function checkHead(db: Executor, checked: number, lastHash: string): Promise<ChainVerdict> {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!head) return { ok: false, events: checked, seq: 0, id: null, reason: 'the chain head is missing' };
  if (head.seq !== checked) {
    return {
      ok: false,
      events: checked,
      seq: checked + 1,
      id: null,
      reason: `event ${checked + 1} is missing (the chain head is at ${head.seq})`,
    };
  }
  if (head.hash !== lastHash) {
    return {
      ok: false,
      events: checked,
      seq: checked,
      id: null,
      reason: 'the chain head does not match the last event',
    };
  }
  return { ok: true, events: checked };
}
