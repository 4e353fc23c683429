import { DEFAULT_RATES_TO_CNY, type ForeignCurrency } from '@thirdline/shared/exchange-rates/exchange-rates.schemas';
import Decimal from 'decimal.js';
import type { Executor } from '../../db/client';
import type { Clock } from '../calendar/clock';
import { unprocessable } from '../errors/problem';
import { findExchangeRate, insertMissingRates } from './exchange-rates.repository';

/** An amount with its CNY equivalent and the rate used (recorded where the equivalent decided something). */
export interface CnyEquivalent {
  amount: string;
  currency: string;
  /** CNY per unit of `currency` ("1.000000" for CNY), as stored when converted. */
  rateToCny: string;
  /** `amount × rateToCny`, rounded half-up to cents. */
  amountCny: string;
}

/**
 * The CNY equivalent of a decimal amount at the current reference rate: what approval-flow thresholds (in CNY)
 * are compared with. 422 `exchange_rate_missing` when the currency has no rate. Exact decimal arithmetic.
 */
export async function cnyEquivalent(db: Executor, amount: string, currency: string): Promise<CnyEquivalent> {
  if (currency === 'CNY') return { amount, currency, rateToCny: '1.000000', amountCny: new Decimal(amount).toFixed(2) };
  const rate = (await findExchangeRate(db, currency))?.rateToCny;
  if (!rate) {
    throw unprocessable(
      `There is no exchange rate from ${currency} to CNY, so the amount cannot be compared with the approval thresholds; an administrator sets it under exchange rates.`,
      'exchange_rate_missing',
      { currency },
    );
  }
  const amountCny = new Decimal(amount).times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return { amount, currency, rateToCny: rate, amountCny };
}

/** Inserts the default rate of every currency that has no row yet (never overwrites or revives an edit). */
export async function seedExchangeRates(db: Executor, clock: Clock): Promise<number> {
  const at = clock.now();
  return insertMissingRates(
    db,
    (Object.entries(DEFAULT_RATES_TO_CNY) as [ForeignCurrency, string][]).map(([currency, rateToCny]) => ({
      currency,
      rateToCny,
      createdAt: at,
      updatedAt: at,
    })),
  );
}
