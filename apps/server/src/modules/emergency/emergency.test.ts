import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, USER_PASSWORD } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { emergencyActions } from './emergency.table';

const action = (overrides: Record<string, unknown> = {}) => ({
  title: '核心交换机故障，临时切换备用线路',
  description: '启用备用运营商线路并临时扩容带宽。',
  reason: '生产系统中断，无法等待审批。',
  actedAt: '2026-03-02T01:30:00Z',
  ...overrides,
});

interface Emergency {
  id: string;
  title: string;
  reference: string;
  status: string;
  overdue: boolean;
  reportedLate: boolean;
  reportDueAt: string;
  approvalId: string | null;
  version: number;
  permissions: string[];
}

describe('emergency act-first (R1.3)', () => {
  let t: TestApp;
  let admin: TestSession;
  let pm: TestSession;
  let otherPm: TestSession;
  let director: TestSession;
  let finance: TestSession;
  let first: Emergency;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    pm = (await createSignedInUser(t, admin, 'emergency.pm', ['project_manager'])).session;
    otherPm = (await createSignedInUser(t, admin, 'other.pm', ['project_manager'])).session;
    director = (await createSignedInUser(t, admin, 'emergency.director', ['director'])).session;
    finance = (await createSignedInUser(t, admin, 'emergency.finance', ['finance'])).session;
  });
  afterAll(async () => t.close());

  it('records the action with a report deadline the organisation hours after it, audited', async () => {
    const res = await pm.post('/api/v1/emergency-actions', action());
    expect(res.statusCode).toBe(201);
    first = res.json();
    expect(first).toMatchObject({
      reference: 'EA-2026-0001',
      status: 'report-due',
      overdue: false,
      reportDueAt: '2026-03-03T01:30:00.000Z',
      permissions: ['read', 'submit-report'],
    });
    expect((await auditEventsOf(t.db, 'emergency-action', first.id)).map((e) => e.action)).toEqual([
      'emergency-action.create',
    ]);
  });

  it('refuses an action in the future or with an unknown vendor, writing nothing', async () => {
    const before = await t.db.select({ n: count() }).from(emergencyActions);
    const res = await pm.post(
      '/api/v1/emergency-actions',
      action({ actedAt: '2026-03-02T03:00:00Z', vendorId: '0190c0de-0000-7000-8000-000000000001' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'actedAt', message: '不能晚于当前时间。' },
      { path: 'vendorId', message: '供应商不存在。' },
    ]);
    expect(await t.db.select({ n: count() }).from(emergencyActions)).toEqual(before);
    expect((await finance.post('/api/v1/emergency-actions', action())).statusCode).toBe(403);
  });

  it('shows an action to its reporter and to overseers only', async () => {
    expect((await otherPm.get(`/api/v1/emergency-actions/${first.id}`)).statusCode).toBe(404);
    expect((await otherPm.get('/api/v1/emergency-actions')).json().total).toBe(0);
    expect((await finance.get(`/api/v1/emergency-actions/${first.id}`)).statusCode).toBe(404);
    expect((await finance.get('/api/v1/emergency-actions')).json().total).toBe(0);
    const seen = await director.get(`/api/v1/emergency-actions/${first.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual(['read']);
  });

  it('takes a new deadline from the settings for new actions only', async () => {
    const settings = (await admin.get('/api/v1/org-settings')).json();
    expect(settings.emergencyReportHours).toBe(24);
    const patched = await admin.patch('/api/v1/org-settings', { version: settings.version, emergencyReportHours: 4 });
    expect(patched.statusCode).toBe(200);
    const bad = await admin.patch('/api/v1/org-settings', { version: settings.version + 1, emergencyReportHours: 0 });
    expect(bad.statusCode).toBe(400);
    const second = (
      await pm.post(
        '/api/v1/emergency-actions',
        action({ title: '数据库主库宕机切换', actedAt: '2026-03-02T01:45:00Z' }),
      )
    ).json();
    expect(second.reportDueAt).toBe('2026-03-02T05:45:00.000Z');
    expect((await pm.get(`/api/v1/emergency-actions/${first.id}`)).json().reportDueAt).toBe('2026-03-03T01:30:00.000Z');
  });

  it('lets only the reporter file the report, once, with the version they read', async () => {
    const report = { version: first.version, report: '故障原因为光模块损坏，已更换。' };
    expect((await otherPm.post(`/api/v1/emergency-actions/${first.id}/report`, report)).statusCode).toBe(404);
    const stale = await pm.post(`/api/v1/emergency-actions/${first.id}/report`, { ...report, version: 99 });
    expect(stale.statusCode).toBe(409);
    const res = await pm.post(`/api/v1/emergency-actions/${first.id}/report`, report);
    expect(res.statusCode).toBe(200);
    first = res.json();
    expect(first).toMatchObject({ status: 'reported', reportedLate: false, permissions: ['read'] });
    expect(first.approvalId).toEqual(expect.any(String));
    const again = await pm.post(`/api/v1/emergency-actions/${first.id}/report`, { ...report, version: first.version });
    expect(again.statusCode).toBe(409);
  });

  it("sends the report to the director's inbox; acknowledging it closes the action", async () => {
    const tasks = (await director.get('/api/v1/approval-tasks?status=open')).json();
    const task = tasks.items.find((x: { approvalId: string }) => x.approvalId === first.approvalId);
    expect(task).toBeDefined();
    const decided = await director.post(`/api/v1/approval-tasks/${task.id}/decisions`, {
      decision: 'approve',
      comment: '已阅。',
    });
    expect(decided.statusCode).toBe(200);
    const after = (await pm.get(`/api/v1/emergency-actions/${first.id}`)).json();
    expect(after).toMatchObject({ status: 'acknowledged', acknowledgedBy: { displayName: 'emergency.director' } });
    const rows = await t.db.select().from(emergencyActions).where(eq(emergencyActions.id, first.id));
    expect(rows[0]?.acknowledgedAt?.toISOString()).toBe(t.clock.now().toISOString());
  });
  it('puts a report the director rejects back to due, for the reporter to file again', async () => {
    const third = (
      await pm.post('/api/v1/emergency-actions', action({ title: '网络设备紧急更换', actedAt: '2026-03-02T01:50:00Z' }))
    ).json();
    const filed = (
      await pm.post(`/api/v1/emergency-actions/${third.id}/report`, { version: third.version, report: '已更换。' })
    ).json();
    const tasks = (await director.get('/api/v1/approval-tasks?status=open')).json();
    const task = tasks.items.find((x: { approvalId: string }) => x.approvalId === filed.approvalId);
    const rejected = await director.post(`/api/v1/approval-tasks/${task.id}/decisions`, {
      decision: 'reject',
      comment: '请补充影响范围。',
    });
    expect(rejected.statusCode).toBe(200);
    const after = (await pm.get(`/api/v1/emergency-actions/${third.id}`)).json();
    expect(after).toMatchObject({ status: 'report-due', approvalId: null, permissions: ['read', 'submit-report'] });
    expect((await auditEventsOf(t.db, 'emergency-action', third.id)).map((e) => e.action)).toEqual([
      'emergency-action.create',
      'emergency-action.report',
      'emergency-action.report-returned',
    ]);
  });

  it('flags a report overdue once its deadline passes, and lists overdue ones for the director', async () => {
    // Sessions end after 30 idle minutes: sign in again at the later time.
    t.clock.set('2026-03-03T02:00:00Z');
    const later = await signIn(t.app, 'emergency.director', USER_PASSWORD);
    const list = (await later.get('/api/v1/emergency-actions?overdue=true')).json();
    expect(list.items.map((a: Emergency) => [a.title, a.overdue])).toEqual([
      ['网络设备紧急更换', true],
      ['数据库主库宕机切换', true],
    ]);
    const all = (await later.get('/api/v1/emergency-actions?sort=actedAt')).json();
    expect(all.items.map((a: Emergency) => [a.status, a.overdue])).toEqual([
      ['acknowledged', false],
      ['report-due', true],
      ['report-due', true],
    ]);
  });
});
