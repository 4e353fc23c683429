import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { contractVendors } from '../contracts.table';
import { createLedgerDepartment, createLedgerVendor } from './ledger-test-support';

interface Item {
  reference: string;
  vendor: { name: string };
  department: { name: string };
  amount: string;
  paid: string;
  unpaid: string;
  permissions: string[];
}
interface LedgerPage {
  items: Item[];
  total: number;
  byCurrency: { currency: string; count: number; amount: string; paid: string; unpaid: string }[];
}

describe('contract ledger list (台账)', () => {
  let t: TestApp;
  let admin: TestSession;
  let finance: TestSession;
  let auditor: TestSession;
  let vendorA: string;
  let vendorB: string;
  let deptOps: string;
  const ref: Record<string, string> = {};
  const list = async (who: TestSession, query: string) => {
    const res = await who.get(`/api/v1/contracts?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as LedgerPage;
  };
  const refs = async (query: string) => (await list(admin, `${query}&sort=reference`)).items.map((i) => i.reference);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    const financeUser = await createSignedInUser(t, admin, 'ledger.finance', ['finance']);
    finance = financeUser.session;
    auditor = (await createSignedInUser(t, admin, 'ledger.auditor', ['auditor'])).session;
    vendorA = await createLedgerVendor(admin, '星河运维科技有限公司');
    vendorB = await createLedgerVendor(admin, '云海数据有限公司');
    deptOps = await createLedgerDepartment(admin, '运维部');
    const deptDev = await createLedgerDepartment(admin, '开发部');
    const c1 = await insertTestContract(t.db, {
      vendorId: vendorA,
      departmentId: deptOps,
      title: '机房运维服务',
      amount: '100000.00',
      material: true,
      outsourcingCategory: 'operations',
      status: 'active',
      endDate: '2026-03-20',
    });
    const c2 = await insertTestContract(t.db, {
      vendorId: vendorB,
      departmentId: deptDev,
      title: '云资源订阅',
      type: 'cloud',
      amount: '50000.00',
      currency: 'USD',
      status: 'active',
      endDate: '2026-12-31',
    });
    const c3 = await insertTestContract(t.db, {
      vendorId: vendorB,
      departmentId: deptDev,
      title: '开发框架协议',
      type: 'framework',
      amount: '300000.00',
      status: 'approved',
      endDate: '2027-06-30',
    });
    await t.db.insert(contractVendors).values({ contractId: c3.id, vendorId: vendorA });
    const c4 = await insertTestContract(t.db, { vendorId: vendorA, departmentId: deptOps, amount: '20000.50' });
    Object.assign(ref, { c1: c1.reference, c2: c2.reference, c3: c3.reference, c4: c4.reference });
    const pay = async (contractId: string, amount: string, paidOn: string, invoiceNumber: string) => {
      const res = await finance.post(`/api/v1/contracts/${contractId}/payments`, {
        invoiceNumber,
        amount,
        paidOn,
        approverId: financeUser.id,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await pay(c1.id, '30000.00', '2026-01-15', 'INV-001');
    await pay(c1.id, '0.10', '2026-03-01', 'INV-002');
    await pay(c2.id, '10000.00', '2026-03-01', 'INV-101');
  });
  afterAll(async () => t.close());

  it('lists every contract with paid and unpaid, and totals per currency for the whole filter', async () => {
    const page = await list(admin, 'pageSize=2&sort=-amount');
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.reference)).toEqual([ref.c3, ref.c1]);
    expect(page.items[1]).toMatchObject({
      vendor: { name: '星河运维科技有限公司' },
      department: { name: '运维部' },
      amount: '100000.00',
      paid: '30000.10',
      unpaid: '69999.90',
    });
    expect(page.byCurrency).toEqual([
      { currency: 'CNY', count: 3, amount: '420000.50', paid: '30000.10', unpaid: '390000.40' },
      { currency: 'USD', count: 1, amount: '50000.00', paid: '10000.00', unpaid: '40000.00' },
    ]);
    expect((await list(admin, 'sort=-paid&pageSize=2')).items.map((i) => i.reference)).toEqual([ref.c1, ref.c2]);
    const totals = await admin.get('/api/v1/contracts/totals?currency=USD');
    expect(totals.json()).toEqual({ byCurrency: [page.byCurrency[1]] });
  });

  it('filters by status, vendor (framework vendors too), department, type, category, expiry, amount, 重要外包 and q', async () => {
    expect(await refs('status=active')).toEqual([ref.c1, ref.c2]);
    expect(await refs(`vendorId=${vendorA}`)).toEqual([ref.c1, ref.c3, ref.c4]);
    expect(await refs(`vendorId=${vendorB}`)).toEqual([ref.c2, ref.c3]);
    expect(await refs(`departmentId=${deptOps}`)).toEqual([ref.c1, ref.c4]);
    expect(await refs('type=cloud')).toEqual([ref.c2]);
    expect(await refs('outsourcingCategory=operations')).toEqual([ref.c1]);
    expect(await refs('expiringWithinDays=30')).toEqual([ref.c1]);
    expect(await refs('expiringWithinDays=400')).toEqual([ref.c1, ref.c2]);
    expect(await refs('amountMin=50000&amountMax=100000')).toEqual([ref.c1, ref.c2]);
    expect(await refs('material=true')).toEqual([ref.c1]);
    expect(await refs('material=false')).toEqual([ref.c2, ref.c3, ref.c4]);
    expect(await refs(`q=${encodeURIComponent('云海')}`)).toEqual([ref.c2, ref.c3]);
    expect(await refs(`q=${encodeURIComponent('运维服务')}`)).toEqual([ref.c1]);
    expect(await refs(`q=${ref.c4}`)).toEqual([ref.c4]);
    expect(await refs('q=100%25')).toEqual([]);
    const filtered = await list(admin, `vendorId=${vendorA}&status=active`);
    expect(filtered.byCurrency).toEqual([
      { currency: 'CNY', count: 1, amount: '100000.00', paid: '30000.10', unpaid: '69999.90' },
    ]);
  });

  it('shows each reader what they may do and rejects malformed filters with 400', async () => {
    expect((await list(finance, 'pageSize=1')).items[0]?.permissions).toEqual(['record-payments']);
    expect((await list(auditor, 'pageSize=1')).items[0]?.permissions).toEqual([]);
    for (const query of ['amountMin=abc', 'status=open', 'vendorId=x', 'expiringWithinDays=-1', 'sort=vendor']) {
      expect((await admin.get(`/api/v1/contracts?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('exports the filter as xlsx with Chinese headers', async () => {
    const res = await admin.get(`/api/v1/contracts/export?vendorId=${vendorA}&sort=reference`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('合同台账');
    expect(sheet?.getRow(1).getCell(1).value).toBe('合同编号');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(1).value).toBe(ref.c1);
    expect(sheet?.getRow(2).getCell(10).value).toBe(30000.1);
  });

  it('sums payments by month and currency, empty months included', async () => {
    const res = await admin.get('/api/v1/contracts/payments-by-month?from=2025-12&to=2026-03');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: '2025-12',
      to: '2026-03',
      months: [
        { month: '2025-12', byCurrency: [] },
        { month: '2026-01', byCurrency: [{ currency: 'CNY', amount: '30000.00', count: 1 }] },
        { month: '2026-02', byCurrency: [] },
        {
          month: '2026-03',
          byCurrency: [
            { currency: 'CNY', amount: '0.10', count: 1 },
            { currency: 'USD', amount: '10000.00', count: 1 },
          ],
        },
      ],
    });
    const defaults = (await admin.get(`/api/v1/contracts/payments-by-month?type=cloud`)).json();
    expect(defaults.from).toBe('2025-04');
    expect(defaults.months).toHaveLength(12);
    expect(defaults.months.at(-1).byCurrency).toEqual([{ currency: 'USD', amount: '10000.00', count: 1 }]);
    expect((await admin.get('/api/v1/contracts/payments-by-month?from=2026-04&to=2026-03')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/contracts/payments-by-month?from=2026-13')).statusCode).toBe(400);
  });
});
