import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../platform/jobs/reminder-scan';
import { notifications } from '../../platform/notifications/notifications.table';
import { createSignedInUser } from '../../test/api-users';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createVendorVia } from './vendor-test-support';

describe('vendor expiry reminders', () => {
  let t: TestApp;
  let admin: TestSession;
  let managerId: string;
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const titlesOf = async () =>
    (
      await t.db
        .select({ zh: notifications.titleZh, link: notifications.link })
        .from(notifications)
        .where(eq(notifications.recipientId, managerId))
        .orderBy(asc(notifications.createdAt), asc(notifications.titleZh))
    ).map((n) => n.zh);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-03-02T02:00:00Z'); // 10:00 on 2 March in Shanghai
    admin = await t.signInAdmin();
    managerId = (await createSignedInUser(t, admin, 'vendor.manager', ['specialist'])).id;
    const vendor = await createVendorVia(admin, { name: '提醒测试科技有限公司', relationshipManagerId: managerId });
    await admin.post(`/api/v1/vendors/${vendor.id}/qualifications`, { type: 'iso27001', validTo: '2026-05-01' });
    await admin.post(`/api/v1/vendors/${vendor.id}/due-diligence`, {
      kind: 'site_visit',
      performedOn: '2025-03-09',
      conclusion: 'pass',
    });
    const dropped = await createVendorVia(admin, { name: '已终止测试有限公司', relationshipManagerId: managerId });
    await admin.post(`/api/v1/vendors/${dropped.id}/qualifications`, { type: 'iso9001', validTo: '2026-05-01' });
    await admin.post(`/api/v1/vendors/${dropped.id}/transitions`, { to: 'terminated', reason: '不再合作' });
  });
  afterAll(async () => t.close());

  it('tells the relationship manager 60, 30 and 7 days before and on the day, once each, never for terminated vendors', async () => {
    expect((await scan()).sent).toBe(2);
    expect(await titlesOf()).toEqual(['供应商尽职调查结论7 天后到期', '供应商资质证书60 天后到期']);
    expect((await scan()).sent).toBe(0);

    t.clock.set('2026-03-09T01:00:00Z');
    expect((await scan()).sent).toBe(1);
    expect((await titlesOf()).at(-1)).toBe('供应商尽职调查结论今天到期');

    t.clock.set('2026-04-01T01:00:00Z');
    await scan();
    t.clock.set('2026-04-24T01:00:00Z');
    await scan();
    t.clock.set('2026-05-01T01:00:00Z');
    await scan();
    await scan();
    const titles = await titlesOf();
    expect(titles.filter((x) => x.startsWith('供应商资质证书'))).toEqual([
      '供应商资质证书60 天后到期',
      '供应商资质证书30 天后到期',
      '供应商资质证书7 天后到期',
      '供应商资质证书今天到期',
    ]);
    expect(titles).toHaveLength(6);
  });
});
