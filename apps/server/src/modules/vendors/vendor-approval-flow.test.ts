import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { approvalCast, decide, openTaskOf, type Detail } from '../../platform/workflow/workflow-test-support';
import { createVendorVia } from './vendor-test-support';

describe('vendor approval through the vendor-approval flow', () => {
  let t: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
  });
  afterAll(() => t.close());

  it('goes department head → finance → executive and then approves the vendor', async () => {
    const cast = await approvalCast(t, admin, 'v');
    const specialist = await createSignedInUser(t, admin, 'v-specialist', ['specialist'], {
      departmentId: cast.departmentId,
    });
    const v = await createVendorVia(specialist.session, { departmentId: cast.departmentId });
    const base = `/api/v1/vendors/${v.id}`;
    expect((await specialist.session.post(`${base}/approval-requests`, {})).statusCode).toBe(409); // candidate
    expect(
      (await specialist.session.post(`${base}/transitions`, { to: 'shortlisted', reason: '入围' })).statusCode,
    ).toBe(200);
    const unmet = await specialist.session.post(`${base}/approval-requests`, {});
    expect(unmet.statusCode).toBe(422);
    expect(unmet.json()).toMatchObject({ code: 'approval_conditions_unmet' });
    await specialist.session.post(`${base}/due-diligence`, {
      kind: 'site_visit',
      performedOn: '2026-02-28',
      conclusion: 'pass',
    });
    expect(((await specialist.session.get(base)).json() as { permissions: string[] }).permissions).toContain(
      'request-approval',
    );

    const started = await specialist.session.post(`${base}/approval-requests`, { comment: '尽调已通过' });
    expect(started.statusCode, started.body).toBe(201);
    const { approvalId } = started.json() as { approvalId: string };
    expect((await specialist.session.post(`${base}/approval-requests`, {})).statusCode).toBe(409);
    const pending = (await specialist.session.get(base)).json() as { pendingApprovalId: string; permissions: string[] };
    expect(pending.pendingApprovalId).toBe(approvalId);
    expect(pending.permissions).not.toContain('request-approval');
    const listed = (await specialist.session.get('/api/v1/vendors')).json() as {
      items: { id: string; pendingApprovalId: string | null }[];
    };
    expect(listed.items.find((x) => x.id === v.id)?.pendingApprovalId).toBe(approvalId);

    for (const who of [cast.head, cast.finance, cast.executive]) {
      const res = await decide(who.session, await openTaskOf(who.session, approvalId, who.id), {
        decision: 'approve',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const detail = (await specialist.session.get(`/api/v1/approvals/${approvalId}`)).json() as Detail;
    expect(detail.status).toBe('approved');
    expect(detail.timeline[0]).toMatchObject({ action: 'submitted', comment: '尽调已通过' });
    const vendor = (await specialist.session.get(base)).json() as { status: string; pendingApprovalId: null };
    expect(vendor).toMatchObject({ status: 'approved', pendingApprovalId: null });
    const last = (await auditEventsOf(t.db, 'vendor', v.id)).at(-1);
    expect(last).toMatchObject({ action: 'vendor.approve', actorId: cast.executive.id });
  });
});
