import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../platform/audit/audit';
import { USER_PASSWORD } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import type { TestApp } from '../../../test/test-app';
import { multipartBody } from '../../../test/test-multipart';
import { signIn, type TestSession } from '../../../test/test-session';
import { insertTestContract } from '../contract-test-support';
import { findContract } from '../contracts.repository';
import { addYears } from './commands/delete-contract';
import { activeContract, exitTestApp, TEST_VENDOR_ID, type ExitCast } from './exit-test-support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n数据销毁证明\ntrailer <<>>\n%%EOF\n');

const termination = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  kind: 'breach',
  reason: '供应商多次违反保密条款。',
  effectiveDate: '2026-03-10',
  settlementOwedToVendor: '50000',
  settlementOwedByVendor: '12000.50',
  ...overrides,
});

describe('termination, handover and final report (R5.6)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: ExitCast;

  beforeAll(async () => {
    const env = { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'thirdline-exit-')) };
    ({ t, admin, cast } = await exitTestApp('term', { env }));
  });
  afterAll(async () => t.close());

  it('terminates a running contract with settlement both ways; endedOn, final report due 15 days later, audited', async () => {
    const contract = await activeContract(t, cast);
    const url = `/api/v1/contracts/${contract.id}/terminate`;
    expect((await cast.pm.session.post(url, termination(contract.version + 1))).json().code).toBe('version_conflict');
    expect((await cast.finance.session.post(url, termination(contract.version))).statusCode).toBe(403);
    const res = await cast.pm.session.post(url, termination(contract.version));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'breach',
      effectiveDate: '2026-03-10',
      settlementOwedToVendor: '50000.00',
      settlementOwedByVendor: '12000.50',
      finalReportDueOn: '2026-03-25',
      finalReportOverdue: false,
      finalReportLate: false,
      terminatedBy: { displayName: 'term.pm' },
      permissions: ['submit-final-report'],
    });
    expect(await findContract(t.db, contract.id)).toMatchObject({
      status: 'terminated',
      endedOn: '2026-03-10',
      version: contract.version + 1,
    });
    const audit = (await auditEventsOf(t.db, 'contract', contract.id)).at(-1);
    expect(audit?.action).toBe('contract.terminate');
    expect(audit?.changes).toMatchObject({ status: { from: 'active', to: 'terminated' } });
    const again = await cast.pm.session.post(url, termination(contract.version + 1));
    expect(again.json().code).toBe('contract_already_terminated');
    const read = (await cast.auditor.session.get(`/api/v1/contracts/${contract.id}/termination`)).json();
    expect(read.termination).toMatchObject({ id: res.json().id, permissions: [] });

    const handover = (await cast.auditor.session.get(`/api/v1/contracts/${contract.id}/handover`)).json();
    expect(handover.items.map((i: { code: string }) => i.code)).toEqual([
      'data-returned-or-destroyed',
      'access-revoked',
      'assets-returned',
      'knowledge-transfer',
      'documents-handed-over',
      'transition-in-place',
    ]);
    expect(handover).toMatchObject({ done: 0, total: 6, permissions: [] });
  });

  it('refuses illegal transitions, dates outside the term, and records a normal expiry without changing its status', async () => {
    const draft = await insertTestContract(t.db, { vendorId: TEST_VENDOR_ID, departmentId: cast.departmentId });
    const illegal = await cast.pm.session.post(`/api/v1/contracts/${draft.id}/terminate`, termination(1));
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({ code: 'illegal_transition', allowedNext: ['in-review'] });

    const running = await activeContract(t, cast);
    const early = await cast.pm.session.post(
      `/api/v1/contracts/${running.id}/terminate`,
      termination(1, { effectiveDate: '2025-12-31' }),
    );
    expect(early.json().errors).toEqual([{ path: 'effectiveDate', message: '不能早于合同开始日期。' }]);
    const late = await cast.pm.session.post(
      `/api/v1/contracts/${running.id}/terminate`,
      termination(1, { effectiveDate: '2027-01-01' }),
    );
    expect(late.json().errors).toEqual([{ path: 'effectiveDate', message: '不能晚于合同结束日期。' }]);
    expect(
      (await cast.pm.session.post(`/api/v1/contracts/${running.id}/terminate`, termination(1, { kind: 'war' })))
        .statusCode,
    ).toBe(400);
    expect((await findContract(t.db, running.id))?.status).toBe('active');

    const expired = await activeContract(t, cast, { status: 'expired', endDate: '2026-02-28', endedOn: '2026-02-28' });
    const breach = await cast.pm.session.post(`/api/v1/contracts/${expired.id}/terminate`, termination(1));
    expect(breach.json()).toMatchObject({ code: 'illegal_transition', allowedNext: ['archived'] });
    const expiry = await cast.pm.session.post(
      `/api/v1/contracts/${expired.id}/terminate`,
      termination(1, {
        kind: 'expiry',
        effectiveDate: '2026-02-28',
        settlementOwedToVendor: '0',
        settlementOwedByVendor: '0',
      }),
    );
    expect(expiry.statusCode).toBe(201);
    expect(expiry.json()).toMatchObject({ kind: 'expiry', finalReportDueOn: '2026-03-15' });
    expect(await findContract(t.db, expired.id)).toMatchObject({
      status: 'expired',
      endedOn: '2026-02-28',
      version: 1,
    });
  });

  it('keeps a handover checklist: evidence required for the data item, custom items, versions, permissions', async () => {
    const contract = await activeContract(t, cast, { status: 'terminated', endedOn: '2026-03-01' });
    const base = `/api/v1/contracts/${contract.id}/handover`;
    const list = (await cast.pm.session.get(base)).json();
    expect(list.permissions).toEqual(['edit']);
    const data = list.items[0];
    expect(data).toMatchObject({ code: 'data-returned-or-destroyed', evidenceRequired: true, done: false });
    const mark = (body: Record<string, unknown>, who = cast.pm.session, id = data.id) =>
      who.patch(`${base}/items/${id}`, body);
    expect((await mark({ version: 1, done: true })).json().code).toBe('evidence_required');
    const unknown = await mark({ version: 1, done: true, evidenceFileId: '01890000-0000-7000-8000-000000000000' });
    expect(unknown.json().errors).toEqual([{ path: 'evidenceFileId', message: '文件不存在。' }]);
    expect((await mark({ version: 1, done: true }, cast.finance.session)).statusCode).toBe(403);

    const { payload, contentType } = multipartBody([
      { name: 'file', filename: '数据销毁证明.pdf', content: PDF, contentType: 'application/pdf' },
      { name: 'recordType', value: 'contract' },
      { name: 'recordId', value: contract.id },
    ]);
    const upload = await cast.pm.session.request('POST', '/api/v1/files', payload, { 'content-type': contentType });
    expect(upload.statusCode).toBe(201);
    const done = await mark({
      version: 1,
      done: true,
      evidenceFileId: upload.json().id,
      note: '供应商已出具销毁证明。',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().items[0]).toMatchObject({
      done: true,
      evidenceFileId: upload.json().id,
      doneBy: { displayName: 'term.pm' },
      version: 2,
    });
    expect((await mark({ version: 1, done: false })).json().code).toBe('version_conflict');
    const access = list.items[1];
    expect((await mark({ version: 1, done: true }, cast.pm.session, access.id)).json().done).toBe(2);

    const added = await cast.pm.session.post(`${base}/items`, { title: '移交监控系统账号' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ total: 7, done: 2 });
    expect(added.json().items.at(-1)).toMatchObject({ code: null, title: '移交监控系统账号', position: 7 });
    expect((await auditEventsOf(t.db, 'contract', contract.id)).map((e) => e.action)).toEqual([
      'file.attach',
      'contract.handover-item-update',
      'contract.handover-item-update',
      'contract.handover-item-add',
    ]);
  });

  it('takes the final report once; late after its due date; the deadline and default items are configurable', async () => {
    const settings = (await cast.pm.session.get('/api/v1/contract-exit-settings')).json();
    expect(settings).toMatchObject({ finalReportDays: 15, version: 1 });
    expect(
      (await cast.pm.session.put('/api/v1/contract-exit-settings', { ...settings, finalReportDays: 20 })).statusCode,
    ).toBe(403);
    const changed = await admin.put('/api/v1/contract-exit-settings', {
      version: 1,
      finalReportDays: 20,
      handoverItems: [
        { code: 'access-revoked', title: '撤销访问权限' },
        { code: null, title: '归还门禁卡' },
      ],
    });
    expect(changed.statusCode).toBe(200);
    const saved = changed.json() as { version: number };
    expect((await admin.put('/api/v1/contract-exit-settings', { ...saved, version: 1 })).statusCode).toBe(409);
    expect((await admin.put('/api/v1/contract-exit-settings', { ...saved, finalReportDays: 0 })).statusCode).toBe(400);

    const contract = await activeContract(t, cast);
    const term = (
      await cast.pm.session.post(
        `/api/v1/contracts/${contract.id}/terminate`,
        termination(1, { kind: 'mutual', effectiveDate: '2026-03-02' }),
      )
    ).json();
    expect(term.finalReportDueOn).toBe('2026-03-22');
    const items = (await cast.pm.session.get(`/api/v1/contracts/${contract.id}/handover`)).json().items;
    expect(items.map((i: { title: string }) => i.title)).toEqual(['撤销访问权限', '归还门禁卡']);

    // 23 March in Shanghai: one day late.
    t.clock.set('2026-03-22T16:30:00Z');
    const pm = await signIn(t.app, 'term.pm', USER_PASSWORD);
    const overdue = (await pm.get(`/api/v1/contracts/${contract.id}/termination`)).json().termination;
    expect(overdue).toMatchObject({ finalReportOverdue: true, finalReportLate: false });
    const url = `/api/v1/contracts/${contract.id}/final-report`;
    expect((await pm.post(url, { version: 2, report: '总结' })).json().code).toBe('version_conflict');
    const filed = await pm.post(url, { version: 1, report: '合同终止总结：服务已平稳过渡。' });
    expect(filed.statusCode).toBe(200);
    expect(filed.json()).toMatchObject({
      finalReport: '合同终止总结：服务已平稳过渡。',
      finalReportOverdue: false,
      finalReportLate: true,
      permissions: [],
    });
    expect((await pm.post(url, { version: 2, report: '再次' })).json().code).toBe('final_report_already_filed');
    const running = await activeContract(t, cast);
    expect(
      (await pm.post(`/api/v1/contracts/${running.id}/final-report`, { version: 1, report: 'x' })).statusCode,
    ).toBe(404);
    t.clock.set('2026-03-02T02:00:00Z');
  });
});

describe('retention (R6.6)', () => {
  let t: TestApp;
  let admin: TestSession;
  let cast: ExitCast;

  beforeAll(async () => {
    ({ t, admin, cast } = await exitTestApp('ret'));
  });
  afterAll(async () => t.close());

  it('counts five years from the end, 29 February falling back to 28 February', () => {
    expect(addYears('2026-03-10', 5)).toBe('2031-03-10');
    expect(addYears('2028-02-29', 5)).toBe('2033-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('lets only holders of contracts:delete (the director, the administrator) delete, and says so on the record', async () => {
    const draft = await insertTestContract(t.db, { vendorId: TEST_VENDOR_ID, departmentId: cast.departmentId });
    const seen = async (who: TestSession) => (await who.get(`/api/v1/contracts/${draft.id}`)).json().permissions;
    expect(await seen(cast.director.session)).toContain('delete');
    expect(await seen(admin)).toContain('delete');
    for (const who of [cast.pm, cast.head, cast.legal, cast.finance]) {
      expect(await seen(who.session)).not.toContain('delete');
      const res = await who.session.delete(`/api/v1/contracts/${draft.id}`);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    expect(await findContract(t.db, draft.id)).toBeDefined();
    expect((await admin.delete(`/api/v1/contracts/${draft.id}`)).statusCode).toBe(204);
  });

  it('deletes only a never-submitted draft, or a contract five years after it ended', async () => {
    const del = (id: string, who = cast.director.session) => who.delete(`/api/v1/contracts/${id}`);
    const draft = await insertTestContract(t.db, { vendorId: TEST_VENDOR_ID, departmentId: cast.departmentId });
    expect((await del(draft.id, cast.pm.session)).statusCode).toBe(403);
    expect((await del(draft.id)).statusCode).toBe(204);
    expect(await findContract(t.db, draft.id)).toBeUndefined();
    expect((await auditEventsOf(t.db, 'contract', draft.id)).map((e) => e.action)).toEqual(['contract.delete-draft']);
    expect((await del(draft.id)).statusCode).toBe(404);

    // A draft back from a review round was submitted once: kept.
    const returned = await insertTestContract(t.db, { vendorId: TEST_VENDOR_ID, departmentId: cast.departmentId });
    const ctx = { actorId: null, actorName: 'test', requestId: null, ip: null, at: t.clock.now() };
    await recordAudit(t.db, ctx, {
      action: 'contract.submit',
      recordType: 'contract',
      recordId: returned.id,
      before: { status: 'draft' },
      after: { status: 'in-review' },
    });
    const kept = await del(returned.id);
    expect(kept.statusCode).toBe(422);
    expect(kept.json()).toMatchObject({ code: 'contract_retained', retainUntil: null });

    const active = await activeContract(t, cast);
    expect((await del(active.id)).json()).toMatchObject({
      code: 'contract_retained',
      retainUntil: null,
      status: 'active',
    });

    const ended = await activeContract(t, cast, { status: 'terminated', endedOn: '2026-03-01' });
    const retained = await del(ended.id);
    expect(retained.statusCode).toBe(422);
    expect(retained.json()).toMatchObject({ code: 'contract_retained', retainUntil: '2031-03-01' });
    expect(await findContract(t.db, ended.id)).toBeDefined();

    // 28 February 2031 in Shanghai: still kept; 1 March 2031: may go.
    t.clock.set('2031-02-28T15:59:00Z');
    const director = await signIn(t.app, 'ret.director', USER_PASSWORD);
    expect((await del(ended.id, director)).statusCode).toBe(422);
    t.clock.set('2031-02-28T16:01:00Z');
    expect((await del(ended.id, director)).statusCode).toBe(204);
    expect(await findContract(t.db, ended.id)).toBeUndefined();
  });
});
