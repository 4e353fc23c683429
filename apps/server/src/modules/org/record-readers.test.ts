import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsForRoles, type Role } from '@thirdline/shared/rbac/permissions';
import type { Actor } from '../../platform/auth/actor';
import { createTestApp, type TestApp } from '../../test/test-app';
import { orgRecordReaders } from './index';

const actor = (userId: string, roles: Role[]): Actor => ({
  userId,
  username: 'x',
  displayName: 'x',
  departmentId: null,
  roles,
  permissions: new Set(permissionsForRoles(roles)),
  locale: 'zh-CN',
  mustChangePassword: false,
  via: 'session',
});

describe('org record readers (audit history access)', () => {
  let t: TestApp;
  let departmentId: string;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.signInAdmin();
    adminId = admin.userId;
    departmentId = (await admin.post('/api/v1/departments', { name: '法务部' })).json().id;
  });
  afterAll(async () => t.close());

  it('lets directory readers see users and departments that exist, and anyone the settings', async () => {
    const readers = orgRecordReaders();
    const pm = actor('0190f5a4-0000-7000-8000-000000000001', ['project_manager']);
    const vendor = actor('0190f5a4-0000-7000-8000-000000000002', ['vendor_contact']);
    const missing = '0190f5a4-0000-7000-8000-0000000000ff';
    expect(await readers.user?.(t.db, pm, adminId)).toBe(true);
    expect(await readers.user?.(t.db, pm, missing)).toBe(false);
    expect(await readers.user?.(t.db, pm, 'not-a-uuid')).toBe(false);
    expect(await readers.user?.(t.db, vendor, adminId)).toBe(false);
    expect(await readers.department?.(t.db, pm, departmentId)).toBe(true);
    expect(await readers.department?.(t.db, vendor, departmentId)).toBe(false);
    expect(await readers.department?.(t.db, pm, missing)).toBe(false);
    expect(await readers['org-settings']?.(t.db, vendor, 'org')).toBe(true);
    expect(await readers['org-settings']?.(t.db, vendor, 'other')).toBe(false);
  });
});
