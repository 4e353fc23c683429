import { asc, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../../platform/jobs/reminder-scan';
import { notifications } from '../../../platform/notifications/notifications.table';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { approvedVendorVia, defaultCriterionIds, scoresFor } from '../performance-test-support';

const base = '/api/v1/re-evaluation-campaigns';

describe('re-evaluation due-date reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  const people: Record<string, string> = {};
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const received = async () => {
    const names = new Map(Object.entries(people).map(([k, id]) => [id, k]));
    const rows = await t.db
      .select({ to: notifications.recipientId, zh: notifications.titleZh })
      .from(notifications)
      .where(inArray(notifications.recipientId, Object.values(people)))
      .orderBy(asc(notifications.createdAt));
    return rows
      .filter((n) => n.zh.startsWith('供应商年度评价'))
      .map((n) => `${names.get(n.to)}: ${n.zh}`)
      .sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.signInAdmin();
    const manager = await createSignedInUser(t, admin, 'rd-manager', ['director']);
    const rm = await createSignedInUser(t, admin, 'rd-rm', ['project_manager']);
    const done = await createSignedInUser(t, admin, 'rd-done', ['finance']);
    Object.assign(people, { rm: rm.id, done: done.id });
    await approvedVendorVia(admin, { relationshipManagerId: rm.id });
    await approvedVendorVia(admin, { relationshipManagerId: rm.id });
    const res = await manager.session.post(base, {
      name: '2026 年度评价',
      year: 2026,
      selection: { mode: 'all-approved' },
      evaluatorIds: [done.id],
      dueDate: '2026-03-09',
    });
    const id = res.json().id as string;
    // `done` submits every sheet: no reminder for them.
    const scores = scoresFor(await defaultCriterionIds(done.session), 80);
    const sheets = (await done.session.get(`${base}/${id}/sheets?mine=true`)).json().items as { id: string }[];
    for (const sheet of sheets) {
      await done.session.put(`${base}/${id}/sheets/${sheet.id}`, { version: 1, scores, submit: true });
    }
  });
  afterAll(() => t.close());

  it('reminds each evaluator with pending sheets once per step, whatever their number of sheets', async () => {
    expect((await scan()).sent).toBe(1); // 2 March: 7 days before the 9th
    expect((await scan()).sent).toBe(0);
    t.clock.set('2026-03-08T01:00:00Z');
    await scan();
    t.clock.set('2026-03-09T01:00:00Z');
    await scan();
    await scan();
    expect(await received()).toEqual([
      'rm: 供应商年度评价今天截止，请提交评分',
      'rm: 供应商年度评价还有 1 天截止，请提交评分',
      'rm: 供应商年度评价还有 7 天截止，请提交评分',
    ]);
  });
});
