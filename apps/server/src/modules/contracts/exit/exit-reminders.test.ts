import { and, asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../platform/notifications/notifications.table';
import { USER_PASSWORD } from '../../../test/api-users';
import type { TestApp } from '../../../test/test-app';
import { signIn } from '../../../test/test-session';
import { activeContract, approveTask, exitTestApp, scanAt, type ExitCast } from './exit-test-support';

/** Notifications of one user, oldest first, as "kind: title". */
async function inbox(t: TestApp, userId: string, kindPrefix: string) {
  const rows = await t.db
    .select({ kind: notifications.kind, zh: notifications.titleZh, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), like(notifications.kind, `${kindPrefix}%`)))
    .orderBy(asc(notifications.createdAt), asc(notifications.kind), asc(notifications.titleZh));
  return rows.map((n) => n.zh);
}

describe('renewal reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let cast: ExitCast;
  let plainRef: string;
  let autoRef: string;
  const at = (instant: string) => scanAt(t, instant);

  beforeAll(async () => {
    ({ t, cast } = await exitTestApp('rem'));
    plainRef = (await activeContract(t, cast, { noticePeriodDays: 30 })).reference; // notice deadline 2026-12-01
    autoRef = (await activeContract(t, cast, { autoRenewal: true })).reference; // notice deadline = end date
    await activeContract(t, cast, { status: 'draft' });
    await activeContract(t, cast, { status: 'terminated', endedOn: '2026-06-30', noticePeriodDays: 30 });
  });
  afterAll(async () => t.close());

  it('reminds the PM and the department head 90/60/30/7 days before the end and the notice deadline, once each', async () => {
    // 23:59 on 1 September in Shanghai (15:59 UTC): 91 days before the notice deadline, nothing due yet.
    expect(await at('2026-09-01T15:59:00Z')).toBe(0);
    // 00:30 on 2 September in Shanghai, still 1 September in UTC: 90 days to the notice deadline of 1 December.
    expect(await at('2026-09-01T16:30:00Z')).toBe(1);
    expect(await scanAt(t)).toBe(0);
    expect(await inbox(t, cast.pm.id, 'contract-')).toEqual([
      `合同 ${plainRef} 的续约通知期限还剩 90 天（2026-12-01）`,
    ]);
    expect(await at('2026-10-01T15:59:00Z')).toBe(0);
    // 2 October in Shanghai: 90 days to both ends, 60 to the notice deadline, 90 to the auto-renewal deadline.
    expect(await at('2026-10-01T16:30:00Z')).toBe(4);
    const second = [
      `合同 ${autoRef} 将于 90 天后自动续期`,
      `合同 ${autoRef} 为自动续期合同：如不续约，须在 90 天内（2026-12-31 前）发出通知`,
      `合同 ${plainRef} 将于 90 天后到期`,
      `合同 ${plainRef} 的续约通知期限还剩 60 天（2026-12-01）`,
    ];
    expect((await inbox(t, cast.pm.id, 'contract-')).slice(1).sort()).toEqual([...second].sort());
    expect((await inbox(t, cast.head.id, 'contract-')).slice(1).sort()).toEqual([...second].sort());
    expect(await inbox(t, cast.legal.id, 'contract-')).toEqual([]);

    expect(await at('2026-11-01T01:00:00Z')).toBe(4);
    expect(await at('2026-11-01T09:00:00Z')).toBe(0);
    expect(await at('2026-11-24T01:00:00Z')).toBe(1); // 7 days to the notice deadline
    expect(await at('2026-12-01T01:00:00Z')).toBe(3);
    expect(await at('2026-12-24T01:00:00Z')).toBe(3);
    expect(await at('2026-12-31T01:00:00Z')).toBe(0);
    const all = await inbox(t, cast.pm.id, 'contract-');
    expect(all).toHaveLength(16);
    expect(all.filter((x) => x.startsWith(`合同 ${plainRef} 将于`))).toEqual([
      `合同 ${plainRef} 将于 90 天后到期`,
      `合同 ${plainRef} 将于 60 天后到期`,
      `合同 ${plainRef} 将于 30 天后到期`,
      `合同 ${plainRef} 将于 7 天后到期`,
    ]);
    expect(all.filter((x) => x.includes('续约通知期限'))).toEqual([
      `合同 ${plainRef} 的续约通知期限还剩 90 天（2026-12-01）`,
      `合同 ${plainRef} 的续约通知期限还剩 60 天（2026-12-01）`,
      `合同 ${plainRef} 的续约通知期限还剩 30 天（2026-12-01）`,
      `合同 ${plainRef} 的续约通知期限还剩 7 天（2026-12-01）`,
    ]);
  });
});

describe('final report reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let cast: ExitCast;
  let reference: string;
  let contractId: string;
  const at = (instant: string) => scanAt(t, instant);

  beforeAll(async () => {
    ({ t, cast } = await exitTestApp('fr'));
    const contract = await activeContract(t, cast, { endDate: '2026-03-31' });
    reference = contract.reference;
    contractId = contract.id;
    const res = await cast.pm.session.post(`/api/v1/contracts/${contract.id}/terminate`, {
      version: 1,
      kind: 'quality-failure',
      reason: '连续三个月未达到服务水平。',
      effectiveDate: '2026-03-10',
    });
    expect(res.json().finalReportDueOn).toBe('2026-03-25');
  });
  afterAll(async () => t.close());

  it('reminds 7 and 1 days before and on the day, flags it late the day after and weekly, until it is filed', async () => {
    expect(await at('2026-03-17T15:00:00Z')).toBe(0); // 17 March in Shanghai: 8 days left
    expect(await at('2026-03-17T16:30:00Z')).toBe(1); // 18 March: 7 days left
    expect(await at('2026-03-24T01:00:00Z')).toBe(1);
    expect(await at('2026-03-25T01:00:00Z')).toBe(1);
    expect(await at('2026-03-25T17:00:00Z')).toBe(1); // 26 March 01:00 in Shanghai: 1 day late
    expect(await at('2026-03-27T01:00:00Z')).toBe(0);
    expect(await at('2026-04-01T01:00:00Z')).toBe(1); // a week late
    const expected = [
      `合同 ${reference} 的终止总结报告 7 天后截止`,
      `合同 ${reference} 的终止总结报告 1 天后截止`,
      `合同 ${reference} 的终止总结报告今天截止`,
      `合同 ${reference} 的终止总结报告已逾期 1 天`,
      `合同 ${reference} 的终止总结报告已逾期 7 天`,
    ];
    expect(await inbox(t, cast.pm.id, 'contract-final-report')).toEqual(expected);
    expect(await inbox(t, cast.head.id, 'contract-final-report')).toEqual(expected);

    const pm = await signIn(t.app, 'fr.pm', USER_PASSWORD);
    const late = (await pm.get(`/api/v1/contracts/${contractId}/termination`)).json().termination;
    expect(late).toMatchObject({ finalReportOverdue: true });
    expect(
      (await pm.post(`/api/v1/contracts/${contractId}/final-report`, { version: 1, report: '总结报告。' })).statusCode,
    ).toBe(200);
    expect(await at('2026-04-08T01:00:00Z')).toBe(0);
    expect(await inbox(t, cast.pm.id, 'contract-final-report')).toHaveLength(5);
  });
});

describe('an approved renewal re-plans the reminders (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let cast: ExitCast;
  const at = (instant: string) => scanAt(t, instant);

  beforeAll(async () => {
    ({ t, cast } = await exitTestApp('renrem', { at: '2026-10-02T01:00:00Z' }));
  });
  afterAll(async () => t.close());

  it('reminds of the new end date once each and never again of the old one', async () => {
    const { id, reference } = await activeContract(t, cast); // ends 2026-12-31, no notice period
    expect(await at('2026-10-02T01:00:00Z')).toBe(1); // 90 days before the old end
    const made = await cast.pm.session.post(`/api/v1/contracts/${id}/renewal-decisions`, {
      decision: 'renew',
      reason: '服务稳定，续签半年。',
      newEndDate: '2027-06-30',
    });
    expect(made.statusCode).toBe(201);
    await approveTask(cast.head.session, made.json().approvalId);
    await approveTask(cast.director.session, made.json().approvalId);

    // The old end's 60/30/7-day reminders would fall on these days: nothing is due any more.
    for (const day of ['2026-11-01', '2026-12-01', '2026-12-24', '2026-12-31']) {
      expect(await at(`${day}T01:00:00Z`), day).toBe(0);
    }
    expect(await at('2027-03-31T01:00:00Z')).toBe(0); // 91 days before the new end
    expect(await at('2027-04-01T01:00:00Z')).toBe(1); // 90 days before 30 June 2027
    expect(await at('2027-04-01T09:00:00Z')).toBe(0); // once
    expect(await at('2027-05-01T01:00:00Z')).toBe(1);
    expect(await at('2027-05-31T01:00:00Z')).toBe(1);
    expect(await at('2027-06-23T01:00:00Z')).toBe(1);
    expect(await at('2027-06-24T01:00:00Z')).toBe(0);
    const expected = [90, 90, 60, 30, 7].map((days) => `合同 ${reference} 将于 ${days} 天后到期`);
    expect(await inbox(t, cast.pm.id, 'contract-')).toEqual(expected);
    expect(await inbox(t, cast.head.id, 'contract-')).toEqual(expected);
  });
});
