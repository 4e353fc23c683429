import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './client';

/**
 * The next human reference number for a prefix and year, e.g. `V-2026-0001`. Call it inside the transaction that
 * creates the record: the counter row stays locked until commit, so concurrent callers get consecutive numbers and a
 * rolled-back transaction gives its number back (no gaps, never reused).
 */
export async function nextReference(tx: Executor, prefix: string, year: number): Promise<string> {
  if (!/^[A-Z]{1,6}$/.test(prefix)) throw new Error(`invalid reference prefix "${prefix}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`invalid reference year ${year}`);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into reference_counters (prefix, year, last) values (${prefix}, ${year}, 1)
        on conflict (prefix, year) do update set last = reference_counters.last + 1
        returning last`,
  );
  if (!row) throw new Error('reference counter did not return a value');
  return `${prefix}-${year}-${String(row.last).padStart(4, '0')}`;
}
