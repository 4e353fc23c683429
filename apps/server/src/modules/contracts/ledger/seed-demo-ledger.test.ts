import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { createLedgerDepartment, createLedgerVendor } from './ledger-test-support';
import { seedDemoLedger } from './seed-demo-ledger';

describe('demo ledger seed', () => {
  let t: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    await createSignedInUser(t, admin, 'demo.director', ['director']);
    await createSignedInUser(t, admin, 'demo.finance', ['finance']);
  });
  afterAll(async () => t.close());

  it('gives running contracts accepted, paid and planned milestones and a check, once', async () => {
    const vendorId = await createLedgerVendor(admin, '演示台账科技有限公司');
    const departmentId = await createLedgerDepartment(admin, '演示部');
    const active = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      status: 'active',
      startDate: '2025-06-01',
      endDate: '2026-12-31',
    });
    await insertTestContract(t.db, { vendorId, departmentId });
    expect(await seedDemoLedger(t.db, t.clock, 'Asia/Shanghai')).toEqual({ contracts: 1 });
    expect(await seedDemoLedger(t.db, t.clock, 'Asia/Shanghai')).toEqual({ contracts: 0 });

    const milestones = (await admin.get(`/api/v1/contracts/${active.id}/milestones`)).json().items;
    expect(
      milestones.map((m: { acceptanceResult: string | null; paid: string }) => [m.acceptanceResult, m.paid]),
    ).toEqual([
      ['accepted', '30000.00'],
      ['accepted', '40000.00'],
      [null, '0.00'],
    ]);
    expect((await admin.get(`/api/v1/contracts/${active.id}/payments`)).json()).toMatchObject({
      paid: '70000.00',
      remaining: '30000.00',
    });
    expect((await admin.get(`/api/v1/contracts/${active.id}/checks`)).json()).toMatchObject({
      items: [{ checkedOn: '2026-02-10', checker: { displayName: 'demo.director' } }],
      nextDueOn: '2026-03-10',
    });
  });
});
