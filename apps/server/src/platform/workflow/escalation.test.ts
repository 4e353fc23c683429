import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { runReminderScan } from '../jobs/reminder-scan';
import { notifications } from '../notifications/notifications.table';
import { approvalCast, putTestFlow, startTestApproval, type Detail } from './workflow-test-support';

describe('approval task due times, reminders and escalation (fixed clock)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'e');
  });
  afterAll(() => t.close());

  const scanAt = async (iso: string) => {
    t.clock.set(iso);
    return runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  };
  const titlesOf = async (userId: string) =>
    (await t.db.select().from(notifications).where(eq(notifications.recipientId, userId))).map((n) => n.titleZh);

  it('reminds on the due day and escalates to the director the day after, once', async () => {
    await putTestFlow(t, 'timed', [
      {
        key: 'head',
        name: { zh: '部门负责人', en: 'Head' },
        assignee: { rule: 'department-head' },
        mode: 'one',
        due: { amount: 1, unit: 'working-days' },
        escalateTo: { rule: 'role', role: 'director' },
      },
    ]);
    // Friday 2026-02-13 10:00 in Shanghai: one working day later, across the Spring Festival holiday (2/15–2/23
    // off, Saturday 2/14 and 2/28 adjusted working days), is Saturday 2026-02-14, an adjusted working day.
    t.clock.set('2026-02-13T02:00:00Z');
    const id = await startTestApproval(t, {
      flowCode: 'timed',
      submitterId: cast.submitter.id,
      departmentId: cast.departmentId,
    });
    const started = (await admin.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(started.stages[0]?.tasks[0]).toMatchObject({ dueAt: '2026-02-14T16:00:00.000Z', overdue: false });

    const dueDay = await scanAt('2026-02-14T01:00:00Z');
    expect(dueDay.sent).toBeGreaterThanOrEqual(1);
    expect(await titlesOf(cast.head.id)).toContain('审批任务今天到期');
    expect((await admin.get(`/api/v1/approvals/${id}`)).json()).toMatchObject({
      stages: [{ tasks: [{ status: 'open' }] }],
    });

    await scanAt('2026-02-15T01:00:00Z');
    const escalated = (await admin.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(escalated.stages[0]?.tasks.map((x) => [x.assignee.id, x.status, x.overdue])).toEqual([
      [cast.head.id, 'open', true],
      [cast.director.id, 'open', false],
    ]);
    expect(escalated.timeline.map((e) => [e.action, e.actor])).toEqual([
      ['submitted', expect.anything()],
      ['escalated', null],
    ]);
    expect(await titlesOf(cast.director.id)).toContain('审批已超时升级：测试采购申请（部门负责人）');
    expect((await cast.head.session.get('/api/v1/approval-tasks/count')).json()).toEqual({ open: 1, overdue: 1 });
    expect((await cast.head.session.get('/api/v1/approval-tasks?overdue=true')).json()).toMatchObject({ total: 1 });
    expect((await cast.head.session.get('/api/v1/approval-tasks?overdue=false')).json()).toMatchObject({ total: 0 });

    // Scanning again (another instance, a restart) escalates nothing more.
    expect((await scanAt('2026-02-15T03:00:00Z')).sent).toBe(0);
    expect(((await admin.get(`/api/v1/approvals/${id}`)).json() as Detail).stages[0]?.tasks).toHaveLength(2);

    // The director decides the escalated stage on the head's behalf.
    const directorTask = escalated.stages[0]!.tasks[1]!;
    const res = await cast.director.session.post(`/api/v1/approval-tasks/${directorTask.id}/decisions`, {
      decision: 'approve',
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as Detail).status).toBe('approved');
  });
});
