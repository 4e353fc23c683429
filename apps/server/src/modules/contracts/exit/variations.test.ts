import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../../test/audit-events';
import type { TestApp } from '../../../test/test-app';
import { insertTestContract } from '../contract-test-support';
import { findContract } from '../contracts.repository';
import { activeContract, approveTask, exitTestApp, TEST_VENDOR_ID, type ExitCast } from './exit-test-support';

const variation = (overrides: Record<string, unknown> = {}) => ({
  reason: '业务量增加，需扩大运维范围',
  content: '增加两套核心系统的驻场运维。',
  impact: '服务水平条款附件二同步调整。',
  newAmount: '180000.00',
  newEndDate: '2027-06-30',
  ...overrides,
});

describe('contract variations (R5.5)', () => {
  let t: TestApp;
  let cast: ExitCast;

  beforeAll(async () => {
    ({ t, cast } = await exitTestApp('var'));
  });
  afterAll(async () => t.close());

  it('takes legal and finance opinions, then the variation approval; approved it becomes supplement S1 and changes the contract', async () => {
    const contract = await activeContract(t, cast, { noticePeriodDays: 30 });
    const url = `/api/v1/contracts/${contract.id}/variations`;
    const created = await cast.pm.session.post(url, variation());
    expect(created.statusCode).toBe(201);
    const v = created.json();
    expect(v).toMatchObject({
      number: 1,
      status: 'in-review',
      supplementReference: null,
      newAmount: '180000.00',
      before: { amount: '100000.00', startDate: '2026-01-01', endDate: '2026-12-31', noticePeriodDays: 30 },
      after: null,
    });
    // One at a time.
    expect((await cast.pm.session.post(url, variation())).json().code).toBe('variation_pending');

    // Only the legal role gives the legal opinion, only finance the finance one; each once.
    const opinion = (kind: string, o = 'agree') => ({ kind, opinion: o, comments: '无异议。' });
    expect((await cast.pm.session.post(`${url}/${v.id}/opinions`, opinion('legal'))).statusCode).toBe(403);
    expect((await cast.finance.session.post(`${url}/${v.id}/opinions`, opinion('legal'))).statusCode).toBe(403);
    const legal = await cast.legal.session.post(`${url}/${v.id}/opinions`, opinion('legal', 'agree-with-comments'));
    expect(legal.statusCode).toBe(200);
    expect(legal.json()).toMatchObject({ status: 'in-review', approvalId: null });
    expect((await cast.legal.session.post(`${url}/${v.id}/opinions`, opinion('legal'))).json().code).toBe(
      'opinion_already_given',
    );
    const listed = (await cast.finance.session.get(url)).json().items[0];
    expect(listed.permissions).toEqual(['opinion-finance']);
    const finance = await cast.finance.session.post(`${url}/${v.id}/opinions`, opinion('finance'));
    expect(finance.json()).toMatchObject({ status: 'in-approval', approvalId: expect.any(String) });
    expect(
      finance.json().opinions.map((o: { kind: string; by: { displayName: string } }) => [o.kind, o.by.displayName]),
    ).toEqual([
      ['legal', 'var.legal'],
      ['finance', 'var.finance'],
    ]);

    // Below 500 000 the department head alone approves.
    await approveTask(cast.head.session, finance.json().approvalId);
    const approved = (await cast.pm.session.get(url)).json().items[0];
    expect(approved).toMatchObject({
      status: 'approved',
      supplementReference: `${contract.reference}-S1`,
      before: { amount: '100000.00', endDate: '2026-12-31' },
      after: { amount: '180000.00', startDate: '2026-01-01', endDate: '2027-06-30', noticePeriodDays: 30 },
    });
    expect(await findContract(t.db, contract.id)).toMatchObject({
      amount: '180000.00',
      endDate: '2027-06-30',
      version: contract.version + 1,
    });
    const history = await auditEventsOf(t.db, 'contract', contract.id);
    const vary = history.find((e) => e.action === 'contract.vary');
    expect(vary?.changes).toMatchObject({
      amount: { from: '100000.00', to: '180000.00' },
      endDate: { from: '2026-12-31', to: '2027-06-30' },
    });
    expect((await auditEventsOf(t.db, 'contract-variation', v.id)).map((e) => e.action)).toEqual([
      'contract-variation.create',
      'contract-variation.opinion-legal',
      'contract-variation.opinion-finance',
      'contract-variation.approve',
    ]);
    // Its history is visible to contract readers.
    expect(
      (await cast.auditor.session.get(`/api/v1/audit-events?recordType=contract-variation&recordId=${v.id}`))
        .statusCode,
    ).toBe(200);

    // A second approved variation is S2; a disagreement in between closes that request without a number.
    const second = (
      await cast.pm.session.post(
        url,
        variation({ newAmount: null, newEndDate: null, newStartDate: null, content: '变更服务地点。' }),
      )
    ).json();
    const rejected = await cast.legal.session.post(`${url}/${second.id}/opinions`, opinion('legal', 'disagree'));
    expect(rejected.json()).toMatchObject({ status: 'rejected', supplementReference: null });
    const third = (await cast.pm.session.post(url, variation({ newAmount: '200000.00', newEndDate: null }))).json();
    await cast.legal.session.post(`${url}/${third.id}/opinions`, opinion('legal'));
    const inApproval = (await cast.finance.session.post(`${url}/${third.id}/opinions`, opinion('finance'))).json();
    await approveTask(cast.head.session, inApproval.approvalId);
    const items = (await cast.pm.session.get(url)).json().items;
    expect(
      items.map((x: { number: number; status: string; supplementReference: string | null }) => [
        x.number,
        x.status,
        x.supplementReference,
      ]),
    ).toEqual([
      [1, 'approved', `${contract.reference}-S1`],
      [2, 'rejected', null],
      [3, 'approved', `${contract.reference}-S2`],
    ]);
    expect(items[2].before.amount).toBe('180000.00');
    expect(items[2].after).toMatchObject({ amount: '200000.00', endDate: '2027-06-30' });
  });

  it('goes to the director and the executive from 500 000, and a rejection leaves the contract unchanged', async () => {
    const contract = await activeContract(t, cast);
    const url = `/api/v1/contracts/${contract.id}/variations`;
    const v = (await cast.pm.session.post(url, variation({ newAmount: '600000.00' }))).json();
    await cast.legal.session.post(`${url}/${v.id}/opinions`, { kind: 'legal', opinion: 'agree' });
    const pending = (
      await cast.finance.session.post(`${url}/${v.id}/opinions`, { kind: 'finance', opinion: 'agree' })
    ).json();
    await approveTask(cast.head.session, pending.approvalId);
    await approveTask(cast.director.session, pending.approvalId, 'reject');
    expect((await cast.pm.session.get(url)).json().items[0]).toMatchObject({ status: 'rejected', after: null });
    expect(await findContract(t.db, contract.id)).toMatchObject({ amount: '100000.00', endDate: '2026-12-31' });
  });

  it("adds the exit actions to the contract's permissions for those who may take them", async () => {
    const contract = await activeContract(t, cast);
    const seen = (who: typeof cast.pm) => who.session.get(`/api/v1/contracts/${contract.id}`);
    expect((await seen(cast.pm)).json().permissions).toEqual(['request-variation', 'decide-renewal', 'terminate']);
    expect((await seen(cast.finance)).json().permissions).toEqual([]);
  });

  it('refuses bad terms, contracts that do not run, unknown contracts and callers without contracts:write', async () => {
    const contract = await activeContract(t, cast, { noticePeriodDays: 10 });
    const url = `/api/v1/contracts/${contract.id}/variations`;
    const early = await cast.pm.session.post(url, variation({ newEndDate: '2025-12-01' }));
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([{ path: 'newEndDate', message: '不能早于合同开始日期。' }]);
    const notice = await cast.pm.session.post(url, variation({ newEndDate: '2026-01-05' }));
    expect(notice.json().errors).toEqual([
      { path: 'newNoticePeriodDays', message: '通知期不能长于变更后的合同期限。' },
    ]);
    expect((await cast.pm.session.post(url, variation({ newAmount: '-1' }))).statusCode).toBe(400);
    expect((await cast.pm.session.get(url)).json().items).toEqual([]);

    const draft = await insertTestContract(t.db, { vendorId: TEST_VENDOR_ID, departmentId: cast.departmentId });
    const refused = await cast.pm.session.post(`/api/v1/contracts/${draft.id}/variations`, variation());
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'contract_not_running', allowedStatuses: ['approved', 'active'] });
    expect((await cast.finance.session.post(url, variation())).statusCode).toBe(403);
    expect(
      (await cast.pm.session.get('/api/v1/contracts/01890000-0000-7000-8000-000000000000/variations')).statusCode,
    ).toBe(404);
  });
});

describe('renewal decisions', () => {
  let t: TestApp;
  let cast: ExitCast;

  beforeAll(async () => {
    ({ t, cast } = await exitTestApp('ren', { at: '2026-10-02T16:30:00Z' })); // 00:30 on 3 October in Shanghai
  });
  afterAll(async () => t.close());

  it('shows the end date and notice deadline and takes a decision with reason through the renewal approval', async () => {
    const contract = await activeContract(t, cast, { noticePeriodDays: 60, autoRenewal: true });
    const url = `/api/v1/contracts/${contract.id}/renewal-decisions`;
    const overview = (await cast.pm.session.get(url)).json();
    expect(overview).toMatchObject({
      endDate: '2026-12-31',
      noticeDeadline: '2026-11-01',
      autoRenewal: true,
      daysToEnd: 89,
      daysToNoticeDeadline: 29,
      items: [],
      permissions: ['decide'],
    });
    expect((await cast.auditor.session.get(url)).json().permissions).toEqual([]);
    expect((await cast.pm.session.post(url, { decision: 'extend', reason: 'x' })).statusCode).toBe(400);
    expect((await cast.pm.session.post(url, { decision: 'renew', reason: '' })).statusCode).toBe(400);

    const made = await cast.pm.session.post(url, { decision: 're-tender', reason: '服务质量一般，重新招标比价。' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ decision: 're-tender', status: 'in-approval', endDate: '2026-12-31' });
    expect((await cast.pm.session.post(url, { decision: 'renegotiate', reason: '改变主意' })).json().code).toBe(
      'renewal_pending',
    );
    await approveTask(cast.head.session, made.json().approvalId);
    await approveTask(cast.director.session, made.json().approvalId);
    const after = (await cast.pm.session.get(url)).json();
    expect(after.items).toMatchObject([{ decision: 're-tender', status: 'approved', decidedAt: expect.any(String) }]);
    expect((await auditEventsOf(t.db, 'contract-renewal', made.json().id)).map((e) => e.action)).toEqual([
      'contract-renewal.create',
      'contract-renewal.approve',
    ]);

    const let_ = (await cast.pm.session.post(url, { decision: 'let-expire', reason: '业务下线。' })).json();
    await approveTask(cast.head.session, let_.approvalId, 'reject');
    expect((await cast.pm.session.get(url)).json().items.map((i: { status: string }) => i.status)).toEqual([
      'approved',
      'rejected',
    ]);
  });

  it('renews with a new end date and amount: applied on approval, before/after kept on the decision and audited', async () => {
    const contract = await activeContract(t, cast, { noticePeriodDays: 30 });
    const url = `/api/v1/contracts/${contract.id}/renewal-decisions`;
    const bad = async (body: Record<string, unknown>) => {
      const res = await cast.pm.session.post(url, { reason: '续签两年。', ...body });
      expect(res.statusCode).toBe(400);
      return res.json().errors;
    };
    expect(await bad({ decision: 'renew' })).toEqual([{ path: 'body.newEndDate', message: '必填。' }]);
    expect(await bad({ decision: 'renew', newEndDate: '2026-12-31' })).toEqual([
      { path: 'newEndDate', message: '必须晚于当前的合同到期日。' },
    ]);
    expect(await bad({ decision: 'let-expire', newEndDate: '2027-12-31' })).toEqual([
      { path: 'body.newEndDate', message: '只有“续签”决定才能填写新的到期日和金额。' },
    ]);
    expect(await bad({ decision: 'renew', newEndDate: '2027-12-31', newAmount: '-5' })).toHaveLength(1);
    expect((await cast.pm.session.get(url)).json().items).toEqual([]);

    const made = await cast.pm.session.post(url, {
      decision: 'renew',
      reason: '续签两年。',
      newEndDate: '2028-12-31',
      newAmount: '260000',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      endDate: '2026-12-31',
      newEndDate: '2028-12-31',
      newAmount: '260000.00',
      before: null,
      after: null,
    });
    await approveTask(cast.head.session, made.json().approvalId);
    expect(await findContract(t.db, contract.id)).toMatchObject({ endDate: '2026-12-31', version: 1 });
    await approveTask(cast.director.session, made.json().approvalId);

    const terms = { startDate: '2026-01-01', noticePeriodDays: 30 };
    const before = { ...terms, amount: '100000.00', endDate: '2026-12-31' };
    const after = { ...terms, amount: '260000.00', endDate: '2028-12-31' };
    expect((await cast.pm.session.get(url)).json()).toMatchObject({
      endDate: '2028-12-31',
      noticeDeadline: '2028-12-01',
      items: [{ decision: 'renew', status: 'approved', before, after }],
    });
    expect(await findContract(t.db, contract.id)).toMatchObject({ ...after, version: 2 });
    const audit = await auditEventsOf(t.db, 'contract', contract.id);
    expect(audit.map((e) => e.action)).toEqual(['contract.renew']);
    expect(audit[0]?.changes).toMatchObject({ endDate: { from: '2026-12-31', to: '2028-12-31' } });

    // A rejected renewal changes nothing.
    const again = await cast.pm.session.post(url, { decision: 'renew', reason: '再续。', newEndDate: '2029-12-31' });
    await approveTask(cast.head.session, again.json().approvalId, 'reject');
    expect(await findContract(t.db, contract.id)).toMatchObject({ endDate: '2028-12-31', version: 2 });
    expect((await cast.pm.session.get(url)).json().items[1]).toMatchObject({ status: 'rejected', after: null });
  });

  it('refuses a decision on a contract that does not run', async () => {
    const ended = await activeContract(t, cast, { status: 'terminated', endedOn: '2026-09-30' });
    const res = await cast.pm.session.post(`/api/v1/contracts/${ended.id}/renewal-decisions`, {
      decision: 'renew',
      reason: '续签',
      newEndDate: '2027-12-31',
    });
    expect(res.statusCode).toBe(409);
  });
});
