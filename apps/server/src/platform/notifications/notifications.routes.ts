import {
  DEFAULT_CHANNEL_SWITCHES,
  notificationIdParamsSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
  updateNotificationPreferencesSchema,
  type NotificationPreferences,
} from '@thirdline/shared/notifications/notifications.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit/audit';
import { auditContextOf } from '../audit/request-context';
import { requireActor } from '../auth/actor';
import type { Clock } from '../calendar/clock';
import { notFound } from '../errors/problem';
import { requestLocale } from '../i18n/locale';
import { countUnread, listNotifications, markAllRead, markRead } from './notifications.repository';
import { findPreferences, savePreferences } from './preferences.repository';

export interface NotificationRoutesDeps {
  db: Db;
  clock: Clock;
  /** The kinds registered at start (the platform's and modules' kinds, the due-item kinds), offered on the preferences page. */
  kinds: () => string[];
}

/** The signed-in user's own notifications and their channel preferences (`authenticated`: own rows only). */
export function registerNotificationRoutes(root: FastifyInstance, deps: NotificationRoutesDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const english = requestLocale(request) === 'en-US';
      const { rows, total, unread } = await listNotifications(deps.db, actor.userId, request.query);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: english ? r.title_en : r.title_zh,
          link: r.link,
          createdAt: new Date(r.created_at).toISOString(),
          readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
        })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
        unread,
      };
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'How many of my notifications are unread', response: { 200: unreadCountSchema } },
    },
    async (request) => ({ unread: await countUnread(deps.db, requireActor(request).userId) }),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'Mark one of my notifications read', params: notificationIdParamsSchema },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!(await markRead(deps.db, actor.userId, request.params.id, deps.clock.now()))) throw notFound();
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    { config: { permission: 'authenticated' }, schema: { tags, summary: 'Mark all my notifications read' } },
    async (request, reply) => {
      await markAllRead(deps.db, requireActor(request).userId, deps.clock.now());
      return reply.code(204).send();
    },
  );

  const preferencesOf = async (userId: string): Promise<NotificationPreferences> => {
    const stored = await findPreferences(deps.db, userId);
    const kinds = new Set<string>([...deps.kinds(), ...stored.keys()]);
    return {
      channels: Object.fromEntries([...kinds].sort().map((k) => [k, stored.get(k) ?? DEFAULT_CHANNEL_SWITCHES])),
    };
  };

  app.get(
    '/api/v1/me/notification-preferences',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Which notifications I get by which channel (in-app, e-mail, chat robot)',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => preferencesOf(requireActor(request).userId),
  );

  app.put(
    '/api/v1/me/notification-preferences',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Change my notification preferences (kinds not sent keep their setting)',
        body: updateNotificationPreferencesSchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const ctx = auditContextOf(request, deps.clock);
      await deps.db.transaction(async (tx) => {
        const before = Object.fromEntries(await findPreferences(tx, actor.userId));
        await savePreferences(tx, actor.userId, request.body.channels, ctx.at);
        const after = Object.fromEntries(await findPreferences(tx, actor.userId));
        await recordAudit(tx, ctx, {
          action: 'notification-preferences.update',
          recordType: 'user',
          recordId: actor.userId,
          before: { notificationPreferences: before },
          after: { notificationPreferences: after },
        });
      });
      return preferencesOf(actor.userId);
    },
  );
}
