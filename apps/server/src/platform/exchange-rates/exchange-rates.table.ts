import { integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Reference exchange rates to CNY, one row per foreign currency, edited by administrators: the approval flows
 * compare amounts in other currencies by their CNY equivalent. CNY has no row (always 1). A cleared rate (null)
 * means amounts in that currency cannot be converted (422); the row stays, so the start-up seed (which inserts
 * only missing currencies) never brings a cleared rate back.
 */
export const exchangeRates = pgTable('exchange_rates', {
  currency: text('currency').primaryKey(),
  rateToCny: numeric('rate_to_cny', { precision: 18, scale: 6 }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
  version: integer('version').notNull().default(1),
});
