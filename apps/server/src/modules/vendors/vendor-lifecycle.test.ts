import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';
import { createSignedInUser } from '../../test/api-users';
import { auditEventsOf } from '../../test/audit-events';
import { createVendorVia } from './vendor-test-support';

describe('vendor lifecycle and approval gate', () => {
  let t: TestApp;
  let admin: TestSession;
  let specialist: TestSession;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signInAdmin();
    specialist = (await createSignedInUser(t, admin, 'lc_specialist', ['specialist'])).session;
  });
  afterAll(async () => t.close());

  const move = (s: TestSession, id: string, to: string, reason = '评审结论') =>
    s.post(`/api/v1/vendors/${id}/transitions`, { to, reason });

  it('refuses an illegal transition with 409 and the allowed next states', async () => {
    const v = await createVendorVia(admin);
    const res = await move(admin, v.id, 'approved');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'illegal_transition',
      from: 'candidate',
      to: 'approved',
      allowedNext: ['shortlisted', 'terminated'],
    });
    const done = await move(admin, v.id, 'terminated', '放弃');
    expect(done.json()).toMatchObject({ status: 'terminated', allowedTransitions: [], version: 2 });
    expect((await move(admin, v.id, 'candidate')).json().allowedNext).toEqual([]);
    const events = await auditEventsOf(t.db, 'vendor', v.id);
    expect(events.at(-1)?.action).toBe('vendor.transition');
    expect(events.at(-1)?.changes).toMatchObject({
      status: { from: 'candidate', to: 'terminated' },
      _details: { to: { from: 'candidate', to: 'terminated', reason: '放弃' } },
    });
  });

  it('lists every unmet approval condition (422) and approves once all are met', async () => {
    const v = await createVendorVia(admin);
    expect((await move(admin, v.id, 'shortlisted')).statusCode).toBe(200);
    const base = `/api/v1/vendors/${v.id}`;
    // Today is 2026-03-02 (Asia/Shanghai). A mandatory licence that ended yesterday, an open major violation,
    // a failed and an outdated passing due diligence.
    const licence = (
      await admin.post(`${base}/qualifications`, {
        type: 'business_licence',
        validFrom: '2016-03-01',
        validTo: '2026-03-01',
        mandatory: true,
      })
    ).json();
    expect(licence).toMatchObject({ status: 'expired', daysLeft: -1 });
    const violation = (
      await admin.post(`${base}/violations`, { occurredOn: '2026-01-10', severity: 'major', description: '数据外泄' })
    ).json();
    await admin.post(`${base}/violations`, { occurredOn: '2026-01-11', severity: 'minor', description: '迟交报告' });
    await admin.post(`${base}/due-diligence`, { kind: 'site_visit', performedOn: '2026-02-01', conclusion: 'fail' });
    const old = (
      await admin.post(`${base}/due-diligence`, {
        kind: 'financial_review',
        performedOn: '2025-03-01',
        conclusion: 'pass',
      })
    ).json();
    expect(old).toMatchObject({ validUntil: '2026-03-01', current: false });

    const refused = await move(admin, v.id, 'approved');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('approval_conditions_unmet');
    expect(refused.json().unmetConditions).toEqual([
      expect.objectContaining({ code: 'no_valid_due_diligence' }),
      expect.objectContaining({
        code: 'mandatory_qualification_expired',
        qualificationId: licence.id,
        validTo: '2026-03-01',
      }),
      expect.objectContaining({ code: 'open_major_violation', violationId: violation.id }),
    ]);
    expect((await admin.get(base)).json()).toMatchObject({ status: 'shortlisted', version: 2 });

    await admin.patch(`${base}/qualifications/${licence.id}`, { version: 1, validTo: '2036-03-01' });
    await admin.patch(`${base}/violations/${violation.id}`, { version: 1, closed: true });
    const fresh = (
      await admin.post(`${base}/due-diligence`, { kind: 'site_visit', performedOn: '2026-02-28', conclusion: 'pass' })
    ).json();
    expect(fresh).toMatchObject({ validUntil: '2027-02-28', current: true });

    // A specialist may shortlist and suspend but not approve.
    const notAllowed = await move(specialist, v.id, 'approved');
    expect(notAllowed.statusCode).toBe(403);
    const approved = await move(admin, v.id, 'approved', '尽调通过');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', allowedTransitions: ['suspended', 'terminated'] });
    expect((await auditEventsOf(t.db, 'vendor', v.id)).at(-1)?.action).toBe('vendor.approve');

    // Suspended, then a year passes: the due diligence has lapsed, so re-approval is refused.
    expect((await move(specialist, v.id, 'suspended', '整改')).statusCode).toBe(200);
    t.clock.set('2027-03-01T00:00:00Z'); // 08:00 in Shanghai: 2027-03-01, the day after validUntil
    const later = await t.signInAdmin(); // a year on, the earlier sessions have ended
    const lapsed = await move(later, v.id, 'approved');
    expect(lapsed.statusCode).toBe(422);
    expect(lapsed.json().unmetConditions.map((c: { code: string }) => c.code)).toEqual(['no_valid_due_diligence']);
    t.clock.set('2027-02-28T15:59:00Z'); // 23:59 on 2027-02-28 in Shanghai: still valid
    expect((await move(later, v.id, 'approved')).statusCode).toBe(200);
    t.clock.set('2026-03-02T02:00:00Z');
  });

  it('computes qualification status against the organisation today (valid / expiring ≤ 60 days / expired)', async () => {
    const v = await createVendorVia(admin);
    const add = async (validTo: string | null) =>
      (await admin.post(`/api/v1/vendors/${v.id}/qualifications`, { type: 'iso27001', validTo })).json();
    expect(await add('2026-05-01')).toMatchObject({ status: 'expiring', daysLeft: 60 });
    expect(await add('2026-05-02')).toMatchObject({ status: 'valid', daysLeft: 61 });
    expect(await add('2026-03-02')).toMatchObject({ status: 'expiring', daysLeft: 0 });
    expect(await add(null)).toMatchObject({ status: 'valid', daysLeft: null });
    t.clock.set('2026-03-02T16:00:00Z'); // already 2026-03-03 in Shanghai
    const a = await t.signInAdmin();
    const list = (await a.get(`/api/v1/vendors/${v.id}/qualifications`)).json();
    expect(list.map((q: { status: string }) => q.status)).toEqual(['expiring', 'expiring', 'expired', 'valid']);

    const expiring = (await a.get('/api/v1/vendors?qualificationExpiringWithinDays=30')).json();
    expect(expiring.items.map((x: { id: string }) => x.id)).toEqual([]);
    const within60 = (await a.get('/api/v1/vendors?qualificationExpiringWithinDays=60')).json();
    expect(within60.items.map((x: { id: string }) => x.id)).toEqual([v.id]);
    const summary = (await a.get('/api/v1/vendors/summary')).json();
    expect(summary.qualificationsExpiring).toBeGreaterThanOrEqual(2);
    t.clock.set('2026-03-02T02:00:00Z');
  });
});
