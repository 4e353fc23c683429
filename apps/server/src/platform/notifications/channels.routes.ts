import {
  channelTestResultSchema,
  chatVendorParamsSchema,
  notificationChannelsSchema,
  outboxEntrySchema,
  outboxIdParamsSchema,
  outboxPageSchema,
  outboxQuerySchema,
  updateNotificationChannelsSchema,
  type OutboxEntry,
} from '@thirdline/shared/notifications/notifications.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db, Executor } from '../../db/client';
import { recordAudit } from '../audit/audit';
import { auditContextOf } from '../audit/request-context';
import type { Clock } from '../calendar/clock';
import { conflict, notFound } from '../errors/problem';
import { requestLocale } from '../i18n/locale';
import { findChannel, listChannels, saveChannel, type ChannelRow } from './channels.repository';
import { postChat } from './chat';
import { loadRobots } from './delivery';
import type { NotificationDirectory } from './directory';
import { findOutboxRow, listOutbox, retryOutboxRow, type OutboxRow } from './outbox.repository';
import { sealSecret } from './secret-box';

export interface ChannelRoutesDeps {
  db: Db;
  clock: Clock;
  secretKey: () => Promise<Buffer>;
  directory?: NotificationDirectory | undefined;
}

const presentChannel = (c: ChannelRow) => ({
  vendor: c.vendor,
  enabled: c.enabled,
  webhookUrl: c.webhookUrl,
  hasSecret: c.secretEncrypted !== null,
  updatedAt: c.updatedAt,
});

/** The webhook URL as the audit log keeps it: query values (access tokens) blanked. */
function auditedUrl(url: string | null): string | null {
  if (!url) return null;
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, '***');
  return parsed.toString().replace(/\/hook\/[^/?]+/, '/hook/***');
}

const audited = (c: ChannelRow | undefined) =>
  c && { enabled: c.enabled, webhookUrl: auditedUrl(c.webhookUrl), hasSecret: c.secretEncrypted !== null };

/** The organisation's chat robots (settings:write) and the outbox of e-mails and chat messages (jobs:manage). */
export function registerChannelRoutes(root: FastifyInstance, deps: ChannelRoutesDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  app.get(
    '/api/v1/notification-channels',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Chat robots (DingTalk, WeCom, Feishu); secrets are never returned',
        response: { 200: notificationChannelsSchema },
      },
    },
    async () => ({ items: (await listChannels(deps.db)).map(presentChannel) }),
  );

  app.put(
    '/api/v1/notification-channels',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Configure chat robots: secret omitted keeps the stored one, null removes it',
        body: updateNotificationChannelsSchema,
        response: { 200: notificationChannelsSchema },
      },
    },
    async (request) => {
      const ctx = auditContextOf(request, deps.clock);
      const key = request.body.items.some((i) => i.secret) ? await deps.secretKey() : undefined;
      await deps.db.transaction(async (tx) => {
        for (const item of request.body.items) {
          const before = await findChannel(tx, item.vendor);
          const secretEncrypted =
            item.secret === undefined
              ? (before?.secretEncrypted ?? null)
              : item.secret === null
                ? null
                : sealSecret(key as Buffer, item.vendor, item.secret);
          const row = { vendor: item.vendor, enabled: item.enabled, webhookUrl: item.webhookUrl, secretEncrypted };
          await saveChannel(tx, row, ctx.actorId, ctx.at);
          await recordAudit(tx, ctx, {
            action: 'notification-channel.update',
            recordType: 'notification-channel',
            recordId: item.vendor,
            before: audited(before) ?? null,
            after: audited({ ...row, updatedAt: null }) ?? null,
            ...(item.secret ? { details: { secretChanged: true } } : {}),
          });
        }
      });
      return { items: (await listChannels(deps.db)).map(presentChannel) };
    },
  );

  app.post(
    '/api/v1/notification-channels/:vendor/test',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Send a test message through a configured robot now',
        params: chatVendorParamsSchema,
        response: { 200: channelTestResultSchema },
      },
    },
    async (request) => {
      const robot = (await loadRobots(deps)).get(request.params.vendor);
      if (!robot) throw conflict('This robot is not enabled or has no webhook URL.', 'channel_not_configured');
      try {
        const title = { zh: 'Thirdline 测试消息', en: 'Thirdline test message' };
        await postChat(robot, `【Thirdline】${title.zh}\n${title.en}`, deps.clock.now());
        return { ok: true, error: null };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
  );

  app.get(
    '/api/v1/notification-outbox',
    {
      config: { permission: 'jobs:manage' },
      schema: {
        tags,
        summary: 'E-mails and chat messages: status, attempts, last error',
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listOutbox(deps.db, request.query);
      return {
        items: await presentOutbox(deps.db, deps.directory, rows, requestLocale(request) === 'en-US'),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    '/api/v1/notification-outbox/:id/retry',
    {
      config: { permission: 'jobs:manage' },
      schema: {
        tags,
        summary: 'Send a failed or dead message again (at the next delivery run)',
        params: outboxIdParamsSchema,
        response: { 200: outboxEntrySchema },
      },
    },
    async (request) => {
      const ctx = auditContextOf(request, deps.clock);
      const row = await deps.db.transaction(async (tx) => {
        const before = await findOutboxRow(tx, request.params.id);
        if (!before) throw notFound();
        const after = await retryOutboxRow(tx, request.params.id, ctx.at);
        if (!after) throw conflict(`The message is ${before.status}: only failed or dead ones are retried.`);
        await recordAudit(tx, ctx, {
          action: 'notification-outbox.retry',
          recordType: 'notification-outbox',
          recordId: after.id,
          before: { status: before.status, attempts: before.attempts },
          after: { status: after.status, attempts: after.attempts },
        });
        return after;
      });
      const [entry] = await presentOutbox(deps.db, deps.directory, [row], requestLocale(request) === 'en-US');
      return entry as OutboxEntry;
    },
  );
}

async function presentOutbox(
  db: Executor,
  directory: NotificationDirectory | undefined,
  rows: OutboxRow[],
  english: boolean,
): Promise<OutboxEntry[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.recipient_id ? [r.recipient_id] : [])))];
  const people = directory && ids.length ? await directory.recipients(db, ids) : new Map();
  const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel as OutboxEntry['channel'],
    recipient: r.recipient_id
      ? { id: r.recipient_id, displayName: people.get(r.recipient_id)?.displayName ?? r.recipient_id }
      : null,
    kind: r.payload.kind,
    title: english ? r.payload.title.en : r.payload.title.zh,
    status: r.status as OutboxEntry['status'],
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' || r.status === 'failed' ? iso(r.next_attempt_at) : null,
    lastError: r.last_error,
    createdAt: iso(r.created_at) as string,
    sentAt: iso(r.sent_at),
  }));
}
