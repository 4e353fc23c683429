import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { approvalAmount } from './approval-amount';

describe('the amount a contract approval flow compares with its CNY thresholds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('is the CNY equivalent at the reference rate, with the currency and rate kept', async () => {
    expect(await approvalAmount(t.db, '80000.00', 'USD')).toEqual({
      amount: 568000,
      currency: 'USD',
      rateToCny: '7.100000',
    });
    expect(await approvalAmount(t.db, '450000.50', 'CNY')).toEqual({
      amount: 450000.5,
      currency: 'CNY',
      rateToCny: '1.000000',
    });
  });
});
