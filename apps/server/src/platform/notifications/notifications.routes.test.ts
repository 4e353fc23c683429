import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createMember, notify as notifyUser } from './notifications-test-support';
import { notificationOutbox, notifications } from './notifications.table';

describe('in-app notifications and preferences', () => {
  let t: TestApp;
  let admin: TestSession;
  let li: TestSession;

  const notify = (recipientId: string, kind: string, n = 1) => notifyUser(t, recipientId, kind, n);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    li = await createMember(t, admin, { username: 'li.si', displayName: '李四', email: 'lisi@example.com' });
  });
  afterAll(() => t.close());

  it('lists my notifications newest first in my language, counts and marks them read', async () => {
    await notify(li.userId, 'system', 3);
    t.clock.advance(60_000);
    await notify(admin.userId, 'system', 1);

    expect((await li.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 3 });
    const page = (await li.get('/api/v1/notifications?pageSize=2')).json();
    expect(page).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({ kind: 'system', link: expect.stringMatching(/^\/vendors\//), readAt: null });
    expect(page.items[0].title).toMatch(/^通知 /);

    // In the caller's language: after switching to English, the same rows read in English.
    expect((await li.patch('/api/v1/me/preferences', { locale: 'en-US' })).statusCode).toBe(200);
    expect((await li.get('/api/v1/notifications')).json().items[0].title).toMatch(/^Notice /);
    expect((await li.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).statusCode).toBe(200);

    const first = page.items[0].id as string;
    expect((await li.post(`/api/v1/notifications/${first}/read`)).statusCode).toBe(204);
    expect((await li.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 2 });
    const unread = (await li.get('/api/v1/notifications?unread=true')).json();
    expect(unread).toMatchObject({ total: 2, unread: 2 });
    expect(unread.items.map((i: { id: string }) => i.id)).not.toContain(first);

    // Somebody else's notification: not found, and it stays unread.
    const [theirs] = await t.db.select().from(notifications).where(eq(notifications.recipientId, admin.userId));
    expect((await li.post(`/api/v1/notifications/${theirs!.id}/read`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });

    expect((await li.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await li.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await admin.get('/api/v1/notifications/unread-count')).json()).toEqual({ unread: 1 });
  });

  it('gives the defaults, saves my choices and routes by them', async () => {
    const defaults = (await li.get('/api/v1/me/notification-preferences')).json();
    expect(defaults.channels.system).toEqual({ inApp: true, email: true, chat: false });
    expect(Object.keys(defaults.channels)).toContain('approval-task');
    // Kinds a module registered at start are offered before any of them was sent or stored.
    expect(Object.keys(defaults.channels)).toEqual(
      expect.arrayContaining(['contract-review', 'contract-review-outcome', 'approval-outcome', 'system']),
    );

    const put = await li.put('/api/v1/me/notification-preferences', {
      channels: { 'vendor-qualification-expiry': { inApp: false, email: false, chat: true } },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().channels['vendor-qualification-expiry']).toEqual({ inApp: false, email: false, chat: true });
    expect(put.json().channels.system).toEqual({ inApp: true, email: true, chat: false });

    const before = (await li.get('/api/v1/notifications')).json().total as number;
    await notify(li.userId, 'vendor-qualification-expiry', 1);
    // In-app off: no row. Chat on but no robot configured, e-mail without SMTP: no outbox row either.
    expect((await li.get('/api/v1/notifications')).json().total).toBe(before);
    expect((await t.db.select({ n: count() }).from(notificationOutbox))[0]?.n).toBe(0);

    await notify(li.userId, 'system', 1);
    expect((await li.get('/api/v1/notifications')).json().total).toBe(before + 1);
  });

  it('refuses bad preferences and needs a session', async () => {
    for (const body of [
      { channels: { 'Bad Kind': { inApp: true, email: true, chat: true } } },
      { channels: { system: { inApp: true } } },
      { channels: { system: { inApp: 'yes', email: true, chat: true } } },
      {},
    ]) {
      const res = await li.put('/api/v1/me/notification-preferences', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count' })).statusCode).toBe(401);
  });
});
