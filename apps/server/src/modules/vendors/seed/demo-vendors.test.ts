import { isValidUscc } from '@thirdline/shared/vendors/uscc';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { vendorSubcontractors, vendors } from '../vendors.table';
import { DEMO_VENDORS } from './demo-vendor-data';
import { demoUscc, seedDemoVendors } from './demo-vendors';

describe('demo vendors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('loads ~30 vendors with valid USCCs, expiring and expired qualifications, a 3-level chain; idempotent', async () => {
    for (const d of DEMO_VENDORS) expect(isValidUscc(demoUscc(d.region, d.key))).toBe(true);
    expect((await seedDemoVendors(t.db, t.clock, 'Asia/Shanghai')).vendorsCreated).toBe(30);
    expect((await seedDemoVendors(t.db, t.clock, 'Asia/Shanghai')).vendorsCreated).toBe(0);
    expect((await t.db.select({ n: count() }).from(vendors))[0]?.n).toBe(30);
    expect((await t.db.select({ n: count() }).from(vendorSubcontractors))[0]?.n).toBe(4);

    const admin = await t.signInAdmin();
    const summary = (await admin.get('/api/v1/vendors/summary')).json();
    expect(summary.qualificationsExpiring).toBeGreaterThanOrEqual(3);
    expect(summary.qualificationsExpired).toBe(1);
    expect(summary.byStatus.approved).toBeGreaterThanOrEqual(5);
    const integrator = (await admin.get(`/api/v1/vendors?q=${encodeURIComponent('中关村')}`)).json().items[0];
    const tree = (await admin.get(`/api/v1/vendors/${integrator.id}/subcontractor-tree`)).json();
    expect(tree.children[0].children[0].children[0].name).toBe('南京鼓楼人才派遣有限公司');
  });
});
