import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every reminder sent, keyed by what makes it unique: the kind of obligation, the item, the offset (days relative
 * to the due date: −30 = thirty days before, 0 = on the day, 7 = a week overdue) and the due date (a moved due
 * date starts a fresh series). The primary key is what makes each reminder go out exactly once, whatever the
 * number of instances or restarts.
 */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    kind: text('kind').notNull(),
    itemId: text('item_id').notNull(),
    offsetDays: integer('offset_days').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.itemId, t.offsetDays, t.dueDate] })],
);
