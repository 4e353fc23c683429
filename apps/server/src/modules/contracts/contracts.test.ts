import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { problemPaths, registerTestVendor } from './contract-api-test-support';
import { insertTestContract } from './contract-test-support';
import { contracts } from './contracts.table';
import { setTemplateVersionLookup } from './template-versions';

const ABSENT = '01890000-0000-7000-8000-000000000000';

describe('the contract record', () => {
  let t: TestApp;
  let admin: TestSession;
  let legal: TestSession;
  let departmentId: string;
  let pmId: string;
  let vendorId: string;
  let otherVendorId: string;
  let base: Record<string, unknown>;

  const contractCount = async () => (await t.db.select({ n: count() }).from(contracts))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    departmentId = ((await admin.post('/api/v1/departments', { name: '信息技术部' })).json() as { id: string }).id;
    pmId = (await createSignedInUser(t, admin, 'ct-pm', ['project_manager'], { departmentId })).id;
    legal = (await createSignedInUser(t, admin, 'ct-legal', ['legal'])).session;
    vendorId = await registerTestVendor(admin, '华信软件有限公司');
    otherVendorId = await registerTestVendor(admin, '云启科技有限公司');
    base = {
      title: '核心系统运维服务合同',
      vendorId,
      type: 'outsourcing',
      departmentId,
      projectManagerId: pmId,
      amount: '1200000.00',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      noticePeriodDays: 60,
    };
  });
  afterAll(async () => t.close());

  it('drafts a contract CT-YYYY-NNNN with every field, names resolved and audited', async () => {
    const res = await legal.post('/api/v1/contracts', {
      ...base,
      outsourcingCategory: 'operations',
      material: true,
      criticalFunction: true,
      currency: 'CNY',
      taxRate: '6',
      autoRenewal: true,
      governingLaw: '中华人民共和国法律',
      disputeResolution: 'arbitration',
      disputeBody: '上海国际仲裁中心',
      serviceLocations: ['CN', 'CN', 'HK'],
      dataLocations: ['CN'],
      dataClassification: 'important',
      personalInformation: true,
      subcontracting: 'with-consent',
      description: '7×24 运维',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      reference: 'CT-2026-0001',
      status: 'draft',
      allowedNext: ['in-review'],
      vendor: { id: vendorId, name: '华信软件有限公司' },
      otherVendors: [],
      department: { id: departmentId, name: '信息技术部' },
      projectManager: { id: pmId, displayName: 'ct-pm' },
      amount: '1200000.00',
      taxRate: '6.00',
      noticeDeadline: '2027-01-30',
      serviceLocations: ['CN', 'HK'],
      material: true,
      criticalFunction: true,
      subcontracting: 'with-consent',
      templateId: null,
      approvalId: null,
      version: 1,
      permissions: ['edit'],
    });
    const read = await legal.get(`/api/v1/contracts/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(c);
    expect((await auditEventsOf(t.db, 'contract', c.id)).map((e) => e.action)).toEqual(['contract.create']);
  });

  it('lets a framework contract list further vendors, and no other type', async () => {
    const framework = await legal.post('/api/v1/contracts', {
      ...base,
      type: 'framework',
      otherVendorIds: [otherVendorId],
    });
    expect(framework.statusCode, framework.body).toBe(201);
    expect(framework.json().otherVendors).toEqual([{ id: otherVendorId, name: '云启科技有限公司' }]);
    const before = await contractCount();
    const notFramework = await legal.post('/api/v1/contracts', { ...base, otherVendorIds: [otherVendorId] });
    expect(notFramework.statusCode).toBe(400);
    expect(problemPaths(notFramework.json())).toEqual(['otherVendorIds']);
    const repeated = await legal.post('/api/v1/contracts', { ...base, type: 'framework', otherVendorIds: [vendorId] });
    expect(problemPaths(repeated.json())).toEqual(['otherVendorIds']);
    expect(await contractCount()).toBe(before);
  });

  it.each([
    ['end before start', { endDate: '2026-03-31' }, ['endDate']],
    ['a negative amount', { amount: '-1.00' }, ['amount']],
    ['an amount that is not a decimal', { amount: '1e6' }, ['amount']],
    ['a notice period longer than the term', { noticePeriodDays: 366 }, ['noticePeriodDays']],
    ['an unknown vendor', { vendorId: ABSENT }, ['vendorId']],
    ['an unknown department', { departmentId: ABSENT }, ['departmentId']],
    ['an unknown project manager', { projectManagerId: ABSENT }, ['projectManagerId']],
    ['an unknown template', { templateId: ABSENT }, ['templateId']],
    ['an unknown parent contract', { parentContractId: ABSENT }, ['parentContractId']],
    ['a tax rate over 100', { taxRate: '101' }, ['taxRate']],
  ])('refuses %s with 400 and the field path, writing nothing', async (_label, change, paths) => {
    const before = await contractCount();
    const res = await legal.post('/api/v1/contracts', { ...base, ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(problemPaths(res.json())).toEqual(paths);
    expect(await contractCount()).toBe(before);
  });

  it('accepts a notice period exactly as long as the term', async () => {
    const res = await legal.post('/api/v1/contracts', { ...base, noticePeriodDays: 364 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().noticeDeadline).toBe('2026-04-01');
  });

  it('answers field messages in Chinese to zh-CN callers', async () => {
    const res = await legal.request(
      'POST',
      '/api/v1/contracts',
      { ...base, endDate: '2026-01-01' },
      { 'accept-language': 'zh-CN' },
    );
    expect(res.json().errors).toEqual([{ path: 'endDate', message: '不能早于开始日期。' }]);
  });

  it('refuses a terminated vendor with 422, also as a further vendor', async () => {
    const gone = { id: await registerTestVendor(admin, '已终止科技有限公司') };
    const ended = await admin.post(`/api/v1/vendors/${gone.id}/transitions`, { to: 'terminated', reason: '违约' });
    expect(ended.statusCode, ended.body).toBe(200);
    const before = await contractCount();
    const res = await legal.post('/api/v1/contracts', { ...base, vendorId: gone.id });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'vendor_terminated', errors: [{ path: 'vendorId' }] });
    const asOther = await legal.post('/api/v1/contracts', { ...base, type: 'framework', otherVendorIds: [gone.id] });
    expect(asOther.json()).toMatchObject({ code: 'vendor_terminated', errors: [{ path: 'otherVendorIds.0' }] });
    expect(await contractCount()).toBe(before);
  });

  it('records the current version of the template a draft starts from', async () => {
    const templateId = '01890000-0000-7000-8000-00000000c0de';
    setTemplateVersionLookup(async (_db, id) => (id === templateId ? 3 : null));
    try {
      const res = await legal.post('/api/v1/contracts', { ...base, templateId });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ templateId, templateVersion: 3 });
      const unknown = await legal.post('/api/v1/contracts', { ...base, templateId: ABSENT });
      expect(problemPaths(unknown.json())).toEqual(['templateId']);
    } finally {
      setTemplateVersionLookup(async () => null);
    }
  });

  it('checks termination only for vendors a change names anew', async () => {
    const vendor = await registerTestVendor(admin, '即将终止科技有限公司');
    const c = (await legal.post('/api/v1/contracts', { ...base, vendorId: vendor })).json();
    const ended = await admin.post(`/api/v1/vendors/${vendor}/transitions`, { to: 'terminated', reason: '退出' });
    expect(ended.statusCode, ended.body).toBe(200);
    const retitled = await legal.patch(`/api/v1/contracts/${c.id}`, { version: 1, title: '改名后的合同' });
    expect(retitled.statusCode, retitled.body).toBe(200);
    const back = await legal.patch(`/api/v1/contracts/${c.id}`, { version: 2, vendorId });
    expect(back.statusCode, back.body).toBe(200);
    const again = await legal.patch(`/api/v1/contracts/${c.id}`, { version: 3, vendorId: vendor });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'vendor_terminated', errors: [{ path: 'vendorId' }] });
    expect((await legal.get(`/api/v1/contracts/${c.id}`)).json()).toMatchObject({ vendorId, version: 3 });
  });

  it('changes a draft with its version; a stale version is 409 and writes nothing', async () => {
    const c = (await legal.post('/api/v1/contracts', base)).json();
    const res = await legal.patch(`/api/v1/contracts/${c.id}`, {
      version: 1,
      title: '核心系统运维服务合同（修订）',
      amount: '980000.50',
      type: 'framework',
      otherVendorIds: [otherVendorId],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      title: '核心系统运维服务合同（修订）',
      amount: '980000.50',
      otherVendors: [{ id: otherVendorId }],
      version: 2,
    });
    const stale = await legal.patch(`/api/v1/contracts/${c.id}`, { version: 1, title: '旧版本上的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await legal.get(`/api/v1/contracts/${c.id}`)).json()).toMatchObject({
      title: res.json().title,
      version: 2,
    });
    const events = await auditEventsOf(t.db, 'contract', c.id);
    expect(events.map((e) => e.action)).toEqual(['contract.create', 'contract.update']);
  });

  it('checks the rules on the values a change leaves', async () => {
    const c = (
      await legal.post('/api/v1/contracts', { ...base, type: 'framework', otherVendorIds: [otherVendorId] })
    ).json();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ endDate: '2026-03-01' }, ['endDate']],
      [{ noticePeriodDays: 400 }, ['noticePeriodDays']],
      [{ startDate: '2027-03-01' }, ['noticePeriodDays']],
      [{ type: 'outsourcing' }, ['otherVendorIds']],
      [{ departmentId: ABSENT, vendorId: ABSENT }, ['vendorId', 'departmentId']],
      [{ amount: '-5' }, ['amount']],
    ];
    for (const [change, paths] of cases) {
      const res = await legal.patch(`/api/v1/contracts/${c.id}`, { version: 1, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(problemPaths(res.json())).toEqual(paths);
    }
    const both = await legal.patch(`/api/v1/contracts/${c.id}`, {
      version: 1,
      type: 'outsourcing',
      otherVendorIds: [],
    });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toMatchObject({ type: 'outsourcing', otherVendors: [], version: 2 });
  });

  it('refuses to change a contract past draft: 409 with the allowed next states', async () => {
    const row = await insertTestContract(t.db, { vendorId, departmentId, status: 'in-approval' });
    const res = await legal.patch(`/api/v1/contracts/${row.id}`, { version: 1, title: '审批中修改' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'contract_not_draft',
      status: 'in-approval',
      allowedNext: ['approved', 'draft'],
    });
    const read = (await legal.get(`/api/v1/contracts/${row.id}`)).json();
    expect(read).toMatchObject({ title: '测试合同', version: 1, permissions: [] });
  });

  it('hides contracts from callers without contracts:read (404) and refuses writes without contracts:write (403)', async () => {
    const c = (await legal.post('/api/v1/contracts', base)).json();
    const outsider = (await createSignedInUser(t, admin, 'ct-vendor', ['vendor_contact'])).session;
    expect((await outsider.get(`/api/v1/contracts/${c.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/contracts/${ABSENT}`)).statusCode).toBe(404);
    const reviewer = (await createSignedInUser(t, admin, 'ct-tech', ['technical_reviewer'])).session;
    const seen = await reviewer.get(`/api/v1/contracts/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual([]);
    const before = await contractCount();
    expect((await reviewer.post('/api/v1/contracts', base)).statusCode).toBe(403);
    const patch = await reviewer.patch(`/api/v1/contracts/${c.id}`, { version: 1, title: 'x' });
    expect(patch.statusCode).toBe(403);
    expect(await contractCount()).toBe(before);
    expect((await legal.get(`/api/v1/contracts/${ABSENT}`)).statusCode).toBe(404);
  });
});
