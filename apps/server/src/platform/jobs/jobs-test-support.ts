import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import type { DueItemKind } from './due-items';

/**
 * A kind of dated obligation over a scratch table `test_due_items`, standing in for a module's table in the
 * jobs tests and the bench.
 */
export async function createDueItemsTable(db: Executor): Promise<void> {
  await db.execute(sql`create table if not exists test_due_items (
    id text primary key, due_date date not null, recipient uuid not null)`);
}

export async function insertDueItems(
  db: Executor,
  rows: { id: string; dueDate: string; recipient: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const values = sql.join(
      rows.slice(i, i + 2000).map((r) => sql`(${r.id}, ${r.dueDate}::date, ${r.recipient}::uuid)`),
      sql`, `,
    );
    await db.execute(sql`insert into test_due_items (id, due_date, recipient) values ${values}`);
  }
}

export function testDueItemKind(offsets: DueItemKind['offsets'], code = 'test-due'): DueItemKind {
  return {
    code,
    offsets,
    async listDue(db, { from, to }) {
      const rows = await queryRows<{ id: string; due_date: string; recipient: string }>(
        db,
        sql`select id, to_char(due_date, 'YYYY-MM-DD') as due_date, recipient from test_due_items
            where due_date between ${from}::date and ${to}::date`,
      );
      return rows.map((r) => ({ id: r.id, dueDate: r.due_date, recipients: [r.recipient], link: `/items/${r.id}` }));
    },
    title: (item, r) =>
      r.daysLeft >= 0
        ? { zh: `${item.id} 还有 ${r.daysLeft} 天到期`, en: `${item.id} is due in ${r.daysLeft} days` }
        : { zh: `${item.id} 已逾期 ${-r.daysLeft} 天`, en: `${item.id} is ${-r.daysLeft} days overdue` },
  };
}
