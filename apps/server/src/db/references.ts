import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from './client';

/**
 * The next human reference number for a prefix and year, e.g. `V-2026-0001`. Call it inside the transaction that
 * creates the record: the counter row stays locked until commit, so concurrent callers get consecutive numbers and a
 * rolled-back transaction gives its number back (no gaps, never reused).
 */
export async function nextReference(tx: Executor, prefix: string, year: number): Promise<string> {
  const [reference] = await nextReferences(tx, prefix, year, 1);
  if (!reference) throw new Error('reference counter did not return a value');
  return reference;
}

/** `count` consecutive references in one counter update (a bulk import), same rules as `nextReference`. */
export async function nextReferences(tx: Executor, prefix: string, year: number, count: number): Promise<string[]> {
  if (!/^[A-Z]{1,6}$/.test(prefix)) throw new Error(`invalid reference prefix "${prefix}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`invalid reference year ${year}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`invalid reference count ${count}`);
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`insert into reference_counters (prefix, year, last) values (${prefix}, ${year}, ${count})
        on conflict (prefix, year) do update set last = reference_counters.last + ${count}
        returning last`,
  );
  if (!row) throw new Error('reference counter did not return a value');
  const first = Number(row.last) - count + 1;
  return Array.from({ length: count }, (_, i) => `${prefix}-${year}-${String(first + i).padStart(4, '0')}`);
}
