import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createVendorVia, fieldPaths } from './vendor-test-support';

describe('records around a vendor', () => {
  let t: TestApp;
  let admin: TestSession;
  let specialist: TestSession;
  let finance: TestSession;
  let manager: { id: string; session: TestSession };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    specialist = (await createSignedInUser(t, admin, 'rec_specialist', ['specialist'])).session;
    finance = (await createSignedInUser(t, admin, 'rec_finance', ['finance'])).session;
    manager = await createSignedInUser(t, admin, 'rec_manager', ['project_manager']);
  });
  afterAll(async () => t.close());

  it('keeps contacts with one primary, versions and audit', async () => {
    const v = await createVendorVia(admin);
    const base = `/api/v1/vendors/${v.id}/contacts`;
    const a = (await specialist.post(base, { name: '张伟', email: 'zhang.wei@example.cn', isPrimary: true })).json();
    const b = await specialist.post(base, { name: '李娜', phone: '+86 138 0000 0000', isPrimary: true });
    expect(b.statusCode, b.body).toBe(201);
    const list = (await specialist.get(base)).json();
    expect(list.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['张伟', false],
      ['李娜', true],
    ]);
    const bad = await specialist.post(base, { name: '王芳', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(['email']);
    const patched = await specialist.patch(`${base}/${a.id}`, { version: 2, title: '项目经理' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ title: '项目经理', version: 3 });
    expect((await specialist.patch(`${base}/${a.id}`, { version: 2, title: 'x' })).statusCode).toBe(409);
    const events = await auditEventsOf(t.db, 'vendor-contact', a.id);
    expect(events.map((e) => e.action)).toEqual([
      'vendor-contact.create',
      'vendor-contact.update',
      'vendor-contact.update',
    ]);
    // The record's history is readable by whoever may read the vendor.
    const history = await specialist.get(`/api/v1/audit-events?recordType=vendor-contact&recordId=${a.id}`);
    expect(history.statusCode).toBe(200);
    expect(history.json().total).toBe(3);
    // Another vendor's contact id under this vendor is not found.
    const other = await createVendorVia(admin);
    expect((await specialist.patch(`/api/v1/vendors/${other.id}/contacts/${a.id}`, { version: 3 })).statusCode).toBe(
      404,
    );
  });

  it('records past projects with periods and money as decimal strings', async () => {
    const v = await createVendorVia(admin);
    const base = `/api/v1/vendors/${v.id}/references`;
    const res = await admin.post(base, {
      client: '某城市商业银行',
      project: '核心系统运维',
      periodFrom: '2023-01-01',
      periodTo: '2024-12-31',
      value: '3500000.10',
      outcome: '按期验收',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ value: '3500000.10', currency: 'CNY' });
    const backwards = await admin.post(base, {
      client: 'x',
      project: 'y',
      periodFrom: '2024-01-01',
      periodTo: '2023-01-01',
    });
    expect(fieldPaths(backwards.json())).toEqual(['periodTo']);
    const merged = await admin.patch(`${base}/${res.json().id}`, { version: 1, periodFrom: '2025-01-01' });
    expect(merged.statusCode).toBe(400);
    expect(fieldPaths(merged.json())).toEqual(['periodTo']);
  });

  it('shows financials only to director/finance/executive/auditor and the relationship manager', async () => {
    const v = await createVendorVia(admin, { relationshipManagerId: manager.id });
    const base = `/api/v1/vendors/${v.id}/financials`;
    const res = await admin.post(base, {
      year: 2025,
      revenue: '80000000.00',
      netProfit: '-1200000.00',
      totalAssets: '64000000.00',
      totalLiabilities: '36000000.00',
      audited: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ debtRatio: '0.5625', netProfit: '-1200000.00' });
    expect((await admin.post(base, { year: 2025 })).statusCode).toBe(409);
    expect((await admin.post(base, { year: 2024, totalAssets: '-1' })).statusCode).toBe(400);

    expect((await specialist.get(base)).statusCode).toBe(404);
    expect((await specialist.post(base, { year: 2023 })).statusCode).toBe(404);
    expect((await specialist.patch(`${base}/${res.json().id}`, { version: 1, audited: false })).statusCode).toBe(404);
    const seenBySpecialist = (await specialist.get(`/api/v1/vendors/${v.id}`)).json();
    expect(seenBySpecialist.permissions).not.toContain('read-financials');
    expect(seenBySpecialist).not.toHaveProperty('financials');
    expect(JSON.stringify(seenBySpecialist)).not.toContain('64000000');
    const seenByAdmin = (await admin.get(`/api/v1/vendors/${v.id}`)).json();
    expect(seenByAdmin.financials).toEqual([expect.objectContaining({ year: 2025, debtRatio: '0.5625' })]);
    const history = await specialist.get(`/api/v1/audit-events?recordType=vendor-financial&recordId=${res.json().id}`);
    expect(history.statusCode).toBe(404);

    expect((await finance.get(base)).json()).toHaveLength(1);
    expect((await manager.session.get(base)).json()[0].debtRatio).toBe('0.5625');
    expect((await manager.session.get(`/api/v1/vendors/${v.id}`)).json().permissions).toContain('read-financials');
  });

  it('links subcontractors, refuses cycles and self-links, and returns the chain as a tree', async () => {
    const prime = await createVendorVia(admin, { name: '总包集成有限公司' });
    const sub = await createVendorVia(admin, { name: '一级分包软件有限公司' });
    const subsub = await createVendorVia(admin, { name: '二级分包运维有限公司' });
    const deep = await createVendorVia(admin, { name: '三级分包人力有限公司' });
    const link = (from: string, to: string, service = '运维') =>
      admin.post(`/api/v1/vendors/${from}/subcontractors`, { subcontractorId: to, service });
    expect((await link(prime.id, sub.id, '应用开发')).statusCode).toBe(201);
    expect((await link(sub.id, subsub.id)).statusCode).toBe(201);
    const last = await link(subsub.id, deep.id, '驻场人员');
    expect(last.json()).toMatchObject({ subcontractorName: '三级分包人力有限公司', supportsCriticalService: false });

    const cycle = await link(deep.id, prime.id);
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json()).toMatchObject({ code: 'subcontractor_cycle' });
    expect(fieldPaths(cycle.json())).toEqual(['subcontractorId']);
    expect((await link(prime.id, prime.id)).statusCode).toBe(400);
    expect((await link(prime.id, sub.id)).statusCode).toBe(409);

    const tree = (await specialist.get(`/api/v1/vendors/${prime.id}/subcontractor-tree`)).json();
    const names = (n: { name: string; children: unknown[] }): unknown => [
      n.name,
      n.children.map((c) => names(c as never)),
    ];
    expect(tree.children.map(names)).toEqual([
      ['一级分包软件有限公司', [['二级分包运维有限公司', [['三级分包人力有限公司', []]]]]],
    ]);
    const patched = await admin.patch(`/api/v1/vendors/${subsub.id}/subcontractors/${last.json().id}`, {
      version: 1,
      supportsCriticalService: true,
    });
    expect(patched.json()).toMatchObject({ supportsCriticalService: true, version: 2 });
    expect((await admin.get(`/api/v1/vendors/${prime.id}/subcontractors`)).json()).toHaveLength(1);
  });

  it('filters on lapsed due diligence and counts it in the summary', async () => {
    const lapsed = await createVendorVia(admin, { name: '尽调过期测试有限公司' });
    await admin.post(`/api/v1/vendors/${lapsed.id}/due-diligence`, {
      kind: 'litigation_check',
      performedOn: '2024-12-01',
      conclusion: 'pass',
    });
    const ok = await createVendorVia(admin, { name: '尽调有效测试有限公司' });
    await admin.post(`/api/v1/vendors/${ok.id}/due-diligence`, {
      kind: 'penalty_check',
      performedOn: '2025-12-01',
      conclusion: 'pass',
      validUntil: '2026-06-01',
    });
    const expired = (await admin.get('/api/v1/vendors?dueDiligenceExpired=true')).json();
    expect(expired.items.map((x: { id: string }) => x.id)).toEqual([lapsed.id]);
    const current = (await admin.get('/api/v1/vendors?dueDiligenceExpired=false')).json();
    expect(current.items.map((x: { id: string }) => x.id)).toEqual([ok.id]);
    const summary = (await specialist.get('/api/v1/vendors/summary')).json();
    expect(summary.dueDiligenceExpired).toBe(1);
    expect(summary.byStatus.candidate).toBe(summary.total);
  });
});
