import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../../platform/jobs/reminder-scan';
import { notifications } from '../../../platform/notifications/notifications.table';
import { createSignedInUser, USER_PASSWORD } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { signIn, type TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import type { ContractRow } from '../contracts.repository';
import { createLedgerDepartment, createLedgerVendor } from './ledger-test-support';

describe('execution checks and their reminder (R5.4)', () => {
  let t: TestApp;
  let admin: TestSession;
  let pm: TestSession;
  let auditor: TestSession;
  let pmId: string;
  let contract: ContractRow;
  let draft: ContractRow;
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const titles = async () =>
    (
      await t.db
        .select({ zh: notifications.titleZh, link: notifications.link })
        .from(notifications)
        .where(eq(notifications.recipientId, pmId))
        .orderBy(asc(notifications.createdAt))
    ).map((n) => n.zh);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-03-02T02:00:00Z'); // 10:00 on 2 March in Shanghai
    admin = await t.signInAdmin();
    const pmUser = await createSignedInUser(t, admin, 'checks.pm', ['project_manager']);
    pm = pmUser.session;
    pmId = pmUser.id;
    auditor = (await createSignedInUser(t, admin, 'checks.auditor', ['auditor'])).session;
    const vendorId = await createLedgerVendor(admin, '检查测试科技有限公司');
    const departmentId = await createLedgerDepartment(admin, '检查部');
    contract = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      status: 'active',
      startDate: '2026-02-05',
      projectManagerId: pmId,
    });
    draft = await insertTestContract(t.db, { vendorId, departmentId, startDate: '2026-02-05', projectManagerId: pmId });
  });
  afterAll(async () => t.close());

  it('reminds the project manager when the monthly check is due, exactly once per step, only for active contracts', async () => {
    expect((await pm.get(`/api/v1/contracts/${contract.id}/checks`)).json()).toMatchObject({
      items: [],
      intervalMonths: 1,
      nextDueOn: '2026-03-05',
      permissions: ['record-checks'],
    });
    expect((await scan()).sent).toBe(1);
    expect((await scan()).sent).toBe(0);
    expect(await titles()).toEqual(['合同履约检查 3 天后到期']);

    t.clock.set('2026-03-05T01:00:00Z');
    expect((await scan()).sent).toBe(1);
    expect((await scan()).sent).toBe(0);

    pm = await signIn(t.app, 'checks.pm', USER_PASSWORD); // the clock moved past the session's idle limit
    const res = await pm.post(`/api/v1/contracts/${contract.id}/checks`, {
      checkedOn: '2026-03-05',
      findings: '服务台响应达标；一次备份失败',
      followUps: '供应商 3 月 12 日前提交备份整改报告',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      checkerId: pmId,
      checker: { displayName: 'checks.pm' },
      checkedOn: '2026-03-05',
    });
    expect((await auditEventsOf(t.db, 'contract-check', res.json().id)).map((e) => e.action)).toEqual([
      'contract-check.create',
    ]);

    // the next period: due 5 April, reminded on 2 April, then overdue a week later with no check recorded
    t.clock.set('2026-04-02T01:00:00Z');
    expect((await scan()).sent).toBe(1);
    t.clock.set('2026-04-12T01:00:00Z');
    expect((await scan()).sent).toBe(1);
    expect((await scan()).sent).toBe(0);
    expect(await titles()).toEqual([
      '合同履约检查 3 天后到期',
      '合同履约检查今天到期',
      '合同履约检查 3 天后到期',
      '合同履约检查已逾期 7 天',
    ]);
    const [link] = await t.db
      .select({ link: notifications.link })
      .from(notifications)
      .where(eq(notifications.recipientId, pmId));
    expect(link?.link).toBe(`/contracts/${contract.id}?tab=checks`);
  });

  it('takes a quarterly interval, refuses checks on contracts not yet in force and bad input', async () => {
    pm = await signIn(t.app, 'checks.pm', USER_PASSWORD);
    auditor = await signIn(t.app, 'checks.auditor', USER_PASSWORD);
    const put = await pm.put(`/api/v1/contracts/${contract.id}/check-schedule`, { intervalMonths: 3 });
    expect(put.json()).toEqual({ intervalMonths: 3 });
    expect((await auditor.get(`/api/v1/contracts/${contract.id}/checks`)).json()).toMatchObject({
      intervalMonths: 3,
      nextDueOn: '2026-06-05',
      permissions: [],
    });
    expect((await auditEventsOf(t.db, 'contract', contract.id)).at(-1)).toMatchObject({
      action: 'contract.check-schedule.update',
    });
    expect((await pm.put(`/api/v1/contracts/${contract.id}/check-schedule`, { intervalMonths: 0 })).statusCode).toBe(
      400,
    );
    const onDraft = await pm.post(`/api/v1/contracts/${draft.id}/checks`, { checkedOn: '2026-03-05', findings: '无' });
    expect(onDraft.json()).toMatchObject({ status: 409, code: 'contract_status', contractStatus: 'draft' });
    const future = await pm.post(`/api/v1/contracts/${contract.id}/checks`, {
      checkedOn: '2026-05-01',
      findings: '无',
    });
    expect(future.json().errors).toEqual([{ path: 'checkedOn', message: '不能晚于当前时间。' }]);
    expect(
      (await auditor.post(`/api/v1/contracts/${contract.id}/checks`, { checkedOn: '2026-04-01', findings: '无' }))
        .statusCode,
    ).toBe(403);
  });
});
