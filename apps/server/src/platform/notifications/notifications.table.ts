import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

/**
 * Which channels a user wants for a kind of notification. No row: the defaults (in-app and e-mail on, chat off).
 * `user_id` is a user id without a foreign key, like `notifications.recipient_id`.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull(),
    email: boolean('email').notNull(),
    chat: boolean('chat').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Every e-mail and chat-robot message to send, with its outcome. Rows are written in the transaction that creates
 * the notification and delivered by the `notification-outbox` job: nothing is lost when SMTP or a robot is down,
 * and a row claimed by one instance (its `next_attempt_at` pushed out as a lease) is not sent by another.
 * `status`: pending (not tried yet) → sent, or failed (retried with back-off) → … → dead (gave up).
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey(),
    /** `email`, `dingtalk`, `wecom` or `feishu`. */
    channel: text('channel').notNull(),
    /** The user an e-mail goes to; null for a chat robot (it posts to the organisation's group). */
    recipientId: uuid('recipient_id'),
    /** `{ kind, title: { zh, en }, link }`: rendered at delivery in the recipient's language. */
    payload: jsonb('payload').notNull(),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status in ('pending', 'failed')`),
    index('notification_outbox_status_idx').on(t.status, t.createdAt),
  ],
);

/** The organisation's chat robots (DingTalk, WeCom, Feishu): webhook URL and signing secret (AES-256-GCM). */
export const notificationChannels = pgTable('notification_channels', {
  vendor: text('vendor').primaryKey(),
  enabled: boolean('enabled').notNull(),
  webhookUrl: text('webhook_url'),
  /** `iv.tag.ciphertext` in base64, encrypted with the file encryption key; null without a secret. */
  secretEncrypted: text('secret_encrypted'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});
