import { CONTRACT_STATUSES } from '@thirdline/shared/contracts/contract-lifecycle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedDemoOrganisation } from '../../org';
import { seedDemoVendors } from '../../vendors';
import { contracts } from '../contracts.table';
import { seedDemoContracts } from './demo-contracts';

describe('demo contracts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('creates nothing without the demo organisation and vendors', async () => {
    expect(await seedDemoContracts(t.db, t.clock, 'Asia/Shanghai')).toEqual({ contractsCreated: 0 });
  });

  it('loads contracts in every state, some ending within 30 and 90 days; idempotent', async () => {
    await seedDemoOrganisation(t.db, t.clock);
    await seedDemoVendors(t.db, t.clock, 'Asia/Shanghai');
    expect((await seedDemoContracts(t.db, t.clock, 'Asia/Shanghai')).contractsCreated).toBe(12);
    expect((await seedDemoContracts(t.db, t.clock, 'Asia/Shanghai')).contractsCreated).toBe(0);
    const rows = await t.db.select().from(contracts);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(CONTRACT_STATUSES));
    // The fixed clock's today is 2026-03-02 in Asia/Shanghai.
    const active = rows.filter((r) => r.status === 'active').map((r) => r.endDate);
    expect(active.filter((d) => d > '2026-03-02' && d <= '2026-04-01')).toHaveLength(1);
    expect(active.filter((d) => d > '2026-04-01' && d <= '2026-05-31')).toHaveLength(1);
    const inApproval = rows.find((r) => r.status === 'in-approval');
    expect(inApproval?.approvalId).toBeTruthy();
    const admin = await t.signInAdmin();
    const approval = (await admin.get(`/api/v1/approvals/${inApproval?.approvalId}`)).json();
    expect(approval).toMatchObject({ status: 'pending' });
    const framework = rows.find((r) => r.type === 'framework');
    const shown = (await admin.get(`/api/v1/contracts/${framework?.id}`)).json();
    expect(shown.otherVendors).toHaveLength(2);
    const supplement = rows.find((r) => r.type === 'supplementary');
    expect(supplement?.parentContractId).toBe(rows.find((r) => r.title === '办公网络设备维保合同')?.id);
  });
});
