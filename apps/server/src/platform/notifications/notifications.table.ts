import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * In-app notifications, one row per recipient. Kept minimal on purpose: the notifications feature (bell, e-mail,
 * chat robots, preferences) builds on it. `recipient_id` is a user id (no foreign key: platform never depends on a
 * module's table).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    recipientId: uuid('recipient_id').notNull(),
    kind: text('kind').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_recipient_idx').on(t.recipientId, t.createdAt)],
);
