import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { updateContractRow } from '../contracts.repository';
import { deleteContractRow } from '../exit/exit.repository';
import { reconcileLedgerTotals } from './ledger-totals.repository';
import { contractLedgerTotals } from './ledger.table';
import { createLedgerDepartment, createLedgerVendor } from './ledger-test-support';

interface Totals {
  byCurrency: { currency: string; count: number; amount: string; paid: string; unpaid: string }[];
}

/**
 * The kept totals per status and currency (what an unfiltered or status-only ledger reads) against the same totals
 * aggregated over the contracts (`amountMin=0` makes the ledger take that path), after every kind of change.
 */
describe('contract ledger kept totals', () => {
  let t: TestApp;
  let admin: TestSession;
  let finance: TestSession;
  let financeId: string;
  let vendorId: string;
  let departmentId: string;

  const totals = async (query: string) => {
    const res = await admin.get(`/api/v1/contracts/totals?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as Totals).byCurrency;
  };
  /** Kept and aggregated totals agree for every status and for all; returns the kept ones for all. */
  const expectKeptMatchesAggregate = async () => {
    for (const status of ['', 'status=active&', 'status=draft&', 'status=terminated&', 'currency=USD&']) {
      expect(await totals(status), status).toEqual(await totals(`${status}amountMin=0`));
    }
    return totals('');
  };
  const pay = async (contractId: string, amount: string) => {
    const res = await finance.post(`/api/v1/contracts/${contractId}/payments`, {
      invoiceNumber: `INV-${amount}-${contractId.slice(-4)}`,
      amount,
      paidOn: '2026-03-01',
      approverId: financeId,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    const financeUser = await createSignedInUser(t, admin, 'totals.finance', ['finance']);
    finance = financeUser.session;
    financeId = financeUser.id;
    vendorId = await createLedgerVendor(admin, '合计测试科技有限公司');
    departmentId = await createLedgerDepartment(admin, '合计部');
  });
  afterAll(async () => t.close());

  it('stay right after inserts, payments, status changes, variations and deletes', async () => {
    expect(await totals('')).toEqual([]);
    const a = await insertTestContract(t.db, { vendorId, departmentId, amount: '100000.00', status: 'active' });
    const b = await insertTestContract(t.db, { vendorId, departmentId, amount: '50000.00', status: 'active' });
    const usd = await insertTestContract(t.db, {
      vendorId,
      departmentId,
      amount: '8000.00',
      currency: 'USD',
      status: 'active',
    });
    const draft = await insertTestContract(t.db, { vendorId, departmentId, amount: '7000.00' });
    await pay(a.id, '30000.00');
    await pay(a.id, '5000.50');
    await pay(usd.id, '1000.00');
    expect(await expectKeptMatchesAggregate()).toEqual([
      { currency: 'CNY', count: 3, amount: '157000.00', paid: '35000.50', unpaid: '121999.50' },
      { currency: 'USD', count: 1, amount: '8000.00', paid: '1000.00', unpaid: '7000.00' },
    ]);
    expect(await totals('status=active')).toEqual([
      { currency: 'CNY', count: 2, amount: '150000.00', paid: '35000.50', unpaid: '114999.50' },
      { currency: 'USD', count: 1, amount: '8000.00', paid: '1000.00', unpaid: '7000.00' },
    ]);

    // A status change takes the contract's amount and what was paid on it to the new status.
    await t.db.transaction((tx) => updateContractRow(tx, a.id, { status: 'terminated' }));
    expect(await totals('status=terminated')).toEqual([
      { currency: 'CNY', count: 1, amount: '100000.00', paid: '35000.50', unpaid: '64999.50' },
    ]);
    // A variation changes the amount (and here the currency) in place; a title change moves nothing.
    await t.db.transaction((tx) => updateContractRow(tx, b.id, { amount: '65000.00', currency: 'USD' }));
    await t.db.transaction((tx) => updateContractRow(tx, usd.id, { title: '改名' }));
    expect(await totals('status=active')).toEqual([
      { currency: 'USD', count: 2, amount: '73000.00', paid: '1000.00', unpaid: '72000.00' },
    ]);
    await expectKeptMatchesAggregate();

    // Deleting a contract (with what was paid on it) takes its share out.
    await t.db.transaction((tx) => deleteContractRow(tx, draft.id));
    await t.db.transaction((tx) => deleteContractRow(tx, a.id));
    expect(await expectKeptMatchesAggregate()).toEqual([
      { currency: 'USD', count: 2, amount: '73000.00', paid: '1000.00', unpaid: '72000.00' },
    ]);
  });

  it('are rebuilt at start when they do not add up, and left alone when they do', async () => {
    const before = await totals('');
    expect(await reconcileLedgerTotals(t.db)).toBe(false);
    await t.db.delete(contractLedgerTotals);
    expect(await totals('')).toEqual([]);
    expect(await reconcileLedgerTotals(t.db)).toBe(true);
    expect(await totals('')).toEqual(before);
    expect(await reconcileLedgerTotals(t.db)).toBe(false);
    await expectKeptMatchesAggregate();
  });
});
