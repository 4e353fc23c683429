import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { insertTestContract } from './contract-test-support';
import { findContract, lockContract, updateContractRow } from './contracts.repository';

describe('contract rows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('numbers contracts CT-YYYY-NNNN and keeps amounts as exact decimals', async () => {
    const vendorId = '01900000-0000-7000-8000-000000000001';
    const departmentId = '01900000-0000-7000-8000-000000000002';
    const first = await insertTestContract(t.db, { vendorId, departmentId, amount: '1234567.89' });
    const second = await insertTestContract(t.db, { vendorId, departmentId, serviceLocations: ['CN', 'HK'] });
    expect(first.reference).toBe('CT-2026-0001');
    expect(second.reference).toBe('CT-2026-0002');
    expect((await findContract(t.db, first.id))?.amount).toBe('1234567.89');
    expect((await findContract(t.db, second.id))?.serviceLocations).toEqual(['CN', 'HK']);

    await t.db.transaction(async (tx) => {
      const locked = await lockContract(tx, first.id);
      await updateContractRow(tx, first.id, { status: 'in-review', version: (locked?.version ?? 0) + 1 });
    });
    expect(await findContract(t.db, first.id)).toMatchObject({ status: 'in-review', version: 2 });
  });
});
