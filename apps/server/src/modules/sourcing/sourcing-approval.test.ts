import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, type Detail } from '../../platform/workflow/workflow-test-support';
import { createSourcingVia, type SourcingJson } from './sourcing-test-support';

type StagedDetail = Detail & { stages: { key: string; status: string }[]; context?: Record<string, unknown> };

describe('procurement approval: returns and budgets in other currencies (R2.2, R1.4)', () => {
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

    // The budget grows while returned: the resumed approval sees the new amount (the director is needed now).
    const edited = await pm.patch(url, { version: returned.version, budgetAmount: '800000' });
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
    expect((await stagesOf(approvalId as string))[2]).toEqual(['director', 'active']);
    await approve(approvalId as string, cast.director);
    await approve(approvalId as string, cast.executive);
    expect((await pm.get(url)).json()).toMatchObject({ status: 'approved', budgetAmountCny: '800000.00' });
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

  it('compares a USD budget by its CNY equivalent: above the threshold adds the director; the rate is kept', async () => {
    // 80 000 USD × 7.1 = 568 000 CNY ≥ 500 000: the director's stage is needed although 80 000 < 500 000.
    const sr = await createSourcingVia(pm, { budgetAmount: '80000', budgetCurrency: 'USD' });
    const submitted = (await pm.post(`/api/v1/sourcing-requests/${sr.id}/submit`, { version: sr.version })).json();
    expect(submitted).toMatchObject({
      status: 'in-approval',
      budgetAmount: '80000.00',
      budgetCurrency: 'USD',
      budgetRateToCny: '7.100000',
      budgetAmountCny: '568000.00',
    });
    await approve(submitted.approvalId, cast.head);
    await approve(submitted.approvalId, cast.finance);
    expect(await stagesOf(submitted.approvalId)).toEqual([
      ['department-head', 'approved'],
      ['finance', 'approved'],
      ['director', 'active'],
      ['executive', 'waiting'],
    ]);
    const audit = (await auditEventsOf(t.db, 'sourcing-request', sr.id)).at(-1);
    expect(JSON.stringify(audit)).toContain('568000.00');

    // 60 000 HKD × 0.91 = 54 600 CNY: no director.
    const small = await createSourcingVia(pm, { budgetAmount: '60000', budgetCurrency: 'HKD' });
    const done = (await pm.post(`/api/v1/sourcing-requests/${small.id}/submit`, { version: small.version })).json();
    expect(done).toMatchObject({ budgetRateToCny: '0.910000', budgetAmountCny: '54600.00' });
    await approve(done.approvalId, cast.head);
    await approve(done.approvalId, cast.finance);
    expect((await stagesOf(done.approvalId)).map(([, s]) => s)).toEqual(['approved', 'approved', 'skipped', 'active']);

    // The largest budget at a high rate still converts (no overflow, no 500).
    const huge = await createSourcingVia(pm, { budgetAmount: '9999999999999999.99', budgetCurrency: 'GBP' });
    const hugeRes = await pm.post(`/api/v1/sourcing-requests/${huge.id}/submit`, { version: huge.version });
    expect(hugeRes.statusCode, hugeRes.body).toBe(200);
    expect(hugeRes.json().budgetAmountCny).toBe('90499999999999999.91');
  });

  it('an administrator edits the rates (versioned, audited); a currency without a rate is refused (422)', async () => {
    const list = (await pm.get('/api/v1/exchange-rates')).json();
    expect(list.base).toBe('CNY');
    expect(list.items.map((r: { currency: string }) => r.currency)).toEqual(['EUR', 'GBP', 'HKD', 'JPY', 'USD']);
    const jpy = list.items.find((r: { currency: string }) => r.currency === 'JPY');
    expect(jpy).toMatchObject({ rateToCny: '0.047500', version: 1 });
    expect((await pm.put('/api/v1/exchange-rates/JPY', { rateToCny: null, version: 1 })).statusCode).toBe(403);
    const bad = await admin.put('/api/v1/exchange-rates/JPY', { rateToCny: '-1', version: 1 });
    expect(bad.statusCode).toBe(400);
    expect((await admin.put('/api/v1/exchange-rates/CNY', { rateToCny: '1', version: 1 })).statusCode).toBe(400);
    const cleared = await admin.put('/api/v1/exchange-rates/JPY', { rateToCny: null, version: 1 });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ currency: 'JPY', rateToCny: null, version: 2 });
    expect((await admin.put('/api/v1/exchange-rates/JPY', { rateToCny: '0.05', version: 1 })).statusCode).toBe(409);

    const sr = await createSourcingVia(pm, { budgetAmount: '9000000', budgetCurrency: 'JPY' });
    const refused = await pm.post(`/api/v1/sourcing-requests/${sr.id}/submit`, { version: sr.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'exchange_rate_missing', currency: 'JPY' });
    expect((await pm.get(`/api/v1/sourcing-requests/${sr.id}`)).json()).toMatchObject({
      status: 'draft',
      approvalId: null,
      budgetRateToCny: null,
    });

    const set = await admin.put('/api/v1/exchange-rates/JPY', { rateToCny: '0.048', version: 2 });
    expect(set.json()).toMatchObject({ rateToCny: '0.048000', version: 3 });
    const ok = (await pm.post(`/api/v1/sourcing-requests/${sr.id}/submit`, { version: sr.version })).json();
    expect(ok).toMatchObject({ status: 'in-approval', budgetRateToCny: '0.048000', budgetAmountCny: '432000.00' });
    expect((await auditEventsOf(t.db, 'exchange-rate', 'JPY')).map((e) => e.action)).toEqual([
      'exchange-rate.clear',
      'exchange-rate.set',
    ]);
  });
});
