import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { cnyEquivalent, seedExchangeRates } from './exchange-rates';
import { exchangeRates } from './exchange-rates.table';

describe('CNY equivalents at the reference rates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('converts exactly, rounding half-up to cents; CNY is itself', async () => {
    expect(await cnyEquivalent(t.db, '80000.00', 'USD')).toEqual({
      amount: '80000.00',
      currency: 'USD',
      rateToCny: '7.100000',
      amountCny: '568000.00',
    });
    // 0.1 × 0.0475 = 0.00475 → 0.00; 0.11 × 0.0475 = 0.005225 → 0.01 (half-up, no float drift).
    expect((await cnyEquivalent(t.db, '0.1', 'JPY')).amountCny).toBe('0.00');
    expect((await cnyEquivalent(t.db, '0.11', 'JPY')).amountCny).toBe('0.01');
    expect((await cnyEquivalent(t.db, '9999999999999999.99', 'GBP')).amountCny).toBe('90499999999999999.91');
    expect(await cnyEquivalent(t.db, '12.5', 'CNY')).toMatchObject({ rateToCny: '1.000000', amountCny: '12.50' });
  });

  it('seeds only missing currencies: an edited or cleared rate is never overwritten or brought back', async () => {
    await t.db.update(exchangeRates).set({ rateToCny: null }).where(eq(exchangeRates.currency, 'EUR'));
    await t.db.update(exchangeRates).set({ rateToCny: '7.3' }).where(eq(exchangeRates.currency, 'USD'));
    expect(await seedExchangeRates(t.db, t.clock)).toBe(0);
    await t.db.delete(exchangeRates).where(eq(exchangeRates.currency, 'HKD'));
    expect(await seedExchangeRates(t.db, t.clock)).toBe(1);
    const rows = Object.fromEntries((await t.db.select().from(exchangeRates)).map((r) => [r.currency, r.rateToCny]));
    expect(rows).toEqual({ EUR: null, USD: '7.300000', HKD: '0.910000', JPY: '0.047500', GBP: '9.050000' });
    await expect(cnyEquivalent(t.db, '1', 'EUR')).rejects.toMatchObject({
      status: 422,
      code: 'exchange_rate_missing',
      extra: { currency: 'EUR' },
    });
  });
});
