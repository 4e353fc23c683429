import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { exchangeRates } from './exchange-rates.table';

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;

export async function listExchangeRates(db: Executor): Promise<ExchangeRateRow[]> {
  return db.select().from(exchangeRates).orderBy(asc(exchangeRates.currency));
}

export async function findExchangeRate(db: Executor, currency: string): Promise<ExchangeRateRow | undefined> {
  const [row] = await db.select().from(exchangeRates).where(eq(exchangeRates.currency, currency));
  return row;
}

export async function lockExchangeRate(tx: Executor, currency: string): Promise<ExchangeRateRow | undefined> {
  const [row] = await tx.select().from(exchangeRates).where(eq(exchangeRates.currency, currency)).for('update');
  return row;
}

/** Inserts the rows that are missing (the seed); returns how many were inserted. */
export async function insertMissingRates(tx: Executor, rows: (typeof exchangeRates.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await tx.insert(exchangeRates).values(rows).onConflictDoNothing().returning()).length;
}

export async function updateExchangeRate(
  tx: Executor,
  currency: string,
  set: Partial<typeof exchangeRates.$inferInsert>,
): Promise<ExchangeRateRow> {
  const [row] = await tx.update(exchangeRates).set(set).where(eq(exchangeRates.currency, currency)).returning();
  if (!row) throw new Error('exchange rate update returned nothing');
  return row;
}
