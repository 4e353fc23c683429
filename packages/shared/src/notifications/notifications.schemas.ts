import { z } from 'zod';
import { pageSchema } from '../http/list.schemas';

/** A notification kind: a stable code such as `vendor-qualification-expiry` or `approval-task`. */
export const notificationKindSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'Must be a kind code: lower-case letters, digits and dashes.');

/**
 * Kinds the preferences page always offers, besides the due-item kinds the modules register. Other code may
 * create notifications of any kind; a kind nobody set a preference for uses the defaults.
 */
export const BASE_NOTIFICATION_KINDS = ['approval-task', 'approval-outcome', 'system'] as const;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const notificationListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  unread: booleanQuery.optional(),
});

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number().int() });
export const unreadCountSchema = z.object({ unread: z.number().int() });
export const notificationIdParamsSchema = z.strictObject({ id: z.uuid() });

export const channelSwitchesSchema = z.strictObject({ inApp: z.boolean(), email: z.boolean(), chat: z.boolean() });
export type ChannelSwitches = z.infer<typeof channelSwitchesSchema>;
/** What a user gets for a kind they never chose for. */
export const DEFAULT_CHANNEL_SWITCHES: ChannelSwitches = { inApp: true, email: true, chat: false };

export const notificationPreferencesSchema = z.object({
  channels: z.record(notificationKindSchema, channelSwitchesSchema),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;
export const updateNotificationPreferencesSchema = z.strictObject({
  channels: z
    .record(notificationKindSchema, channelSwitchesSchema)
    .refine((c) => Object.keys(c).length <= 200, 'At most 200 kinds.'),
});

export const CHAT_VENDORS = ['dingtalk', 'wecom', 'feishu'] as const;
export const chatVendorSchema = z.enum(CHAT_VENDORS);
export type ChatVendor = z.infer<typeof chatVendorSchema>;
/** The vendors whose robots sign messages with a secret (WeCom robots authenticate by the webhook key only). */
export const SIGNING_VENDORS: readonly ChatVendor[] = ['dingtalk', 'feishu'];

const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(1000)
  .refine((v) => !v.includes('\u0000'), 'Must not contain NUL characters.');

export const notificationChannelSchema = z.object({
  vendor: chatVendorSchema,
  enabled: z.boolean(),
  webhookUrl: z.string().nullable(),
  hasSecret: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;
export const notificationChannelsSchema = z.object({ items: z.array(notificationChannelSchema) });

export const updateNotificationChannelSchema = z.strictObject({
  vendor: chatVendorSchema,
  enabled: z.boolean(),
  webhookUrl: webhookUrl.nullable(),
  /** A new secret; omitted keeps the stored one; null removes it. */
  secret: z.string().min(1).max(500).nullable().optional(),
});
export const updateNotificationChannelsSchema = z
  .strictObject({ items: z.array(updateNotificationChannelSchema).min(1).max(CHAT_VENDORS.length) })
  .superRefine((body, issue) => {
    const seen = new Set<string>();
    body.items.forEach((item, i) => {
      if (seen.has(item.vendor)) issue.addIssue({ code: 'custom', path: ['items', i, 'vendor'], message: 'Repeated.' });
      seen.add(item.vendor);
      if (item.enabled && !item.webhookUrl) {
        issue.addIssue({ code: 'custom', path: ['items', i, 'webhookUrl'], message: 'Required when enabled.' });
      }
      if (item.secret && !SIGNING_VENDORS.includes(item.vendor)) {
        issue.addIssue({ code: 'custom', path: ['items', i, 'secret'], message: 'This robot takes no secret.' });
      }
    });
  });
export const chatVendorParamsSchema = z.strictObject({ vendor: chatVendorSchema });
export const channelTestResultSchema = z.object({ ok: z.boolean(), error: z.string().nullable() });

export const OUTBOX_STATUSES = ['pending', 'failed', 'sent', 'dead'] as const;
export const outboxStatusSchema = z.enum(OUTBOX_STATUSES);
export const OUTBOX_CHANNELS = ['email', ...CHAT_VENDORS] as const;
export const outboxQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: outboxStatusSchema.optional(),
});
export const outboxEntrySchema = z.object({
  id: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  recipient: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  kind: z.string(),
  title: z.string(),
  status: outboxStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
export const outboxPageSchema = pageSchema(outboxEntrySchema);
export const outboxIdParamsSchema = notificationIdParamsSchema;
