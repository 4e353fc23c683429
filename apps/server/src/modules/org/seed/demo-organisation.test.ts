import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { auditEvents } from '../../../platform/audit/audit.table';
import { verifyAuditChain } from '../../../platform/audit/verify';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { signIn } from '../../../test/test-session';
import { departments, users } from '../org.table';
import { DEMO_PASSWORD, seedDemoOrganisation } from '../index';

describe('demo organisation seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const counts = async () => ({
    departments: (await t.db.select({ n: count() }).from(departments))[0]?.n,
    users: (await t.db.select({ n: count() }).from(users))[0]?.n,
    events: (await t.db.select({ n: count() }).from(auditEvents))[0]?.n,
  });

  it('loads a Chinese company with one user per role, audited, and changes nothing the second time', async () => {
    const first = await seedDemoOrganisation(t.db, t.clock);
    expect(first).toMatchObject({
      departmentsCreated: 9,
      usersCreated: 12,
      headsAssigned: 9,
      organisationRenamed: true,
      changed: true,
    });
    const after = await counts();
    expect(after).toMatchObject({ departments: 9, users: 13 });

    const admin = await t.signInAdmin();
    const tree = (await admin.get('/api/v1/departments/tree')).json() as {
      name: string;
      headUserName: string | null;
      children: { name: string }[];
    }[];
    const it = tree.find((d) => d.name === '信息技术部');
    expect(it?.headUserName).toBe('张伟');
    expect(it?.children.map((c) => c.name).sort()).toEqual(['信息安全组', '基础架构组', '应用开发组'].sort());
    const roles = (await admin.get('/api/v1/users?pageSize=200'))
      .json()
      .items.flatMap((u: { roles: string[] }) => u.roles);
    expect(new Set(roles).size).toBe(12);
    expect((await admin.get('/api/v1/org-settings')).json().name).toBe('星海数字科技股份有限公司');

    const pm = await signIn(t.app, 'liuyang', DEMO_PASSWORD);
    const me = (await pm.get('/api/v1/me')).json();
    expect(me).toMatchObject({ roles: ['project_manager'], user: { displayName: '刘洋', mustChangePassword: false } });

    const eventsBefore = (await counts()).events;
    const second = await seedDemoOrganisation(t.db, t.clock);
    expect(second).toMatchObject({
      departmentsCreated: 0,
      usersCreated: 0,
      headsAssigned: 0,
      organisationRenamed: false,
      changed: false,
    });
    expect(await counts()).toEqual({ ...after, events: eventsBefore });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
