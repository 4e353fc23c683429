import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, type Detail } from '../../platform/workflow/workflow-test-support';
import { createSourcingVia, type SourcingJson } from './sourcing-test-support';

type StagedDetail = Detail & { stages: { key: string; status: string }[]; context?: Record<string, unknown> };

describe('procurement approval: returns (R2.2)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let pm: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'sa');
    pm = cast.submitter.session;
  });
  afterAll(() => t.close());

  const approve = async (approvalId: string, who: { id: string; session: TestSession }) => {
    const res = await decide(who.session, await openTaskOf(who.session, approvalId, who.id), { decision: 'approve' });
    expect(res.statusCode, res.body).toBe(200);
  };
  const stagesOf = async (approvalId: string) =>
    ((await pm.get(`/api/v1/approvals/${approvalId}`)).json() as StagedDetail).stages.map((s) => [s.key, s.status]);

  it('a decider returning the request makes it returned; resubmitting it resumes the same approval', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const { approvalId, version } = (await pm.post(`${url}/submit`, { version: sr.version })).json() as SourcingJson;
    await approve(approvalId as string, cast.head);
    const task = await openTaskOf(cast.finance.session, approvalId as string, cast.finance.id);
    const back = await decide(cast.finance.session, task, { decision: 'return', comment: '请补充预算明细' });
    expect(back.statusCode, back.body).toBe(200);

    const returned = (await pm.get(url)).json() as SourcingJson;
    expect(returned).toMatchObject({
      status: 'returned',
      approvalId,
      version: version + 1,
      allowedNext: ['in-approval', 'cancelled'],
    });
    expect(returned.permissions).toEqual(expect.arrayContaining(['edit', 'submit']));
    expect((await auditEventsOf(t.db, 'sourcing-request', sr.id)).at(-1)).toMatchObject({
      action: 'sourcing-request.return',
      actorId: cast.finance.id,
    });

    const edited = await pm.patch(url, { version: returned.version, otherResources: '预算明细见附件' });
    expect(edited.statusCode, edited.body).toBe(200);
    const again = await pm.post(`${url}/submit`, { version: edited.json().version, comment: '已补充' });
    expect(again.statusCode, again.body).toBe(200);
    // The same approval resumes at the finance stage that returned it; the department head is not asked again.
    expect(again.json()).toMatchObject({ status: 'in-approval', approvalId });
    expect(await stagesOf(approvalId as string)).toEqual([
      ['department-head', 'approved'],
      ['finance', 'active'],
      ['director', 'waiting'],
      ['executive', 'waiting'],
    ]);
    const actions = (await auditEventsOf(t.db, 'sourcing-request', sr.id)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['sourcing-request.resubmit', 'sourcing-request.submit']);

    await approve(approvalId as string, cast.finance);
    await approve(approvalId as string, cast.executive);
    expect((await pm.get(url)).json()).toMatchObject({ status: 'approved' });
  });

  it('resubmitting from the approval (我的待办) also moves the returned request back to in approval', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const { approvalId } = (await pm.post(`${url}/submit`, { version: sr.version })).json() as SourcingJson;
    const task = await openTaskOf(cast.head.session, approvalId as string, cast.head.id);
    expect((await decide(cast.head.session, task, { decision: 'return', comment: '补充 SLA' })).statusCode).toBe(200);
    expect((await pm.get(url)).json().status).toBe('returned');
    const res = await pm.post(`/api/v1/approvals/${approvalId}/resubmit`, { comment: '无需修改' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await pm.get(url)).json()).toMatchObject({ status: 'in-approval', approvalId });
    // A withdrawal after a return leaves it returned; submitting then starts a new approval.
    const task2 = await openTaskOf(cast.head.session, approvalId as string, cast.head.id);
    expect((await decide(cast.head.session, task2, { decision: 'return', comment: '仍需补充' })).statusCode).toBe(200);
    expect((await pm.post(`/api/v1/approvals/${approvalId}/withdraw`, { comment: '撤回' })).statusCode).toBe(200);
    const withdrawn = (await pm.get(url)).json() as SourcingJson;
    expect(withdrawn.status).toBe('returned');
    const fresh = (await pm.post(`${url}/submit`, { version: withdrawn.version })).json() as SourcingJson;
    expect(fresh.status).toBe('in-approval');
    expect(fresh.approvalId).not.toBe(approvalId);
  });
});
