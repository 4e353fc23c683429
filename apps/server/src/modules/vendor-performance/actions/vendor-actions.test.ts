import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/api-users';
import { auditEventsOf } from '../../../test/audit-events';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { TestSession } from '../../../test/test-session';
import { approvalCast, decide, openTaskOf, type Person } from '../../../platform/workflow/workflow-test-support';
import { approvedVendorVia } from '../performance-test-support';

interface ActionJson {
  id: string;
  reference: string;
  status: string;
  approvalId: string;
  version: number;
  permissions: string[];
  overdue: boolean;
  [k: string]: unknown;
}

const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path.replace(/^body\./, ''));

describe('vendor actions (rewards and penalties, R4.5)', () => {
  let t: TestApp;
  let admin: TestSession;
  let director: Person;
  let specialist: Person;
  let vendorId: string;

  const total = async () =>
    ((await specialist.session.get('/api/v1/vendor-actions')).json() as { total: number }).total;
  const raise = (body: Record<string, unknown>) =>
    specialist.session.post('/api/v1/vendor-actions', { vendorId, reason: '年度评价结果', ...body });
  const approve = async (action: ActionJson, decision: 'approve' | 'reject' = 'approve') => {
    const res = await decide(director.session, await openTaskOf(director.session, action.approvalId, director.id), {
      decision,
      ...(decision === 'reject' ? { comment: '证据不足' } : {}),
    });
    expect(res.statusCode, res.body).toBe(200);
    return (await specialist.session.get(`/api/v1/vendor-actions/${action.id}`)).json() as ActionJson;
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    const cast = await approvalCast(t, admin, 'va');
    director = cast.director;
    specialist = await createSignedInUser(t, admin, 'va-specialist', ['specialist'], {
      departmentId: cast.departmentId,
    });
    vendorId = (await approvedVendorVia(admin, { relationshipManagerId: specialist.id })).id;
  });
  afterAll(() => t.close());

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: 'rectification' }, ['deadline']],
      [{ kind: 'fee-deduction' }, ['amount']],
      [{ kind: 'fee-deduction', amount: '0' }, ['amount']],
      [{ kind: 'commendation', deadline: '2026-04-01' }, ['deadline']],
      [{ kind: 'commendation', amount: '100.00' }, ['amount']],
      [{ kind: 'rectification', deadline: '2026-03-01' }, ['deadline']], // yesterday in Shanghai
      [{ kind: 'commendation', vendorId: '01890000-0000-7000-8000-000000000000' }, ['vendorId']],
      [{ kind: 'commendation', campaignId: '01890000-0000-7000-8000-000000000000' }, ['campaignId']],
      [{ kind: 'promotion' }, ['kind']],
    ];
    for (const [body, expected] of cases) {
      const res = await raise(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(paths(res.json()), JSON.stringify(body)).toEqual(expected);
    }
    expect(await total()).toBe(0);
  });

  it('lets only holders of vendor-actions:write raise actions; vendor readers read them', async () => {
    const pm = await createSignedInUser(t, admin, 'va-pm2', ['project_manager']);
    const auditor = await createSignedInUser(t, admin, 'va-auditor', ['auditor']);
    const outsider = await createSignedInUser(t, admin, 'va-vendor', ['vendor_contact']);
    const body = { vendorId, kind: 'commendation', reason: '表现优秀' };
    expect((await pm.session.post('/api/v1/vendor-actions', body)).statusCode).toBe(403);
    expect((await auditor.session.post('/api/v1/vendor-actions', body)).statusCode).toBe(403);
    expect((await outsider.session.get('/api/v1/vendor-actions')).statusCode).toBe(403);
    const created = (await raise({ kind: 'commendation' })).json() as ActionJson;
    const seen = await auditor.session.get(`/api/v1/vendor-actions/${created.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual(['read']);
    expect((await auditor.session.get(`/api/v1/vendor-actions?vendorId=${vendorId}`)).json().total).toBe(1);
  });

  it('does not suspend a vendor that is not approved (422) nor act on a terminated one', async () => {
    const candidate = await approvedVendorVia(admin, {}, 'candidate');
    const res = await raise({ kind: 'suspension', vendorId: candidate.id });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'vendor_not_suspendable', vendorStatus: 'candidate' });
    await admin.post(`/api/v1/vendors/${candidate.id}/transitions`, { to: 'terminated', reason: '淘汰' });
    const late = await raise({ kind: 'commendation', vendorId: candidate.id });
    expect(late.json()).toMatchObject({ status: 422, code: 'vendor_terminated' });
  });

  it('suspends the vendor through its lifecycle when the director approves a suspension', async () => {
    const res = await raise({ kind: 'suspension', reason: '评价为 D 级，暂停合作' });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json() as ActionJson;
    expect(action).toMatchObject({
      status: 'in-approval',
      kind: 'suspension',
      reference: expect.stringMatching(/^VA-2026-\d{4}$/),
    });
    const approval = (await specialist.session.get(`/api/v1/approvals/${action.approvalId}`)).json();
    expect(approval).toMatchObject({ status: 'pending', recordType: 'vendor-action', recordId: action.id });
    expect((await admin.get(`/api/v1/vendors/${vendorId}`)).json().status).toBe('approved');

    const decided = await approve(action);
    expect(decided).toMatchObject({ status: 'approved', decidedAt: '2026-03-02T02:00:00.000Z' });
    expect((await admin.get(`/api/v1/vendors/${vendorId}`)).json().status).toBe('suspended');
    const vendorEvents = await auditEventsOf(t.db, 'vendor', vendorId);
    expect(vendorEvents.at(-1)).toMatchObject({
      action: 'vendor.transition',
      actorId: director.id,
      changes: {
        status: { from: 'approved', to: 'suspended' },
        _details: { to: { from: 'approved', to: 'suspended', vendorActionId: action.id } },
      },
    });
    const actionEvents = (await auditEventsOf(t.db, 'vendor-action', action.id)).map((e) => e.action);
    expect(actionEvents).toEqual(['vendor-action.create', 'vendor-action.approve']);
    // Back to approved for the tests below.
    await admin.post(`/api/v1/vendors/${vendorId}/transitions`, { to: 'approved', reason: '整改完成' });
  });

  it('leaves the vendor as it is when a suspension is rejected', async () => {
    const action = (await raise({ kind: 'suspension' })).json() as ActionJson;
    expect((await approve(action, 'reject')).status).toBe('rejected');
    expect((await admin.get(`/api/v1/vendors/${vendorId}`)).json().status).toBe('approved');
  });

  it('closes an approved rectification request once, with the version it read', async () => {
    const res = await raise({ kind: 'rectification', deadline: '2026-03-20' });
    const action = res.json() as ActionJson;
    expect(action.permissions).toEqual(['read']);
    const early = await specialist.session.post(`/api/v1/vendor-actions/${action.id}/close`, {
      version: action.version,
      note: '已整改',
    });
    expect(early.statusCode).toBe(409);
    const approved = await approve(action);
    expect(approved.permissions).toEqual(['read', 'close']);
    const stale = await specialist.session.post(`/api/v1/vendor-actions/${action.id}/close`, {
      version: 1,
      note: '已整改',
    });
    expect(stale.statusCode).toBe(409);
    const closed = await specialist.session.post(`/api/v1/vendor-actions/${action.id}/close`, {
      version: approved.version,
      note: '已整改并复核',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closingNote: '已整改并复核', permissions: ['read'] });
  });

  it('records a fee deduction with its amount and campaign-free link', async () => {
    const res = await raise({ kind: 'fee-deduction', amount: '12500.5', grade: 'D' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ amount: '12500.50', currency: 'CNY', grade: 'D', campaign: null });
  });
});
