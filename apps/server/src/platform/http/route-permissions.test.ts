import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, type Permission } from '@thirdline/shared/rbac/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { apiRoutes, sampleUrl } from '../../test/route-samples';
import { signIn, type TestSession } from '../../test/test-session';
import { createTestUser, TEST_USER_PASSWORD } from '../../test/test-users';

describe('route permissions', () => {
  let t: TestApp;
  const sessions = new Map<string, TestSession>();

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
    for (const role of ROLES) {
      await createTestUser(t.db, `matrix_${role}`, [role]);
      sessions.set(role, await signIn(t.app, `matrix_${role}`, TEST_USER_PASSWORD));
    }
  });
  afterAll(async () => t.close());

  it('declares a known permission (or public/authenticated) on every route', () => {
    const known = new Set<string>([...PERMISSIONS, 'public', 'authenticated']);
    const undeclared = t.routes.filter((r) => !r.permission || !known.has(r.permission));
    expect(undeclared).toEqual([]);
    expect(t.routes.filter((r) => r.url.startsWith('/api/v1')).length).toBeGreaterThan(2);
  });

  it('refuses to build an app with an API route that declares nothing', async () => {
    const { default: Fastify } = await import('fastify');
    const { trackRoutePermissions } = await import('./route-permission');
    const app = Fastify();
    trackRoutePermissions(app);
    expect(() => app.get('/api/v1/undeclared', async () => 'x')).toThrow(/declares no permission/);
    await app.close();
  });

  it('answers 401 to anonymous callers of every non-public route', async () => {
    for (const route of apiRoutes(t.routes).filter((r) => r.permission !== 'public')) {
      const res = await t.app.inject({ method: route.method as 'GET', url: sampleUrl(route), payload: {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('lets each role through exactly the routes its permissions allow (matrix over all routes × roles)', async () => {
    const failures: string[] = [];
    for (const route of apiRoutes(t.routes).filter((r) => r.permission !== 'public')) {
      for (const role of ROLES) {
        const allowed =
          route.permission === 'authenticated' ||
          (ROLE_PERMISSIONS[role] as readonly Permission[]).includes(route.permission as Permission);
        const session = sessions.get(role) as TestSession;
        const res = await session.request(
          route.method as 'GET',
          sampleUrl(route),
          route.method === 'GET' ? undefined : {},
        );
        const deniedByRoute = res.statusCode === 403 && res.json().code === 'forbidden';
        if (res.statusCode === 401 || res.statusCode >= 500 || allowed === deniedByRoute) {
          failures.push(
            `${role} ${route.method} ${route.url} → ${res.statusCode} (expected ${allowed ? 'through' : '403'})`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
