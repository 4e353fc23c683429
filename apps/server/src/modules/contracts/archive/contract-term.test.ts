import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderScan } from '../../../platform/jobs/reminder-scan';
import { notifications } from '../../../platform/notifications/notifications.table';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { insertTestContract } from '../contract-test-support';
import { findContract } from '../contracts.repository';
import { activationDate, nextTerm } from './contract-term';

const vendorId = '01900000-0000-7000-8000-000000000001';
const departmentId = '01900000-0000-7000-8000-0000000000d1';

describe('contract term: activation on the start date, expiry and auto-renewal (fixed clock, Asia/Shanghai)', () => {
  let t: TestApp;
  let pmId: string;
  const scan = () => runReminderScan({ db: t.db, registry: t.dueItems, timeZone: 'Asia/Shanghai' }, t.clock.now());
  const status = async (id: string) => (await findContract(t.db, id))?.status;

  beforeAll(async () => {
    t = await createTestApp();
    pmId = (await createSignedInUser(t, await t.signInAdmin(), 'term.pm', ['project_manager'])).id;
  });
  afterAll(async () => t.close());

  it('computes the activation day and the next term', () => {
    expect(activationDate('2026-04-01', '2026-03-01')).toBe('2026-04-01');
    expect(activationDate('2026-01-01', '2026-03-01')).toBe('2026-03-01');
    expect(nextTerm('2026-01-01', '2026-12-31')).toEqual({ startDate: '2027-01-01', endDate: '2027-12-31' });
    expect(nextTerm('2024-03-01', '2024-05-31')).toEqual({ startDate: '2024-06-01', endDate: '2024-08-31' });
    expect(nextTerm('2026-01-10', '2026-01-19')).toEqual({ startDate: '2026-01-20', endDate: '2026-01-29' });
  });

  it('activates a signed contract on its start date, once, and tells the PM', async () => {
    const signed = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      projectManagerId: pmId,
      status: 'approved',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      signedOn: '2026-03-01',
      signedAt: new Date('2026-03-01T02:00:00Z'),
    });
    const unsigned = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      status: 'approved',
      startDate: '2026-04-01',
    });
    t.clock.set('2026-03-31T15:59:00Z'); // 23:59 on 31 March in Shanghai
    await scan();
    expect(await status(signed.id)).toBe('approved');
    t.clock.set('2026-03-31T16:30:00Z'); // 00:30 on 1 April in Shanghai
    await scan();
    await scan();
    expect(await findContract(t.db, signed.id)).toMatchObject({
      status: 'active',
      activatedAt: new Date('2026-03-31T16:30:00Z'),
      version: 2,
    });
    expect(await status(unsigned.id)).toBe('approved');
    const events = (await auditEventsOf(t.db, 'contract', signed.id)).map((e) => [e.action, e.actorName]);
    expect(events).toEqual([['contract.activate', 'system:contract-term']]);
    const told = await t.db.select().from(notifications);
    expect(told.filter((n) => n.recipientId === pmId).map((n) => n.titleZh)).toEqual([
      `合同 ${signed.reference} 已生效`,
    ]);
  });

  it('expires an active contract the day after its end date, and rolls an auto-renewing one over (audited)', async () => {
    const ending = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      status: 'active',
      startDate: '2025-05-01',
      endDate: '2026-04-30',
    });
    const renewing = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      status: 'active',
      autoRenewal: true,
      startDate: '2025-05-01',
      endDate: '2026-04-30',
    });
    t.clock.set('2026-04-30T15:00:00Z'); // 23:00 on 30 April: the last day of the term
    await scan();
    expect(await status(ending.id)).toBe('active');
    t.clock.set('2026-05-02T01:00:00Z'); // the scan did not run on 1 May: caught up on the 2nd
    await scan();
    expect(await findContract(t.db, ending.id)).toMatchObject({ status: 'expired', endedOn: '2026-04-30', version: 2 });
    expect(await findContract(t.db, renewing.id)).toMatchObject({
      status: 'active',
      startDate: '2026-05-01',
      endDate: '2027-04-30',
      endedOn: null,
      version: 2,
    });
    expect((await auditEventsOf(t.db, 'contract', ending.id)).map((e) => e.action)).toEqual(['contract.expire']);
    const renewal = await auditEventsOf(t.db, 'contract', renewing.id);
    expect(renewal.map((e) => e.action)).toEqual(['contract.auto-renew']);
    expect(renewal[0]?.changes).toMatchObject({
      endDate: { from: '2026-04-30', to: '2027-04-30' },
      startDate: { from: '2025-05-01', to: '2026-05-01' },
    });
    // The next term ends in a year: nothing more happens until then.
    await scan();
    expect(await findContract(t.db, renewing.id)).toMatchObject({ version: 2 });
    t.clock.set('2027-05-01T01:00:00Z');
    await scan();
    expect(await findContract(t.db, renewing.id)).toMatchObject({ startDate: '2027-05-01', endDate: '2028-04-30' });
  });
});
