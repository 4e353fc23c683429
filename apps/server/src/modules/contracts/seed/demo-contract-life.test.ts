import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { seedDemoOrganisation } from '../../org';
import { seedDemoVendors } from '../../vendors';
import { findContractByTitle } from '../contracts.repository';
import { seedDemoLedger } from '../ledger/seed-demo-ledger';
import { seedDemoContractLife } from './demo-contract-life';
import { seedDemoContracts } from './demo-contracts';

describe('demo contract life', () => {
  let t: TestApp;
  let admin: TestSession;
  const idOf = async (title: string) => (await findContractByTitle(t.db, title))?.id as string;
  const get = async (title: string, part = '') =>
    (await admin.get(`/api/v1/contracts/${await idOf(title)}${part}`)).json();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  it('adds nothing without the demo organisation and contracts', async () => {
    expect(await seedDemoContractLife(t.db, t.clock, 'Asia/Shanghai')).toEqual([]);
  });

  it('adds reviews, a rejected milestone, a variation S1, a renewal in approval and a partly done handover; twice is once', async () => {
    await seedDemoOrganisation(t.db, t.clock);
    await seedDemoVendors(t.db, t.clock, 'Asia/Shanghai');
    await seedDemoContracts(t.db, t.clock, 'Asia/Shanghai');
    await seedDemoLedger(t.db, t.clock, 'Asia/Shanghai');
    expect(await seedDemoContractLife(t.db, t.clock, 'Asia/Shanghai')).toEqual([
      'review rounds',
      'approved review round',
      'rejected milestone',
      'variation S1',
      'renewal decision',
      'termination and handover',
    ]);
    // The whole contracts demo a second time changes nothing.
    expect(await seedDemoContracts(t.db, t.clock, 'Asia/Shanghai')).toEqual({ contractsCreated: 0 });
    expect(await seedDemoLedger(t.db, t.clock, 'Asia/Shanghai')).toEqual({ contracts: 0 });
    expect(await seedDemoContractLife(t.db, t.clock, 'Asia/Shanghai')).toEqual([]);

    const rounds = (await get('数据中心机房托管服务合同', '/reviews')).rounds;
    expect(rounds.map((r: { number: number; status: string }) => [r.number, r.status])).toEqual([
      [1, 'disagreed'],
      [2, 'open'],
    ]);
    expect(rounds[0].reviews.map((r: { opinion: string }) => r.opinion)).toEqual([
      'disagree',
      'agree',
      'agree-with-comments',
    ]);

    const milestones = (await get('软件开发人员外包框架协议', '/milestones')).items;
    expect(milestones.filter((m: { acceptanceResult: string }) => m.acceptanceResult === 'rejected')).toHaveLength(1);
    expect(
      milestones.filter((m: { acceptanceResult: string }) => m.acceptanceResult === 'accepted').length,
    ).toBeGreaterThan(0);

    const licence = await get('数据库软件许可及技术支持合同');
    const [variation] = (await get('数据库软件许可及技术支持合同', '/variations')).items;
    expect(variation).toMatchObject({
      status: 'approved',
      supplementReference: `${licence.reference}-S1`,
      before: { amount: '180000.00' },
      after: { amount: '216000.00' },
    });
    expect(licence.amount).toBe('216000.00');
    expect((await admin.get(`/api/v1/approvals/${variation.approvalId}`)).json().status).toBe('approved');

    const renewal = await get('云主机租用服务合同', '/renewal-decisions');
    expect(renewal.items).toMatchObject([{ decision: 'renew', status: 'in-approval', newAmount: '756000.00' }]);

    const callCentre = await get('呼叫中心业务外包合同');
    const termination = (await get('呼叫中心业务外包合同', '/termination')).termination;
    // The fixed clock's today is 2026-03-02: ended 10 days ago, the final report is due in five days.
    expect(termination).toMatchObject({ kind: 'quality-failure', finalReportDueOn: '2026-03-07', finalReport: null });
    expect(callCentre.endedOn).toBe('2026-02-20');
    const handover = await get('呼叫中心业务外包合同', '/handover');
    expect(handover).toMatchObject({ done: 2, total: 6 });
    expect((await auditEventsOf(t.db, 'contract', callCentre.id)).map((e) => e.action)).toContain(
      'contract.seed-termination',
    );
  });
});
