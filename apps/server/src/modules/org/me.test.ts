import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { createSignedInUser, USER_PASSWORD } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';

describe('my account and password resets', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  it('enforces the password policy on a new password, naming newPassword', async () => {
    const { session } = await createSignedInUser(t, admin, 'policy.user', ['specialist']);
    const cases: [string, string][] = [
      ['short1!', 'at least 10'],
      ['xxpolicy.userxx', 'username'],
      ['POLICY.USER-2026', 'username'],
      ['password123', 'too common'],
      ['1234567890', 'too common'],
      ['QwertyUiop', 'too common'],
      ['admin12345', 'too common'],
      // Field messages of our own answer zh-CN users in Chinese.
      [USER_PASSWORD, '新密码不能与当前密码相同'],
    ];
    for (const [newPassword, message] of cases) {
      const res = await session.post('/api/v1/me/password', { currentPassword: USER_PASSWORD, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      const body = res.json();
      expect(body.code, newPassword).toBe('password_policy');
      expect(body.errors[0].path).toBe('newPassword');
      expect(body.errors.map((e: { message: string }) => e.message).join(' ')).toContain(message);
    }
    // Still the old password.
    await signIn(t.app, 'policy.user', USER_PASSWORD);
  });

  it('refuses a wrong current password with 400 wrong_current_password', async () => {
    const { session } = await createSignedInUser(t, admin, 'wrong.current', ['specialist']);
    const res = await session.post('/api/v1/me/password', {
      currentPassword: 'not-my-password',
      newPassword: 'A-fresh-Passw0rd',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'wrong_current_password',
      errors: [{ path: 'currentPassword', message: expect.any(String) }],
    });
    await signIn(t.app, 'wrong.current', USER_PASSWORD);
  });

  it('changes the password: other sessions end, this one stays, audited without values', async () => {
    const { id, session } = await createSignedInUser(t, admin, 'changer', ['specialist']);
    const other = await signIn(t.app, 'changer', USER_PASSWORD);
    const res = await session.post('/api/v1/me/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'Brand-New-Secret-7',
    });
    expect(res.statusCode, res.body).toBe(204);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);
    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
    await expect(signIn(t.app, 'changer', USER_PASSWORD)).rejects.toThrow(/401/);
    await signIn(t.app, 'changer', 'Brand-New-Secret-7');
    const event = (await auditEventsOf(t.db, 'user', id)).find((e) => e.action === 'user.change-password');
    expect(event?.actorId).toBe(id);
    expect(event?.changes).toMatchObject({ passwordHash: { from: '[redacted]', to: '[redacted]' } });
    expect(JSON.stringify(event?.changes)).not.toContain('Brand-New-Secret-7');
  });

  it('reset forces a change: other routes 403 password_change_required until changed', async () => {
    const { id, session } = await createSignedInUser(t, admin, 'forgetful', ['project_manager']);
    const reset = await admin.post(`/api/v1/users/${id}/reset-password`, {});
    expect(reset.statusCode, reset.body).toBe(200);
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).toMatch(/^.{16}$/);
    // The old session ended with the reset.
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    expect((await admin.get(`/api/v1/users/${id}`)).json()).toMatchObject({ mustChangePassword: true, version: 2 });
    expect((await auditEventsOf(t.db, 'user', id)).at(-1)).toMatchObject({
      action: 'user.reset-password',
      actorId: admin.userId,
      changes: { mustChangePassword: { from: false, to: true } },
    });

    const fresh = await signIn(t.app, 'forgetful', temporaryPassword);
    const me = await fresh.get('/api/v1/me');
    expect(me.json().user.mustChangePassword).toBe(true);
    for (const res of [
      await fresh.get('/api/v1/users'),
      await fresh.get('/api/v1/departments'),
      await fresh.patch('/api/v1/me/preferences', { locale: 'en-US' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('password_change_required');
    }
    const changed = await fresh.post('/api/v1/me/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Remembered-This-1',
    });
    expect(changed.statusCode).toBe(204);
    expect((await fresh.get('/api/v1/me')).json().user.mustChangePassword).toBe(false);
    expect((await fresh.get('/api/v1/users')).statusCode).toBe(200);
  });

  it('resets to a given password only when it meets the policy', async () => {
    const { id } = await createSignedInUser(t, admin, 'given.reset', ['specialist']);
    const weak = await admin.post(`/api/v1/users/${id}/reset-password`, { password: 'given.reset123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'password_policy', errors: [{ path: 'password' }] });
    const ok = await admin.post(`/api/v1/users/${id}/reset-password`, { password: 'Chosen-By-Admin-9' });
    expect(ok.json()).toEqual({ temporaryPassword: 'Chosen-By-Admin-9' });
    expect((await admin.post('/api/v1/users/0190f5a4-0000-7000-8000-000000000000/reset-password', {})).statusCode).toBe(
      404,
    );
  });

  it('changes my language and answers like GET /me', async () => {
    const { id, session } = await createSignedInUser(t, admin, 'linguist', ['finance']);
    const res = await session.patch('/api/v1/me/preferences', { locale: 'en-US' });
    expect(res.statusCode, res.body).toBe(200);
    const me = await session.get('/api/v1/me');
    expect(res.json()).toEqual(me.json());
    expect(me.json().user.locale).toBe('en-US');
    expect((await session.patch('/api/v1/me/preferences', { locale: 'fr-FR' })).statusCode).toBe(400);
    expect((await auditEventsOf(t.db, 'user', id)).at(-1)).toMatchObject({
      action: 'user.update-preferences',
      changes: { locale: { from: 'zh-CN', to: 'en-US' } },
    });
  });

  it('reads organisation settings for anyone signed in; only settings:write changes them', async () => {
    const { session } = await createSignedInUser(t, admin, 'settings.reader', ['specialist']);
    const got = await session.get('/api/v1/org-settings');
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ name: 'Thirdline', timeZone: 'Asia/Shanghai', version: 1 });
    expect((await session.patch('/api/v1/org-settings', { version: 1, name: 'X' })).statusCode).toBe(403);

    const badZone = await admin.patch('/api/v1/org-settings', { version: 1, timeZone: 'Mars/Olympus' });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().errors[0].path).toContain('timeZone');
    expect((await admin.patch('/api/v1/org-settings', { version: 1, timeZone: '+08:00' })).statusCode).toBe(400);

    const ok = await admin.patch('/api/v1/org-settings', { version: 1, name: '星海科技', timeZone: 'asia/tokyo' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: '星海科技', timeZone: 'Asia/Tokyo', version: 2 });
    const stale = await admin.patch('/api/v1/org-settings', { version: 1, name: 'Old' });
    expect(stale.json().code).toBe('version_conflict');
    expect((await auditEventsOf(t.db, 'org-settings', 'org')).at(-1)).toMatchObject({
      action: 'org-settings.update',
      changes: { name: { from: 'Thirdline', to: '星海科技' }, timeZone: { from: 'Asia/Shanghai', to: 'Asia/Tokyo' } },
    });
  });
});
