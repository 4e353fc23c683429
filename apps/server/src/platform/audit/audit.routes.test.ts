import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { createTestUser, TEST_USER_PASSWORD } from '../../test/test-users';
import { recordAudit } from './audit';

describe('audit events API', () => {
  let t: TestApp;
  let auditor: TestSession;
  let pm: TestSession;
  let pmId: string;

  const write = (n: number, recordId: string, action: string, extra: { actorId?: string; name?: string } = {}) =>
    t.db.transaction((tx) =>
      recordAudit(
        tx,
        {
          actorId: extra.actorId ?? null,
          actorName: extra.name ?? 'tester',
          requestId: `req-${n}`,
          ip: '10.0.0.7',
          at: new Date(Date.UTC(2026, 0, n, 8)),
        },
        { action, recordType: 'thing', recordId, before: { n: n - 1 }, after: { n } },
      ),
    );

  beforeAll(async () => {
    t = await createTestApp();
    // Things: "visible-*" may be read by everyone, anything else by nobody but auditors.
    t.recordReaders.register('thing', async (_db, _actor, id) => id.startsWith('visible-'));
    await createTestUser(t.db, 'auditor.wang', ['auditor']);
    pmId = await createTestUser(t.db, 'pm.zhao', ['project_manager']);
    auditor = await signIn(t.app, 'auditor.wang', TEST_USER_PASSWORD);
    pm = await signIn(t.app, 'pm.zhao', TEST_USER_PASSWORD);
    await write(1, 'visible-1', 'thing.create', { actorId: pmId, name: 'pm.zhao' });
    await write(2, 'visible-1', 'thing.update');
    await write(3, 'secret-1', 'thing.create');
    await write(4, 'visible-1', 'thing.update', { name: '=HYPERLINK("http://evil","x")' });
    await write(5, 'secret-1', 'thing.update');
  });
  afterAll(async () => t.close());

  it('shows an auditor every event, newest first, paged, with changes and ip', async () => {
    const res = await auditor.get('/api/v1/audit-events?recordType=thing&pageSize=2&page=1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(body.items.map((e: { recordId: string; action: string }) => `${e.recordId}:${e.action}`)).toEqual([
      'secret-1:thing.update',
      'visible-1:thing.update',
    ]);
    expect(body.items[0]).toMatchObject({
      occurredAt: '2026-01-05T08:00:00.000Z',
      changes: { n: { from: 4, to: 5 } },
      requestId: 'req-5',
      ip: '10.0.0.7',
      actorName: 'tester',
    });
    expect(body.items[0].seq).toBeGreaterThan(body.items[1].seq);
    const page3 = (await auditor.get('/api/v1/audit-events?recordType=thing&pageSize=2&page=3')).json();
    expect(page3.items).toHaveLength(1);
    expect(page3.items[0]).toMatchObject({ recordId: 'visible-1', action: 'thing.create' });
  });

  it('filters by record, actor, action and time range (from inclusive, to exclusive)', async () => {
    const q = async (query: string) =>
      (await auditor.get(`/api/v1/audit-events?recordType=thing&${query}`))
        .json()
        .items.map((e: { requestId: string }) => e.requestId);
    expect(await q('recordId=secret-1')).toEqual(['req-5', 'req-3']);
    expect(await q(`actorId=${pmId}`)).toEqual(['req-1']);
    expect(await q('action=thing.create')).toEqual(['req-3', 'req-1']);
    expect(await q('from=2026-01-02T08:00:00Z&to=2026-01-04T08:00:00Z')).toEqual(['req-3', 'req-2']);
    expect(await q('from=2026-01-04T16:00:00%2B08:00')).toEqual(['req-5', 'req-4']);
  });

  it('refuses malformed filters with 400', async () => {
    for (const query of [
      'from=yesterday',
      'to=2026-13-01T00:00:00Z',
      'from=2026-01-05T00:00:00Z&to=2026-01-01T00:00:00Z',
      'actorId=not-a-uuid',
      'pageSize=500',
      'unknown=1',
    ]) {
      const res = await auditor.get(`/api/v1/audit-events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe('validation_failed');
    }
  });

  it('lets a user without audit:read see only the history of a record they may read', async () => {
    const noScope = await pm.get('/api/v1/audit-events');
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json().code).toBe('audit_scope_required');
    expect((await pm.get('/api/v1/audit-events?recordType=thing')).json().code).toBe('audit_scope_required');

    const own = await pm.get('/api/v1/audit-events?recordType=thing&recordId=visible-1');
    expect(own.statusCode).toBe(200);
    expect(own.json().total).toBe(3);
    expect(own.json().items.every((e: { recordId: string; ip: unknown }) => e.recordId === 'visible-1')).toBe(true);
    expect(own.json().items[0].ip).toBeNull();

    expect((await pm.get('/api/v1/audit-events?recordType=thing&recordId=secret-1')).statusCode).toBe(404);
    expect((await pm.get('/api/v1/audit-events?recordType=nothing&recordId=visible-1')).statusCode).toBe(404);
    expect((await pm.get('/api/v1/audit-events/export?recordType=thing&recordId=secret-1')).statusCode).toBe(404);
    expect((await pm.get('/api/v1/audit-events/export')).statusCode).toBe(403);
  });

  it('needs a signed-in caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events' });
    expect(res.statusCode).toBe(401);
  });

  it('exports the same filter as xlsx with formulas neutralised', async () => {
    const res = await auditor.get('/api/v1/audit-events/export?recordType=thing&recordId=visible-1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('audit-events.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain('Action');
    const first = sheet.getRow(2).values as unknown[];
    expect(first).toContain('\'=HYPERLINK("http://evil","x")');
    expect(first).toContain('10.0.0.7');
    expect(first).toContain(JSON.stringify({ n: { from: 3, to: 4 } }));
    expect(sheet.getRow(4).values as unknown[]).toContain('thing.create');

    const scoped = await pm.get('/api/v1/audit-events/export?recordType=thing&recordId=visible-1');
    expect(scoped.statusCode).toBe(200);
    const pmBook = new ExcelJS.Workbook();
    await pmBook.xlsx.load(scoped.rawPayload as unknown as ArrayBuffer);
    expect(pmBook.worksheets[0]!.rowCount).toBe(4);
    expect(pmBook.worksheets[0]!.getRow(2).values as unknown[]).not.toContain('10.0.0.7');
  });
});
