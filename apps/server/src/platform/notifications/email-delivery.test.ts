import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { deliverOutbox, type OutboxDeliveryDeps } from './delivery';
import { orgNotificationDirectory } from '../../app';
import { createSmtpMailer } from './email';
import { createMember, notify } from './notifications-test-support';

interface Received {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** A real SMTP server on a local port that keeps what it receives. */
function startSmtp(port = 0): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          done();
        })
        .catch(done);
    },
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, port: (server.server.address() as AddressInfo).port, inbox }),
    );
  });
}

const stop = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('e-mail notifications over SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let deps: OutboxDeliveryDeps;
  let zhang: TestSession;
  let mary: TestSession;

  beforeAll(async () => {
    smtp = await startSmtp();
    const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
    t = await createTestApp({ SMTP_URL: smtpUrl, PUBLIC_URL: 'https://thirdline.example.com' });
    deps = {
      db: t.db,
      clock: t.clock,
      mailer: createSmtpMailer(smtpUrl, 'Thirdline <no-reply@example.com>'),
      directory: orgNotificationDirectory,
      publicUrl: t.env.PUBLIC_URL,
      secretKey: t.secretKey,
    };
    const admin = await t.signInAdmin();
    zhang = await createMember(t, admin, { username: 'zhang.wei', displayName: '张伟', email: 'zw@example.com' });
    mary = await createMember(t, admin, {
      username: 'mary',
      displayName: 'Mary',
      email: 'mary@example.com',
      locale: 'en-US',
    });
    await createMember(t, admin, { username: 'no.mail', displayName: '无邮箱' });
  });
  afterAll(async () => {
    deps.mailer?.close();
    await stop(smtp.server);
    await t.close();
  });

  const outbox = async (admin: TestSession) => (await admin.get('/api/v1/notification-outbox?pageSize=50')).json();

  it('sends each recipient one e-mail in their language with a link to the record', async () => {
    await notify(t, zhang.userId, 'system', 1, '供应商资质即将到期');
    await notify(t, mary.userId, 'system', 1, '供应商资质即将到期');
    expect(await deliverOutbox(deps)).toEqual({ sent: 2, failed: 0, dead: 0 });
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });

    const byTo = new Map(smtp.inbox.map((m) => [m.to[0], m]));
    expect(smtp.inbox).toHaveLength(2);
    expect(byTo.get('zw@example.com')).toMatchObject({ subject: '【Thirdline】供应商资质即将到期 1' });
    expect(byTo.get('zw@example.com')?.text).toContain('张伟，您好');
    expect(byTo.get('zw@example.com')?.text).toContain('https://thirdline.example.com/vendors/1');
    expect(byTo.get('mary@example.com')).toMatchObject({ subject: '[Thirdline] Notice 1' });
    expect(byTo.get('mary@example.com')?.html).toContain('href="https://thirdline.example.com/vendors/1"');
  });

  it('writes no e-mail for a user without an address or who turned e-mail off', async () => {
    const admin = await t.signInAdmin();
    const before = (await outbox(admin)).total as number;
    const noMail = (await admin.get('/api/v1/users?q=no.mail')).json().items[0].id as string;
    await notify(t, noMail, 'system');
    await zhang.put('/api/v1/me/notification-preferences', {
      channels: { 'quiet-kind': { inApp: true, email: false, chat: false } },
    });
    await notify(t, zhang.userId, 'quiet-kind');
    expect((await outbox(admin)).total).toBe(before);
  });

  it('keeps the message when SMTP is down, records the retries, and delivers it once when SMTP is back', async () => {
    const admin = await t.signInAdmin();
    await stop(smtp.server);
    smtp.inbox.length = 0;
    await notify(t, zhang.userId, 'system', 1, '合同即将到期');

    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 1, dead: 0 });
    let [row] = (await outbox(admin)).items;
    expect(row).toMatchObject({ channel: 'email', status: 'failed', attempts: 1, recipient: { displayName: '张伟' } });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 60_000).toISOString());

    // Not due yet: nothing is tried. A minute later: the second attempt, two minutes of back-off after it.
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });
    t.clock.advance(60_000);
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 1, dead: 0 });
    [row] = (await outbox(admin)).items;
    expect(row).toMatchObject({ status: 'failed', attempts: 2 });
    expect(row.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 120_000).toISOString());

    // The in-app notification arrived all the same.
    expect((await zhang.get('/api/v1/notifications?pageSize=1')).json().items[0].title).toBe('合同即将到期 1');

    const back = await startSmtp(smtp.port);
    smtp = back;
    t.clock.advance(120_000);
    expect(await deliverOutbox(deps)).toEqual({ sent: 1, failed: 0, dead: 0 });
    expect(await deliverOutbox(deps)).toEqual({ sent: 0, failed: 0, dead: 0 });
    expect(back.inbox.map((m) => m.subject)).toEqual(['【Thirdline】合同即将到期 1']);
    [row] = (await outbox(admin)).items;
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null, nextAttemptAt: null });
    expect(row.sentAt).toBe(t.clock.now().toISOString());

    expect((await admin.get('/api/v1/notification-outbox?status=failed')).json().total).toBe(0);
    expect((await admin.post(`/api/v1/notification-outbox/${row.id}/retry`)).statusCode).toBe(409);
  });
});
