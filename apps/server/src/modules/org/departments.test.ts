import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { departments } from './org.table';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';

describe('departments', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  const create = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/v1/departments', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('creates, reads and changes a department, auditing before and after', async () => {
    const it = await create({ name: '信息技术部' });
    expect(it).toMatchObject({
      name: '信息技术部',
      parentId: null,
      parentName: null,
      headUserId: null,
      active: true,
      version: 1,
      createdAt: '2026-03-02T02:00:00.000Z',
      permissions: ['read', 'update', 'deactivate'],
    });
    const child = await create({ name: '基础架构组', parentId: it.id, headUserId: admin.userId });
    expect(child).toMatchObject({ parentId: it.id, parentName: '信息技术部', headUserName: '系统管理员' });

    const got = await admin.get(`/api/v1/departments/${child.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(child);

    t.clock.advance(60_000);
    const patched = await admin.patch(`/api/v1/departments/${child.id}`, { version: 1, name: '基础设施组' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: '基础设施组', version: 2, updatedAt: '2026-03-02T02:01:00.000Z' });

    const events = await auditEventsOf(t.db, 'department', child.id);
    expect(events.map((e) => e.action)).toEqual(['department.create', 'department.update']);
    expect(events[1]?.changes).toEqual({
      name: { from: '基础架构组', to: '基础设施组' },
      version: { from: 1, to: 2 },
    });
    expect(events[1]?.actorId).toBe(admin.userId);

    const off = await admin.patch(`/api/v1/departments/${child.id}`, { version: 2, active: false });
    expect(off.json()).toMatchObject({ active: false, permissions: ['read', 'update'] });
    expect((await auditEventsOf(t.db, 'department', child.id)).at(-1)?.action).toBe('department.deactivate');
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const d = await create({ name: '财务部' });
    expect((await admin.patch(`/api/v1/departments/${d.id}`, { version: 1, name: '财务中心' })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/v1/departments/${d.id}`, { version: 1, name: '财务管理部' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', status: 409 });
    expect((await admin.get(`/api/v1/departments/${d.id}`)).json()).toMatchObject({ name: '财务中心', version: 2 });
    expect((await auditEventsOf(t.db, 'department', d.id)).length).toBe(2);
  });

  it('refuses a parent that would make a cycle (400 department_cycle), also itself', async () => {
    const a = await create({ name: '甲部' });
    const b = await create({ name: '乙组', parentId: a.id });
    const c = await create({ name: '丙组', parentId: b.id });
    const cycle = await admin.patch(`/api/v1/departments/${a.id}`, { version: 1, parentId: c.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json()).toMatchObject({ code: 'department_cycle', errors: [{ path: 'parentId' }] });
    const self = await admin.patch(`/api/v1/departments/${a.id}`, { version: 1, parentId: a.id });
    expect(self.json().code).toBe('department_cycle');
    expect((await admin.get(`/api/v1/departments/${a.id}`)).json()).toMatchObject({ parentId: null, version: 1 });
    // Moving a leaf elsewhere is fine, and back to the root too.
    const moved = await admin.patch(`/api/v1/departments/${c.id}`, { version: 1, parentId: a.id });
    expect(moved.json()).toMatchObject({ parentId: a.id, parentName: '甲部' });
    const root = await admin.patch(`/api/v1/departments/${c.id}`, { version: 2, parentId: null });
    expect(root.json()).toMatchObject({ parentId: null, version: 3 });
  });

  it('never lets two concurrent moves form a cycle', async () => {
    const a = await create({ name: '并发甲' });
    const b = await create({ name: '并发乙' });
    const [ab, ba] = await Promise.all([
      admin.patch(`/api/v1/departments/${a.id}`, { version: 1, parentId: b.id }),
      admin.patch(`/api/v1/departments/${b.id}`, { version: 1, parentId: a.id }),
    ]);
    expect([ab.statusCode, ba.statusCode].sort()).toEqual([200, 400]);
    expect([ab, ba].find((r) => r.statusCode === 400)?.json().code).toBe('department_cycle');
  });

  it('refuses unknown parents and heads (400), unknown fields (400) and duplicate sibling names (409)', async () => {
    const missing = '0190f5a4-0000-7000-8000-000000000000';
    const before = (await t.db.select({ n: count() }).from(departments))[0]?.n;
    const parent = await admin.post('/api/v1/departments', { name: '某部', parentId: missing });
    expect(parent.statusCode).toBe(400);
    expect(parent.json()).toMatchObject({ code: 'unknown_department', errors: [{ path: 'parentId' }] });
    const head = await admin.post('/api/v1/departments', { name: '某部', headUserId: missing });
    expect(head.json()).toMatchObject({ status: 400, code: 'unknown_user' });
    const unknown = await admin.post('/api/v1/departments', { name: '某部', colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('validation_failed');
    await create({ name: '法务部' });
    const dup = await admin.post('/api/v1/departments', { name: '法务部' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('department_name_taken');
    expect((await t.db.select({ n: count() }).from(departments))[0]?.n).toBe((before ?? 0) + 1);
    expect((await admin.get(`/api/v1/departments/${missing}`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/departments/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers control characters in text and queries with 400, never a database error', async () => {
    const before = (await t.db.select({ n: count() }).from(departments))[0]?.n;
    const nul = await admin.post('/api/v1/departments', { name: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.name' }] });
    expect((await admin.get('/api/v1/departments?q=a%00b')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/users?q=%00')).statusCode).toBe(400);
    const user = await admin.post('/api/v1/users', { username: 'ctl.user', displayName: 'x\u0007', roles: [] });
    expect(user.statusCode).toBe(400);
    expect((await t.db.select({ n: count() }).from(departments))[0]?.n).toBe(before);
  });

  it('returns the tree, roots and children ordered by name', async () => {
    const res = await admin.get('/api/v1/departments/tree');
    expect(res.statusCode).toBe(200);
    type Node = { name: string; children: Node[] };
    const tree = res.json() as Node[];
    const names = (nodes: Node[]) => nodes.map((n) => n.name);
    const collator = new Intl.Collator('zh-CN');
    expect(names(tree)).toEqual([...names(tree)].sort(collator.compare));
    const jia = tree.find((n) => n.name === '甲部');
    expect(names(jia?.children ?? [])).toEqual(['乙组']);
    expect(tree.find((n) => n.name === '信息技术部')?.children.map((n) => n.name)).toEqual(['基础设施组']);
    expect(tree.some((n) => n.name === '丙组')).toBe(true);
  });

  it('pages, sorts, filters and searches (Chinese substrings)', async () => {
    const all = (await admin.get('/api/v1/departments?pageSize=200&sort=createdAt')).json();
    expect(all.total).toBe(all.items.length);
    const page1 = (await admin.get('/api/v1/departments?pageSize=2&page=1&sort=name')).json();
    const page2 = (await admin.get('/api/v1/departments?pageSize=2&page=2&sort=name')).json();
    expect(page1).toMatchObject({ page: 1, pageSize: 2, total: all.total });
    expect(page1.items.length).toBe(2);
    const ids = [...page1.items, ...page2.items].map((d: { id: string }) => d.id);
    expect(new Set(ids).size).toBe(4);

    const q = (await admin.get(`/api/v1/departments?q=${encodeURIComponent('务')}`)).json();
    expect(q.items.map((d: { name: string }) => d.name).sort()).toEqual(['法务部', '财务中心'].sort());
    const inactive = (await admin.get('/api/v1/departments?active=false')).json();
    expect(inactive.items.map((d: { name: string }) => d.name)).toEqual(['基础设施组']);
    const jia = all.items.find((d: { name: string }) => d.name === '甲部');
    const children = (await admin.get(`/api/v1/departments?parentId=${jia.id}`)).json();
    expect(children.items.map((d: { name: string }) => d.name)).toEqual(['乙组']);

    const desc = (await admin.get('/api/v1/departments?pageSize=200&sort=-createdAt')).json();
    expect(desc.items.map((d: { id: string }) => d.id)).toEqual(
      [...all.items.map((d: { id: string }) => d.id)].reverse(),
    );
    expect((await admin.get('/api/v1/departments?pageSize=500')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/departments?sort=colour')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/departments?active=maybe')).statusCode).toBe(400);
  });

  it('lets any departments:read holder read but only departments:write change', async () => {
    const pm = await createSignedInUser(t, admin, 'pm.dept', ['project_manager']);
    const list = await pm.session.get('/api/v1/departments');
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0].permissions).toEqual(['read']);
    const create = await pm.session.post('/api/v1/departments', { name: '采购部' });
    expect(create.statusCode).toBe(403);
    const id = list.json().items[0].id;
    expect((await pm.session.patch(`/api/v1/departments/${id}`, { version: 1 })).statusCode).toBe(403);
    const vendor = await createSignedInUser(t, admin, 'vendor.dept', ['vendor_contact']);
    expect((await vendor.session.get('/api/v1/departments')).statusCode).toBe(403);
  });
});
