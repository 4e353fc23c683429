import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a record id (UUID): anything else names no record (and must not reach a uuid column). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The four by-id row operations every business table of a module repeats. */
export interface RecordRows<Row, NewRow> {
  /** The row with this id, or undefined (also for an id that is not a UUID). */
  find(db: Executor, id: string): Promise<Row | undefined>;
  /** The row with this id, locked `for update` until the transaction ends. */
  lock(tx: Executor, id: string): Promise<Row | undefined>;
  insert(tx: Executor, values: NewRow): Promise<Row>;
  /** Sets `set` on the row with this id; the row must exist (lock it first). */
  update(tx: Executor, id: string, set: Partial<NewRow>): Promise<Row>;
}

/** By-id row operations of a table whose primary key is the uuid column `id` (`businessColumns()`). */
export function recordRows<T extends PgTable & { id: PgColumn }>(
  table: T,
  what: string,
): RecordRows<T['$inferSelect'], T['$inferInsert']> {
  type Row = T['$inferSelect'];
  // Drizzle cannot type a query over a generic table; the table's own row types are restored on the way out.
  const t = table as PgTable & { id: PgColumn };
  return {
    async find(db, id) {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(t).where(eq(t.id, id));
      return row as Row | undefined;
    },
    async lock(tx, id) {
      if (!isUuid(id)) return undefined;
      const [row] = await tx.select().from(t).where(eq(t.id, id)).for('update');
      return row as Row | undefined;
    },
    async insert(tx, values) {
      const [row] = await tx
        .insert(t)
        .values(values as never)
        .returning();
      if (!row) throw new Error(`${what} insert returned nothing`);
      return row as Row;
    },
    async update(tx, id, set) {
      const [row] = await tx
        .update(t)
        .set(set as never)
        .where(eq(t.id, id))
        .returning();
      if (!row) throw new Error(`${what} update returned nothing`);
      return row as Row;
    },
  };
}
