import { count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFile } from '../../../platform/storage/files.repository';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { updateContractRow, type ContractRow } from '../contracts.repository';
import { contractPayments } from './ledger.table';
import { createLedgerDepartment, createLedgerVendor } from './ledger-test-support';

interface Milestone {
  id: string;
  version: number;
  acceptanceResult: string | null;
  deliveredOn: string | null;
  paid: string;
  permissions: string[];
}

describe('milestones, acceptance and payments (R5.4)', () => {
  let t: TestApp;
  let admin: TestSession;
  let pm: TestSession;
  let finance: TestSession;
  let director: TestSession;
  let financeId: string;
  let contract: ContractRow;
  let draft: ContractRow;
  const base = () => `/api/v1/contracts/${contract.id}`;
  const paymentCount = async () =>
    (await t.db.select({ n: count() }).from(contractPayments).where(eq(contractPayments.contractId, contract.id)))[0]
      ?.n;
  const payment = (overrides: Record<string, unknown> = {}) => ({
    invoiceNumber: `INV-${uuidv7().slice(-6)}`,
    amount: '10000.00',
    paidOn: '2026-03-01',
    approverId: financeId,
    ...overrides,
  });
  const newMilestone = async (name: string, plannedAmount = '40000.00') => {
    const res = await pm.post(`${base()}/milestones`, { name, dueDate: '2026-02-28', plannedAmount });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Milestone;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    pm = (await createSignedInUser(t, admin, 'exec.pm', ['project_manager'])).session;
    const financeUser = await createSignedInUser(t, admin, 'exec.finance', ['finance']);
    finance = financeUser.session;
    financeId = financeUser.id;
    director = (await createSignedInUser(t, admin, 'exec.director', ['director'])).session;
    const vendorId = await createLedgerVendor(admin, '履约测试科技有限公司');
    const departmentId = await createLedgerDepartment(admin, '履约部');
    contract = await insertTestContract(t.db, { vendorId, departmentId, amount: '100000.00', status: 'active' });
    draft = await insertTestContract(t.db, { vendorId, departmentId });
  });
  afterAll(async () => t.close());

  it('plans, changes, accepts and rejects milestones; an accepted one is final', async () => {
    const m = await newMilestone('需求分析交付');
    expect(m).toMatchObject({
      version: 1,
      acceptanceResult: null,
      paid: '0.00',
      permissions: ['edit', 'accept', 'delete'],
    });
    const stale = await pm.patch(`${base()}/milestones/${m.id}`, { version: 2, name: '改名' });
    expect(stale.json()).toMatchObject({ status: 409, code: 'version_conflict' });
    const future = await pm.patch(`${base()}/milestones/${m.id}`, { version: 1, deliveredOn: '2026-03-03' });
    expect(future.statusCode).toBe(400);
    const delivered = await pm.patch(`${base()}/milestones/${m.id}`, { version: 1, deliveredOn: '2026-02-27' });
    expect(delivered.json()).toMatchObject({ version: 2, deliveredOn: '2026-02-27' });

    const noReason = await pm.post(`${base()}/milestones/${m.id}/acceptance`, {
      version: 2,
      result: 'rejected',
      acceptedOn: '2026-03-01',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ path: 'reasons', message: '验收不通过或部分通过时必填。' }]);
    const rejected = await pm.post(`${base()}/milestones/${m.id}/acceptance`, {
      version: 2,
      result: 'rejected',
      acceptedOn: '2026-03-01',
      reasons: '文档不完整',
    });
    expect(rejected.json()).toMatchObject({
      acceptanceResult: 'rejected',
      acceptanceReasons: '文档不完整',
      version: 3,
    });

    const mine = await insertFile(t.db, fileRow('contract', contract.id));
    const foreign = await insertFile(t.db, fileRow('contract', draft.id));
    const badFile = await pm.post(`${base()}/milestones/${m.id}/acceptance`, {
      version: 3,
      result: 'accepted',
      acceptedOn: '2026-03-02',
      documentFileIds: [mine.id, foreign.id],
    });
    expect(badFile.json().errors).toEqual([{ path: 'documentFileIds.1', message: '该合同下没有此文件。' }]);
    const accepted = await pm.post(`${base()}/milestones/${m.id}/acceptance`, {
      version: 3,
      result: 'accepted',
      acceptedOn: '2026-03-02',
      documentFileIds: [mine.id],
    });
    expect(accepted.json()).toMatchObject({
      acceptanceResult: 'accepted',
      acceptanceFileIds: [mine.id],
      permissions: [],
    });

    expect((await pm.patch(`${base()}/milestones/${m.id}`, { version: 4, name: 'x' })).json().code).toBe(
      'milestone_accepted',
    );
    expect((await pm.delete(`${base()}/milestones/${m.id}`)).json()).toMatchObject({
      status: 409,
      code: 'milestone_accepted',
    });
    expect((await auditEventsOf(t.db, 'contract-milestone', m.id)).map((e) => e.action)).toEqual([
      'contract-milestone.create',
      'contract-milestone.update',
      'contract-milestone.reject',
      'contract-milestone.accept',
    ]);

    const planned = await newMilestone('临时里程碑');
    expect((await pm.delete(`${base()}/milestones/${planned.id}`)).statusCode).toBe(204);
    const list = (await pm.get(`${base()}/milestones`)).json() as { items: Milestone[] };
    expect(list.items.map((x) => x.id)).toEqual([m.id]);
  });

  it('refuses a payment for a milestone that is not accepted unless finance overrides with a reason', async () => {
    const m = await newMilestone('上线支持');
    const refused = await finance.post(`${base()}/payments`, payment({ milestoneId: m.id }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'milestone_not_accepted', milestoneId: m.id, acceptanceResult: null });
    const byAdmin = await admin.post(`${base()}/payments`, payment({ milestoneId: m.id, overrideReason: '紧急' }));
    expect(byAdmin.json()).toMatchObject({ status: 403, code: 'override_not_allowed' });
    expect((await pm.post(`${base()}/payments`, payment())).statusCode).toBe(403);
    expect(await paymentCount()).toBe(0);

    const overridden = await finance.post(
      `${base()}/payments`,
      payment({ milestoneId: m.id, amount: '15000.00', overrideReason: '合同约定预付款' }),
    );
    expect(overridden.statusCode, overridden.body).toBe(201);
    expect(overridden.json()).toMatchObject({
      milestoneName: '上线支持',
      amount: '15000.00',
      currency: 'CNY',
      overrideReason: '合同约定预付款',
      approver: { id: financeId, displayName: 'exec.finance' },
      permissions: [],
    });
    const id = overridden.json().id as string;
    expect((await auditEventsOf(t.db, 'contract-payment', id)).map((e) => e.action)).toEqual([
      'contract-payment.create-override',
    ]);
    expect((await pm.delete(`${base()}/milestones/${m.id}`)).json().code).toBe('milestone_has_payments');
    expect((await finance.delete(`${base()}/payments/${id}`)).json()).toMatchObject({
      status: 409,
      code: 'payment_not_deletable',
    });
  });

  it('refuses payments above the remaining amount until a variation raises it, and bad input, writing nothing', async () => {
    const before = await paymentCount();
    const accepted = (await pm.get(`${base()}/milestones`)).json().items[0] as Milestone;
    expect(
      (await director.post(`${base()}/payments`, payment({ milestoneId: accepted.id, amount: '40000.00' }))).statusCode,
    ).toBe(201);
    // 100 000 − 15 000 − 40 000 = 45 000 left
    const tooMuch = await finance.post(`${base()}/payments`, payment({ amount: '45000.01' }));
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json()).toMatchObject({ code: 'exceeds_remaining', remaining: '45000.00', currency: 'CNY' });

    const bad = await finance.post(
      `${base()}/payments`,
      payment({ amount: '0', approverId: uuidv7(), paidOn: '2026-03-09', milestoneId: uuidv7() }),
    );
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'amount',
      'approverId',
      'milestoneId',
      'paidOn',
    ]);
    expect((await finance.post(`${base()}/payments`, payment({ amount: '-5' }))).statusCode).toBe(400);
    expect((await finance.post(`/api/v1/contracts/${draft.id}/payments`, payment())).json()).toMatchObject({
      status: 409,
      code: 'contract_status',
    });
    expect((await finance.post(`/api/v1/contracts/${uuidv7()}/payments`, payment())).statusCode).toBe(404);
    expect(await paymentCount()).toBe((before ?? 0) + 1);

    await t.db.transaction((tx) => updateContractRow(tx, contract.id, { amount: '120000.00' }));
    const raised = await finance.post(`${base()}/payments`, payment({ amount: '65000.00', invoiceNumber: 'INV-LAST' }));
    expect(raised.statusCode, raised.body).toBe(201);
    const dup = await finance.post(`${base()}/payments`, payment({ amount: '1.00', invoiceNumber: 'INV-LAST' }));
    expect(dup.json()).toMatchObject({ status: 409, code: 'duplicate_invoice' });

    const summary = (await pm.get(`${base()}/payments`)).json();
    expect(summary).toMatchObject({ amount: '120000.00', paid: '120000.00', remaining: '0.00', currency: 'CNY' });
    expect(summary.items).toHaveLength(3);
    const milestones = (await pm.get(`${base()}/milestones`)).json().items as Milestone[];
    expect(milestones.map((x) => x.paid)).toEqual(['40000.00', '15000.00']);
  });
});

function fileRow(recordType: string, recordId: string) {
  return {
    id: uuidv7(),
    originalName: '验收报告.pdf',
    contentType: 'application/pdf',
    sizeBytes: 10,
    sha256: 'x',
    storageKey: 'x',
    iv: 'x',
    authTag: 'x',
    recordType,
    recordId,
    createdAt: new Date('2026-03-01T00:00:00Z'),
  };
}
