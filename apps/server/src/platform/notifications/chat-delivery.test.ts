import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { notificationChannels } from './notifications.table';
import { deliverOutbox, type OutboxDeliveryDeps } from './delivery';
import { createMember, notify, signInMember } from './notifications-test-support';
import { claimDueOutbox } from './outbox.repository';

interface Hit {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/** A local HTTP server standing in for the three robots; answers `status` (and the vendor's error body on 500). */
function startRobots(): Promise<{ server: Server; base: string; hits: Hit[]; status: { code: number } }> {
  const hits: Hit[] = [];
  const status = { code: 200 };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://robots');
      hits.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(status.code, { 'content-type': 'application/json' });
      res.end(url.pathname.startsWith('/feishu') ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, status }),
    ),
  );
}

const DING_SECRET = 'SECdingtalk-test-secret';
const FEISHU_SECRET = 'feishu-test-secret';

describe('chat robots (DingTalk, WeCom, Feishu)', () => {
  let t: TestApp;
  let admin: TestSession;
  let wang: TestSession;
  let robots: Awaited<ReturnType<typeof startRobots>>;
  let deps: OutboxDeliveryDeps;

  beforeAll(async () => {
    robots = await startRobots();
    t = await createTestApp();
    deps = { db: t.db, clock: t.clock, secretKey: t.secretKey };
    admin = await t.signInAdmin();
    wang = await createMember(t, admin, { username: 'wang.wu', displayName: '王五' });
    const prefs = await wang.put('/api/v1/me/notification-preferences', {
      channels: { system: { inApp: true, email: false, chat: true } },
    });
    expect(prefs.statusCode, prefs.body).toBe(200);
  });
  afterAll(async () => {
    await new Promise((resolve) => robots.server.close(resolve));
    await t.close();
  });

  it('stores webhook URLs and secrets, never returning a secret', async () => {
    const put = await admin.put('/api/v1/notification-channels', {
      items: [
        {
          vendor: 'dingtalk',
          enabled: true,
          webhookUrl: `${robots.base}/dingtalk/robot/send?access_token=abc`,
          secret: DING_SECRET,
        },
        { vendor: 'wecom', enabled: true, webhookUrl: `${robots.base}/wecom/cgi-bin/webhook/send?key=k1` },
        {
          vendor: 'feishu',
          enabled: true,
          webhookUrl: `${robots.base}/feishu/open-apis/bot/v2/hook/h1`,
          secret: FEISHU_SECRET,
        },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const got = await admin.get('/api/v1/notification-channels');
    expect(got.body).not.toContain(DING_SECRET);
    expect(got.body).not.toContain(FEISHU_SECRET);
    expect(got.json().items).toEqual([
      expect.objectContaining({ vendor: 'dingtalk', enabled: true, hasSecret: true }),
      expect.objectContaining({ vendor: 'wecom', enabled: true, hasSecret: false }),
      expect.objectContaining({ vendor: 'feishu', enabled: true, hasSecret: true }),
    ]);
    // Encrypted at rest, not the plain secret.
    const stored = await t.db.select().from(notificationChannels);
    expect(JSON.stringify(stored)).not.toContain(DING_SECRET);

    // Omitting the secret keeps it.
    await admin.put('/api/v1/notification-channels', {
      items: [{ vendor: 'dingtalk', enabled: true, webhookUrl: `${robots.base}/dingtalk/robot/send?access_token=abc` }],
    });
    expect((await admin.get('/api/v1/notification-channels')).json().items[0].hasSecret).toBe(true);
  });

  it('refuses bad channel settings and non-admins', async () => {
    for (const items of [
      [{ vendor: 'dingtalk', enabled: true, webhookUrl: null }],
      [{ vendor: 'wecom', enabled: true, webhookUrl: `${robots.base}/x`, secret: 'no secrets for wecom' }],
      [{ vendor: 'slack', enabled: true, webhookUrl: `${robots.base}/x` }],
      [{ vendor: 'feishu', enabled: true, webhookUrl: 'ftp://example.com/x' }],
    ]) {
      expect((await admin.put('/api/v1/notification-channels', { items })).statusCode, JSON.stringify(items)).toBe(400);
    }
    expect((await wang.get('/api/v1/notification-channels')).statusCode).toBe(403);
  });

  it('posts each vendor its own JSON shape with a valid signature, once per notification', async () => {
    robots.hits.length = 0;
    await notify(t, wang.userId, 'system', 1, '供应商资质即将到期');
    // Another recipient of the same notification who wants chat: still one post per robot.
    await notify(t, admin.userId, 'system', 1, '供应商资质即将到期');
    expect(await deliverOutbox(deps)).toEqual({ sent: 3, failed: 0, dead: 0 });
    expect(robots.hits).toHaveLength(3);

    const ding = robots.hits.find((h) => h.path.startsWith('/dingtalk'));
    expect(ding?.body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('供应商资质即将到期 1') } });
    expect(ding?.query.get('access_token')).toBe('abc');
    const ts = ding?.query.get('timestamp') as string;
    expect(ts).toBe(String(t.clock.now().getTime()));
    expect(ding?.query.get('sign')).toBe(
      createHmac('sha256', DING_SECRET).update(`${ts}\n${DING_SECRET}`).digest('base64'),
    );

    const wecom = robots.hits.find((h) => h.path.startsWith('/wecom'));
    expect(wecom?.body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('/vendors/1') } });
    expect(wecom?.query.get('key')).toBe('k1');

    const feishu = robots.hits.find((h) => h.path.startsWith('/feishu'));
    const fts = String(Math.floor(t.clock.now().getTime() / 1000));
    expect(feishu?.body).toEqual({
      msg_type: 'text',
      content: { text: expect.stringContaining('供应商资质即将到期 1') },
      timestamp: fts,
      sign: createHmac('sha256', `${fts}\n${FEISHU_SECRET}`).update('').digest('base64'),
    });
  });

  it('retries a robot that answers 500 and sends once it recovers', async () => {
    robots.hits.length = 0;
    robots.status.code = 500;
    await notify(t, wang.userId, 'system', 1, '合同即将到期');
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 3, dead: 0 });
    const failed = (await admin.get('/api/v1/notification-outbox?status=failed')).json();
    expect(failed.total).toBe(3);
    expect(failed.items[0]).toMatchObject({
      attempts: 1,
      recipient: null,
      lastError: expect.stringContaining('HTTP 500'),
    });

    robots.status.code = 200;
    t.clock.advance(60_000);
    expect(await deliverOutbox(deps)).toEqual({ sent: 3, failed: 0, dead: 0 });
    expect(robots.hits).toHaveLength(6);
    expect((await admin.get('/api/v1/notification-outbox?status=failed')).json().total).toBe(0);
  });

  it('sends a message an instance claimed and then died with, once its lease ends', async () => {
    robots.hits.length = 0;
    await notify(t, wang.userId, 'system', 1, '租约');
    const claimed = await claimDueOutbox(t.db, t.clock.now(), 50, 5 * 60_000);
    expect(claimed.map((r) => r.channel).sort()).toEqual(['dingtalk', 'feishu', 'wecom']);
    // The claiming instance "dies" here: nothing is sent while its lease runs …
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });
    t.clock.advance(5 * 60_000);
    // … and everything once it has ended, exactly once.
    expect(await deliverOutbox(deps)).toEqual({ sent: 3, failed: 0, dead: 0 });
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(robots.hits).toHaveLength(3);
  });

  it('gives up after the last attempt and sends again when an admin retries', async () => {
    robots.status.code = 500;
    await admin.put('/api/v1/notification-channels', {
      items: [
        { vendor: 'dingtalk', enabled: false, webhookUrl: null, secret: null },
        { vendor: 'feishu', enabled: false, webhookUrl: null, secret: null },
      ],
    });
    await notify(t, wang.userId, 'system', 1, '最后一次');
    for (let i = 0; i < 10; i++) {
      await deliverOutbox(deps);
      t.clock.advance(6 * 3600_000);
    }
    admin = await t.signInAdmin();
    wang = await signInMember(t, 'wang.wu');
    const dead = (await admin.get('/api/v1/notification-outbox?status=dead')).json();
    expect(dead.items).toHaveLength(1);
    expect(dead.items[0]).toMatchObject({ channel: 'wecom', attempts: 10, nextAttemptAt: null });
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });

    robots.status.code = 200;
    const retried = await admin.post(`/api/v1/notification-outbox/${dead.items[0].id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await deliverOutbox(deps)).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect((await wang.post(`/api/v1/notification-outbox/${dead.items[0].id}/retry`)).statusCode).toBe(403);
  });

  it('sends a test message on request', async () => {
    robots.hits.length = 0;
    const res = await admin.post('/api/v1/notification-channels/wecom/test');
    expect(res.json()).toEqual({ ok: true, error: null });
    expect(robots.hits[0]?.body).toEqual({ msgtype: 'text', text: { content: expect.stringContaining('测试') } });
    expect((await admin.post('/api/v1/notification-channels/feishu/test')).statusCode).toBe(409);
  });
});
