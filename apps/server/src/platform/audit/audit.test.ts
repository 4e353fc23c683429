import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { recordAudit, type AuditContext } from './audit';
import { auditChainHead, auditEvents } from './audit.table';
import { verifyAuditChain } from './verify';

const ctx = (n: number): AuditContext => ({
  actorId: null,
  actorName: `tester-${n}`,
  requestId: `req-${n}`,
  ip: '127.0.0.1',
  at: new Date(Date.UTC(2026, 2, 2, 2, 0, n)),
});

describe('audit hash chain', () => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase();
  });
  afterAll(async () => d.dispose());

  it('records field-level changes and keeps the chain intact', async () => {
    await d.db.transaction((tx) =>
      recordAudit(tx, ctx(1), {
        action: 'thing.update',
        recordType: 'thing',
        recordId: 'a',
        before: { name: '旧名称', size: 1, passwordHash: 'x', same: true },
        after: { name: '新名称', size: 2, passwordHash: 'y', same: true },
      }),
    );
    const [event] = await d.db.select().from(auditEvents).where(eq(auditEvents.recordId, 'a'));
    expect(event?.changes).toEqual({
      name: { from: '旧名称', to: '新名称' },
      size: { from: 1, to: 2 },
      passwordHash: { from: '[redacted]', to: '[redacted]' },
    });
    expect(await verifyAuditChain(d.db)).toEqual({ ok: true, events: 1 });
  });

  it('keeps one valid chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        d.db.transaction((tx) =>
          recordAudit(tx, ctx(i + 10), {
            action: 'thing.create',
            recordType: 'thing',
            recordId: `c${i}`,
            after: { i },
          }),
        ),
      ),
    );
    const verdict = await verifyAuditChain(d.db);
    expect(verdict).toEqual({ ok: true, events: 41 });
  });

  it('rolls the event back with the change', async () => {
    await expect(
      d.db.transaction(async (tx) => {
        await recordAudit(tx, ctx(99), {
          action: 'thing.create',
          recordType: 'thing',
          recordId: 'rolled',
          after: { x: 1 },
        });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    const rows = await d.db.select().from(auditEvents).where(eq(auditEvents.recordId, 'rolled'));
    expect(rows).toHaveLength(0);
    expect((await verifyAuditChain(d.db)).ok).toBe(true);
  });

  it('names the first altered event', async () => {
    await d.db.execute(sql`update audit_events set changes = '{"name":{"from":"a","to":"b"}}'::jsonb where seq = 5`);
    const verdict = await verifyAuditChain(d.db);
    expect(verdict).toMatchObject({ ok: false, seq: 5, reason: 'content does not match its hash' });
  });

  it('notices a deleted event, in the middle or at the end', async () => {
    const fresh = await createTestDatabase();
    try {
      for (let i = 1; i <= 4; i++) {
        await fresh.db.transaction((tx) =>
          recordAudit(tx, ctx(i), { action: 'x', recordType: 't', recordId: `r${i}`, after: { i } }),
        );
      }
      await fresh.db.delete(auditEvents).where(eq(auditEvents.seq, 4));
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, seq: 4 });
      await fresh.db.delete(auditEvents).where(eq(auditEvents.seq, 2));
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, seq: 2, reason: 'event 2 is missing' });
      const [head] = await fresh.db.select().from(auditChainHead);
      expect(head?.seq).toBe(4);
    } finally {
      await fresh.dispose();
    }
  });
});
