import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { TEST_ADMIN_PASSWORD } from '../../test/test-session';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_FAILURES: '3',
      LOGIN_LOCKOUT_MINUTES: '15',
      LOGIN_RATE_LIMIT_PER_MINUTE: '50',
    });
  });
  afterAll(async () => t.close());

  it('signs in, sets an httpOnly SameSite=Lax cookie and answers /me with roles and permissions', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: TEST_ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'thirdline_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'admin', mustChangePassword: false });
    expect(body.csrfToken).toEqual(expect.any(String));

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', cookies: { thirdline_session: cookie!.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ roles: ['admin'], csrfToken: body.csrfToken });
    expect(me.json().permissions).toContain('users:write');
  });

  it('answers a wrong password and an unknown user with the same 401 problem', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'nope-nope-nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ghost', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('locks an account after the configured failures until the window passes', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'ghost2', password: 'x' },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ghost2', password: 'x' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(15 * 60_000 + 1000);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ghost2', password: 'x' },
    });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a mutating request without the CSRF header', async () => {
    const s = await t.signInAdmin();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { thirdline_session: s.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const ok = await s.post('/api/v1/auth/logout');
    expect(ok.statusCode).toBe(204);
    const me = await s.get('/api/v1/me');
    expect(me.statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const s = await t.signInAdmin();
    t.clock.advance(29 * 60_000);
    expect((await s.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await s.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await s.get('/api/v1/me')).statusCode).toBe(401);

    const s2 = await t.signInAdmin();
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000);
      const r = await s2.get('/api/v1/me');
      if (i < 24) expect(r.statusCode).toBe(200);
      else expect(r.statusCode).toBe(401);
    }
  });

  it('answers 401 problem+json to a protected route without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ status: 401, code: 'session_required' });
  });
});

describe('per-address sign-in limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3', LOGIN_MAX_FAILURES: '10' });
  });
  afterAll(async () => t.close());

  const attempt = (username: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress,
      payload: { username, password: 'wrong-password' },
    });

  it('refuses further attempts from one address for a minute, whatever the account, and not other addresses', async () => {
    for (const name of ['a1', 'a2', 'a3']) expect((await attempt(name, '203.0.113.7')).statusCode).toBe(401);
    const limited = await attempt('a4', '203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('login_rate_limited');
    expect((await attempt('a4', '203.0.113.8')).statusCode).toBe(401);
    t.clock.advance(61_000);
    expect((await attempt('a5', '203.0.113.7')).statusCode).toBe(401);
  });
});
