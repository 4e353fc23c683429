import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { auditEventsOf } from '../../test/audit-events';
import { createVendorVia, fieldPaths, nextUscc } from './vendor-test-support';

describe('vendors', () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(async () => t.close());

  it('registers a vendor with a V-YYYY-NNNN reference, reads and changes it, auditing each change', async () => {
    const res = await admin.post('/api/v1/vendors', {
      name: '北京华为技术有限公司',
      englishName: 'Beijing Huawei Technologies Co., Ltd.',
      uscc: '91110000100001138J',
      lei: '5493001KJTIIGC8Y1R12',
      registeredCapital: '12000000.50',
      establishedOn: '2001-05-20',
      type: 'network',
      outsourcingCategories: ['operations', 'security', 'operations'],
      sourceChannel: 'public_tender',
      tier: 'critical',
      tierReason: '核心网络运维',
      website: 'https://www.example.cn',
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({
      reference: 'V-2026-0001',
      status: 'candidate',
      uscc: '91110000100001138J',
      registeredCapital: '12000000.50',
      registeredCapitalCurrency: 'CNY',
      country: 'CN',
      outsourcingCategories: ['operations', 'security'],
      allowedTransitions: ['shortlisted', 'terminated'],
      version: 1,
      permissions: ['read', 'update', 'transition', 'approve', 'read-financials', 'write-financials'],
    });
    const second = await createVendorVia(admin);
    expect(second.reference).toBe('V-2026-0002');

    expect((await admin.get(`/api/v1/vendors/${v.id}`)).json()).toEqual({ ...v, financials: [] });
    t.clock.advance(60_000);
    const patched = await admin.patch(`/api/v1/vendors/${v.id}`, { version: 1, shortName: '华为', tier: 'high' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ shortName: '华为', tier: 'high', version: 2 });
    const stale = await admin.patch(`/api/v1/vendors/${v.id}`, { version: 1, shortName: '旧' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const events = await auditEventsOf(t.db, 'vendor', v.id);
    expect(events.map((e) => e.action)).toEqual(['vendor.create', 'vendor.update']);
    expect(events[1]?.changes).toMatchObject({
      shortName: { from: null, to: '华为' },
      tier: { from: 'critical', to: 'high' },
    });
  });

  it('refuses a second vendor with the same USCC (409 naming the first), also on update', async () => {
    const first = await createVendorVia(admin, { name: '上海重复数据有限公司', uscc: '91310000607216596U' });
    const dup = await admin.post('/api/v1/vendors', { name: '别的名字', uscc: '91310000607216596u', type: 'cloud' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'duplicate_uscc',
      existing: { id: first.id, reference: first.reference, name: '上海重复数据有限公司' },
    });
    const other = await createVendorVia(admin);
    const res = await admin.patch(`/api/v1/vendors/${other.id}`, { version: 1, uscc: '91310000607216596U' });
    expect(res.statusCode).toBe(409);
    expect(res.json().existing.id).toBe(first.id);
  });

  it.each([
    [{ uscc: '91110000100001138K' }, 'uscc'],
    [{ lei: '5493001KJTIIGC8Y1R13' }, 'lei'],
    [{ registeredCapital: '-100.00' }, 'registeredCapital'],
    [{ registeredCapital: 100 }, 'registeredCapital'],
    [{ establishedOn: '2026-03-03' }, 'establishedOn'],
    [{ type: 'spaceship' }, 'type'],
    [{ tier: 'urgent' }, 'tier'],
    [{ outsourcingCategories: ['咨询规划'] }, 'outsourcingCategories.0'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ departmentId: '01890000-0000-7000-8000-000000000000' }, 'departmentId'],
  ])('answers 400 with the field path for %j', async (bad, path) => {
    const res = await admin.post('/api/v1/vendors', {
      name: '坏数据有限公司',
      uscc: nextUscc(),
      type: 'software',
      ...bad,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldPaths(res.json())).toContain(path);
  });

  it('finds vendors by Chinese substrings, filters and sorts, and pages', async () => {
    await createVendorVia(admin, {
      name: '杭州云栖计算有限公司',
      shortName: '云栖',
      type: 'cloud',
      tier: 'high',
      outsourcingCategories: ['development_testing'],
    });
    await createVendorVia(admin, {
      name: '深圳安全盾信息技术有限公司',
      englishName: 'Shield Security',
      type: 'security',
      tier: 'low',
    });
    const byName = await admin.get('/api/v1/vendors?q=云栖');
    expect(byName.json().items.map((v: { name: string }) => v.name)).toEqual(['杭州云栖计算有限公司']);
    const byEnglish = await admin.get('/api/v1/vendors?q=shield');
    expect(byEnglish.json().total).toBe(1);
    const byUscc = await admin.get('/api/v1/vendors?q=91110000100001');
    expect(byUscc.json().items[0].uscc).toBe('91110000100001138J');
    const wildcard = await admin.get('/api/v1/vendors?q=%25');
    expect(wildcard.json().total).toBe(0);
    expect((await admin.get('/api/v1/vendors?type=security')).json().total).toBe(1);
    expect((await admin.get('/api/v1/vendors?category=development_testing')).json().total).toBe(1);
    expect((await admin.get('/api/v1/vendors?tier=high&type=cloud')).json().total).toBe(1);
    const all = (await admin.get('/api/v1/vendors?sort=-reference&pageSize=2&page=1')).json();
    expect(all.items).toHaveLength(2);
    expect(all.items[0].reference > all.items[1].reference).toBe(true);
    expect(all.total).toBeGreaterThanOrEqual(6);
    const bad = await admin.get('/api/v1/vendors?status=active');
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(['status']);
  });

  it('lists likely duplicates by normalised name', async () => {
    const a = await createVendorVia(admin, { name: '南京紫金软件股份有限公司' });
    await createVendorVia(admin, { name: '南京紫金软件研究院有限公司' });
    const res = await admin.get(`/api/v1/vendors/similar?name=${encodeURIComponent('南京 紫金软件 有限公司')}`);
    expect(res.statusCode).toBe(200);
    const names = res.json().map((v: { name: string }) => v.name);
    expect(names[0]).toBe('南京紫金软件股份有限公司');
    expect(names).toContain('南京紫金软件研究院有限公司');
    expect(res.json()[0]).toMatchObject({ id: a.id, reference: a.reference, status: 'candidate' });
    const fullWidth = await admin.get(`/api/v1/vendors/similar?name=${encodeURIComponent('南京紫金软件有限责任公司')}`);
    expect(fullWidth.json()[0].id).toBe(a.id);
    expect((await admin.get(`/api/v1/vendors/similar?name=${encodeURIComponent('完全不同')}`)).json()).toEqual([]);
  });

  it('exports the filtered list as xlsx with formula-looking text neutralised', async () => {
    await createVendorVia(admin, { name: '=HYPERLINK("http://evil")公司', type: 'hr' });
    const res = await admin.get('/api/v1/vendors/export?type=hr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(1).getCell(2).value).toBe('名称');
    expect(sheet?.getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://evil")公司`);
  });
});
