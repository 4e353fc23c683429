import type { VendorList, VendorLists } from '@thirdline/shared/vendors/vendor-lists.schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { importWorkbook, rowOf, workbookOf, ZH_HEADERS } from '../import/import-test-support';
import { createVendorVia, fieldPaths, nextUscc } from '../vendor-test-support';
import { seedVendorLists } from './seed-vendor-lists';

/** Users without a language preference get Chinese messages (the English text is the key in field-messages.ts). */
const NOT_ACTIVE_ZH = '不是该列表中启用的值。';

type Value = { code: string; labelZh: string; labelEn: string; active: boolean };

describe('configurable vendor lists', () => {
  let t: TestApp;
  let admin: TestSession;
  let specialist: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    specialist = (await createSignedInUser(t, admin, 'vl_specialist', ['specialist'])).session;
  });
  afterAll(async () => t.close());

  const listOf = async (name: string): Promise<VendorList> => {
    const res = await specialist.get('/api/v1/vendor-lists');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as VendorLists).lists.find((l) => l.list === name)!;
  };
  const editable = (list: VendorList): Value[] =>
    list.values.map(({ code, labelZh, labelEn, active }) => ({ code, labelZh, labelEn, active }));
  const put = (name: string, values: Value[], version?: number) =>
    admin.put(`/api/v1/vendor-lists/${name}`, { ...(version ? { version } : {}), values });

  it('lists the three lists with their defaults, builtin and active', async () => {
    const res = await specialist.get('/api/v1/vendor-lists');
    expect(res.statusCode).toBe(200);
    const { lists } = res.json() as VendorLists;
    expect(lists.map((l) => l.list)).toEqual(['type', 'tier', 'qualification-type']);
    expect(lists[0]!.values.map((v) => v.code)).toEqual([
      'software', 'hardware', 'network', 'integrator', 'cloud', 'consulting', 'security', 'bpo', 'hr', 'other',
    ]); // prettier-ignore
    expect(lists[1]!.values).toEqual([
      { code: 'critical', labelZh: '关键', labelEn: 'Critical', active: true, builtin: true, usage: 0 },
      { code: 'high', labelZh: '高', labelEn: 'High', active: true, builtin: true, usage: 0 },
      { code: 'medium', labelZh: '中', labelEn: 'Medium', active: true, builtin: true, usage: 0 },
      { code: 'low', labelZh: '低', labelEn: 'Low', active: true, builtin: true, usage: 0 },
    ]);
    expect(lists[2]!.values.find((v) => v.code === 'mlps')).toMatchObject({ labelZh: '等保测评' });
    // Seeding again changes nothing.
    await seedVendorLists(t.db, t.clock);
    expect((await listOf('tier')).values).toHaveLength(4);
  });

  it('only settings:write edits a list; bad codes, duplicates and unknown lists are 400', async () => {
    const tier = await listOf('tier');
    expect((await specialist.put('/api/v1/vendor-lists/tier', { values: editable(tier) })).statusCode).toBe(403);
    const bad = await put('tier', [
      ...editable(tier),
      { code: 'Bad-Code', labelZh: '坏', labelEn: 'Bad', active: true },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(['values.4.code']);
    const dup = await put('tier', [...editable(tier), { ...editable(tier)[0]!, labelZh: '又一个' }]);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toEqual([{ path: 'values.4.code', message: '代码重复。' }]);
    expect((await put('colour', editable(tier))).statusCode).toBe(400);
    expect((await admin.put('/api/v1/vendor-lists/tier', { values: [] })).statusCode).toBe(400);
  });

  it('adds, renames and reorders values, versioned and audited; builtin values cannot be removed', async () => {
    const before = await listOf('type');
    const values = editable(before);
    const added = { code: 'data_services', labelZh: '数据服务商', labelEn: 'Data services', active: true };
    const res = await put('type', [added, ...values.map((v) => (v.code === 'hr' ? { ...v, labelZh: '人力资源外包' } : v))], before.version); // prettier-ignore
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as VendorList;
    expect(after.version).toBe(before.version + 1);
    expect(after.values[0]).toEqual({ ...added, builtin: false, usage: 0 });
    expect(after.values.find((v) => v.code === 'hr')).toMatchObject({ labelZh: '人力资源外包', builtin: true });
    const stale = await put('type', editable(after), before.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');

    const removeBuiltin = await put(
      'type',
      editable(after).filter((v) => v.code !== 'bpo'),
    );
    expect(removeBuiltin.statusCode).toBe(409);
    expect(removeBuiltin.json()).toMatchObject({ code: 'builtin_value', codes: ['bpo'] });
    expect((await listOf('type')).values).toHaveLength(11);

    const events = await auditEventsOf(t.db, 'vendor-list', 'type');
    expect(events.map((e) => e.action)).toEqual(['vendor-list.update']);
  });

  it('takes a custom type on a vendor and in an import, and refuses to remove it while used', async () => {
    const vendor = await createVendorVia(specialist, { type: 'data_services' });
    expect(vendor.type).toBe('data_services');
    expect((await listOf('type')).values.find((v) => v.code === 'data_services')?.usage).toBe(1);

    const file = await workbookOf(ZH_HEADERS, [
      rowOf({ name: '北京数据服务有限公司', uscc: nextUscc(), type: '数据服务商' }),
      rowOf({ name: '上海数据服务有限公司', uscc: nextUscc(), type: 'Data services', tier: '低' }),
      rowOf({ name: '广州数据服务有限公司', uscc: nextUscc(), type: '不存在的类型' }),
    ]);
    const { status } = await importWorkbook(specialist, file);
    expect(status.rowErrors).toEqual([
      expect.objectContaining({ row: 4, field: 'type', message: expect.stringContaining('数据服务商') }),
    ]);
    const good = await workbookOf(ZH_HEADERS, [
      rowOf({ name: '北京数据服务有限公司', uscc: nextUscc(), type: '数据服务商' }),
    ]);
    const ok = await importWorkbook(specialist, good);
    expect(ok.status.rowErrors).toEqual([]);
    expect((await specialist.post(`/api/v1/vendors/imports/${ok.id}/commit`)).statusCode).toBe(200);

    const list = await listOf('type');
    const inUse = await put(
      'type',
      editable(list).filter((v) => v.code !== 'data_services'),
    );
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'value_in_use' });
    expect(inUse.json().detail).toMatch(/data_services \([12]\)/);
  });

  it('refuses an inactive value for new choices but keeps it on an unchanged update', async () => {
    const vendor = await createVendorVia(specialist, { type: 'cloud', tier: 'low' });
    const type = await listOf('type');
    const off = editable(type).map((v) => (v.code === 'cloud' ? { ...v, active: false } : v));
    expect((await put('type', off)).statusCode).toBe(200);
    expect((await listOf('type')).values.find((v) => v.code === 'cloud')).toMatchObject({ active: false });

    const refused = await specialist.post('/api/v1/vendors', {
      name: '云测试有限公司',
      uscc: nextUscc(),
      type: 'cloud',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'type', message: NOT_ACTIVE_ZH }]);
    const unknownTier = await specialist.post('/api/v1/vendors', { name: '未知等级有限公司', uscc: nextUscc(), type: 'software', tier: 'extreme' }); // prettier-ignore
    expect(unknownTier.json().errors).toEqual([{ path: 'tier', message: NOT_ACTIVE_ZH }]);

    const kept = await specialist.patch(`/api/v1/vendors/${vendor.id}`, {
      version: vendor.version,
      type: 'cloud',
      shortName: '云',
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ type: 'cloud', shortName: '云' });
    const moved = await specialist.patch(`/api/v1/vendors/${vendor.id}`, { version: kept.json().version, type: 'hardware' }); // prettier-ignore
    expect(moved.statusCode).toBe(200);
    const back = await specialist.patch(`/api/v1/vendors/${vendor.id}`, { version: moved.json().version, type: 'cloud' }); // prettier-ignore
    expect(back.statusCode).toBe(400);
    expect(fieldPaths(back.json())).toEqual(['type']);
  });

  it('checks qualification types against the list and counts tiers from it', async () => {
    const vendor = await createVendorVia(specialist, { tier: 'high' });
    const quals = await listOf('qualification-type');
    const res = await put('qualification-type', [
      ...editable(quals).map((v) => (v.code === 'cmmi' ? { ...v, active: false } : v)),
      { code: 'pci_dss', labelZh: 'PCI DSS 认证', labelEn: 'PCI DSS', active: true },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const path = `/api/v1/vendors/${vendor.id}/qualifications`;
    const custom = await specialist.post(path, { type: 'pci_dss', validTo: '2027-01-01' });
    expect(custom.statusCode, custom.body).toBe(201);
    const inactive = await specialist.post(path, { type: 'cmmi' });
    expect(inactive.statusCode).toBe(400);
    expect(inactive.json().errors).toEqual([{ path: 'type', message: NOT_ACTIVE_ZH }]);
    const changed = await specialist.patch(`${path}/${custom.json().id}`, { version: 1, type: 'cmmi' });
    expect(changed.statusCode).toBe(400);
    const unchanged = await specialist.patch(`${path}/${custom.json().id}`, { version: 1, number: 'PCI-1' });
    expect(unchanged.statusCode).toBe(200);

    const tier = await listOf('tier');
    await put('tier', [...editable(tier), { code: 'minimal', labelZh: '极低', labelEn: 'Minimal', active: true }]);
    await createVendorVia(specialist, { tier: 'minimal' });
    const summary = (await specialist.get('/api/v1/vendors/summary')).json();
    expect(Object.keys(summary.byTier)).toEqual(['critical', 'high', 'medium', 'low', 'minimal']);
    expect(summary.byTier.minimal).toBe(1);
  });

  it('turns a type deactivated between validation and commit into a row error', async () => {
    const type = await listOf('type');
    const temp = { code: 'temp_kind', labelZh: '临时类型', labelEn: 'Temporary kind', active: true };
    expect((await put('type', [...editable(type), temp])).statusCode).toBe(200);
    const file = await workbookOf(ZH_HEADERS, [
      rowOf({ name: '临时类型有限公司', uscc: nextUscc(), type: '临时类型' }),
    ]);
    const { id, status } = await importWorkbook(specialist, file);
    expect(status.rowErrors).toEqual([]);
    const now = await listOf('type');
    const off = editable(now).map((v) => (v.code === 'temp_kind' ? { ...v, active: false } : v));
    expect((await put('type', off)).statusCode).toBe(200);
    const commit = await specialist.post(`/api/v1/vendors/imports/${id}/commit`);
    expect(commit.statusCode, commit.body).toBe(422);
    const after = (await specialist.get(`/api/v1/vendors/imports/${id}`)).json();
    expect(after.rowErrors).toEqual([expect.objectContaining({ row: 2, field: 'type', message: NOT_ACTIVE_ZH })]);
  });
});
