import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import { multipartBody } from '../../test/test-multipart';
import type { TestSession } from '../../test/test-session';
import { approvalCast } from '../../platform/workflow/workflow-test-support';
import { awardSourcingRequest } from './commands/award-sourcing-request';
import { createSourcingVia, createTestVendor, forceSourcingStatus } from './sourcing-test-support';

describe('candidates, proposals and award', () => {
  let t: TestApp;
  let dataDir: string;
  let admin: TestSession;
  let cast: Awaited<ReturnType<typeof approvalCast>>;
  let pm: TestSession;
  let otherPm: TestSession;
  let requestId: string;
  let base: string;
  let vendorA: { id: string };
  let vendorB: { id: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-sourcing-'));
    t = await createTestApp({ DATA_DIR: dataDir, SESSION_IDLE_MINUTES: '100000', SESSION_ABSOLUTE_HOURS: '10000' });
    admin = await t.signInAdmin();
    cast = await approvalCast(t, admin, 'cand');
    pm = cast.submitter.session;
    const other = await admin.post('/api/v1/departments', { name: '市场部' });
    otherPm = (await createSignedInUser(t, admin, 'cand-other', ['project_manager'], { departmentId: other.json().id }))
      .session;
    vendorA = await createTestVendor(admin, '甲运维服务有限公司');
    vendorB = await createTestVendor(admin, '乙信息技术有限公司');
    const sr = await createSourcingVia(pm);
    requestId = sr.id;
    base = `/api/v1/sourcing-requests/${sr.id}`;
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const invite = (who: TestSession, vendorId: string, responseDeadline = '2026-03-10') =>
    who.post(`${base}/candidates`, { vendorId, responseDeadline, note: '邀请报价' });

  it('invites candidates only while the request is sourcing', async () => {
    const early = await invite(pm, vendorA.id);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'wrong_status', from: 'draft' });
    await forceSourcingStatus(t.db, requestId, 'sourcing');
    const res = await invite(pm, vendorA.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      vendor: { id: vendorA.id, name: '甲运维服务有限公司' },
      responseDeadline: '2026-03-10',
      invitedAt: '2026-03-02T02:00:00.000Z',
      proposals: [],
    });
    expect((await invite(pm, vendorA.id)).statusCode).toBe(409);
    expect((await invite(otherPm, vendorB.id)).statusCode).toBe(403);
    expect((await invite(cast.finance.session, vendorB.id)).statusCode).toBe(403);
    const bad = await invite(pm, '0190c0de-0000-7000-8000-000000000001', '2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { path: 'vendorId', message: '供应商不存在。' },
      { path: 'responseDeadline', message: '不能早于今天。' },
    ]);
    expect((await invite(pm, vendorB.id, '2026-03-05')).statusCode).toBe(201);
    const list = (await cast.finance.session.get(`${base}/candidates`)).json();
    expect(list.items.map((c: { vendor: { name: string } }) => c.vendor.name)).toEqual([
      '甲运维服务有限公司',
      '乙信息技术有限公司',
    ]);
  });

  it('refuses to invite a terminated or suspended vendor (422 with the reason), writing nothing', async () => {
    const ended = await createTestVendor(admin, '戊终止服务有限公司');
    const moved = await admin.post(`/api/v1/vendors/${ended.id}/transitions`, { to: 'terminated', reason: '合作终止' });
    expect(moved.statusCode, moved.body).toBe(200);
    const terminated = await invite(pm, ended.id);
    expect(terminated.statusCode).toBe(422);
    expect(terminated.json()).toMatchObject({
      code: 'vendor_not_invitable',
      vendorId: ended.id,
      vendorStatus: 'terminated',
      allowedVendorStatuses: ['candidate', 'shortlisted', 'approved'],
    });
    const paused = await createTestVendor(admin, '己暂停服务有限公司');
    await t.db.execute(sql`update vendors set status = 'suspended' where id = ${paused.id}`);
    expect((await invite(pm, paused.id)).json()).toMatchObject({ status: 422, vendorStatus: 'suspended' });
    const list = (await pm.get(`${base}/candidates`)).json();
    expect(list.items).toHaveLength(2);
  });

  it('records proposals with documents; one received after the deadline day is flagged late (fixed clock)', async () => {
    const upload = multipartBody([
      { name: 'recordType', value: 'sourcing-request' },
      { name: 'recordId', value: requestId },
      { name: 'file', filename: '报价书.txt', content: '报价' },
    ]);
    const file = await pm.request('POST', '/api/v1/files', upload.payload, { 'content-type': upload.contentType });
    expect(file.statusCode, file.body).toBe(201);

    // 2026-03-10 23:30 in Shanghai is still the deadline day.
    t.clock.set('2026-03-10T15:30:00Z');
    const onTime = await pm.post(`${base}/proposals`, {
      vendorId: vendorA.id,
      price: '280000.00',
      fileIds: [file.json().id],
      notes: '含驻场 2 人',
    });
    expect(onTime.statusCode, onTime.body).toBe(201);
    expect(onTime.json()).toMatchObject({
      price: '280000.00',
      currency: 'CNY',
      late: false,
      documents: [{ id: file.json().id, name: '报价书.txt' }],
      recordedBy: { id: cast.submitter.id },
    });
    // 2026-03-06 00:10 in Shanghai is the day after vendor B's deadline (03-05).
    t.clock.set('2026-03-10T16:10:00Z');
    const late = await pm.post(`${base}/proposals`, {
      vendorId: vendorB.id,
      price: '265000',
      currency: 'USD',
      receivedAt: '2026-03-05T16:10:00Z',
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(late.json()).toMatchObject({ late: true, currency: 'USD', price: '265000.00' });
    const lateA = await pm.post(`${base}/proposals`, { vendorId: vendorA.id, price: '270000' });
    expect(lateA.json().late).toBe(true);

    const all = (await pm.get(`${base}/proposals`)).json();
    expect(all.items.map((p: { late: boolean }) => p.late)).toEqual([false, true, true]);
    const candidates = (await pm.get(`${base}/candidates`)).json();
    expect(candidates.items[0].proposals).toHaveLength(2);
    const audit = await auditEventsOf(t.db, 'sourcing-request', requestId);
    expect(audit.filter((e) => e.action === 'sourcing-request.proposal-record')).toHaveLength(3);
  });

  it('refuses proposals from non-candidates, foreign files and future receipt, writing nothing', async () => {
    const vendorC = await createTestVendor(admin, '丙科技有限公司');
    const res = await pm.post(`${base}/proposals`, {
      vendorId: vendorC.id,
      price: '1',
      fileIds: ['0190c0de-0000-7000-8000-000000000009'],
      receivedAt: '2027-01-01T00:00:00Z',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'receivedAt', message: '不能晚于当前时间。' },
      { path: 'fileIds.0', message: '该采购需求下没有这个文件。' },
      { path: 'vendorId', message: '不是该采购需求的候选供应商。' },
    ]);
    expect((await pm.get(`${base}/proposals`)).json().items).toHaveLength(3);
  });

  it('awards to a candidate through awardSourcingRequest (for the evaluation approval), audited', async () => {
    const ctx = { actorId: cast.executive.id, actorName: 'ceo', requestId: null, ip: null, at: t.clock.now() };
    const evaluationId = '0190c0de-0000-7000-8000-0000000000e1';
    const vendorC = await createTestVendor(admin, '丁科技有限公司');
    await expect(
      t.db.transaction((tx) =>
        awardSourcingRequest(tx, ctx, { sourcingRequestId: requestId, vendorId: vendorC.id, evaluationId }),
      ),
    ).rejects.toMatchObject({ status: 422, code: 'not_a_candidate' });
    const row = await t.db.transaction((tx) =>
      awardSourcingRequest(tx, ctx, { sourcingRequestId: requestId, vendorId: vendorA.id, evaluationId }),
    );
    expect(row.status).toBe('awarded');
    const shown = (await pm.get(base)).json();
    expect(shown).toMatchObject({
      status: 'awarded',
      awardedVendor: { id: vendorA.id, name: '甲运维服务有限公司' },
      evaluationId,
      allowedNext: [],
    });
    expect((await auditEventsOf(t.db, 'sourcing-request', requestId)).at(-1)).toMatchObject({
      action: 'sourcing-request.award',
      actorId: cast.executive.id,
    });
    await expect(
      t.db.transaction((tx) =>
        awardSourcingRequest(tx, ctx, { sourcingRequestId: requestId, vendorId: vendorA.id, evaluationId }),
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect((await invite(pm, vendorC.id, '2026-04-01')).statusCode).toBe(409);
  });

  it('creates a draft contract prefilled from the awarded request and the vendor’s latest proposal', async () => {
    const body = { startDate: '2026-04-01', endDate: '2027-03-31' };
    expect((await pm.get(base)).json().permissions).toEqual(['contract-draft']);
    expect((await otherPm.get(base)).json().permissions).toEqual([]);
    expect((await otherPm.post(`${base}/contract-draft`, body)).statusCode).toBe(403);
    const bad = await pm.post(`${base}/contract-draft`, { ...body, type: 'gift' });
    expect(bad.statusCode).toBe(400);
    const res = await pm.post(`${base}/contract-draft`, body);
    expect(res.statusCode, res.body).toBe(201);
    const contract = (await pm.get(`/api/v1/contracts/${res.json().id}`)).json();
    expect(contract).toMatchObject({
      reference: res.json().reference,
      status: 'draft',
      title: '核心系统运维外包',
      amount: '270000.00',
      currency: 'CNY',
      type: 'outsourcing',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    });
    expect(contract.vendor?.id ?? contract.vendorId).toBe(vendorA.id);
  });

  it('refuses a contract draft before the request is awarded (409)', async () => {
    const other = await createSourcingVia(pm);
    const res = await pm.post(`/api/v1/sourcing-requests/${other.id}/contract-draft`, {
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'wrong_status', from: 'draft' });
  });
});
