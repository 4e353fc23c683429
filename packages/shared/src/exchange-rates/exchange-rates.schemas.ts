import { z } from 'zod';
import { CURRENCIES, currencySchema } from '../vendors/vendors.schemas';

/**
 * Reference exchange rates to CNY (the currency of the approval flows' amount thresholds, R1.4): how many CNY one
 * unit of a foreign currency is worth. CNY itself is always 1 and has no row.
 */
export const FOREIGN_CURRENCIES = CURRENCIES.filter((c) => c !== 'CNY') as Exclude<
  (typeof CURRENCIES)[number],
  'CNY'
>[];
export const foreignCurrencySchema = currencySchema.exclude(['CNY']);
export type ForeignCurrency = z.infer<typeof foreignCurrencySchema>;

/** Sensible defaults seeded on a new database (an administrator keeps them current). */
export const DEFAULT_RATES_TO_CNY: Readonly<Record<ForeignCurrency, string>> = {
  USD: '7.100000',
  EUR: '7.750000',
  HKD: '0.910000',
  JPY: '0.047500',
  GBP: '9.050000',
};

export const rateToCnySchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}(\.\d{1,6})?$/, 'Must be a rate with at most six decimals, e.g. "7.100000".')
  .refine((v) => Number(v) > 0, 'Must be more than zero.');

export const exchangeRateSchema = z.object({
  currency: foreignCurrencySchema,
  /** Null: cleared by an administrator; amounts in this currency are refused until a rate is set. */
  rateToCny: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.uuid().nullable(),
  version: z.number().int(),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

export const exchangeRateListSchema = z.object({
  base: z.literal('CNY'),
  items: z.array(exchangeRateSchema),
});

export const exchangeRateParamsSchema = z.strictObject({ currency: foreignCurrencySchema });

/** PUT body: sets a currency's rate, or clears it with `null`; `version` as read (stale → 409). */
export const putExchangeRateSchema = z.strictObject({
  rateToCny: rateToCnySchema.nullable(),
  version: z.number().int().min(1),
});
export type PutExchangeRate = z.infer<typeof putExchangeRateSchema>;
