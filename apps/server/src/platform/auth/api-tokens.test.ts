import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { createTestUser, setTestUserRoles, TEST_USER_PASSWORD } from '../../test/test-users';
import { auditEvents } from '../audit/audit.table';
import { apiTokens } from './auth.table';
import { sha256Hex } from './tokens';

const DAY = 24 * 60 * 60 * 1000;

describe('API tokens', () => {
  let t: TestApp;
  let admin: TestSession;
  let pm: TestSession;
  let pmId: string;
  const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  const bearer = (secret: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${secret}` }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    pmId = await createTestUser(t.db, 'pm.li', ['project_manager']);
    admin = await t.signInAdmin();
    pm = await signIn(t.app, 'pm.li', TEST_USER_PASSWORD);
  });
  afterAll(async () => t.close());

  it('creates a token, shows the secret once and stores only its SHA-256', async () => {
    const res = await pm.post('/api/v1/api-tokens', {
      name: '集成 ERP',
      permissions: ['files:read', 'org:read'],
      expiresAt: inDays(30),
    });
    expect(res.statusCode).toBe(201);
    const { token, secret } = res.json();
    expect(secret).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({
      name: '集成 ERP',
      prefix: secret.slice(0, 8),
      permissions: ['org:read', 'files:read'],
      expiresAt: inDays(30),
      revokedAt: null,
      lastUsedAt: null,
      createdAt: t.clock.now().toISOString(),
    });
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.tokenHash).toBe(sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const [event] = await t.db.select().from(auditEvents).where(eq(auditEvents.recordId, token.id));
    expect(event).toMatchObject({ action: 'api-token.create', recordType: 'api-token', actorName: 'pm.li' });
    expect(JSON.stringify(event)).not.toContain(secret);
    expect(JSON.stringify(event)).not.toContain(sha256Hex(secret));

    const list = await pm.get('/api/v1/api-tokens');
    expect(list.statusCode).toBe(200);
    expect(list.json().map((x: { id: string }) => x.id)).toEqual([token.id]);
    expect(JSON.stringify(list.json())).not.toContain(secret);
    // Another user does not see it.
    expect((await admin.get('/api/v1/api-tokens')).json()).toEqual([]);
  });

  it('refuses permissions the creator does not hold, and bad expiries', async () => {
    const notHeld = await pm.post('/api/v1/api-tokens', {
      name: 'x',
      permissions: ['files:read', 'audit:read', 'users:write'],
      expiresAt: inDays(30),
    });
    expect(notHeld.statusCode).toBe(400);
    expect(notHeld.json()).toMatchObject({ code: 'permission_not_held' });
    expect(notHeld.json().detail).toContain('audit:read, users:write');

    const past = await pm.post('/api/v1/api-tokens', {
      name: 'x',
      permissions: ['files:read'],
      expiresAt: t.clock.now().toISOString(),
    });
    expect(past.json()).toMatchObject({ status: 400, code: 'invalid_expiry', errors: [{ path: 'expiresAt' }] });
    const tooLong = await pm.post('/api/v1/api-tokens', {
      name: 'x',
      permissions: ['files:read'],
      expiresAt: new Date(t.clock.now().getTime() + 366 * DAY + 1000).toISOString(),
    });
    expect(tooLong.json()).toMatchObject({ status: 400, code: 'invalid_expiry' });
    expect((await pm.post('/api/v1/api-tokens', { name: 'x', permissions: ['files:read'] })).statusCode).toBe(400);
    expect(
      (await pm.post('/api/v1/api-tokens', { name: 'x', permissions: ['nope'], expiresAt: inDays(1) })).statusCode,
    ).toBe(400);
    const maxOk = await pm.post('/api/v1/api-tokens', {
      name: 'one year',
      permissions: ['files:read'],
      expiresAt: inDays(366),
    });
    expect(maxOk.statusCode).toBe(201);
  });

  it('authorises bearer requests by the token permissions, without CSRF', async () => {
    const created = await admin.post('/api/v1/api-tokens', {
      name: 'auditor feed',
      permissions: ['audit:read'],
      expiresAt: inDays(10),
    });
    const { secret, token } = created.json();
    const allowed = await bearer(secret, 'GET', '/api/v1/audit-events?pageSize=5');
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().total).toBeGreaterThan(0);
    // The admin holds api-tokens:manage, the token does not.
    const denied = await bearer(secret, 'GET', '/api/v1/api-tokens');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.lastUsedAt?.toISOString()).toBe(t.clock.now().toISOString());

    // A mutating request with a token needs no x-csrf-token.
    const manager = (
      await admin.post('/api/v1/api-tokens', {
        name: 'manager',
        permissions: ['api-tokens:manage'],
        expiresAt: inDays(10),
      })
    ).json();
    const revoke = await bearer(manager.secret, 'DELETE', `/api/v1/api-tokens/${token.id}`);
    expect(revoke.statusCode).toBe(204);
    // …but tokens are issued from a session only.
    const mint = await bearer(manager.secret, 'POST', '/api/v1/api-tokens', {
      name: 'child',
      permissions: ['api-tokens:manage'],
      expiresAt: inDays(5),
    });
    expect(mint.statusCode).toBe(403);
    expect(mint.json().code).toBe('interactive_session_required');
  });

  it('stops working when revoked', async () => {
    const { secret, token } = (
      await admin.post('/api/v1/api-tokens', { name: 'r', permissions: ['audit:read'], expiresAt: inDays(10) })
    ).json();
    expect((await bearer(secret, 'GET', '/api/v1/audit-events')).statusCode).toBe(200);
    expect((await admin.delete(`/api/v1/api-tokens/${token.id}`)).statusCode).toBe(204);
    const after = await bearer(secret, 'GET', '/api/v1/audit-events');
    expect(after.statusCode).toBe(401);
    const listed = (await admin.get('/api/v1/api-tokens')).json().find((x: { id: string }) => x.id === token.id);
    expect(listed.revokedAt).toBe(t.clock.now().toISOString());
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.recordId, token.id));
    expect(events.map((e) => e.action)).toEqual(['api-token.create', 'api-token.revoke']);
    // Revoking again changes nothing; another user's token is not found.
    expect((await admin.delete(`/api/v1/api-tokens/${token.id}`)).statusCode).toBe(204);
    expect((await pm.delete(`/api/v1/api-tokens/${token.id}`)).statusCode).toBe(404);
    expect((await admin.delete('/api/v1/api-tokens/not-a-uuid')).statusCode).toBe(400);
  });

  it('stops granting what the owner loses, and everything when the owner is deactivated', async () => {
    const { secret } = (
      await pm.post('/api/v1/api-tokens', {
        name: 'pm token',
        permissions: ['api-tokens:manage', 'files:read'],
        expiresAt: inDays(20),
      })
    ).json();
    expect((await bearer(secret, 'GET', '/api/v1/api-tokens')).statusCode).toBe(200);
    await setTestUserRoles(t.db, pmId, ['vendor_contact']);
    expect((await bearer(secret, 'GET', '/api/v1/api-tokens')).statusCode).toBe(403);
    // files:read is still held through vendor_contact: the guard lets it through to the (404) file lookup.
    const stillHeld = await bearer(secret, 'GET', '/api/v1/files/0190d7a4-0000-7000-8000-000000000000');
    expect(stillHeld.statusCode).toBe(404);
    await setTestUserRoles(t.db, pmId, ['project_manager']);
    expect((await bearer(secret, 'GET', '/api/v1/api-tokens')).statusCode).toBe(200);
  });

  it('stops working once expired', async () => {
    const { secret } = (
      await admin.post('/api/v1/api-tokens', { name: 'short', permissions: ['audit:read'], expiresAt: inDays(2) })
    ).json();
    t.clock.advance(2 * DAY - 1000);
    expect((await bearer(secret, 'GET', '/api/v1/audit-events')).statusCode).toBe(200);
    t.clock.advance(1000);
    const expired = await bearer(secret, 'GET', '/api/v1/audit-events');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('session_required');
  });
});
