import type { Executor } from '../../db/client';
import { cnyEquivalent } from '../../platform/exchange-rates';

/**
 * The amount an approval flow's CNY thresholds look at: `amount` in `currency` as its CNY equivalent at the reference
 * rate, with the currency and the rate kept in the approval context (a currency without a rate → 422).
 */
export async function approvalAmount(tx: Executor, amount: string, currency: string) {
  const value = await cnyEquivalent(tx, amount, currency);
  return { amount: Number(value.amountCny), currency, rateToCny: value.rateToCny };
}
