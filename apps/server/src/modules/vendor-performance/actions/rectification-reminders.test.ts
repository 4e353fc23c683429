import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../../platform/jobs/reminder-scan';
import { notifications } from '../../../platform/notifications/notifications.table';
import { approvalCast, decide, openTaskOf } from '../../../platform/workflow/workflow-test-support';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { approvedVendorVia } from '../performance-test-support';

describe('rectification deadline reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let requesterId: string;
  let managerId: string;
  let actionId: string;
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const received = async () =>
    (
      await t.db
        .select({ to: notifications.recipientId, zh: notifications.titleZh, link: notifications.link })
        .from(notifications)
        .where(inArray(notifications.recipientId, [requesterId, managerId]))
        .orderBy(asc(notifications.createdAt), asc(notifications.recipientId))
    )
      .filter((n) => n.zh.startsWith('供应商整改期限'))
      .map(
        (n) =>
          `${n.to === requesterId ? 'requester' : 'manager'}: ${n.zh}${n.link === `/vendor-actions/${actionId}` ? '' : ` ${n.link}`}`,
      )
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.signInAdmin();
    const cast = await approvalCast(t, admin, 'rr');
    const requester = await createSignedInUser(t, admin, 'rr-specialist', ['specialist']);
    requesterId = requester.id;
    managerId = cast.submitter.id;
    const vendor = await approvedVendorVia(admin, { relationshipManagerId: managerId });
    const raise = async () => {
      const res = await requester.session.post('/api/v1/vendor-actions', {
        vendorId: vendor.id,
        kind: 'rectification',
        reason: '服务质量不达标',
        deadline: '2026-03-10',
      });
      const action = res.json() as { id: string; approvalId: string };
      const task = await openTaskOf(cast.director.session, action.approvalId, cast.director.id);
      await decide(cast.director.session, task, { decision: 'approve' });
      return action.id;
    };
    actionId = await raise();
    const closed = await raise();
    await requester.session.post(`/api/v1/vendor-actions/${closed}/close`, { version: 2, note: '已整改' });
    // Not yet approved: no reminder either.
    await requester.session.post('/api/v1/vendor-actions', {
      vendorId: vendor.id,
      kind: 'rectification',
      reason: '待审批',
      deadline: '2026-03-10',
    });
  });
  afterAll(() => t.close());

  it('reminds the requester and the relationship manager 7 days and 1 day before and on the day, once each', async () => {
    expect((await scan()).sent).toBe(0); // 2 March: eight days left
    t.clock.set('2026-03-03T01:00:00Z');
    expect((await scan()).sent).toBe(1); // one reminder, to both people
    expect((await scan()).sent).toBe(0);
    t.clock.set('2026-03-09T01:00:00Z');
    await scan();
    t.clock.set('2026-03-10T01:00:00Z');
    await scan();
    await scan();
    t.clock.set('2026-03-11T01:00:00Z');
    expect((await scan()).sent).toBe(0);
    expect(await received()).toEqual([
      'manager: 供应商整改期限今天到期',
      'manager: 供应商整改期限还有 1 天',
      'manager: 供应商整改期限还有 7 天',
      'requester: 供应商整改期限今天到期',
      'requester: 供应商整改期限还有 1 天',
      'requester: 供应商整改期限还有 7 天',
    ]);
  });
});
