import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { notifications } from '../notifications/notifications.table';
import { approvalCast, decide, openTaskOf, startTestApproval, type Detail } from './workflow-test-support';

describe('approval workflow over HTTP', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin);
  });
  afterAll(() => t.close());

  const start = (amount: number) =>
    startTestApproval(t, {
      flowCode: 'procurement',
      submitterId: cast.submitter.id,
      departmentId: cast.departmentId,
      context: { amount },
    });

  it('runs department head → finance → executive, skipping the director below the threshold', async () => {
    const id = await start(120_000);
    const first = (await cast.submitter.session.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(first.reference).toMatch(/^AP-2026-\d{4}$/);
    expect(first.status).toBe('pending');
    expect(first.currentStageName).toEqual({ zh: '部门负责人审批', en: 'Department head' });
    expect(first.permissions).toEqual(['withdraw', 'download-form']);

    // The head sees it in the inbox, with the badge.
    const inbox = (await cast.head.session.get('/api/v1/approval-tasks')).json() as {
      items: { approvalId: string; stageName: { zh: string }; submitter: { displayName: string } }[];
      total: number;
    };
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({ approvalId: id, stageName: { zh: '部门负责人审批' } });
    expect(inbox.items[0]?.submitter.displayName).toBe('w-pm');
    expect((await cast.head.session.get('/api/v1/approval-tasks/count')).json()).toEqual({ open: 1, overdue: 0 });
    const byType = (type: string) => cast.head.session.get(`/api/v1/approval-tasks?recordType=${type}`);
    expect((await byType('test-record')).json()).toMatchObject({ total: 1 });
    expect((await byType('vendor')).json()).toMatchObject({ total: 0, items: [] });

    for (const who of [cast.head, cast.finance, cast.executive]) {
      const res = await decide(who.session, await openTaskOf(who.session, id, who.id), {
        decision: 'approve',
        comment: '同意',
      });
      expect(res.statusCode).toBe(200);
    }
    const done = (await cast.submitter.session.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(done.status).toBe('approved');
    expect(done.stages.map((s) => [s.key, s.status])).toEqual([
      ['department-head', 'approved'],
      ['finance', 'approved'],
      ['director', 'skipped'],
      ['executive', 'approved'],
    ]);
    expect(done.timeline.map((e) => e.action)).toEqual(['submitted', 'approved', 'approved', 'approved', 'completed']);
    expect((await cast.head.session.get('/api/v1/approval-tasks/count')).json()).toEqual({ open: 0, overdue: 0 });
    const history = (await cast.head.session.get('/api/v1/approval-tasks?status=done')).json() as { total: number };
    expect(history.total).toBe(1);
    // The submitter heard of the outcome.
    const mine = await t.db.select().from(notifications);
    expect(mine.filter((n) => n.recipientId === cast.submitter.id).map((n) => n.titleZh)).toContain(
      '审批已通过：测试采购申请',
    );
  });

  it('adds the director at or above the threshold', async () => {
    const id = await start(500_000);
    for (const who of [cast.head, cast.finance, cast.director, cast.executive]) {
      expect(
        (await decide(who.session, await openTaskOf(who.session, id, who.id), { decision: 'approve' })).statusCode,
      ).toBe(200);
    }
    const done = (await admin.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(done.stages.map((s) => s.status)).toEqual(['approved', 'approved', 'approved', 'approved']);
  });

  it('returns to the submitter and resumes at the returning stage on resubmission', async () => {
    const id = await start(10_000);
    await decide(cast.head.session, await openTaskOf(cast.head.session, id, cast.head.id), { decision: 'approve' });
    const financeTask = await openTaskOf(cast.finance.session, id, cast.finance.id);
    expect((await decide(cast.finance.session, financeTask, { decision: 'return' })).statusCode).toBe(400);
    const returned = await decide(cast.finance.session, financeTask, { decision: 'return', comment: '请补充报价单' });
    expect(returned.statusCode).toBe(200);
    expect((returned.json() as Detail).status).toBe('returned');

    const mine = (await cast.submitter.session.get('/api/v1/approvals?scope=mine&status=returned')).json() as {
      items: { id: string; permissions: string[] }[];
    };
    expect(mine.items.find((a) => a.id === id)?.permissions).toEqual(['withdraw', 'resubmit', 'download-form']);
    expect((await cast.head.session.post(`/api/v1/approvals/${id}/resubmit`, {})).statusCode).toBe(403);
    const again = await cast.submitter.session.post(`/api/v1/approvals/${id}/resubmit`, { comment: '已补充' });
    expect(again.statusCode).toBe(200);
    const detail = again.json() as Detail;
    expect(detail.status).toBe('pending');
    expect(detail.stages.map((s) => s.status)).toEqual(['approved', 'active', 'waiting', 'waiting']);
    // The head is not asked again; finance gets a fresh task.
    expect(detail.stages[0]?.tasks.filter((x) => x.status === 'open')).toHaveLength(0);
    expect(detail.stages[1]?.tasks.map((x) => x.status)).toEqual(['returned', 'open']);
    expect(detail.timeline.map((e) => e.action).slice(-2)).toEqual(['returned', 'resubmitted']);
  });

  it('refuses a non-assignee (403), a closed task (409) and an unknown task (404)', async () => {
    const id = await start(1);
    const task = await openTaskOf(cast.head.session, id, cast.head.id);
    const other = await decide(cast.finance.session, task, { decision: 'approve' });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'not_assignee' });
    expect((await decide(cast.head.session, task, { decision: 'approve' })).statusCode).toBe(200);
    const again = await decide(cast.head.session, task, { decision: 'reject', comment: '不同意' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'task_closed' });
    expect(
      (await decide(cast.head.session, '01890000-0000-7000-8000-000000000000', { decision: 'approve' })).statusCode,
    ).toBe(404);
    // Someone with no part in it does not see the approval.
    expect((await cast.executive.session.get(`/api/v1/approvals/${id}`)).statusCode).toBe(404);
    expect((await cast.director.session.get(`/api/v1/approvals/${id}`)).statusCode).toBe(200);
  });

  it('replays the first response for a retried Idempotency-Key and applies two racing decisions once', async () => {
    const id = await start(1);
    const task = await openTaskOf(cast.head.session, id, cast.head.id);
    const first = await decide(cast.head.session, task, { decision: 'approve', comment: '同意' }, 'key-1');
    const retry = await decide(cast.head.session, task, { decision: 'approve', comment: '同意' }, 'key-1');
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const approvals = (first.json() as Detail).timeline.filter((e) => e.action === 'approved');
    expect(approvals).toHaveLength(1);
    // The same key for another request is refused; another user's key space is their own.
    const other = await start(1);
    const reused = await decide(
      cast.head.session,
      await openTaskOf(cast.head.session, other, cast.head.id),
      {
        decision: 'approve',
      },
      'key-1',
    );
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused' });

    const financeTask = await openTaskOf(cast.finance.session, id, cast.finance.id);
    const raced = await Promise.all([
      decide(cast.finance.session, financeTask, { decision: 'approve' }),
      decide(cast.finance.session, financeTask, { decision: 'reject', comment: '驳回' }),
    ]);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const detail = (await admin.get(`/api/v1/approvals/${id}`)).json() as Detail;
    expect(detail.timeline.filter((e) => e.action === 'approved' || e.action === 'rejected')).toHaveLength(2);
  });

  it('lets the submitter withdraw, and rejects end the flow', async () => {
    const a = await start(1);
    const withdrawn = await cast.submitter.session.post(`/api/v1/approvals/${a}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(200);
    expect((withdrawn.json() as Detail).status).toBe('withdrawn');
    expect((await cast.submitter.session.post(`/api/v1/approvals/${a}/withdraw`, {})).statusCode).toBe(409);
    // The History tab: the submitter reads the approval's audit trail, an outsider does not.
    const history = `/api/v1/audit-events?recordType=approval&recordId=${a}`;
    const events = (await cast.submitter.session.get(history)).json() as { items: { action: string }[] };
    expect(events.items.map((e) => e.action)).toEqual(['approval.withdraw', 'approval.start']);
    expect((await cast.executive.session.get(history)).statusCode).toBe(404);

    const b = await start(1);
    const rejected = await decide(cast.head.session, await openTaskOf(cast.head.session, b, cast.head.id), {
      decision: 'reject',
      comment: '预算不足',
    });
    expect((rejected.json() as Detail).status).toBe('rejected');
    expect((rejected.json() as Detail).stages.map((s) => s.status)).toEqual([
      'rejected',
      'waiting',
      'waiting',
      'waiting',
    ]);
  });
});
