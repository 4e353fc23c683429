import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../platform/jobs/reminder-scan';
import { notifications } from '../../platform/notifications/notifications.table';
import { createSignedInUser } from '../../test/api-users';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('emergency report reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let reporterId: string;
  let directorId: string;
  let actionId: string;
  let filedId: string;
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const received = async () =>
    (
      await t.db
        .select({ to: notifications.recipientId, zh: notifications.titleZh, link: notifications.link })
        .from(notifications)
        .where(inArray(notifications.recipientId, [reporterId, directorId]))
        .orderBy(asc(notifications.createdAt), asc(notifications.recipientId))
    )
      .filter((n) => n.zh.startsWith('紧急处置的书面报告'))
      .map((n) =>
        `${n.to === reporterId ? 'reporter' : 'director'}: ${n.zh} ${n.link === `/emergency-actions/${actionId}` ? '' : n.link}`.trim(),
      );

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2026-03-02T02:00:00Z'); // 10:00 on 2 March in Shanghai
    const admin = await t.signInAdmin();
    const reporter = await createSignedInUser(t, admin, 'reminder.pm', ['project_manager']);
    reporterId = reporter.id;
    directorId = (await createSignedInUser(t, admin, 'reminder.director', ['director'])).id;
    // Acted 09:30 on 2 March: the report is due 09:30 on 3 March.
    const body = {
      title: '紧急扩容',
      description: '临时扩容。',
      reason: '业务高峰。',
      actedAt: '2026-03-02T01:30:00Z',
    };
    actionId = (await reporter.session.post('/api/v1/emergency-actions', body)).json().id;
    const filed = (await reporter.session.post('/api/v1/emergency-actions', { ...body, title: '已提交' })).json();
    filedId = filed.id;
    await reporter.session.post(`/api/v1/emergency-actions/${filedId}/report`, { version: 1, report: '说明。' });
  });
  afterAll(async () => t.close());

  it('reminds the reporter the day before and on the day, then tells reporter and director daily while overdue', async () => {
    expect((await scan()).sent).toBe(1);
    expect((await scan()).sent).toBe(0);
    t.clock.set('2026-03-03T00:00:00Z'); // 08:00 on the due day
    await scan();
    t.clock.set('2026-03-04T00:00:00Z');
    await scan();
    await scan();
    expect(await received()).toEqual([
      'reporter: 紧急处置的书面报告明天截止',
      'reporter: 紧急处置的书面报告今天截止',
      'reporter: 紧急处置的书面报告已逾期 1 天',
      'director: 紧急处置的书面报告已逾期 1 天',
    ]);
  });

  it('stops once the report is filed', async () => {
    t.clock.set('2026-03-05T00:00:00Z');
    await scan();
    const reports = await received();
    expect(reports.slice(4)).toEqual([
      'reporter: 紧急处置的书面报告已逾期 2 天',
      'director: 紧急处置的书面报告已逾期 2 天',
    ]);
    expect(reports.filter((r) => r.includes(filedId))).toEqual([]);
  });
});
