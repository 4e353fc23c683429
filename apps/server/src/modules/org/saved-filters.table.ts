import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './org.table';

/** Named list filters a user saved (per list, names unique per user and list). */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    list: text('list').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('saved_filters_name_idx').on(t.userId, t.list, t.name),
    index('saved_filters_user_list_idx').on(t.userId, t.list, t.createdAt),
  ],
);
