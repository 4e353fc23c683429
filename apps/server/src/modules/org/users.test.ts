import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { apiTokens, sessions } from '../../platform/auth/auth.table';
import { sha256Hex } from '../../platform/auth/tokens';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signIn, type TestSession } from '../../test/test-session';
import { users } from './org.table';
import { createSignedInUser, USER_PASSWORD } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';

describe('users', () => {
  let t: TestApp;
  let admin: TestSession;
  let devId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    devId = (await admin.post('/api/v1/departments', { name: '应用开发组' })).json().id;
  });
  afterAll(async () => t.close());

  it('creates a user with a generated password shown once, who must change it', async () => {
    const res = await admin.post('/api/v1/users', {
      username: 'Zhang.San',
      displayName: '张三',
      email: 'zhangsan@example.com',
      departmentId: devId,
      roles: ['specialist', 'project_manager', 'specialist'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'Zhang.San',
      displayName: '张三',
      email: 'zhangsan@example.com',
      phone: null,
      departmentId: devId,
      departmentName: '应用开发组',
      roles: ['project_manager', 'specialist'],
      active: true,
      locale: 'zh-CN',
      mustChangePassword: true,
      version: 1,
      permissions: ['read', 'update', 'deactivate', 'reset-password'],
    });
    expect(user.initialPassword).toMatch(/^.{16}$/);
    expect(user).not.toHaveProperty('passwordHash');

    const got = await admin.get(`/api/v1/users/${user.id}`);
    expect(got.json()).not.toHaveProperty('initialPassword');
    const session = await signIn(t.app, 'zhang.san', user.initialPassword);
    const blocked = await session.get('/api/v1/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');

    const [event] = await auditEventsOf(t.db, 'user', user.id);
    expect(event).toMatchObject({ action: 'user.create', actorId: admin.userId });
    const changes = event?.changes as Record<string, { from: unknown; to: unknown }>;
    expect(changes.displayName).toEqual({ from: null, to: '张三' });
    expect(changes.passwordHash).toEqual({ from: null, to: '[redacted]' });
    expect(JSON.stringify(changes)).not.toContain(user.initialPassword);
  });

  it('refuses a duplicate username (any case) with 409 username_taken', async () => {
    const before = (await t.db.select({ n: count() }).from(users))[0]?.n;
    const res = await admin.post('/api/v1/users', { username: 'ZHANG.san', displayName: '另一个张三', roles: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'username_taken', status: 409 });
    expect((await t.db.select({ n: count() }).from(users))[0]?.n).toBe(before);
  });

  it('validates username, roles, e-mail, unknown fields and the given password', async () => {
    const bad = [
      { username: 'ab', displayName: 'x', roles: [] },
      { username: '张三丰', displayName: 'x', roles: [] },
      { username: 'valid.name', displayName: 'x', roles: ['king'] },
      { username: 'valid.name', displayName: 'x', roles: [], email: 'not-an-email' },
      { username: 'valid.name', displayName: 'x', roles: [], isRoot: true },
    ];
    for (const body of bad) {
      const res = await admin.post('/api/v1/users', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const weak = await admin.post('/api/v1/users', {
      username: 'valid.name',
      displayName: 'x',
      roles: [],
      password: 'password123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'password_policy', errors: [{ path: 'password' }] });
    const unknownDept = await admin.post('/api/v1/users', {
      username: 'valid.name',
      displayName: 'x',
      roles: [],
      departmentId: uuidv7(),
    });
    expect(unknownDept.json()).toMatchObject({ status: 400, code: 'unknown_department' });
    expect((await admin.get('/api/v1/users?q=valid.name')).json().total).toBe(0);
  });

  it('updates a user with the version read; stale → 409 with nothing written', async () => {
    const { id } = await createSignedInUser(t, admin, 'li.si', ['specialist']);
    t.clock.advance(1000);
    const ok = await admin.patch(`/api/v1/users/${id}`, {
      version: 1,
      displayName: '李四',
      phone: '13800138000',
      roles: ['finance'],
      departmentId: devId,
      locale: 'en-US',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      displayName: '李四',
      phone: '13800138000',
      roles: ['finance'],
      departmentName: '应用开发组',
      locale: 'en-US',
      version: 2,
    });
    const stale = await admin.patch(`/api/v1/users/${id}`, { version: 1, displayName: '李四四' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await admin.get(`/api/v1/users/${id}`)).json()).toMatchObject({ displayName: '李四', version: 2 });
    const events = (await auditEventsOf(t.db, 'user', id)).filter((e) => e.action.startsWith('user.'));
    expect(events.map((e) => e.action)).toEqual(['user.create', 'user.update']);
    expect(events[1]?.changes).toMatchObject({
      displayName: { from: 'li.si', to: '李四' },
      roles: { from: ['specialist'], to: ['finance'] },
      locale: { from: 'zh-CN', to: 'en-US' },
    });
  });

  it('deactivation ends the user’s sessions and revokes their API tokens', async () => {
    const { id, session } = await createSignedInUser(t, admin, 'wang.wu', ['project_manager']);
    const secret = 'tl_test_secret_for_wang_wu';
    await t.db.insert(apiTokens).values({
      id: uuidv7(),
      userId: id,
      name: 'integration',
      tokenHash: sha256Hex(secret),
      prefix: 'tl_test',
      permissions: ['users:read'],
      expiresAt: new Date('2027-01-01T00:00:00Z'),
      createdAt: t.clock.now(),
    });
    const bearer = () =>
      t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { authorization: `Bearer ${secret}` } });
    expect((await bearer()).statusCode).toBe(200);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);

    const off = await admin.patch(`/api/v1/users/${id}`, { version: 1, active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, permissions: ['read', 'update', 'reset-password'] });

    const me = await session.get('/api/v1/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('session_required');
    expect((await bearer()).statusCode).toBe(401);
    const [token] = await t.db.select().from(apiTokens).where(eq(apiTokens.userId, id));
    expect(token?.revokedAt?.toISOString()).toBe(t.clock.now().toISOString());
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect((await auditEventsOf(t.db, 'user', id)).at(-1)).toMatchObject({
      action: 'user.deactivate',
      changes: { active: { from: true, to: false }, version: { from: 1, to: 2 } },
    });
    // Reactivated, the token stays revoked.
    await admin.patch(`/api/v1/users/${id}`, { version: 2, active: true });
    expect((await bearer()).statusCode).toBe(401);
    expect((await signIn(t.app, 'wang.wu', USER_PASSWORD)).userId).toBe(id);
  });

  it('stops an administrator locking themself out (422 self_lockout)', async () => {
    const self = (await admin.get(`/api/v1/users/${admin.userId}`)).json();
    expect(self.permissions).toEqual(['read', 'update', 'reset-password']);
    const off = await admin.patch(`/api/v1/users/${admin.userId}`, { version: self.version, active: false });
    expect(off.statusCode).toBe(422);
    expect(off.json().code).toBe('self_lockout');
    const demote = await admin.patch(`/api/v1/users/${admin.userId}`, { version: self.version, roles: ['auditor'] });
    expect(demote.json().code).toBe('self_lockout');
    const ok = await admin.patch(`/api/v1/users/${admin.userId}`, {
      version: self.version,
      roles: ['admin', 'auditor'],
    });
    expect(ok.statusCode).toBe(200);
  });

  it('lets a project manager list and read users but not create or change them', async () => {
    const { id, session } = await createSignedInUser(t, admin, 'pm.users', ['project_manager']);
    const list = await session.get('/api/v1/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((u: { permissions: string[] }) => u.permissions.join() === 'read')).toBe(true);
    expect((await session.get(`/api/v1/users/${id}`)).statusCode).toBe(200);
    const post = await session.post('/api/v1/users', { username: 'sneaky', displayName: 'x', roles: ['admin'] });
    expect(post.statusCode).toBe(403);
    expect(post.json().code).toBe('forbidden');
    expect((await session.patch(`/api/v1/users/${id}`, { version: 1, roles: ['admin'] })).statusCode).toBe(403);
    expect((await session.post(`/api/v1/users/${id}/reset-password`, {})).statusCode).toBe(403);
    expect((await admin.get('/api/v1/users?q=sneaky')).json().total).toBe(0);
  });

  it('pages, sorts, filters by department, role and active, and searches Chinese names', async () => {
    for (const [username, displayName, roles] of [
      ['zhao.liu', '赵六', ['legal']],
      ['sun.qi', '孙七', ['legal', 'auditor']],
      ['zhou.ba', '周八', ['finance']],
    ] as const) {
      await admin.post('/api/v1/users', { username, displayName, roles: [...roles], departmentId: devId });
    }
    const all = (await admin.get('/api/v1/users?pageSize=200')).json();
    const usernames = all.items.map((u: { username: string }) => u.username);
    expect(usernames).toEqual([...usernames].sort());
    expect(all.total).toBe(usernames.length);

    const p1 = (await admin.get('/api/v1/users?pageSize=3&page=1&sort=-username')).json();
    const p2 = (await admin.get('/api/v1/users?pageSize=3&page=2&sort=-username')).json();
    expect([...p1.items, ...p2.items].map((u: { username: string }) => u.username)).toEqual(
      [...usernames].reverse().slice(0, 6),
    );
    expect(p1).toMatchObject({ page: 1, pageSize: 3, total: all.total });

    const names = async (query: string) =>
      (await admin.get(`/api/v1/users?${query}`)).json().items.map((u: { username: string }) => u.username);
    expect(await names(`q=${encodeURIComponent('赵')}`)).toEqual(['zhao.liu']);
    expect(await names(`q=${encodeURIComponent('七')}`)).toEqual(['sun.qi']);
    expect(await names('q=EXAMPLE.COM')).toEqual(['Zhang.San']);
    expect(await names('role=legal')).toEqual(['sun.qi', 'zhao.liu']);
    expect(await names('role=legal&q=zhao')).toEqual(['zhao.liu']);
    expect(await names('active=false')).toEqual([]);
    expect(await names(`departmentId=${devId}&sort=displayName`)).toHaveLength(5);
    expect(await names('q=%25')).toEqual([]);
    expect((await admin.get('/api/v1/users?role=king')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/users?departmentId=nope')).statusCode).toBe(400);
  });

  it('lists roles with their permissions', async () => {
    const res = await admin.get('/api/v1/roles');
    expect(res.statusCode).toBe(200);
    const roles = res.json() as { code: string; permissions: string[] }[];
    expect(roles).toHaveLength(12);
    expect(roles.find((r) => r.code === 'auditor')?.permissions).toContain('audit:read');
    expect(roles.find((r) => r.code === 'vendor_contact')?.permissions).not.toContain('users:read');
  });
});
