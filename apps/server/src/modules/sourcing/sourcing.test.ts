import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, type Detail } from '../../platform/workflow/workflow-test-support';
import { sourcingBody, createSourcingVia, type SourcingJson } from './sourcing-test-support';
import { sourcingRequests } from './sourcing.table';

describe('sourcing requests (R2.1, R2.2)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let pm: TestSession;
  let otherPm: TestSession;
  let vendorContact: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'sr');
    pm = cast.submitter.session;
    const other = await admin.post('/api/v1/departments', { name: '市场部' });
    otherPm = (
      await createSignedInUser(t, admin, 'sr-other-pm', ['project_manager'], { departmentId: other.json().id })
    ).session;
    vendorContact = (await createSignedInUser(t, admin, 'sr-vendor', ['vendor_contact'])).session;
  });
  afterAll(() => t.close());

  const approveAll = async (approvalId: string, people: { id: string; session: TestSession }[]) => {
    for (const who of people) {
      const res = await decide(who.session, await openTaskOf(who.session, approvalId, who.id), {
        decision: 'approve',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  };

  it('raises a draft SR-YYYY-NNNN in the caller’s department with every field, audited', async () => {
    const res = await pm.post('/api/v1/sourcing-requests', sourcingBody());
    expect(res.statusCode, res.body).toBe(201);
    const sr = res.json() as SourcingJson;
    expect(sr).toMatchObject({
      reference: 'SR-2026-0001',
      status: 'draft',
      department: { id: cast.departmentId, name: 'sr 信息技术部' },
      budgetAmount: '300000.00',
      budgetCurrency: 'CNY',
      outsourcingCategory: 'operations',
      urgency: 'high',
      riskLevel: 'medium',
      serviceLevelNeeds: 'P1 故障 15 分钟响应，4 小时恢复',
      allowedNext: ['in-approval', 'cancelled'],
      permissions: ['edit', 'submit', 'cancel', 'edit-spec'],
    });
    expect((await auditEventsOf(t.db, 'sourcing-request', sr.id)).map((e) => e.action)).toEqual([
      'sourcing-request.create',
    ]);
    expect((await createSourcingVia(pm)).reference).toBe('SR-2026-0002');
  });

  it('refuses bad input with field paths and writes nothing; 403 without sourcing:write', async () => {
    const [before] = await t.db.select({ n: count() }).from(sourcingRequests);
    const bad = await pm.post('/api/v1/sourcing-requests', sourcingBody({ budgetAmount: '-5', urgency: 'asap' }));
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'body.budgetAmount',
      'body.urgency',
    ]);
    const dept = await pm.post(
      '/api/v1/sourcing-requests',
      sourcingBody({ departmentId: '0190c0de-0000-7000-8000-000000000001' }),
    );
    expect(dept.statusCode).toBe(400);
    expect(dept.json().errors).toEqual([{ path: 'departmentId', message: '部门不存在。' }]);
    expect((await cast.finance.session.post('/api/v1/sourcing-requests', sourcingBody())).statusCode).toBe(403);
    const [after] = await t.db.select({ n: count() }).from(sourcingRequests);
    expect(after).toEqual(before);
  });

  it('lists with filters for sourcing:read holders, 403 for others, 404 for an unknown id', async () => {
    await createSourcingVia(pm, { title: '数据中心安全评估', outsourcingCategory: 'security', riskLevel: 'high' });
    const all = (await cast.finance.session.get('/api/v1/sourcing-requests?sort=reference')).json();
    expect(all.total).toBe(3);
    expect(all.items.map((i: SourcingJson) => i.reference)).toEqual(['SR-2026-0001', 'SR-2026-0002', 'SR-2026-0003']);
    expect(all.items[0].permissions).toEqual([]);
    const security = (await pm.get('/api/v1/sourcing-requests?outsourcingCategory=security&riskLevel=high')).json();
    expect(security.items.map((i: SourcingJson) => i.title)).toEqual(['数据中心安全评估']);
    expect((await pm.get('/api/v1/sourcing-requests?q=安全评估')).json().total).toBe(1);
    expect(
      (await pm.get(`/api/v1/sourcing-requests?departmentId=${cast.departmentId}&status=draft`)).json().total,
    ).toBe(3);
    expect((await pm.get('/api/v1/sourcing-requests?status=awarded')).json().total).toBe(0);
    expect((await vendorContact.get('/api/v1/sourcing-requests')).statusCode).toBe(403);
    expect((await vendorContact.get(`/api/v1/sourcing-requests/${all.items[0].id}`)).statusCode).toBe(403);
    expect((await pm.get('/api/v1/sourcing-requests/0190c0de-0000-7000-8000-000000000001')).statusCode).toBe(404);
  });

  it('edits a draft with its version; stale → 409, another department → 403', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const ok = await pm.patch(url, { version: sr.version, budgetAmount: '450000', title: '运维外包（扩容）' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ budgetAmount: '450000.00', title: '运维外包（扩容）', version: 2 });
    expect((await pm.patch(url, { version: 1, title: '旧' })).statusCode).toBe(409);
    const foreign = await otherPm.patch(url, { version: 2, title: '别人的' });
    expect(foreign.statusCode).toBe(403);
    expect((await otherPm.get(url)).json().permissions).toEqual([]);
    expect((await pm.get(url)).json().title).toBe('运维外包（扩容）');
  });

  it('goes department head → finance → executive and is approved; then sourcing', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const submitted = await pm.post(`${url}/submit`, { version: sr.version, comment: '请审批' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const body = submitted.json() as SourcingJson;
    expect(body).toMatchObject({ status: 'in-approval', permissions: ['edit-spec'] });
    const detail = (await pm.get(`/api/v1/approvals/${body.approvalId}`)).json() as Detail & {
      stages: { key: string; status: string }[];
    };
    expect(detail.stages.map((s) => [s.key, s.status])).toEqual([
      ['department-head', 'active'],
      ['finance', 'waiting'],
      ['director', 'waiting'],
      ['executive', 'waiting'],
    ]);
    expect((await pm.patch(url, { version: body.version, title: 'x' })).statusCode).toBe(409);
    await approveAll(body.approvalId as string, [cast.head, cast.finance, cast.executive]);
    const finished = (await pm.get(`/api/v1/approvals/${body.approvalId}`)).json() as typeof detail;
    expect(finished.stages.map((s) => s.status)).toEqual(['approved', 'approved', 'skipped', 'approved']);
    const approved = (await pm.get(url)).json() as SourcingJson;
    expect(approved).toMatchObject({ status: 'approved', allowedNext: ['sourcing', 'cancelled'] });
    expect(approved.permissions).toContain('start-sourcing');
    const audit = await auditEventsOf(t.db, 'sourcing-request', sr.id);
    expect(audit.at(-1)).toMatchObject({ action: 'sourcing-request.approve', actorId: cast.executive.id });
    const started = await pm.post(`${url}/transition`, { version: approved.version, to: 'sourcing' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'sourcing', allowedNext: ['awarded', 'cancelled'] });
    expect(started.json().permissions).toContain('manage-candidates');
  });

  it('needs the director too from 500 000; a rejection is final', async () => {
    const sr = await createSourcingVia(pm, { budgetAmount: '800000' });
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const { approvalId, version } = (await pm.post(`${url}/submit`, { version: sr.version })).json() as SourcingJson;
    await approveAll(approvalId as string, [cast.head, cast.finance]);
    const task = await openTaskOf(cast.director.session, approvalId as string, cast.director.id);
    expect((await decide(cast.director.session, task, { decision: 'reject', comment: '预算过高' })).statusCode).toBe(
      200,
    );
    const rejected = (await pm.get(url)).json() as SourcingJson;
    expect(rejected).toMatchObject({ status: 'rejected', allowedNext: [], permissions: [] });
    const again = await pm.post(`${url}/submit`, { version: version + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'illegal_transition', from: 'rejected', allowedNext: [] });
  });

  it('a returned-and-withdrawn approval makes the request returned: edited and submitted again', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const { approvalId } = (await pm.post(`${url}/submit`, { version: sr.version })).json() as SourcingJson;
    const task = await openTaskOf(cast.head.session, approvalId as string, cast.head.id);
    expect((await decide(cast.head.session, task, { decision: 'return', comment: '补充 SLA' })).statusCode).toBe(200);
    expect((await pm.post(`/api/v1/approvals/${approvalId}/withdraw`, { comment: '修改后再提' })).statusCode).toBe(200);
    const returned = (await pm.get(url)).json() as SourcingJson;
    expect(returned).toMatchObject({ status: 'returned', allowedNext: ['in-approval', 'cancelled'] });
    const edited = await pm.patch(url, { version: returned.version, serviceLevelNeeds: 'P1 10 分钟响应' });
    expect(edited.statusCode).toBe(200);
    const resubmitted = await pm.post(`${url}/submit`, { version: edited.json().version });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json().status).toBe('in-approval');
    expect(resubmitted.json().approvalId).not.toBe(approvalId);
  });

  it('cancels with a reason only; illegal moves get 409 with allowedNext', async () => {
    const sr = await createSourcingVia(pm);
    const url = `/api/v1/sourcing-requests/${sr.id}`;
    const noReason = await pm.post(`${url}/transition`, { version: sr.version, to: 'cancelled' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reason', message: '必填。' }]);
    const early = await pm.post(`${url}/transition`, { version: sr.version, to: 'sourcing' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ from: 'draft', to: 'sourcing', allowedNext: ['in-approval', 'cancelled'] });
    expect(
      (await otherPm.post(`${url}/transition`, { version: sr.version, to: 'cancelled', reason: 'x' })).statusCode,
    ).toBe(403);
    const cancelled = await pm.post(`${url}/transition`, { version: sr.version, to: 'cancelled', reason: '需求取消' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '需求取消', allowedNext: [] });
    expect((await pm.patch(url, { version: cancelled.json().version, title: 'x' })).statusCode).toBe(409);
  });
});
